/**
 * Items for one shared statement, taken from the front of `queue` (which keeps the rest, in order): up to `max` of
 * them, no two claiming a key in common. A statement cannot change one row twice, and a second change of a row must
 * see the first one's result, so such an item waits for the next statement; it stays at the front, so it is not
 * overtaken for long. `claimsOf` names what an item changes (its scanId, the rows it writes) as keys.
 */
export function takeBatch<T>(queue: T[], max: number, claimsOf: (item: T) => string[]): T[] {
  const taken: T[] = [];
  const left: T[] = [];
  const claimed = new Set<string>();
  for (const item of queue) {
    const keys = claimsOf(item);
    if (taken.length < max && keys.every((key) => !claimed.has(key))) {
      keys.forEach((key) => claimed.add(key));
      taken.push(item);
    } else {
      left.push(item);
    }
  }
  queue.splice(0, queue.length, ...left);
  return taken;
}
