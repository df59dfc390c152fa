/**
 * Builds the cluster tree of a point table in a Web Worker (cluster-worker.ts), so that clustering
 * 100,000 points never blocks the page; where workers cannot start (a strict CSP, say) it is built
 * on the main thread instead. Each build has its own short-lived worker: nothing to tear down later.
 *
 * A worker needs the page's main thread to start, and the page is busiest just when the points
 * arrive: `prepareClusterWorker()` starts one ahead (when a large source is parsed), and the next
 * build takes it, so the clustering runs while the page renders the rest.
 */
import { holdWhile } from '../data/hold.ts';
import {
  buildClusterHierarchy,
  type ClusterHierarchy,
  type ClusterOptions,
} from '../geo/cluster-hierarchy.ts';
import type { ClusterReply } from '../geo/cluster-worker.ts';
import ClusterWorker from '../geo/cluster-worker.ts?worker&inline';

/** A worker started ahead for the next build; at most one waits, whichever map asked. */
let spare: Worker | null = null;
/** Started workers that could not run (blocked by a CSP, say): their error came before any build. */
const failed = new WeakSet<Worker>();

/** Starts a worker for the next build, unless one is waiting already. */
export function prepareClusterWorker(): void {
  if (spare) return;
  try {
    const worker = new ClusterWorker();
    worker.addEventListener('error', () => failed.add(worker), { once: true });
    spare = worker;
  } catch {
    // Workers cannot start here: the build will run on the main thread.
  }
}

/** Clusters `[lon, lat]` pairs; the returned promise rejects only on a worker's own error. */
export function clusterOffMainThread(lon: Float64Array, lat: Float64Array, options: ClusterOptions) {
  const coordinates = new Float64Array(lon.length * 2);
  for (let i = 0; i < lon.length; i++) {
    coordinates[2 * i] = lon[i]!;
    coordinates[2 * i + 1] = lat[i]!;
  }
  let worker: Worker;
  try {
    worker = spare ?? new ClusterWorker();
    spare = null;
  } catch {
    return Promise.resolve(buildClusterHierarchy(coordinates, options));
  }
  if (failed.has(worker)) {
    worker.terminate();
    return Promise.resolve(buildClusterHierarchy(coordinates, options));
  }
  const reply = new Promise<ClusterHierarchy>((resolve, reject) => {
    const finish = () => {
      worker.terminate();
      // A terminated worker lingers a while: its handlers would keep the coordinates with it.
      worker.onmessage = null;
      worker.onerror = null;
    };
    worker.onmessage = ({ data }: MessageEvent<ClusterReply>) => {
      finish();
      if (data.ok) resolve(data.tree);
      else reject(new Error(data.error));
    };
    worker.onerror = (event) => {
      finish();
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
  return holdWhile(worker, reply);
}
