/**
 * One-dimensional bin packing on integers: sizes into bins of one capacity, fewest bins.
 * The engine behind linear cutting, also used to stack sheet strips into sheets.
 */
export interface BinPackingInput {
  /** Positive integer sizes, each ≤ capacity. */
  sizes: number[];
  capacity: number;
  /** Stop by this Date.now() value, returning the best packing found. */
  deadline: number;
  seed?: number;
}

export interface BinPackingResult {
  /** Each bin lists indices into `sizes`. */
  bins: number[][];
  lowerBound: number;
}

/** First-fit decreasing: the classic baseline (and the starting point of the search). */
export function firstFitDecreasing(sizes: number[], capacity: number): number[][] {
  const order = sizes.map((_, i) => i).sort((a, b) => sizes[b] - sizes[a] || a - b);
  const bins: number[][] = [];
  const free: number[] = [];
  for (const i of order) {
    let b = free.findIndex((f) => f >= sizes[i]);
    if (b < 0) {
      b = bins.length;
      bins.push([]);
      free.push(capacity);
    }
    bins[b].push(i);
    free[b] -= sizes[i];
  }
  return bins;
}

export function packBins(input: BinPackingInput): BinPackingResult {
  const total = input.sizes.reduce((s, x) => s + x, 0);
  return { bins: firstFitDecreasing(input.sizes, input.capacity), lowerBound: Math.ceil(total / input.capacity) };
}
