import { Effort } from '../effort';
import { Random } from '../random';
import { firstFitDecreasing, minimumBinSlack } from './construction';
import { CuttingStockLp, fillSlots } from './cutting-stock-lp';
import { packWithin, priceAndRound, roundingStep } from './price-and-round';

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

  it('keeps its optimum when seeded with extra patterns, and uses only patterns that fit', () => {
    const lp = new CuttingStockLp([45, 36, 31, 14], [97, 610, 395, 211], 100);
    // some good (the LP optimum's own 2 × 36 + 2 × 14 = 100) and some poor patterns, one given twice
    const seeds = [
      { rows: [1, 3], counts: [2, 2] },
      { rows: [0, 2], counts: [1, 1] },
      { rows: [2], counts: [3] },
      { rows: [1, 3], counts: [2, 2] },
    ];
    lp.addPatterns(seeds);
    expect(lp.solve(plenty())).toBe(true);
    expect(lp.objective()).toBeCloseTo(452.25, 6);
    const widths = [45, 36, 31, 14];
    for (const { pattern } of lp.solution()) {
      expect(pattern.rows.reduce((s, row, k) => s + widths[row] * pattern.counts[k], 0)).toBeLessThanOrEqual(100);
    }
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

describe(roundingStep.name, () => {
  const p = (row: number) => ({ rows: [row], counts: [1] });

  it('commits the bars used whole, rounded down, when there are any', () => {
    const step = roundingStep(
      [
        { pattern: p(0), bars: 2.6 },
        { pattern: p(1), bars: 0.9 },
        { pattern: p(2), bars: 1 - 1e-9 },
      ],
      0.75,
    );
    expect(step).toEqual([
      { pattern: p(0), bars: 2 },
      { pattern: p(2), bars: 1 },
    ]);
  });

  it('otherwise rounds up the largest fraction and the others at or above the threshold', () => {
    const solution = [0.3, 0.8, 0.5, 0.75, 0.6].map((bars, row) => ({ pattern: p(row), bars }));
    expect(roundingStep(solution, 0.75).map((s) => [s.pattern.rows[0], s.bars])).toEqual([
      [1, 1],
      [3, 1],
    ]);
    expect(roundingStep(solution, 0.55).map((s) => s.pattern.rows[0])).toEqual([1, 3, 4]);
  });

  it('with a random source, rounds up one of the three largest fractions first', () => {
    const solution = [0.3, 0.8, 0.5, 0.7, 0.6].map((bars, row) => ({ pattern: p(row), bars }));
    const firsts = new Set<number>();
    const random = new Random(5);
    for (let k = 0; k < 60; k += 1) firsts.add(roundingStep(solution, 0.95, random)[0].pattern.rows[0]);
    expect([...firsts].sort()).toEqual([1, 3, 4]);
  });
});

describe(packWithin.name, () => {
  it('closes a small packing that must leave no waste, where the heuristics fall a bin short', () => {
    // 15 bars, each cut exactly into three pieces: every bar must be filled to the last unit
    const random = new Random(1);
    const sizes: number[] = [];
    for (let bar = 0; bar < 15; bar += 1) {
      const a = 250 + random.int(150);
      const b = 250 + random.int(150);
      sizes.push(a, b, 1000 - a - b);
    }
    expect(minimumBinSlack(sizes, 1000, Date.now() + 60_000).length).toBeGreaterThan(15);
    const bins = packWithin(sizes, 1000, 15, plenty());
    expect(bins).toHaveLength(15);
    for (const bin of bins ?? []) expect(bin.reduce((s, i) => s + sizes[i], 0)).toBe(1000);
    expect(
      (bins ?? [])
        .flat()
        .sort((a, b) => a - b)
        .join(),
    ).toBe(sizes.map((_, i) => i).join());
  });

  it('answers null when the bins cannot hold the sizes', () => {
    expect(packWithin([600, 600, 600], 1000, 2, plenty())).toBeNull();
  });
});

describe(priceAndRound.name, () => {
  it('closes a packing that must leave no waste at all', () => {
    // 24 bars, each cut exactly into three pieces: the optimum fills every bar to the last unit
    const random = new Random(8);
    const sizes: number[] = [];
    for (let bar = 0; bar < 24; bar += 1) {
      const a = 250 + random.int(150);
      const b = 250 + random.int(150);
      sizes.push(a, b, 1000 - a - b);
    }
    const ffd = firstFitDecreasing(sizes, 1000);
    expect(ffd.length).toBeGreaterThan(24);
    const result = priceAndRound(sizes, 1000, ffd, plenty(), new Random(1));
    expect(result.bins?.length).toBe(24);
    for (const bin of result.bins ?? []) expect(bin.reduce((s, i) => s + sizes[i], 0)).toBe(1000);
    expect(
      (result.bins ?? [])
        .flat()
        .sort((a, b) => a - b)
        .join(),
    ).toBe(sizes.map((_, i) => i).join());
  });

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
