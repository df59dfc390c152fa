/**
 * The feature schema shared by the shipped geodata, user layers and every renderer.
 * Coordinates are GeoJSON order, `[longitude, latitude]`, everywhere in data and `src/geo`.
 */
import type { Geometry } from 'geojson';

/** Every `kind` a feature may carry. */
export const FEATURE_KINDS = [
  'air_strike',
  'ground_attack',
  'clash',
  'militant_attack',
  'crossing_closure',
  'ceasefire',
  'talks',
  'statement',
  'military_post',
  'crossing',
  'venue',
  'capital',
] as const;
export type FeatureKind = (typeof FEATURE_KINDS)[number];

/** Kinds that are dated events (they need `date` and at least one source). */
export const EVENT_KINDS: readonly FeatureKind[] = [
  'air_strike',
  'ground_attack',
  'clash',
  'militant_attack',
  'crossing_closure',
  'ceasefire',
  'talks',
  'statement',
];

/** Map layers, in legend order. `frontier` and `buffers` are drawn from the frontier line, not features. */
export const LAYER_NAMES = [
  'frontier',
  'strikes',
  'attacks',
  'militancy',
  'posts',
  'crossings',
  'venues',
  'statements',
  'buffers',
] as const;
export type LayerName = (typeof LAYER_NAMES)[number];

/** Feature layers: those that hold features of given kinds. */
export type FeatureLayerName = Exclude<LayerName, 'frontier' | 'buffers'>;

/** Which layer a kind belongs to (DESIGN.md, data schema). */
export const LAYER_OF_KIND: Readonly<Record<FeatureKind, FeatureLayerName>> = {
  air_strike: 'strikes',
  ground_attack: 'attacks',
  clash: 'attacks',
  militant_attack: 'militancy',
  military_post: 'posts',
  crossing: 'crossings',
  crossing_closure: 'crossings',
  venue: 'venues',
  talks: 'venues',
  ceasefire: 'venues',
  capital: 'venues',
  statement: 'statements',
};

/** Layers shown when the `layers` attribute is absent. */
export const DEFAULT_LAYERS: readonly LayerName[] = LAYER_NAMES.filter(
  (name) => name !== 'statements' && name !== 'buffers',
);

/**
 * How well a location is known. `multi_site` marks a summary row of several sector events:
 * it has no geometry of its own and shows in the list and timeline, never as a marker.
 */
export const PRECISIONS = ['exact', 'town', 'district', 'province', 'multi_site'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** A casualty or outcome claim, always attributed. */
export interface Claim {
  by: string;
  claim: string;
}

/**
 * A source: an http(s) URL, who published it and when: `yyyy-mm-dd`, or `yyyy-mm` / `yyyy` when only
 * the month or year of an undated page is known; `dateApprox` when the date is estimated.
 */
export interface Source {
  url: string;
  publisher: string;
  date?: string;
  dateApprox?: boolean;
}

/** Languages a feature's text may be translated into (the interface's other than English). */
export type TranslatedLanguage = 'ps' | 'prs' | 'ur';

/** A feature's own text in other languages; the plain `title` and `description` are English. */
export type FeatureTranslations = Partial<
  Record<TranslatedLanguage, { title?: string; description?: string }>
>;

/** The properties of one feature, after validation (known keys only). */
export interface FrontierFeatureProperties {
  id: string;
  kind: FeatureKind;
  title: string;
  description?: string;
  date?: string;
  dateEnd?: string;
  place?: string;
  country?: string;
  precision?: Precision;
  uncertaintyKm?: number;
  actor?: string;
  claims?: Claim[];
  sources?: Source[];
  /** ids of the sector events a `multi_site` summary stands for. */
  parts?: string[];
  /** Colour override from a user layer (validated CSS colour). */
  color?: string;
  /** Title and description in Pashto, Dari and Urdu, where the data has them. */
  i18n?: FeatureTranslations;
}

/** A validated feature; `geometry` is null only for `multi_site` summaries. */
export interface FrontierFeature {
  type: 'Feature';
  id: string;
  geometry: Geometry | null;
  properties: FrontierFeatureProperties;
}

/** Validated features with the layer they came from. */
export interface FrontierFeatureCollection {
  type: 'FeatureCollection';
  features: FrontierFeature[];
}
