/**
 * Reference numbers on a printed map: beside each marker (or stack of markers) a small badge with
 * the numbers its events' sources have in the printed source list, so a reader goes from a marker
 * to its reports. DOM text in its own pane, so a PDF keeps it as text and `snapshot()` paints it.
 * Placed before the place names, with the same greedy engine (`src/geo/place-labels.ts`): clear of
 * the markers, the legend and each other where there is room, and then an obstacle for the names;
 * a badge with no free place still shows, beside its marker, rather than leave its events unnumbered.
 */
import * as L from 'leaflet';
import { numberRuns } from '../data/reference-numbers.ts';
import {
  type LabelCandidate,
  type LabelPosition,
  labelBox,
  placeLabels,
  type ScreenBox,
} from '../geo/place-labels.ts';
import type { MarkerGroup } from './marker-stacks.ts';

/** Pixels from a marker's centre to its badge: past the marker's half width (11) and its outline. */
const GAP = 14;
/** The gaps tried in turn: beside the marker, then a badge's height further out. */
const GAPS = [GAP, GAP + 12];
const POSITIONS: readonly LabelPosition[] = ['right', 'left', 'above', 'below'];

export interface ReferenceBadgeOptions {
  pane: string;
  /** The numbers of each feature's sources in the printed list; null when none are to be shown. */
  numbers: () => ReadonlyMap<string, readonly number[]> | null;
  /** The markers and stacks drawn now. */
  groups: () => readonly MarkerGroup[];
  /** What no badge may cover: markers, stacks, controls, the legend (container pixels). */
  obstacles: () => ScreenBox[];
  /** One number in the list's digits. */
  format: (n: number) => string;
}

export class ReferenceBadges {
  private readonly pane: HTMLElement;
  /** The boxes of the badges drawn now (container pixels): obstacles for the place names. */
  boxes: ScreenBox[] = [];

  constructor(
    private readonly map: L.Map,
    private readonly options: ReferenceBadgeOptions,
  ) {
    this.pane = map.getPane(options.pane) ?? map.createPane(options.pane);
    this.pane.classList.add('frontier-ref-numbers');
    map.on('zoomstart', this.hide, this);
  }

  private hide(): void {
    this.pane.style.visibility = 'hidden';
  }

  /** Places the badges for the view now (or removes them all when there are no numbers to show). */
  update(): void {
    this.pane.replaceChildren();
    this.pane.style.visibility = '';
    this.boxes = [];
    const numbers = this.options.numbers();
    const map = this.map;
    if (!numbers?.size || !(map as unknown as { _loaded?: boolean })._loaded) return;
    const badges = this.options.groups().flatMap((group) => {
      const found = group.ids.flatMap((id) => numbers.get(id) ?? []);
      if (!found.length) return [];
      const element = document.createElement('span');
      element.className = 'frontier-ref-number';
      element.textContent = numberRuns(found, this.options.format);
      element.dataset.features = group.ids.join(' ');
      element.setAttribute('aria-hidden', 'true');
      element.style.visibility = 'hidden';
      return [{ group, element, first: Math.min(...found) }];
    });
    // One layout pass measures them all.
    this.pane.append(...badges.map((badge) => badge.element));
    const candidates: LabelCandidate[] = badges.map(({ group, element, first }, index) => ({
      id: String(index).padStart(6, '0'),
      x: group.x,
      y: group.y,
      width: element.offsetWidth,
      height: element.offsetHeight,
      priority: first,
      positions: POSITIONS,
    }));
    const size = map.getSize();
    const viewport: ScreenBox = { minX: 0, minY: 0, maxX: size.x, maxY: size.y };
    // Next to the marker where there is room; else a little further out, clear of the first round.
    const obstacles = this.options.obstacles();
    const placed = new Map<string, ScreenBox>();
    for (const gap of GAPS) {
      const left = candidates.filter((candidate) => !placed.has(candidate.id));
      const round = placeLabels(left, {
        viewport,
        obstacles: [...obstacles, ...placed.values()],
        gap,
        padding: 1,
      });
      for (const label of round) placed.set(label.id, label.box);
    }
    const origin = map.containerPointToLayerPoint([0, 0]);
    const taken = [...obstacles, ...placed.values()];
    candidates.forEach((candidate, index) => {
      let box = placed.get(candidate.id);
      if (!box) {
        box = leastCovering(candidate, viewport, taken);
        taken.push(box);
      }
      const { element } = badges[index]!;
      element.style.visibility = '';
      L.DomUtil.setPosition(element, L.point(origin.x + box.minX, origin.y + box.minY));
      this.boxes.push(box);
    });
  }

  remove(): void {
    this.map.off('zoomstart', this.hide, this);
    this.pane.replaceChildren();
  }
}

const overlap = (a: ScreenBox, b: ScreenBox) =>
  Math.max(0, Math.min(a.maxX, b.maxX) - Math.max(a.minX, b.minX)) *
  Math.max(0, Math.min(a.maxY, b.maxY) - Math.max(a.minY, b.minY));

/**
 * No free place: beside the marker all the same, where the badge covers least of what is drawn
 * already (markers, names, other badges), inside the map.
 */
function leastCovering(
  candidate: LabelCandidate,
  viewport: ScreenBox,
  taken: readonly ScreenBox[],
): ScreenBox {
  let best: { box: ScreenBox; covered: number } | null = null;
  for (const gap of GAPS) {
    for (const position of POSITIONS) {
      const box = labelBox(candidate, position, gap);
      const dx = Math.max(viewport.minX - box.minX, 0) + Math.min(viewport.maxX - box.maxX, 0);
      const dy = Math.max(viewport.minY - box.minY, 0) + Math.min(viewport.maxY - box.maxY, 0);
      const shifted = { minX: box.minX + dx, maxX: box.maxX + dx, minY: box.minY + dy, maxY: box.maxY + dy };
      const covered = taken.reduce((sum, other) => sum + overlap(shifted, other), 0);
      if (!best || covered < best.covered) best = { box: shifted, covered };
    }
  }
  return best!.box;
}
