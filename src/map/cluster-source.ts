/**
 * Builds the cluster tree of a point table in a Web Worker (cluster-worker.ts), so that clustering
 * 100,000 points never blocks the page; where workers cannot start (a strict CSP, say) it is built
 * on the main thread instead. Each build has its own short-lived worker: nothing to tear down later.
 */
import {
  buildClusterHierarchy,
  type ClusterHierarchy,
  type ClusterOptions,
} from '../geo/cluster-hierarchy.ts';
import type { ClusterReply } from '../geo/cluster-worker.ts';
import ClusterWorker from '../geo/cluster-worker.ts?worker&inline';

/** Clusters `[lon, lat]` pairs; the returned promise rejects only on a worker's own error. */
export function clusterOffMainThread(lon: Float64Array, lat: Float64Array, options: ClusterOptions) {
  const coordinates = new Float64Array(lon.length * 2);
  for (let i = 0; i < lon.length; i++) {
    coordinates[2 * i] = lon[i]!;
    coordinates[2 * i + 1] = lat[i]!;
  }
  let worker: Worker;
  try {
    worker = new ClusterWorker();
  } catch {
    return Promise.resolve(buildClusterHierarchy(coordinates, options));
  }
  return new Promise<ClusterHierarchy>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<ClusterReply>) => {
      worker.terminate();
      if (data.ok) resolve(data.tree);
      else reject(new Error(data.error));
    };
    worker.onerror = (event) => {
      worker.terminate();
      // The worker could not run at all (blocked, or no module workers): cluster here instead.
      event.preventDefault();
      try {
        resolve(buildClusterHierarchy(coordinates, options));
      } catch (error) {
        reject(error);
      }
    };
    // Copied, not transferred: the main thread may still need them if the worker fails.
    worker.postMessage({ id: 0, coordinates, options });
  });
}
