import { Random } from '../random';
import { packBins } from './bin-packing';
import { bestFitDecreasing, firstFitDecreasing, minimumBinSlack } from './construction';

function randomSizes(seed: number, n: number, min: number, max: number): number[] {
  const random = new Random(seed);
  return Array.from({ length: n }, () => min + random.int(max - min + 1));
}

function expectValidPacking(bins: number[][], sizes: number[], capacity: number): void {
  const seen = bins.flat();
  expect(seen.sort((a, b) => a - b)).toEqual(sizes.map((_, i) => i));
  for (const bin of bins) expect(bin.reduce((s, i) => s + sizes[i], 0)).toBeLessThanOrEqual(capacity);
}

describe(packBins.name, () => {
  it('packs every item exactly once within capacity, never worse than FFD and never below the bound', () => {
    for (let seed = 1; seed <= 20; seed += 1) {
      const sizes = randomSizes(seed, 120, 20, 100);
      const result = packBins({ sizes, capacity: 150, deadline: Date.now() + 5000, workLimit: 2_000_000, seed });
      expectValidPacking(result.bins, sizes, 150);
      expect(result.bins.length).toBeLessThanOrEqual(firstFitDecreasing(sizes, 150).length);
      expect(result.bins.length).toBeGreaterThanOrEqual(result.lowerBound);
    }
  });

  it('is deterministic for a seed when its effort, not the clock, ends the search', () => {
    const sizes = randomSizes(99, 200, 250, 500);
    const run = () =>
      packBins({ sizes, capacity: 1000, deadline: Date.now() + 60_000, workLimit: 3_000_000, seed: 5 }).bins;
    expect(run()).toEqual(run());
  });

  it('beats FFD where FFD is known to fail (a waste-free triple instance)', () => {
    // 30 bins of three items summing exactly to 1000
    const random = new Random(11);
    const sizes: number[] = [];
    for (let bin = 0; bin < 30; bin += 1) {
      const a = 260 + random.int(230);
      const b = Math.max(251, Math.min(489, 1000 - a - 260 - random.int(Math.max(1, 480 - (1000 - a - 260)))));
      sizes.push(a, b, 1000 - a - b);
    }
    const result = packBins({ sizes, capacity: 1000, deadline: Date.now() + 10_000, workLimit: 40_000_000, seed: 1 });
    expectValidPacking(result.bins, sizes, 1000);
    expect(result.bins.length).toBe(30);
  });

  it('has construction heuristics that each produce valid packings', () => {
    const sizes = randomSizes(7, 300, 1, 99);
    for (const bins of [
      firstFitDecreasing(sizes, 100),
      bestFitDecreasing(sizes, 100),
      minimumBinSlack(sizes, 100, Date.now() + 1000),
    ]) {
      expectValidPacking(bins, sizes, 100);
    }
  });
});
