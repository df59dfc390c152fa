/**
 * The map's geography by zoom: the coarse basemap and frontier up to zoom 6, the detailed ones and
 * the province lines from zoom 7 (each frontier with the basemap it was cut from, so the line meets
 * the fills), and the place names over them. A band whose files have not arrived yet keeps showing
 * the other band rather than nothing.
 */
import type { FeatureCollection, Point } from 'geojson';
import * as L from 'leaflet';
import type { PlaceLabelProperties } from '../data/default-data.ts';
import { DETAILED_FROM_ZOOM } from '../data/geodata-pieces.ts';
import type { ScreenBox } from '../geo/place-labels.ts';
import { placeNameFor } from '../i18n/place-name.ts';
import { regionNames } from '../i18n/region-names.ts';
import type { Translator } from '../i18n/translate.ts';
import {
  type CountryFeature,
  countryNames,
  createBasemapLayer,
  createProvinceLayer,
  type ProvinceLines,
} from './basemap.ts';
import {
  captionAnchors,
  createFrontierLayer,
  FRONTIER_CAPTION,
  type FrontierLine,
  toLatLngLines,
} from './frontier-line.ts';
import { PlaceLabelLayer, type PlaceName } from './place-label-layer.ts';

/** A place label as shipped in `geodata/labels-*.geojson` (the fields the map reads). */
type LabelFeatures = FeatureCollection<
  Point,
  Pick<PlaceLabelProperties, 'id' | 'rank' | 'name' | 'names' | 'country' | 'minZoom' | 'source'> & {
    kind: string;
  }
>;

export interface BasemapPieces {
  countriesLow?: CountryFeature[] | undefined;
  countries?: CountryFeature[] | undefined;
  provinceLines?: ProvinceLines | undefined;
  labels: readonly LabelFeatures[];
}

/**
 * The frontier's caption is placed after the capitals' names (rank 1) and before the two countries'
 * (2.5): it says what the line is, which no other name does.
 */
const CAPTION_PRIORITY = 2;

/** Credit for GeoNames' town names and points, shown while any of them is drawn. */
export const GEONAMES_ATTRIBUTION = 'GeoNames (CC BY 4.0)';
/** The same while the names are in Pashto, Dari or Urdu, most of which come from Who's On First. */
export const SCRIPT_NAMES_ATTRIBUTION = "GeoNames, Who's On First (CC BY 4.0)";

export class GeographyLayers {
  private basemapLow?: L.FeatureGroup;
  private basemap?: L.FeatureGroup;
  private provinces?: L.Layer;
  private frontierLow?: L.LayerGroup;
  private frontier?: L.LayerGroup;
  private caption: PlaceName | null = null;
  /** The frontier as drawn, `[lat, lng]`: no name is placed over it. */
  private line: L.LatLngTuple[][] | null = null;
  /** Its boxes for the view they were computed for (a new time window leaves the view as it is). */
  private lineCache: { key: string; boxes: ScreenBox[] } | null = null;

  private lineBoxes(): ScreenBox[] {
    if (!this.frontierOn || !this.line) return [];
    const { x, y } = this.map.getPixelOrigin();
    const size = this.map.getSize();
    const key = `${this.map.getZoom()}|${x}|${y}|${this.map.containerPointToLayerPoint([0, 0])}|${size}`;
    if (this.lineCache?.key !== key) this.lineCache = { key, boxes: boxesAlong(this.map, this.line) };
    return this.lineCache.boxes;
  }
  private baseNames: PlaceName[] = [];
  private frontierOn = true;
  private geoNamesIds = new Set<string>();
  private credited = false;
  readonly labels: PlaceLabelLayer;
  private regionName?: (iso3: string) => string | undefined;

  constructor(
    private readonly map: L.Map,
    private readonly options: {
      linePane: string;
      obstacles: () => ScreenBox[];
      /** Client rectangles of what covers the map (the legend): no name is placed under them. */
      covered?: (() => DOMRect[]) | undefined;
      /** Adds a credit to the attribution (plain text). */
      credit: (text: string) => void;
      /**
       * The map's language: place names in its script where a source gives one (Pashto, Dari, Urdu),
       * the two countries' names and the Durand Line's caption from its catalogue.
       */
      i18n?: Translator | undefined;
    },
  ) {
    this.labels = new PlaceLabelLayer(map, {
      pane: 'frontier-place-labels',
      obstacles: options.obstacles,
      lines: () => this.lineBoxes(),
      ...(options.covered ? { covered: options.covered } : {}),
    });
    map.on('zoomend', this.apply, this);
  }

  /** The map's language when it is not English: names in other scripts are looked up for it. */
  private get lang(): 'ps' | 'prs' | 'ur' | undefined {
    const lang = this.options.i18n?.lang;
    return lang === 'en' ? undefined : lang;
  }

  /**
   * A country's name in the map's language: the frontier countries' from the catalogue, the others'
   * from the runtime's CLDR region names where it has the language; else undefined (English stays).
   */
  private countryName(iso3: string): string | undefined {
    const i18n = this.options.i18n;
    if (!this.lang || !i18n) return undefined;
    if (iso3 === 'AFG' || iso3 === 'PAK') return i18n.t(`country.${iso3}`);
    this.regionName ??= regionNames(this.lang) ?? (() => undefined);
    return this.regionName(iso3);
  }

  private get detailed(): boolean {
    return (this.map as unknown as { _loaded?: boolean })._loaded === true
      ? Math.floor(this.map.getZoom()) >= DETAILED_FROM_ZOOM
      : false;
  }

  /** The basemap pieces loaded so far; called again as more arrive. */
  setBasemap(pieces: BasemapPieces): void {
    if (pieces.countriesLow && !this.basemapLow) this.basemapLow = createBasemapLayer(pieces.countriesLow);
    if (pieces.countries && !this.basemap) this.basemap = createBasemapLayer(pieces.countries);
    if (pieces.provinceLines && !this.provinces)
      this.provinces = createProvinceLayer(pieces.provinceLines, this.options.linePane);
    const names: PlaceName[] = countryNames(pieces.countries ?? pieces.countriesLow ?? []).map((name) => {
      const own = this.countryName(name.id.replace('country-', ''));
      return own && this.lang ? { ...name, text: own, lang: this.lang } : name;
    });
    this.geoNamesIds = new Set();
    for (const collection of pieces.labels) {
      for (const { geometry, properties: p } of collection.features) {
        const [lon, lat] = geometry.coordinates as [number, number];
        const { text, lang } = placeNameFor(p, this.lang);
        names.push({
          id: p.id,
          text,
          ...(lang ? { lang } : {}),
          kind: p.kind,
          lonLat: [lon, lat],
          priority: p.rank,
          minZoom: p.minZoom,
        });
        if (p.source === 'GeoNames') this.geoNamesIds.add(p.id);
      }
    }
    this.baseNames = names;
    this.apply();
    this.showNames();
    this.credit();
  }

  /** The place names, and the frontier's caption while the line is shown (placed first of all). */
  private showNames(): void {
    const caption = this.caption && this.frontierOn ? [this.caption] : [];
    this.labels.setNames([...caption, ...this.baseNames]);
  }

  /**
   * The frontier to draw: `line` at every zoom, or `low` (cut from the coarse basemap) up to zoom 6
   * when given. Returns the line's bounds, or null when there is none.
   */
  setFrontier(line: FrontierLine | null, low: FrontierLine | null, caption?: string): L.LatLngBounds | null {
    this.frontier?.remove();
    this.frontierLow?.remove();
    this.frontier = undefined;
    this.frontierLow = undefined;
    this.caption = line ? this.captionFor(line, caption) : null;
    this.line = line ? toLatLngLines(line) : null;
    this.lineCache = null;
    this.showNames();
    if (!line) return null;
    this.frontier = createFrontierLayer(line, { pane: this.options.linePane });
    if (low) this.frontierLow = createFrontierLayer(low, { pane: this.options.linePane });
    this.apply();
    return L.latLngBounds(toLatLngLines(line).flat());
  }

  /**
   * The caption as a name to place: a user's own border is named by its layer (data, so marked as
   * English), the Durand Line in the map's language; anchored at points along the line in turn.
   */
  private captionFor(line: FrontierLine, own: string | undefined): PlaceName {
    const text = own || (this.options.i18n?.t('frontier.caption') ?? FRONTIER_CAPTION);
    const [first, ...rest] = captionAnchors(line);
    const lang = own ? undefined : this.lang;
    return {
      id: `frontier-caption:${text}`,
      text,
      kind: 'frontier-caption',
      lonLat: first!,
      anchors: rest,
      required: true,
      priority: CAPTION_PRIORITY,
      minZoom: 0,
      ...(lang ? { lang } : {}),
    };
  }

  setFrontierVisible(on: boolean): void {
    const changed = on !== this.frontierOn;
    this.frontierOn = on;
    this.apply();
    if (changed) this.showNames();
  }

  /** Shows the layers of the zoom band now (the other band where this one has not arrived). */
  private apply(): void {
    const detailed = this.detailed;
    const show = (layer: L.Layer | undefined, on: boolean) => {
      if (!layer) return;
      if (on && !this.map.hasLayer(layer)) layer.addTo(this.map);
      else if (!on && this.map.hasLayer(layer)) layer.remove();
    };
    const useDetailedBasemap = this.basemap !== undefined && (detailed || !this.basemapLow);
    show(this.basemapLow, !useDetailedBasemap);
    show(this.basemap, useDetailedBasemap);
    // Fills redrawn on a swap would cover the lines: keep them under everything in their pane.
    for (const layer of [this.basemapLow, this.basemap]) {
      if (layer && this.map.hasLayer(layer)) layer.bringToBack();
    }
    show(this.provinces, detailed);
    const lowLine = this.frontierLow !== undefined && !useDetailedBasemap;
    show(this.frontierLow, this.frontierOn && lowLine);
    show(this.frontier, this.frontierOn && !lowLine);
  }

  /**
   * Credits GeoNames once any of its names is on the map, with Who's On First in another script (a
   * view keeps its language: another language makes another view).
   */
  private credit(): void {
    if (this.credited || !this.labels.placed.some((id) => this.geoNamesIds.has(id))) return;
    this.credited = true;
    this.options.credit(this.lang ? SCRIPT_NAMES_ATTRIBUTION : GEONAMES_ATTRIBUTION);
  }

  /** Places the names for the view now (the map came to rest). */
  updateLabels(): void {
    this.labels.update();
    this.credit();
  }

  remove(): void {
    this.map.off('zoomend', this.apply, this);
    this.labels.remove();
  }
}

/** Pixels between the sample boxes along a line, and their half size: a name cannot slip between. */
const LINE_STEP = 5;
const LINE_HALF = 2;

/** Small boxes along the parts of `lines` in view, in container pixels. */
function boxesAlong(map: L.Map, lines: L.LatLngTuple[][]): ScreenBox[] {
  const size = map.getSize();
  const boxes: ScreenBox[] = [];
  const outside = (a: L.Point, b: L.Point) =>
    (a.x < 0 && b.x < 0) ||
    (a.y < 0 && b.y < 0) ||
    (a.x > size.x && b.x > size.x) ||
    (a.y > size.y && b.y > size.y);
  for (const part of lines) {
    let previous: L.Point | null = null;
    for (const latLng of part) {
      const point = map.latLngToContainerPoint(latLng);
      if (previous && !outside(previous, point)) {
        const steps = Math.max(1, Math.ceil(previous.distanceTo(point) / LINE_STEP));
        for (let i = 0; i <= steps; i++) {
          const x = previous.x + ((point.x - previous.x) * i) / steps;
          const y = previous.y + ((point.y - previous.y) * i) / steps;
          boxes.push({ minX: x - LINE_HALF, minY: y - LINE_HALF, maxX: x + LINE_HALF, maxY: y + LINE_HALF });
        }
      }
      previous = point;
    }
  }
  return boxes;
}
