/**
 * Plain first-fit decreasing, written here rather than taken from the library: the baseline must not move when the
 * library's own heuristics change.
 */
export function countFfdBins(lengths: number[], capacity: number): number {
  const sorted = [...lengths].sort((a, b) => b - a);
  const free: number[] = [];
  for (const length of sorted) {
    const bin = free.findIndex((room) => room >= length);
    if (bin < 0) free.push(capacity - length);
    else free[bin] -= length;
  }
  return free.length;
}

/** [length, demand] pairs → one entry per piece. */
export function expandDemand(items: [number, number][]): number[] {
  return items.flatMap(([length, demand]) => Array.from({ length: demand }, () => length));
}
