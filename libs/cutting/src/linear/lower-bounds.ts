/** Lower bounds on the number of bins of one capacity (all sizes ≤ capacity, positive integers). */

export function areaBound(sizes: number[], capacity: number): number {
  return Math.ceil(sizes.reduce((s, x) => s + x, 0) / capacity);
}

/**
 * Martello–Toth L2: for each threshold K ≤ C/2, items larger than C−K need a bin each, items in
 * (C/2, C−K] need one each, and items in [K, C/2] can only fill what those leave free.
 */
export function martelloTothL2(sizes: number[], capacity: number): number {
  const sorted = [...sizes].sort((a, b) => b - a);
  const n = sorted.length;
  const prefix = new Float64Array(n + 1);
  for (let i = 0; i < n; i += 1) prefix[i + 1] = prefix[i] + sorted[i];
  const countAbove = (limit: number) => leading(sorted, (s) => s > limit);
  const thresholds = new Set<number>([0]);
  for (const s of sorted) if (s <= capacity / 2) thresholds.add(s);
  let best = areaBound(sizes, capacity);
  for (const k of thresholds) {
    const n1 = countAbove(capacity - k);
    const n12 = countAbove(capacity / 2);
    const n123 = leading(sorted, (s) => s >= k);
    const sum2 = prefix[n12] - prefix[n1];
    const sum3 = prefix[n123] - prefix[n12];
    const free2 = (n12 - n1) * capacity - sum2;
    const bound = n12 + Math.max(0, Math.ceil((sum3 - free2) / capacity));
    if (bound > best) best = bound;
  }
  return best;
}

/** Length of the leading run of a descending array whose items pass `keep` (a binary search). */
function leading(desc: number[], keep: (size: number) => boolean): number {
  let lo = 0;
  let hi = desc.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keep(desc[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
