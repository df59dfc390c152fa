/**
 * Every marker reachable: markers drawn within a marker's width of each other (in screen pixels, at
 * the zoom now) are hidden behind one stack marker with their count. Clicking, tapping or pressing
 * Enter on it fans them out around it (`spiderfy`) with leader lines, each then chosen as usual;
 * Escape, a click elsewhere, a zoom, or the stack marker again folds them. Recomputed whenever the map
 * comes to rest and whenever the markers change.
 */
import * as L from 'leaflet';
import type { ScreenBox } from '../geo/place-labels.ts';
import { stackPoints } from '../geo/point-stacks.ts';
import { spiderfy } from '../geo/spiderfy.ts';
import type { HoverTips } from './hover-tips.ts';

/** Pixels: a marker's width, the distance under which two markers become one stack. */
export const STACK_RADIUS = 24;
const MARKER_SIZE = 22;

/** A marker, or a stack of them, as drawn: its centre in container pixels and its features' ids. */
export interface MarkerGroup {
  ids: string[];
  x: number;
  y: number;
}

interface Open {
  stack: L.Marker;
  members: L.Marker[];
}

export class MarkerStacks {
  private markers: L.Marker[] = [];
  private stacks: L.Marker[] = [];
  private open: Open | null = null;
  /** The markers folded into each stack on the map. */
  private readonly members = new Map<L.Marker, L.Marker[]>();
  /** The selected feature, kept fanned out through moves and redraws until the reader folds it. */
  private revealedId: string | null = null;
  /** The positions (container pixels) of the markers and stacks drawn now, for the labels. */
  boxes: ScreenBox[] = [];
  /** The markers and stacks drawn now: where (container pixels) and the features each stands for. */
  groups: MarkerGroup[] = [];
  private readonly onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.open) {
      const stack = this.open.stack;
      this.foldByReader();
      stack.getElement()?.focus();
    }
  };

  constructor(
    private readonly map: L.Map,
    private readonly options: { pane: string; describe: (count: number) => string; tips: HoverTips },
  ) {
    map.on('zoomstart', this.fold, this);
    map.on('click', this.foldByReader, this);
    map.getContainer().addEventListener('keydown', this.onKey);
  }

  /** The reader folded the open stack (a click elsewhere, Escape, the stack itself): it stays folded. */
  private foldByReader(): void {
    this.revealedId = null;
    this.fold();
  }

  /** The markers that may be stacked (those on the map now); call `update()` after. */
  setMarkers(markers: L.Marker[]): void {
    this.fold();
    this.markers = markers;
  }

  /** Stacks the markers on the map for the view now. */
  update(): void {
    this.fold();
    for (const stack of this.stacks) stack.remove();
    this.stacks = [];
    this.members.clear();
    this.boxes = [];
    this.groups = [];
    const map = this.map;
    if (!(map as unknown as { _loaded?: boolean })._loaded) return;
    const size = map.getSize();
    const shown = this.markers.filter((marker) => map.hasLayer(marker));
    const points = shown.map((marker, index) => {
      const p = map.latLngToContainerPoint(marker.getLatLng());
      return { id: String(index).padStart(6, '0'), x: p.x, y: p.y };
    });
    const margin = STACK_RADIUS * 2;
    const inView = points.filter(
      (p) => p.x > -margin && p.y > -margin && p.x < size.x + margin && p.y < size.y + margin,
    );
    for (const marker of shown) setHidden(marker, false);
    for (const stack of stackPoints(inView, STACK_RADIUS)) {
      this.boxes.push(box(stack.x, stack.y, STACK_RADIUS / 2));
      const members = stack.ids.map((id) => shown[Number(id)]!);
      const ids = members.map((member) => member.getElement()?.dataset.featureId ?? '');
      this.groups.push({ ids: ids.filter(Boolean), x: stack.x, y: stack.y });
      if (stack.ids.length < 2) continue;
      for (const member of members) setHidden(member, true);
      const marker = this.stackMarker(members, map.containerPointToLatLng([stack.x, stack.y]));
      this.stacks.push(marker);
      this.members.set(marker, members);
    }
    this.markSelected();
  }

  /**
   * A new selection (`id`, or none): its stack, if it is folded into one, fans out, and stays so
   * through moves and redraws until the reader folds it; a stack fanned out for the previous one
   * folds. Then `markSelected`.
   */
  select(id: string | null, isNew: boolean): void {
    if (isNew) {
      const previous = this.revealedId;
      this.revealedId = id;
      if (previous !== null && this.open?.members.some((member) => idOf(member) === previous)) this.fold();
    }
    this.markSelected();
  }

  /** Rings a stack that holds the selected marker, which would otherwise not show; fans out the revealed one. */
  private markSelected(): void {
    const selected = (marker: L.Marker) => marker.getElement()?.classList.contains('is-selected') ?? false;
    for (const [stack, members] of this.members) {
      stack.getElement()?.classList.toggle('has-selected', members.some(selected));
      const reveal = this.revealedId !== null && members.some((member) => idOf(member) === this.revealedId);
      if (reveal && this.open?.stack !== stack) this.unfold(stack, members, false);
    }
  }

  private stackMarker(members: L.Marker[], latLng: L.LatLng): L.Marker {
    const count = document.createElement('span');
    count.className = 'frontier-stack-count';
    count.textContent = String(members.length);
    const icon = document.createElement('span');
    icon.append(count);
    const stack = L.marker(latLng, {
      icon: L.divIcon({ html: icon, className: 'frontier-stack', iconSize: [STACK_RADIUS, STACK_RADIUS] }),
      keyboard: true,
      pane: this.options.pane,
      zIndexOffset: 500,
    });
    const label = this.options.describe(members.length);
    const tip = document.createElement('span');
    tip.textContent = label;
    this.options.tips.bind(stack, () => tip, -STACK_RADIUS / 2);
    stack.on('add', () => {
      const element = stack.getElement();
      element?.setAttribute('role', 'button');
      element?.setAttribute('aria-label', label);
      element?.setAttribute('aria-expanded', 'false');
    });
    const toggle = (byKeyboard: boolean) => {
      if (this.open?.stack === stack) this.foldByReader();
      else this.unfold(stack, members, byKeyboard);
    };
    stack.on('click', (event) => {
      L.DomEvent.stopPropagation(event as L.LeafletMouseEvent);
      toggle(false);
    });
    stack.on('keydown', (event) => {
      const key = (event as L.LeafletKeyboardEvent).originalEvent;
      if (key.key !== 'Enter' && key.key !== ' ') return;
      key.preventDefault();
      toggle(true);
    });
    return stack.addTo(this.map);
  }

  /** Fans the members out around the stack, with a leader line to each. */
  private unfold(stack: L.Marker, members: L.Marker[], byKeyboard: boolean): void {
    this.fold();
    const offsets = spiderfy(members.length, { hitSize: MARKER_SIZE * Math.SQRT2, gap: 2 });
    const lines = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    lines.classList.add('frontier-stack-legs');
    const center = STACK_RADIUS / 2;
    members.forEach((member, i) => {
      const { dx, dy } = offsets[i]!;
      const element = member.getElement();
      setHidden(member, false);
      if (element) element.style.translate = `${dx}px ${dy}px`;
      member.setZIndexOffset(2000);
      const line = document.createElementNS('http://www.w3.org/2000/svg', 'line');
      line.setAttribute('x1', String(center));
      line.setAttribute('y1', String(center));
      line.setAttribute('x2', String(center + dx));
      line.setAttribute('y2', String(center + dy));
      lines.append(line);
    });
    const element = stack.getElement();
    element?.prepend(lines);
    element?.setAttribute('aria-expanded', 'true');
    element?.classList.add('is-open');
    this.open = { stack, members };
    if (byKeyboard) members[0]?.getElement()?.focus();
  }

  /** Folds the open stack, if any. */
  fold(): void {
    const open = this.open;
    if (!open) return;
    this.open = null;
    for (const member of open.members) {
      const element = member.getElement();
      if (element) element.style.translate = '';
      member.setZIndexOffset(0);
      setHidden(member, true);
    }
    const element = open.stack.getElement();
    element?.querySelector('.frontier-stack-legs')?.remove();
    element?.setAttribute('aria-expanded', 'false');
    element?.classList.remove('is-open');
  }

  /** Whether a marker is shown on its own now (not folded into a stack). */
  isStacked(marker: L.Marker): boolean {
    return marker.getElement()?.classList.contains('is-stacked') ?? false;
  }

  remove(): void {
    this.fold();
    for (const stack of this.stacks) stack.remove();
    this.stacks = [];
    this.members.clear();
    this.map.off('zoomstart', this.fold, this);
    this.map.off('click', this.foldByReader, this);
    this.map.getContainer().removeEventListener('keydown', this.onKey);
  }
}

const box = (x: number, y: number, half: number): ScreenBox => ({
  minX: x - half,
  minY: y - half,
  maxX: x + half,
  maxY: y + half,
});

/** The feature a marker draws (its element's `data-feature-id`). */
const idOf = (marker: L.Marker) => marker.getElement()?.dataset.featureId ?? null;

/** A stacked marker stays in the DOM (its layer, selection and tooltip intact) but is not drawn or focusable. */
function setHidden(marker: L.Marker, hidden: boolean): void {
  marker.getElement()?.classList.toggle('is-stacked', hidden);
}
