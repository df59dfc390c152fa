/** The benchmark's synthetic ACLED export: every row loads, as the same events do as GeoJSON. */
import { describe, expect, it } from 'vitest';
import { generateAcled } from '../../../bench/generate-acled.mjs';
import { generateEvents } from '../../../bench/generate-events.mjs';
import type { FrontierFeature } from '../../../src/data/schema.ts';
import { parseTable, validateTable } from '../../../src/data/table-source.ts';

describe('generateAcled', () => {
  it('gives rows that all load, with the points, kinds and dates of the same generated events', () => {
    const features: FrontierFeature[] = [];
    const table = parseTable(generateAcled(600, { seed: 5 }), 'acled');
    const problems = validateTable(table, {}, Number.POSITIVE_INFINITY, (slice) => features.push(...slice));
    expect(problems).toEqual([]);
    const events = generateEvents(600, { seed: 5 }).features;
    expect(features.map((f) => f.geometry)).toEqual(events.map((e) => e.geometry));
    expect(features.map((f) => f.properties.date)).toEqual(events.map((e) => e.properties.date));
    expect(features.map((f) => f.properties.kind)).toEqual(
      events.map((e) =>
        // ACLED has no closure type: a "Change to group/activity" development is a statement here.
        e.properties.kind === 'crossing_closure' ? 'statement' : e.properties.kind,
      ),
    );
  });
});
