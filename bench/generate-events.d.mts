import type { FeatureCollection, Point } from 'geojson';

export declare const REGION: [number, number, number, number];
export declare const KIND_SHARES: Record<string, number>;
export declare function seededRandom(seed: number): () => number;
export declare function generateEvents(
  count: number,
  options?: { seed?: number; idPrefix?: string },
): FeatureCollection<Point, Record<string, unknown>>;
