/**
 * Web Worker entry that clusters the points of a large layer off the main thread (about a second
 * for 100,000 points on a slow machine). Post a `ClusterRequest`; the reply is a `ClusterReply`
 * whose arrays are transferred, not copied.
 *
 * @example
 * worker.onmessage = ({ data }) => data.ok && draw(data.tree);
 * worker.postMessage({ id: 1, coordinates, options: { radius: 40, minZoom: 3, maxZoom: 10 } }, [coordinates.buffer]);
 */
import { buildClusterHierarchy, type ClusterHierarchy, type ClusterOptions } from './cluster-hierarchy.ts';

/** Flat `[lon, lat, lon, lat, …]` of the points, and how to cluster them. */
export interface ClusterRequest {
  id: number;
  coordinates: Float64Array;
  options: ClusterOptions;
}

export type ClusterReply =
  | { id: number; ok: true; tree: ClusterHierarchy }
  | { id: number; ok: false; error: string };

self.onmessage = ({ data }: MessageEvent<ClusterRequest>) => {
  try {
    const tree = buildClusterHierarchy(data.coordinates, data.options);
    const reply: ClusterReply = { id: data.id, ok: true, tree };
    self.postMessage(reply, { transfer: [tree.parent.buffer, tree.formedAt.buffer] });
  } catch (error) {
    const reply: ClusterReply = {
      id: data.id,
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    };
    self.postMessage(reply);
  }
};
