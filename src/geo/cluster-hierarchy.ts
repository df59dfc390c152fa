/**
 * Point clustering for large layers: supercluster groups the points once per data set, and the result
 * is kept as a plain tree in typed arrays (a parent per node, the zoom at which each cluster forms).
 * Filtering by time window or layer then never re-clusters: the visible points are summed up the
 * tree in one pass (`ClusterCounts`), so a window change costs milliseconds at 100,000 points.
 *
 * Nodes: points are 0 … points − 1 (in input order), clusters follow.
 */
import Supercluster from 'supercluster';

export interface ClusterOptions {
  /** Cluster radius in screen px (Leaflet's 256 px tiles). */
  radius: number;
  minZoom: number;
  /** Points are clustered up to this zoom; above it every point stands alone. */
  maxZoom: number;
}

export interface ClusterHierarchy extends ClusterOptions {
  points: number;
  /** Parent node of every node, −1 for the top. */
  parent: Int32Array;
  /** Zoom at which each cluster forms (index: node − points); it shows at that zoom and below. */
  formedAt: Uint8Array;
}

/**
 * Clusters `[lon, lat]` pairs (flat) with supercluster and returns its tree. Runs in a worker for
 * large inputs (cluster-worker.ts): ~100 ms for 100,000 points on a slow machine.
 *
 * @example
 * const tree = buildClusterHierarchy(Float64Array.of(69.1, 34.5, 69.2, 34.5), { radius: 40, minZoom: 3, maxZoom: 10 });
 * tree.parent; // Int32Array [2, 2, -1]: both points in one cluster
 */
export function buildClusterHierarchy(coordinates: Float64Array, options: ClusterOptions): ClusterHierarchy {
  const index = loadSupercluster(coordinates, options);
  return (
    hierarchyFromLevels(index, coordinates.length / 2, options) ??
    hierarchyByWalk(index, coordinates.length / 2, options)
  );
}

function loadSupercluster(coordinates: Float64Array, options: ClusterOptions): Supercluster {
  const properties = {};
  const input = Array.from({ length: coordinates.length / 2 }, (_, i) => ({
    type: 'Feature' as const,
    id: i,
    properties,
    geometry: { type: 'Point' as const, coordinates: [coordinates[2 * i]!, coordinates[2 * i + 1]!] },
  }));
  // extent 256: supercluster's radius is relative to a 512-unit tile unless told otherwise.
  return new Supercluster({ ...options, extent: 256 }).load(input);
}

/** One zoom level as supercluster 9 keeps it: items of `stride` Int32 fields in `data`. */
interface SuperclusterLevel {
  numItems: number;
  data: Int32Array;
}

/** Fields of a supercluster 9 item (its OFFSET_ID and OFFSET_PARENT). */
const ITEM_ID = 3;
const ITEM_PARENT = 4;

/**
 * The tree read from the levels supercluster builds: each item of a level names the cluster that
 * takes it in a level up (its parent), or −1 when it is carried up as it is. Two to five times faster
 * than asking `getChildren` for every cluster, which searches a radius around each one. These are
 * supercluster's own arrays, not its API: when they are not as version 9 keeps them, null (and the
 * caller walks the API instead); the tests check both ways give the same tree.
 */
export function hierarchyFromLevels(
  index: Supercluster,
  points: number,
  options: ClusterOptions,
): ClusterHierarchy | null {
  const { trees, stride } = index as unknown as { trees?: unknown[]; stride?: unknown };
  if (!Array.isArray(trees) || stride !== 6) return null;
  // Distinct levels, finest (the points) first, each with the zoom it was built for. A zoom where
  // nothing merged shares its level with the zoom below.
  const levels: Array<{ zoom: number; level: SuperclusterLevel }> = [];
  for (let zoom = options.maxZoom + 1; zoom >= options.minZoom; zoom--) {
    const level = trees[zoom] as Partial<SuperclusterLevel> | undefined;
    if (!(level?.data instanceof Int32Array) || typeof level.numItems !== 'number') return null;
    if (level.data.length < level.numItems * stride) return null;
    if (zoom <= options.maxZoom && level === trees[zoom + 1]) continue;
    levels.push({ zoom, level: level as SuperclusterLevel });
  }
  // A cluster first appears in the level of the zoom it forms at. Numbered coarsest first, so that
  // every cluster comes after its parent.
  const formedAtOf = new Map<number, number>();
  const discovered: number[] = [];
  for (const { zoom, level } of levels) {
    for (let k = 0; k < level.numItems; k++) {
      const id = level.data[k * stride + ITEM_ID]!;
      if (id >= points && !formedAtOf.has(id)) {
        formedAtOf.set(id, zoom);
        discovered.push(id);
      }
    }
  }
  const clusters = discovered.length;
  const nodeOf = new Map<number, number>();
  const formedAt = new Uint8Array(clusters);
  discovered.forEach((id, j) => {
    const node = points + clusters - 1 - j;
    nodeOf.set(id, node);
    formedAt[node - points] = formedAtOf.get(id)!;
  });
  const parent = new Int32Array(points + clusters).fill(-1);
  for (const { level } of levels) {
    for (let k = 0; k < level.numItems; k++) {
      const up = level.data[k * stride + ITEM_PARENT]!;
      if (up < 0) continue;
      const id = level.data[k * stride + ITEM_ID]!;
      const node = id < points ? id : nodeOf.get(id);
      const upNode = nodeOf.get(up);
      if (node === undefined || upNode === undefined) return null;
      parent[node] = upNode;
    }
  }
  return { ...options, points, parent, formedAt };
}

/** The tree by supercluster's API: `getChildren` of every cluster, from the top. */
export function hierarchyByWalk(
  index: Supercluster,
  points: number,
  options: ClusterOptions,
): ClusterHierarchy {
  const parents: number[] = new Array(points).fill(-1);
  const clusterIds: number[] = [];
  const formedAt: number[] = [];
  const visit = (feature: { id?: number | string; properties: object }, parent: number) => {
    const { cluster, cluster_id: id } = feature.properties as { cluster?: boolean; cluster_id: number };
    if (cluster) {
      parents.push(parent);
      clusterIds.push(id);
      // The zoom a cluster splits at is one above the zoom it forms at.
      formedAt.push(index.getClusterExpansionZoom(id) - 1);
    } else {
      parents[feature.id as number] = parent;
    }
  };
  for (const feature of index.getClusters([-180, -85, 180, 85], options.minZoom)) visit(feature, -1);
  // Parents before children: each cluster's children are numbered after it.
  for (let k = 0; k < clusterIds.length; k++) {
    for (const child of index.getChildren(clusterIds[k]!)) visit(child, points + k);
  }
  return { ...options, points, parent: Int32Array.from(parents), formedAt: Uint8Array.from(formedAt) };
}

/** For every point, the node that stands for it at a zoom: itself, or the cluster it is in there. */
export function nodesAtZoom(tree: ClusterHierarchy, zoom: number): Int32Array {
  const z = Math.floor(zoom);
  const { points, parent, formedAt } = tree;
  // Clusters are numbered parents first, so one pass down the tree finds each one's top cluster.
  const top = new Int32Array(parent.length);
  const shown = (node: number) => node >= 0 && formedAt[node - points]! >= z;
  for (let node = points; node < parent.length; node++) {
    const up = parent[node]!;
    top[node] = shown(up) ? top[up]! : node;
  }
  const result = new Int32Array(points);
  for (let point = 0; point < points; point++) {
    const up = parent[point]!;
    result[point] = shown(up) ? top[up]! : point;
  }
  return result;
}

/** What is drawn at a zoom: clusters with their counts, and the points that stand alone. */
export interface ClusterView {
  /** Nodes with at least one visible point. */
  nodes: number[];
  count: Uint32Array;
  /** Mean Web Mercator position of the visible points of each node. */
  x: Float64Array;
  y: Float64Array;
  /** Visible points per group (layer) and node: `byGroup[node * groups + group]`. */
  byGroup: Uint32Array;
  /** A point of each node (the one point of a node whose count is 1). */
  point: Int32Array;
}

/**
 * Sums the visible points into the nodes standing for them at one zoom. Arrays are sized once per
 * tree and reused, so a filter change allocates nothing large.
 */
export class ClusterCounts {
  private readonly view: ClusterView;
  private readonly byZoom = new Map<number, Int32Array>();

  constructor(
    readonly tree: ClusterHierarchy,
    private readonly groups: number,
  ) {
    const nodes = tree.parent.length;
    this.view = {
      nodes: [],
      count: new Uint32Array(nodes),
      x: new Float64Array(nodes),
      y: new Float64Array(nodes),
      byGroup: new Uint32Array(nodes * groups),
      point: new Int32Array(nodes),
    };
  }

  /** Node of every point at a zoom (cached per whole zoom). */
  nodesAt(zoom: number): Int32Array {
    const z = Math.max(this.tree.minZoom, Math.min(Math.floor(zoom), this.tree.maxZoom + 1));
    let nodes = this.byZoom.get(z);
    if (!nodes) {
      nodes = nodesAtZoom(this.tree, z);
      this.byZoom.set(z, nodes);
    }
    return nodes;
  }

  /**
   * @param visible the visible points (first `length` entries)
   * @param x,y Web Mercator positions of all points
   * @param group group (layer index) of every point
   */
  sum(
    zoom: number,
    visible: Uint32Array,
    length: number,
    x: Float64Array,
    y: Float64Array,
    group: Uint8Array,
  ): ClusterView {
    const view = this.view;
    for (const node of view.nodes) {
      view.count[node] = 0;
      view.x[node] = 0;
      view.y[node] = 0;
      view.byGroup.fill(0, node * this.groups, (node + 1) * this.groups);
    }
    view.nodes = [];
    const nodeOf = this.nodesAt(zoom);
    for (let k = 0; k < length; k++) {
      const point = visible[k]!;
      const node = nodeOf[point]!;
      if (view.count[node] === 0) {
        view.nodes.push(node);
        view.point[node] = point;
      }
      view.count[node]!++;
      view.x[node]! += x[point]!;
      view.y[node]! += y[point]!;
      view.byGroup[node * this.groups + group[point]!]!++;
    }
    for (const node of view.nodes) {
      view.x[node]! /= view.count[node]!;
      view.y[node]! /= view.count[node]!;
    }
    return view;
  }

  /**
   * The zoom at which a cluster's visible points come apart: past the clusters inside it whose
   * other branches hold nothing visible (one click then always shows more than one item).
   */
  expansionZoom(node: number, visible: Uint8Array): number {
    const { points, formedAt, maxZoom } = this.tree;
    if (node < points) return maxZoom + 1;
    const members: number[] = [];
    for (let point = 0; point < points; point++) {
      if (visible[point] && this.isUnder(point, node)) members.push(point);
    }
    if (members.length === 0) return formedAt[node - points]! + 1;
    for (let zoom = formedAt[node - points]! + 1; zoom <= maxZoom; zoom++) {
      const nodeOf = this.nodesAt(zoom);
      const first = nodeOf[members[0]!]!;
      if (first < points || members.some((point) => nodeOf[point] !== first)) return zoom;
    }
    return maxZoom + 1;
  }

  private isUnder(point: number, node: number): boolean {
    for (let up = this.tree.parent[point]!; up >= 0; up = this.tree.parent[up]!) if (up === node) return true;
    return false;
  }
}
