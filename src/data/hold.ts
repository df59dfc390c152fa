/**
 * Keeps what a pending promise depends on reachable until the promise settles.
 *
 * A fetch body being read, or a worker whose reply is awaited, may be referred to by nothing but the
 * suspended async function that waits for it. The browser may then collect the body or the worker
 * mid-flight (the fetch standard lets it end work that nothing can observe), and the promise never
 * settles: a source would stay "loading" and `whenIdle()` would never resolve. Holding them here, in
 * module scope, until the work is done rules that out.
 */
const held = new Set<{ readonly thing: unknown }>();

export async function holdWhile<T>(thing: unknown, work: Promise<T>): Promise<T> {
  const entry = { thing };
  held.add(entry);
  try {
    return await work;
  } finally {
    held.delete(entry);
  }
}

/** How many things are held now (for tests: nothing may stay held once its work is done). */
export function heldCount(): number {
  return held.size;
}
