/** Cluster colouring and wording: a ring by layer share, the dominant layer, short counts. */
import { describe, expect, it } from 'vitest';
import {
  abbreviateCount,
  clusterDiameter,
  describeCluster,
  dominantLayer,
  ringSegments,
} from '../../../src/map/cluster-style.ts';

// By FEATURE_LAYERS index: strikes, attacks, militancy, posts, crossings, venues, statements.
const counts = [30, 50, 0, 0, 20, 0, 0];

describe('cluster style', () => {
  it('splits the ring by layer share, in legend order, leaving out empty layers', () => {
    expect(ringSegments(counts)).toEqual([
      { layer: 'strikes', start: 0, share: 0.3 },
      { layer: 'attacks', start: 0.3, share: 0.5 },
      { layer: 'crossings', start: 0.8, share: 0.2 },
    ]);
    expect(ringSegments([0, 0, 0, 0, 0, 0, 0])).toEqual([]);
  });

  it('names the layer with most points, the first in legend order on a tie', () => {
    expect(dominantLayer(counts)).toBe('attacks');
    expect(dominantLayer([5, 0, 5, 0, 0, 0, 0])).toBe('strikes');
    expect(dominantLayer([0, 0, 0, 0, 0, 0, 0])).toBeNull();
  });

  it('abbreviates counts and grows with their magnitude', () => {
    expect([7, 999, 1000, 1250, 9999, 12_345, 120_000].map(abbreviateCount)).toEqual([
      '7',
      '999',
      '1k',
      '1.2k',
      '9.9k',
      '12k',
      '120k',
    ]);
    expect(clusterDiameter(10)).toBeLessThan(clusterDiameter(1000));
    expect(clusterDiameter(100_000)).toBeLessThanOrEqual(64);
  });

  it('describes a cluster for screen readers, largest layer first', () => {
    expect(describeCluster(1100, [300, 500, 0, 0, 300, 0, 0])).toBe(
      '1,100 events: Ground attacks and clashes 500, Air strikes 300, Border crossings 300. Press Enter to zoom in.',
    );
  });
});
