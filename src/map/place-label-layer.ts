/**
 * Place names as DOM text in their own map pane, placed without collisions: capitals first, then the
 * focus countries' names, provinces, crossings and towns by rank (`src/geo/place-labels.ts`), none over
 * another label or over a marker (the caller's obstacles). Recomputed when the map comes to rest after
 * a move or zoom; each text is measured once, in the pane itself, so the CSS that draws it measures it.
 * Plain text, not focusable: screen readers read the names, keyboards skip them.
 */
import * as L from 'leaflet';
import {
  type LabelCandidate,
  type LabelPosition,
  type PlacedLabel,
  placeLabels,
  type ScreenBox,
} from '../geo/place-labels.ts';
import { areaShifts, nearShifts } from './label-shifts.ts';

/** One name the map may show. */
export interface PlaceName {
  id: string;
  text: string;
  /** `capital`, `province`, `town`, `crossing` or `country` (`country-focus` for the frontier's two). */
  kind: string;
  /** `[lon, lat]` */
  lonLat: [number, number];
  /** Lower is placed first. */
  priority: number;
  /** The lowest zoom it shows at. */
  minZoom: number;
  /** The language of `text` when it is not English (the map's, or another written in its script). */
  lang?: string;
  /** Other `[lon, lat]` anchors to try, in order, when none of the positions at `lonLat` is free. */
  anchors?: [number, number][];
  /** Shown even where it must cover a marker (never a control or the legend): the frontier's caption. */
  required?: boolean;
}

/** Kinds drawn as a name over an area (centred, no dot) rather than beside a point. */
const AREA_KINDS = new Set(['province', 'country', 'country-focus']);

const POINT_POSITIONS: readonly LabelPosition[] = ['right', 'left', 'above', 'below'];
/** Clearance between a name and the marker drawn over its place (beyond the padding both keep). */
const PAST_MARKER = 3;
/** Between a line and its caption: clear of the line's casing. */
const CAPTION_GAP = 8;

interface LabelElement {
  element: HTMLElement;
  width: number;
  height: number;
}

export class PlaceLabelLayer {
  /** The map's width when each wrapping name (a caption) was last measured. */
  private readonly wrappedAt = new Map<string, number>();
  private names: PlaceName[] = [];
  private readonly pane: HTMLElement;
  private readonly elements = new Map<string, LabelElement>();
  /** Ids placed by the last update, in placing order. */
  placed: string[] = [];

  constructor(
    private readonly map: L.Map,
    private readonly options: {
      pane: string;
      obstacles: () => ScreenBox[];
      /** Boxes along lines no name may cover (the frontier), in container pixels. */
      lines?: () => ScreenBox[];
      /** Client rectangles of what covers the map besides its controls (the legend). */
      covered?: () => DOMRect[];
    },
  ) {
    this.pane = map.getPane(options.pane) ?? map.createPane(options.pane);
    this.pane.classList.add('frontier-place-labels');
    // Names at the old scale would float over the wrong places while the zoom animates.
    map.on('zoomstart', this.hide, this);
  }

  /** Every name that may show (they are filtered by zoom and view on each update). */
  setNames(names: PlaceName[]): void {
    this.names = names;
    this.update();
  }

  private hide(): void {
    this.pane.style.visibility = 'hidden';
  }

  /** Places the names for the view now; call when the map has come to rest. */
  update(): void {
    const map = this.map;
    this.pane.style.visibility = '';
    if (!(map as unknown as { _loaded?: boolean })._loaded) return;
    const zoom = map.getZoom();
    const size = map.getSize();
    const viewport: ScreenBox = { minX: 0, minY: 0, maxX: size.x, maxY: size.y };
    const inView = this.names.filter((name) => {
      // A fractional zoom shows the names of the nearest whole zoom (the opening view fits at 4.75).
      if (name.minZoom > Math.round(zoom)) return false;
      return [name.lonLat, ...(name.anchors ?? [])].some(([lon, lat]) => {
        const point = map.latLngToContainerPoint([lat, lon]);
        return point.x >= -50 && point.y >= -50 && point.x <= size.x + 50 && point.y <= size.y + 50;
      });
    });
    // A caption wraps to the map's width: measured again when the map has been resized since.
    for (const name of inView) {
      if (!name.anchors || this.wrappedAt.get(name.id) === size.x) continue;
      this.wrappedAt.set(name.id, size.x);
      this.elements.get(name.id)?.element.remove();
      this.elements.delete(name.id);
    }
    this.measure(inView);
    const covered = coveredBoxes(map, this.options.covered);
    const drawn = this.options.obstacles();
    const markers = [...drawn, ...covered];
    const obstacles = [...markers, ...(this.options.lines?.() ?? [])];
    // The marker drawn over a place, if any (not the legend or a control: a name under those stays out).
    const markerOver = (x: number, y: number) =>
      drawn.find((box) => x >= box.minX && x <= box.maxX && y >= box.minY && y <= box.maxY);
    const byId = new Map<string, { name: PlaceName; point: L.Point }>();
    // A crossing drawn as a marker (or in a stack) is named by it already: its name comes after the
    // towns around it, and may touch the frontier it lies on (never a marker or another name).
    const deferred = new Set<string>();
    const candidates: LabelCandidate[] = inView.map((name) => {
      const { width, height } = this.elements.get(name.id)!;
      const point = map.latLngToContainerPoint([name.lonLat[1], name.lonLat[0]]);
      byId.set(name.id, { name, point });
      if (AREA_KINDS.has(name.kind)) {
        // Centred on the point: "below" an anchor half a line above it, with no gap.
        return {
          id: name.id,
          x: point.x,
          y: point.y - height / 2,
          width,
          height,
          priority: name.priority,
          positions: ['below', 'above'],
          gap: 0,
          dot: false,
          shifts: areaShifts(name.kind, width, height),
        };
      }
      const candidate: LabelCandidate = {
        id: name.id,
        x: point.x,
        y: point.y,
        width,
        height,
        priority: name.priority,
        positions: POINT_POSITIONS,
      };
      if (name.anchors) {
        candidate.dot = false;
        candidate.gap = CAPTION_GAP;
        // Each anchor, then a little above or below it: among crowded markers, a caption a short
        // way off its line reads better than none.
        const off = CAPTION_GAP + height;
        candidate.shifts = [[0, 0] as const, ...name.anchors].flatMap(([lon, lat], i) => {
          const other = i === 0 ? point : map.latLngToContainerPoint([lat, lon]);
          const [dx, dy] = [other.x - point.x, other.y - point.y];
          return [...(i === 0 ? [] : [[dx, dy] as const]), [dx, dy + off] as const, [dx, dy - off] as const];
        });
      }
      // A place under a marker (a town with its events, a crossing in a stack): the name goes past it.
      const over = markerOver(point.x, point.y);
      if (over) {
        const { x, y } = point;
        candidate.gap = Math.max(over.maxX - x, x - over.minX, over.maxY - y, y - over.minY) + PAST_MARKER;
        if (name.kind === 'crossing') deferred.add(name.id);
      }
      return candidate;
    });
    const options = { viewport, gap: 5, padding: 2, dotRadius: 3 };
    const undotted = new Set(candidates.filter((c) => c.dot === false).map((c) => c.id));
    const dotOf = (id: string): ScreenBox => {
      const { x, y } = byId.get(id)!.point;
      const r = options.dotRadius;
      return { minX: x - r, minY: y - r, maxX: x + r, maxY: y + r };
    };
    const inside = (box: ScreenBox, x: number, y: number) =>
      x >= box.minX && x <= box.maxX && y >= box.minY && y <= box.maxY;
    /** Places `list` clear of `blocks` and of the text and dots placed before (`earlier`). */
    const pass = (list: LabelCandidate[], blocks: ScreenBox[], earlier: PlacedLabel[], padding = 2) => {
      const free = list.filter((c) => c.dot === false || !earlier.some((l) => inside(l.box, c.x, c.y)));
      const taken = earlier.flatMap((l) => (undotted.has(l.id) ? [l.box] : [l.box, dotOf(l.id)]));
      return placeLabels(free, { ...options, padding, obstacles: [...blocks, ...taken] });
    };
    // The cities named from the opening view on come first; one crowded off every spot clear of the
    // frontier line may cross it, a little off its dot and a pixel closer to its neighbours (never over
    // a marker or a name), before the smaller names take the space (Peshawar, between the Khyber
    // stacks and the line).
    const isCity = (c: LabelCandidate) => c.dot !== false && byId.get(c.id)!.name.minZoom <= 5;
    const placeAll = (before: PlacedLabel[]): PlacedLabel[] => {
      const open = candidates.filter((c) => !deferred.has(c.id) && !before.some((l) => l.id === c.id));
      let done = pass(open.filter(isCity), obstacles, before);
      const crowded = open
        .filter((c) => isCity(c) && !done.some((l) => l.id === c.id))
        .map((c) => ({ ...c, shifts: nearShifts(c.height) }));
      done = [...done, ...pass(crowded, markers, [...before, ...done], 1)];
      return [
        ...done,
        ...pass(
          open.filter((c) => !isCity(c)),
          obstacles,
          [...before, ...done],
        ),
      ];
    };
    let placed = placeAll([]);
    // A name that must show (the frontier's caption) and found no free spot takes the first spot
    // clear of the markers, controls and legend, over its line if need be, else over a marker; the
    // others are placed around it.
    const required = new Set(inView.filter((name) => name.required).map((name) => name.id));
    const missing = candidates.filter((c) => required.has(c.id) && !placed.some((p) => p.id === c.id));
    const force = (blocks: ScreenBox[]) =>
      missing.length ? placeLabels(missing, { ...options, obstacles: blocks }) : [];
    let forced = force(markers);
    if (forced.length < missing.length) forced = force(covered);
    if (forced.length) placed = [...forced, ...placeAll(forced)];
    // Crossings drawn under a marker come last, and may touch the frontier they lie on.
    if (deferred.size) {
      placed = [
        ...placed,
        ...pass(
          candidates.filter((c) => deferred.has(c.id)),
          markers,
          placed,
        ),
      ];
    }
    const shown = new Set(placed.map((label) => label.id));
    for (const [id, label] of this.elements) if (!shown.has(id)) label.element.remove();
    const origin = map.containerPointToLayerPoint([0, 0]);
    for (const { id, position, box } of placed) {
      const entry = byId.get(id)!;
      const { element } = this.elements.get(id)!;
      element.dataset.position = position;
      // The text's box, and the anchor (where the dot is drawn) relative to it.
      L.DomUtil.setPosition(element, L.point(origin.x + box.minX, origin.y + box.minY));
      element.style.setProperty('--dot-x', `${entry.point.x - box.minX}px`);
      element.style.setProperty('--dot-y', `${entry.point.y - box.minY}px`);
      if (!element.isConnected) this.pane.append(element);
    }
    this.placed = placed.map((label) => label.id);
  }

  /** Creates and measures, in one layout pass, the names not measured before. */
  private measure(names: PlaceName[]): void {
    const fresh = names.filter((name) => !this.elements.has(name.id));
    if (!fresh.length) return;
    const created = fresh.map((name) => {
      const element = document.createElement('span');
      element.className = `frontier-place-label kind-${name.kind}`;
      if (name.kind === 'frontier-caption') element.classList.add('frontier-line-label');
      element.textContent = name.text;
      element.dir = 'auto';
      // The language the name is in (the map's, another of its script, or English): read aloud right.
      element.lang = name.lang === 'prs' ? 'fa-AF' : (name.lang ?? 'en');
      element.style.visibility = 'hidden';
      this.pane.append(element);
      return { name, element };
    });
    for (const { name, element } of created) {
      this.elements.set(name.id, { element, width: element.offsetWidth, height: element.offsetHeight });
    }
    for (const { element } of created) {
      element.remove();
      element.style.visibility = '';
    }
  }

  remove(): void {
    this.map.off('zoomstart', this.hide, this);
    for (const { element } of this.elements.values()) element.remove();
    this.elements.clear();
  }
}

/**
 * What lies over the map and would hide a name or a number: Leaflet's controls, and whatever the
 * owner says covers it (the legend), as boxes in the map's container pixels.
 */
export function coveredBoxes(map: L.Map, covered?: () => DOMRect[]): ScreenBox[] {
  const container = map.getContainer();
  const origin = container.getBoundingClientRect();
  const rects = [
    ...[...container.querySelectorAll('.leaflet-control')].map((control) => control.getBoundingClientRect()),
    ...(covered?.() ?? []),
  ];
  return rects
    .filter((rect) => rect.width > 0 && rect.height > 0)
    .map((rect) => ({
      minX: rect.left - origin.left,
      minY: rect.top - origin.top,
      maxX: rect.right - origin.left,
      maxY: rect.bottom - origin.top,
    }));
}
