/**
 * One chunk for the code a page runs at once. Left to itself the bundler splits that code into
 * several chunks, along the lines where lazily loaded code (clusters, images, other languages) shares
 * a module with it; every such chunk costs a request and its own compression, and the names they
 * exchange cost bytes. Here every module that an entry reaches through static imports goes into one
 * chunk, `name` (except those `exclude` matches: a page's own code stays with its page); the code
 * that only loads on demand keeps its own chunks, which import what they share from this one.
 */

/**
 * @param {string} name the chunk's name
 * @param {{ exclude?: RegExp }} [options]
 * @returns {import('vite').Plugin}
 */
export function eagerChunk(name, { exclude } = {}) {
  /** @type {Set<string>} */
  let eager = new Set();
  return {
    name: 'frontier-eager-chunk',
    apply: 'build',
    buildEnd() {
      const queue = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      eager = new Set(queue);
      while (queue.length > 0) {
        for (const dependency of this.getModuleInfo(queue.pop())?.importedIds ?? []) {
          if (eager.has(dependency)) continue;
          eager.add(dependency);
          queue.push(dependency);
        }
      }
    },
    outputOptions(options) {
      const test = (/** @type {string} */ id) => eager.has(id) && !exclude?.test(id);
      return { ...options, codeSplitting: { groups: [{ name, test }] } };
    },
  };
}
