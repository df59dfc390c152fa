/**
 * The point features of a map as flat typed arrays, for renderers that draw thousands of points in
 * one pass: one row per position (a MultiPoint gives several), its feature, layer, colour and Web
 * Mercator position, plus a spatial index for hit-testing. No Leaflet objects per point.
 */
import Flatbush from 'flatbush';
import type { Geometry, Position } from 'geojson';
import type { FeatureLayerName, FrontierFeature } from '../data/schema.ts';
import { FEATURE_LAYERS, LAYER_INDEX_OF_KIND } from '../data/time-index.ts';
import { countPoints } from './renderer-choice.ts';

const positionsOf = (geometry: Geometry | null): Position[] =>
  geometry?.type === 'Point'
    ? [geometry.coordinates]
    : geometry?.type === 'MultiPoint'
      ? geometry.coordinates
      : [];

/** Web Mercator x in [0, 1] of a longitude (Leaflet's EPSG:3857 at zoom 0, divided by 256). */
export const mercatorX = (lon: number): number => lon / 360 + 0.5;

/** Web Mercator y in [0, 1] of a latitude, clamped as Leaflet clamps it. */
export function mercatorY(lat: number): number {
  const sin = Math.sin((Math.max(-85.0511287798, Math.min(85.0511287798, lat)) * Math.PI) / 180);
  return 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
}

/** How a row is drawn: its layer and the colour a user layer gave it, if any. */
export interface PointStyle {
  layer: FeatureLayerName;
  color: string | undefined;
}

export class PointTable {
  /** Number of rows (positions). */
  readonly size: number;
  /** Index into the feature list of each row. */
  readonly featureOf: Uint32Array;
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  /** Web Mercator position in [0, 1]; pixels at zoom z are these times 256 · 2^z. */
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** Index into `styles` of each row. */
  readonly style: Uint16Array;
  /** Layer of each row, as an index into FEATURE_LAYERS. */
  readonly layer: Uint8Array;
  readonly styles: PointStyle[] = [];
  /** First row of each feature, −1 for features without a point. */
  readonly firstRow: Int32Array;
  private spatial: Flatbush | null = null;

  constructor(readonly features: readonly FrontierFeature[]) {
    const size = countPoints(features);
    this.size = size;
    this.featureOf = new Uint32Array(size);
    this.lon = new Float64Array(size);
    this.lat = new Float64Array(size);
    this.x = new Float64Array(size);
    this.y = new Float64Array(size);
    this.style = new Uint16Array(size);
    this.layer = new Uint8Array(size);
    this.firstRow = new Int32Array(features.length).fill(-1);
    const styleKeys = new Map<string, number>();
    // Most features carry no colour of their own: their style is found by layer, without a string key.
    const plainStyle = new Int32Array(FEATURE_LAYERS.length).fill(-1);
    let row = 0;
    features.forEach((feature, index) => {
      const positions = positionsOf(feature.geometry);
      if (positions.length === 0) return;
      const layerIndex = LAYER_INDEX_OF_KIND[feature.properties.kind];
      const layer = FEATURE_LAYERS[layerIndex]!;
      const color = feature.properties.color;
      let style = color === undefined ? plainStyle[layerIndex]! : (styleKeys.get(`${layer} ${color}`) ?? -1);
      if (style < 0) {
        style = this.styles.push({ layer, color }) - 1;
        if (color === undefined) plainStyle[layerIndex] = style;
        else styleKeys.set(`${layer} ${color}`, style);
      }
      this.firstRow[index] = row;
      for (const [lon, lat] of positions) {
        this.featureOf[row] = index;
        this.lon[row] = lon!;
        this.lat[row] = lat!;
        this.x[row] = mercatorX(lon!);
        this.y[row] = mercatorY(lat!);
        this.style[row] = style;
        this.layer[row] = layerIndex;
        row++;
      }
    });
  }

  /** Rows of a feature (several for a MultiPoint). */
  rowsOf(featureIndex: number): number[] {
    const first = this.firstRow[featureIndex] ?? -1;
    if (first < 0) return [];
    const rows = [first];
    for (let row = first + 1; row < this.size && this.featureOf[row] === featureIndex; row++) rows.push(row);
    return rows;
  }

  /** The row nearest to a Mercator position within `radius` (Mercator units) that `accept`s, or −1. */
  nearest(x: number, y: number, radius: number, accept: (row: number) => boolean): number {
    if (this.size === 0) return -1;
    if (!this.spatial) {
      // Built on the first hit-test, not on load: a map nobody points at never pays for it.
      const spatial = new Flatbush(this.size);
      for (let row = 0; row < this.size; row++) spatial.add(this.x[row]!, this.y[row]!);
      spatial.finish();
      this.spatial = spatial;
    }
    return this.spatial.neighbors(x, y, 1, radius, accept)[0] ?? -1;
  }

  /** `[west, south, east, north]` of the rows given, or null when there are none. */
  extent(rows: Uint32Array, count: number): [number, number, number, number] | null {
    if (count === 0) return null;
    let west = Infinity;
    let south = Infinity;
    let east = -Infinity;
    let north = -Infinity;
    for (let k = 0; k < count; k++) {
      const row = rows[k]!;
      west = Math.min(west, this.lon[row]!);
      east = Math.max(east, this.lon[row]!);
      south = Math.min(south, this.lat[row]!);
      north = Math.max(north, this.lat[row]!);
    }
    return [west, south, east, north];
  }
}
