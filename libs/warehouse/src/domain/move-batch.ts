/** What one move claims: its scan, and the balances (item × location × lot) it changes. */
export interface MoveClaims {
  scan: string;
  balances: string[];
}

/**
 * Moves for one statement, taken from the front of `queue` (which keeps the rest, in order): up to
 * `max` of them, no two with the same scan or a balance in common. A statement cannot change one row
 * twice, and a second move on a balance must see the first one's result, so such a move waits for the
 * next statement; it stays at the front, so it is not overtaken for long.
 */
export function takeBatch<T>(queue: T[], max: number, claimsOf: (move: T) => MoveClaims): T[] {
  const taken: T[] = [];
  const left: T[] = [];
  const claimed = new Set<string>();
  for (const move of queue) {
    const claims = claimsOf(move);
    const keys = [`scan ${claims.scan}`, ...claims.balances.map((b) => `balance ${b}`)];
    if (taken.length < max && keys.every((key) => !claimed.has(key))) {
      keys.forEach((key) => claimed.add(key));
      taken.push(move);
    } else {
      left.push(move);
    }
  }
  queue.splice(0, queue.length, ...left);
  return taken;
}
