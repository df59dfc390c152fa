/**
 * The cluster tree kept from supercluster: with every point visible it reproduces supercluster's own
 * clusters at every zoom; with a filter, the counts are those of the visible points only.
 */

import fc from 'fast-check';
import Supercluster from 'supercluster';
import { describe, expect, it } from 'vitest';
import { generateEvents } from '../../../bench/generate-events.mjs';
import {
  buildClusterHierarchy,
  ClusterCounts,
  type ClusterHierarchy,
  hierarchyByWalk,
  hierarchyFromLevels,
  nodesAtZoom,
} from '../../../src/geo/cluster-hierarchy.ts';

const OPTIONS = { radius: 45, minZoom: 3, maxZoom: 10 };
const points = generateEvents(3000, { seed: 21 }).features.map(
  (f) => f.geometry.coordinates as [number, number],
);
const coordinates = Float64Array.from(points.flat());
const tree = buildClusterHierarchy(coordinates, OPTIONS);
const mercator = (lon: number, lat: number) => {
  const sin = Math.sin((lat * Math.PI) / 180);
  return [lon / 360 + 0.5, 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI] as const;
};
const x = Float64Array.from(points, ([lon, lat]) => mercator(lon, lat)[0]);
const y = Float64Array.from(points, ([lon, lat]) => mercator(lon, lat)[1]);
const group = Uint8Array.from(points, (_, i) => i % 7);
const all = Uint32Array.from(points, (_, i) => i);

describe('buildClusterHierarchy', () => {
  it('puts two close points in one cluster and leaves a far one alone', () => {
    const small = buildClusterHierarchy(Float64Array.of(69.1, 34.5, 69.11, 34.5, 62, 30), OPTIONS);
    expect(small.points).toBe(3);
    expect(small.formedAt).toHaveLength(1);
    expect([...small.parent]).toEqual([3, 3, -1, -1]);
    expect([...nodesAtZoom(small, 5)]).toEqual([3, 3, 2]);
    expect([...nodesAtZoom(small, 20)]).toEqual([0, 1, 2]);
  });

  it('numbers every cluster after its parent', () => {
    for (let node = tree.points; node < tree.parent.length; node++) {
      expect(tree.parent[node]!).toBeLessThan(node);
      const up = tree.parent[node]!;
      if (up >= 0) expect(tree.formedAt[up - tree.points]!).toBeLessThan(tree.formedAt[node - tree.points]!);
    }
  });

  it('gives, at every zoom, the clusters supercluster gives', () => {
    const reference = new Supercluster({ ...OPTIONS, extent: 256 }).load(
      points.map((coordinates) => ({
        type: 'Feature',
        properties: {},
        geometry: { type: 'Point', coordinates },
      })),
    );
    const counts = new ClusterCounts(tree, 7);
    for (let zoom = OPTIONS.minZoom; zoom <= OPTIONS.maxZoom + 1; zoom++) {
      const ours = counts.sum(zoom, all, all.length, x, y, group);
      const theirs = reference
        .getClusters([-180, -85, 180, 85], zoom)
        .map((feature) => (feature.properties as { point_count?: number }).point_count ?? 1);
      expect(
        ours.nodes.map((node) => ours.count[node]).sort((a, b) => a! - b!),
        `zoom ${zoom}`,
      ).toEqual(theirs.sort((a, b) => a - b));
    }
  });
});

/** The groups of points each zoom shows, in a form that does not depend on how nodes are numbered. */
function groupsByZoom(tree: ClusterHierarchy): string[] {
  const result: string[] = [];
  for (let zoom = tree.minZoom; zoom <= tree.maxZoom + 1; zoom++) {
    const members = new Map<number, number[]>();
    nodesAtZoom(tree, zoom).forEach((node, point) => {
      members.set(node, [...(members.get(node) ?? []), point]);
    });
    const groups = [...members.values()].map((group) => group.join(',')).sort();
    result.push(`${zoom}: ${groups.join(' | ')}`);
  }
  return result;
}

const superclusterOf = (flat: Float64Array, options = OPTIONS) =>
  new Supercluster({ ...options, extent: 256 }).load(
    Array.from({ length: flat.length / 2 }, (_, i) => ({
      type: 'Feature' as const,
      id: i,
      properties: {},
      geometry: { type: 'Point' as const, coordinates: [flat[2 * i]!, flat[2 * i + 1]!] },
    })),
  );

describe('the tree read from supercluster’s levels', () => {
  it('is readable in the supercluster installed, and is what walking its API gives', () => {
    const index = superclusterOf(coordinates);
    const fast = hierarchyFromLevels(index, points.length, OPTIONS);
    expect(fast).not.toBeNull();
    const walked = hierarchyByWalk(index, points.length, OPTIONS);
    expect(fast!.parent.length).toBe(walked.parent.length);
    expect(groupsByZoom(fast!)).toEqual(groupsByZoom(walked));
  });

  it('agrees with the walk on random, crowded and repeated points', () => {
    const point = fc.tuple(
      fc.double({ min: 60, max: 75, noNaN: true }),
      fc.double({ min: 28, max: 38, noNaN: true }),
    );
    const crowded = fc.array(fc.oneof(point, fc.constant<[number, number]>([69.2, 34.5])), {
      maxLength: 120,
    });
    fc.assert(
      fc.property(crowded, fc.integer({ min: 10, max: 80 }), (list, radius) => {
        const flat = Float64Array.from(list.flat());
        const options = { ...OPTIONS, radius };
        const index = superclusterOf(flat, options);
        const fast = hierarchyFromLevels(index, list.length, options)!;
        expect(groupsByZoom(fast)).toEqual(groupsByZoom(hierarchyByWalk(index, list.length, options)));
        for (let node = fast.points; node < fast.parent.length; node++) {
          expect(fast.parent[node]!).toBeLessThan(node);
        }
      }),
      { seed: 5, numRuns: 150 },
    );
  });
});

describe('ClusterCounts', () => {
  it('counts only the visible points, per node and per group, at their mean position', () => {
    const counts = new ClusterCounts(tree, 7);
    const visible = Uint32Array.from(all.filter((i) => i % 3 === 0));
    const view = counts.sum(6, visible, visible.length, x, y, group);
    const nodeOf = nodesAtZoom(tree, 6);
    for (const node of view.nodes) {
      const members = [...visible].filter((i) => nodeOf[i] === node);
      expect(view.count[node]).toBe(members.length);
      expect(view.x[node]).toBeCloseTo(members.reduce((sum, i) => sum + x[i]!, 0) / members.length, 12);
      for (let g = 0; g < 7; g++) {
        expect(view.byGroup[node * 7 + g]).toBe(members.filter((i) => group[i] === g).length);
      }
    }
    expect(view.nodes.reduce((sum, node) => sum + view.count[node]!, 0)).toBe(visible.length);
    // A second sum over fewer points starts from zero.
    const again = counts.sum(6, visible, 10, x, y, group);
    expect(again.nodes.reduce((sum, node) => sum + again.count[node]!, 0)).toBe(10);
  });

  it('expands a cluster to a zoom where its visible points are no longer one item', () => {
    const counts = new ClusterCounts(tree, 7);
    const visible = new Uint8Array(tree.points).fill(1);
    const view = counts.sum(4, all, all.length, x, y, group);
    const biggest = view.nodes.reduce((best, node) => (view.count[node]! > view.count[best]! ? node : best));
    const zoom = counts.expansionZoom(biggest, visible);
    expect(zoom).toBeGreaterThan(4);
    const members = [...all].filter((i) => nodesAtZoom(tree, 4)[i] === biggest);
    const apart = new Set(members.map((i) => nodesAtZoom(tree, zoom)[i]));
    expect(apart.size).toBeGreaterThan(1);
    const before = new Set(members.map((i) => nodesAtZoom(tree, zoom - 1)[i]));
    expect(before.size).toBe(1);
  });
});
