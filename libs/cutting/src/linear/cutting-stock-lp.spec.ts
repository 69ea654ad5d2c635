import { Effort } from '../effort';
import { Random } from '../random';
import { firstFitDecreasing } from './construction';
import { CuttingStockLp, fillSlots } from './cutting-stock-lp';
import { priceAndRound } from './price-and-round';

const plenty = () => new Effort(1e12, Date.now() + 60_000);

describe(CuttingStockLp.name, () => {
  it('solves the Gilmore–Gomory textbook instance to its known LP optimum', () => {
    // rolls of 100; 97 × 45, 610 × 36, 395 × 31, 211 × 14: LP optimum 452.25 (integer optimum 453)
    const lp = new CuttingStockLp([45, 36, 31, 14], [97, 610, 395, 211], 100);
    expect(lp.solve(plenty())).toBe(true);
    expect(lp.objective()).toBeCloseTo(452.25, 6);
    expect(lp.lowerBound()).toBe(453);
  });

  it('gives a fractional solution that covers the demand, and a bound no better than the area allows', () => {
    const random = new Random(3);
    for (let round = 0; round < 10; round += 1) {
      const widths = [...new Set(Array.from({ length: 25 }, () => 100 + random.int(400)))].sort((a, b) => b - a);
      const demand = widths.map(() => 1 + random.int(4));
      const lp = new CuttingStockLp(widths, demand, 1000);
      expect(lp.solve(plenty())).toBe(true);
      const covered = widths.map(() => 0);
      for (const { pattern, bars } of lp.solution()) {
        expect(pattern.rows.reduce((s, row, k) => s + widths[row] * pattern.counts[k], 0)).toBeLessThanOrEqual(1000);
        pattern.rows.forEach((row, k) => (covered[row] += pattern.counts[k] * bars));
      }
      // a longer piece's slot may hold a shorter one, so coverage is checked cumulatively from the longest
      let spare = 0;
      widths.forEach((_, i) => {
        spare += covered[i] - demand[i];
        expect(spare).toBeGreaterThan(-1e-6);
      });
      const area = widths.reduce((s, w, i) => s + w * demand[i], 0) / 1000;
      expect(lp.objective()).toBeGreaterThanOrEqual(area - 1e-6);
      const ffd = firstFitDecreasing(
        widths.flatMap((w, i) => Array.from({ length: demand[i] }, () => w)),
        1000,
      ).length;
      expect(lp.lowerBound()).toBeLessThanOrEqual(ffd);
    }
  });

  it('re-optimises after bars are committed, with the bound lowered by at most those bars', () => {
    const lp = new CuttingStockLp([45, 36, 31, 14], [97, 610, 395, 211], 100);
    lp.solve(plenty());
    const before = lp.lowerBound();
    const [first] = lp.solution();
    lp.fix(first.pattern, Math.floor(first.bars));
    expect(lp.solve(plenty())).toBe(true);
    expect(lp.lowerBound()).toBeGreaterThanOrEqual(before - Math.floor(first.bars));
    expect(lp.objective()).toBeCloseTo(452.25 - Math.floor(first.bars), 5);
  });

  it('stops, reporting so, when its effort runs out', () => {
    const random = new Random(9);
    const widths = [...new Set(Array.from({ length: 150 }, () => 200 + random.int(600)))].sort((a, b) => b - a);
    const lp = new CuttingStockLp(
      widths,
      widths.map(() => 1),
      1000,
    );
    expect(lp.solve(new Effort(1000, Date.now() + 60_000))).toBe(false);
  });
});

describe(fillSlots.name, () => {
  it('fills a slot with its own size while demanded, then with the next smaller size demanded', () => {
    const left = [0, 2, 0, 1];
    expect(fillSlots({ rows: [0, 1], counts: [2, 1] }, left)).toEqual([1, 1, 3]);
    expect(left).toEqual([0, 0, 0, 0]);
  });
});

describe(priceAndRound.name, () => {
  it('turns an FFD packing of a hard instance into a better one, using every item once', () => {
    // FFD is one bar above the optimum here (Schwerin-like: sizes 150–200, 1000 per bar)
    const random = new Random(21);
    const sizes = Array.from({ length: 100 }, () => 150 + random.int(51));
    const ffd = firstFitDecreasing(sizes, 1000);
    const result = priceAndRound(sizes, 1000, ffd, plenty(), new Random(1));
    const bins = result.bins ?? ffd;
    expect(
      bins
        .flat()
        .sort((a, b) => a - b)
        .join(),
    ).toBe(sizes.map((_, i) => i).join());
    for (const bin of bins) expect(bin.reduce((s, i) => s + sizes[i], 0)).toBeLessThanOrEqual(1000);
    expect(result.lowerBound).toBeLessThanOrEqual(bins.length);
    expect(bins.length).toBe(Math.max(result.lowerBound, Math.ceil(sizes.reduce((s, x) => s + x, 0) / 1000)));
  });
});
