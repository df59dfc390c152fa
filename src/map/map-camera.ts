/**
 * Where a Leaflet map looks: the only code that moves it or reads its view. Placing the initial
 * view, fitting the frontier or the whole story, flying to a selection, saving a view and coming back
 * to it (a re-inserted element, a print), and taking a new container size — all are commands here,
 * so the permalink, print and fullscreen never reach into Leaflet themselves.
 */
import * as L from 'leaflet';
import { type FrontierLine, toLatLngLines } from './frontier-line.ts';

/** `[lng, lat]` and zoom. */
export interface CameraView {
  center: [number, number];
  zoom: number;
}

/** A view to come back to, with the size it had (print changes the size). */
export interface SavedView extends CameraView {
  bounds: [west: number, south: number, east: number, north: number];
  width: number;
  height: number;
  /** The view was the automatic one (nobody chose it): print may frame the story instead. */
  automatic?: boolean;
}

export interface CameraOptions {
  static: boolean;
  /** Width in px that overlays (the legend) cover on the right, so fitting keeps features clear of it. */
  rightInset?: (() => number) | undefined;
  /** Height in px from the map's top that the same overlays cover (the legend's bottom edge). */
  topInset?: (() => number) | undefined;
}

/**
 * `reset` (a Leaflet option missing from its types): exactly the centre asked for; at the same zoom
 * Leaflet would pan instead, by whole pixels, and miss it by a fraction.
 */
const EXACTLY = { animate: false, reset: true } as L.ZoomPanOptions;

/** Centre of the frontier region, for a map with no frontier to fit. */
const REGION_CENTER: L.LatLngTuple = [33.5, 69.5];

export class MapCamera {
  /** Bounds of the frontier line (set by the view when the line is drawn). */
  frontierBounds: L.LatLngBounds | undefined;
  /** Whether the view has been placed (Leaflet has no view before, and throws when asked for one). */
  placed = false;
  /** The view an automatic fit produced, to tell later whether anyone has moved the map since. */
  private autoFit: string | null = null;
  /** The view the last automatic placement left (print and snapshots frame the story over it). */
  private automaticView: string | null = null;

  constructor(
    private readonly map: L.Map,
    private readonly options: CameraOptions,
  ) {}

  private get animate(): boolean {
    return !this.options.static;
  }

  current(): CameraView {
    const center = this.map.getCenter();
    return { center: [center.lng, center.lat], zoom: this.map.getZoom() };
  }

  /** The view's bounds `[west, south, east, north]`, or null while Leaflet has no view (it throws then). */
  bounds(): SavedView['bounds'] | null {
    try {
      const b = this.map.getBounds();
      return b.isValid() ? [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] : null;
    } catch {
      return null;
    }
  }

  /**
   * The initial view, or a view asked for later (attributes, a permalink): a centre with its zoom
   * (7 when none is given), a zoom over the frontier, or the frontier fitted.
   */
  place(center: [number, number] | null, zoom: number | null): void {
    this.autoFit = null;
    const validZoom = zoom !== null && Number.isFinite(zoom) ? zoom : null;
    if (center) {
      this.map.setView([center[1], center[0]], validZoom ?? 7, EXACTLY);
    } else if (validZoom !== null) {
      this.fitFrontier(false);
      this.map.setZoom(validZoom, { animate: false });
    } else {
      this.fitFrontier(false);
      this.autoFit = this.key();
    }
    this.automaticView = this.autoFit;
    // Set after the move: the initial placement is not a change of view that anyone is told of.
    this.placed = true;
  }

  /** Bounds to fit before the frontier itself is drawn (its coarse drawing, say); a drawn line's win. */
  hintFrontier(line: FrontierLine): void {
    this.frontierBounds ??= L.latLngBounds(toLatLngLines(line).flat());
  }

  /**
   * The first placement, once it can be made: back to `saved` (a re-inserted map), else as set; not
   * yet while `waitsForLine` and the frontier's bounds are unknown. Returns whether it placed now.
   */
  placeFirst(
    saved: CameraView | null,
    center: [number, number] | null,
    zoom: number | null,
    waitsForLine: boolean,
  ): boolean {
    if (this.placed || (waitsForLine && !this.frontierBounds)) return false;
    if (saved) this.restore(saved);
    else this.place(center, zoom);
    return true;
  }

  private key(): string {
    return this.map.getCenter().toString() + this.map.getZoom();
  }

  /**
   * The first fit ran before everything was drawn (the legend had no width yet): fit again, unless
   * someone moved the map meanwhile. Returns whether it moved the map.
   */
  refitIfUntouched(): boolean {
    if (this.autoFit === null) return false;
    const untouched = this.autoFit === this.key();
    this.autoFit = null;
    if (untouched) {
      this.fitFrontier(false);
      this.automaticView = this.key();
    }
    return untouched;
  }

  /** Nobody has chosen this view (attributes, a permalink, a pan or zoom): it is the automatic fit. */
  isAutomatic(): boolean {
    return this.automaticView !== null && this.automaticView === this.key();
  }

  /**
   * Shows `[west, south, east, north]` as large as the map allows, at once (print, snapshots): beside
   * the legend, or below it when that shows it larger (a wide story on a tall, portrait sheet).
   */
  fitBox([west, south, east, north]: SavedView['bounds']): void {
    const bounds = L.latLngBounds([south, west], [north, east]);
    const beside = this.padding();
    const top = this.options.topInset?.() ?? 0;
    const below: L.FitBoundsOptions = { paddingTopLeft: [24, top + 16], paddingBottomRight: [24, 24] };
    const zoom = (options: L.FitBoundsOptions) => {
      const [a, b] = [L.point(options.paddingTopLeft!), L.point(options.paddingBottomRight!)];
      return this.map.getBoundsZoom(bounds, false, a.add(b));
    };
    const padding = top > 0 && zoom(below) > zoom(beside) ? below : beside;
    this.map.fitBounds(bounds, { ...padding, animate: false });
  }

  /**
   * On a sheet taller than a wide story needs (a portrait page), the map height in px that shows the
   * box across the map's width below the legend: the frame takes the story's shape. Null when the
   * box shows larger beside the legend, or the map is no taller than it needs.
   */
  storyHeight([west, south, east, north]: SavedView['bounds']): number | null {
    const map = this.map;
    const top = this.options.topInset?.() ?? 0;
    const bounds = L.latLngBounds([south, west], [north, east]);
    const size = map.getSize();
    const below = map.getBoundsZoom(bounds, false, L.point(48, top + 40));
    const {
      paddingTopLeft: [left],
      paddingBottomRight: [right],
    } = this.padding() as {
      paddingTopLeft: [number, number];
      paddingBottomRight: [number, number];
    };
    if (!(top > 0) || below < map.getBoundsZoom(bounds, false, L.point(left + right, 48))) return null;
    const nw = map.project([north, west], below);
    const se = map.project([south, east], below);
    const height = Math.ceil(top + 40 + (se.y - nw.y) * ((size.x - 48) / (se.x - nw.x)));
    return height < size.y ? height : null;
  }

  /**
   * Padding for fitBounds: clear of the buttons' column on their side (the left, or the right when
   * the map is mirrored for a right-to-left language), and of the legend on the other side when the
   * map is wide enough to spare the room.
   */
  private padding(): { paddingTopLeft: [number, number]; paddingBottomRight: [number, number] } {
    const container = this.map.getContainer();
    const column = (side: 'left' | 'right') =>
      container.querySelector(`.leaflet-top.leaflet-${side}`)?.getBoundingClientRect().width ?? 0;
    const inset = this.options.rightInset?.() ?? 0;
    const legend = inset > 0 && this.map.getSize().x - inset > 320 ? inset + 16 : 0;
    const rtl = getComputedStyle(container).direction === 'rtl';
    const left = Math.max(24, column('left') + 8, rtl ? legend : 0);
    const right = Math.max(24, column('right') + 8, rtl ? 0 : legend);
    return { paddingTopLeft: [left, 24], paddingBottomRight: [right, 24] };
  }

  /**
   * Fits the frontier. `automatic`: the map does it by itself (a frontier of the page's own has
   * arrived), not a person: the view still counts as nobody's choice, so print frames the story.
   */
  fitFrontier(animate = this.animate, automatic = false): void {
    if (this.frontierBounds) this.map.fitBounds(this.frontierBounds, { ...this.padding(), animate });
    else this.map.setView(REGION_CENTER, 6, { animate });
    if (automatic) this.automaticView = this.key();
  }

  /** Fits the frontier and `points` (every feature, for "whole story"), with `more` bounds if given. */
  fitStory(points: readonly L.LatLng[], more?: L.LatLngBounds | null): void {
    const bounds = L.latLngBounds([...points]);
    if (this.frontierBounds) bounds.extend(this.frontierBounds);
    if (more) bounds.extend(more);
    if (bounds.isValid()) this.map.fitBounds(bounds, { ...this.padding(), animate: this.animate });
  }

  flyTo(position: L.LatLng): void {
    const zoom = Math.max(this.map.getZoom(), 7);
    if (this.options.static) this.map.setView(position, zoom, { animate: false });
    else this.map.flyTo(position, zoom, { duration: 0.6 });
  }

  save(): SavedView | null {
    const bounds = this.bounds();
    if (!bounds) return null;
    const size = this.map.getSize();
    return { ...this.current(), bounds, width: size.x, height: size.y, automatic: this.isAutomatic() };
  }

  /** Back to a saved view, at the container's size now. */
  restore(saved: CameraView & { automatic?: boolean }): void {
    this.map.invalidateSize({ pan: false });
    this.map.setView([saved.center[1], saved.center[0]], saved.zoom, EXACTLY);
    this.placed = true;
    this.automaticView = saved.automatic ? this.key() : null;
  }

  /** The container has a new size (laid out for paper): take it, and show at least the saved bounds. */
  resizeAndFit(saved: SavedView): void {
    this.map.invalidateSize({ pan: false });
    const size = this.map.getSize();
    if (size.x === saved.width && size.y === saved.height) return;
    const [west, south, east, north] = saved.bounds;
    this.map.fitBounds(
      [
        [south, west],
        [north, east],
      ],
      { animate: false },
    );
  }

  /** The container changed size on screen: keep the centre where it is. */
  resize(): void {
    // Leaflet forgets the exact centre on any invalidateSize (it is then read back from rounded
    // pixels): a re-inserted map observed at the size it already has keeps its centre exactly.
    const container = this.map.getContainer();
    const size = this.map.getSize();
    if (container.clientWidth === size.x && container.clientHeight === size.y) return;
    const automatic = this.isAutomatic();
    // The page laid the map out again (a timeline that loaded, details beside it): the same place
    // stays in the middle, exactly, rather than the corner Leaflet keeps.
    const view = this.placed ? this.current() : null;
    this.map.invalidateSize({ pan: false });
    if (view) this.map.setView([view.center[1], view.center[0]], view.zoom, EXACTLY);
    if (automatic) this.automaticView = this.key();
  }
}
