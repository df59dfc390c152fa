/**
 * A user's own frontier (`<frontier-layer frontier>`): every LineString and MultiLineString in the
 * source, checked like any geometry, joined into one MultiLineString that replaces the Durand Line for
 * drawing, distances, sides and buffers.
 */
import type { Feature, MultiLineString, Position } from 'geojson';
import { checkGeometry, describe, FeatureRejection } from './validate-geometry.ts';

function geometriesOf(input: unknown): unknown[] {
  if (typeof input !== 'object' || input === null) return [];
  const value = input as { type?: unknown; features?: unknown; geometry?: unknown };
  if (value.type === 'FeatureCollection' && Array.isArray(value.features)) {
    return value.features.map((feature) => (feature as { geometry?: unknown } | null)?.geometry);
  }
  if (value.type === 'Feature') return [value.geometry];
  return [input];
}

/** @throws Error naming the problem when the source holds no usable line. */
export function extractFrontierLine(
  input: unknown,
  name: string,
): Feature<MultiLineString, { name: string }> {
  const parts: Position[][] = [];
  for (const [index, geometry] of geometriesOf(input).entries()) {
    const type = (geometry as { type?: unknown } | null)?.type;
    if (type !== 'LineString' && type !== 'MultiLineString') continue;
    try {
      const checked = checkGeometry(geometry);
      if (checked.type === 'LineString') parts.push(checked.coordinates);
      else if (checked.type === 'MultiLineString') parts.push(...checked.coordinates);
    } catch (error) {
      if (error instanceof FeatureRejection) throw new Error(`frontier line ${index}: ${error.message}`);
      throw error;
    }
  }
  if (!parts.length) {
    throw new Error(`has no LineString or MultiLineString to draw as the frontier (got ${describe(input)})`);
  }
  return { type: 'Feature', properties: { name }, geometry: { type: 'MultiLineString', coordinates: parts } };
}
