import { Effort, WORK_UNITS_PER_MS } from '../effort';
import { Random } from '../random';
import { firstFitDecreasing } from './construction';
import { CuttingStockLp } from './cutting-stock-lp';
import { priceAndRound } from './price-and-round';
import { coverByReducedCost } from './reduced-cost-cover';
import { groupBySize } from './size-groups';

const budget = (ms: number) => new Effort(ms * WORK_UNITS_PER_MS, Date.now() + 60_000);

/** `bars` bars of 1000, each cut into three or four pieces with no waste: the optimum is `bars`. */
function wasteFree(bars: number, seed: number): number[] {
  const random = new Random(seed);
  const sizes: number[] = [];
  for (let bar = 0; bar < bars; bar += 1) {
    const a = 200 + random.int(300);
    const b = 150 + random.int(250);
    const c = random.int(2) === 0 ? 0 : 60 + random.int(Math.min(200, 1000 - a - b - 61));
    sizes.push(a, b, ...(c > 0 ? [c] : []), 1000 - a - b - c);
  }
  return sizes;
}

function solvedLp(sizes: number[]) {
  const { distinct, members } = groupBySize(sizes);
  const demand = members.map((m) => m.length);
  const lp = new CuttingStockLp(distinct, demand, 1000);
  expect(lp.solve(budget(10_000))).toBe(true);
  const guide = new Map<string, number>();
  for (const { pattern, bars } of lp.solution())
    guide.set(`${pattern.rows.join(',')}:${pattern.counts.join(',')}`, bars);
  return { distinct, demand, lp, guide };
}

describe(coverByReducedCost.name, () => {
  it('packs a waste-free instance into as many bars as its LP bound, from the LP duals alone', () => {
    const sizes = wasteFree(20, 5);
    const { distinct, demand, lp, guide } = solvedLp(sizes);
    expect(lp.lowerBound()).toBe(20);
    const bins = coverByReducedCost(
      { widths: distinct, demand, capacity: 1000, duals: lp.dualValues(), target: 20, tolerance: 1e-4, guide },
      budget(500),
      new Random(1),
    );
    expect(bins).not.toBeNull();
    expect(bins).toHaveLength(20);
    for (const bin of bins ?? []) expect(bin.reduce((s, type) => s + distinct[type], 0)).toBeLessThanOrEqual(1000);
    const used = distinct.map(() => 0);
    for (const type of (bins ?? []).flat()) used[type] += 1;
    expect(used).toEqual(demand);
  });

  it('finds nothing (null) when the bars asked for cannot hold the pieces', () => {
    const sizes = wasteFree(12, 9);
    const { distinct, demand, lp, guide } = solvedLp(sizes);
    expect(
      coverByReducedCost(
        { widths: distinct, demand, capacity: 1000, duals: lp.dualValues(), target: 11, tolerance: 1e-4, guide },
        budget(200),
        new Random(1),
      ),
    ).toBeNull();
  });
});

describe('price-and-round with the reduced-cost cover in its dives', () => {
  it('reaches the optimum of Hard28 BPP531 from FFD, where rounding alone stays above it', () => {
    // Schoenfield's hard28 instance BPP531 (BPPLIB): 200 pieces, bars of 1000, optimum 83 = ⌈z*⌉.
    // Without the cover the dives of this budget end without a packing below FFD's.
    const sizes = `
      798 795 786 782 774 774 773 770 765 757 753 752 750 740 737 737 736 729 726 722 718 715 714 711
      710 708 707 688 687 681 664 651 650 630 630 623 622 621 621 620 619 619 616 612 608 607 607 606
      605 603 600 593 589 586 585 580 575 567 565 564 563 560 556 555 553 553 550 550 550 542 536 536
      535 527 524 523 515 509 506 504 499 498 498 497 493 490 489 481 479 466 464 463 462 462 461 454
      452 434 424 423 422 421 420 419 416 415 413 410 405 399 392 391 387 384 382 377 377 377 371 371
      364 354 354 347 346 346 341 335 333 331 324 317 317 311 309 308 299 295 293 283 274 270 264 256
      254 251 247 244 243 230 227 227 215 213 209 207 204 204 200 198 175 144 142 141 138 129 126 124
      122 121 121 112 110 104 92 91 83 81 81 79 76 76 75 69 69 68 64 53 52 50 47 37 24 24 23 18 14 10
      9 7
    `
      .trim()
      .split(/\s+/)
      .map(Number);
    expect(sizes).toHaveLength(200);
    const ffd = firstFitDecreasing(sizes, 1000);
    const result = priceAndRound(sizes, 1000, ffd, budget(600), new Random(1));
    expect(result.lowerBound).toBe(83);
    expect(result.bins).toHaveLength(83);
    for (const bin of result.bins ?? []) expect(bin.reduce((s, i) => s + sizes[i], 0)).toBeLessThanOrEqual(1000);
    expect(
      (result.bins ?? [])
        .flat()
        .sort((a, b) => a - b)
        .join(),
    ).toBe(sizes.map((_, i) => i).join());
  });

  it('reaches the optimum of Hard28 BPP485, resuming its dives after the patterns every dive commits first', () => {
    // BPP485 (BPPLIB hard28): 180 pieces, optimum 71 = ⌈z*⌉. Dives that each start again from the root
    // LP re-solve the same first step and run out of this budget before one finds a packing of 71.
    const sizes = `
      800 796 790 788 784 782 782 780 777 765 765 759 758 756 752 751 747 742 740 717 713 706 705 702
      697 694 693 688 675 661 657 654 654 651 645 644 639 633 633 631 627 621 612 607 606 600 600 594
      586 586 584 581 579 577 574 574 570 569 559 548 541 540 539 529 523 506 505 504 482 467 455 452
      450 450 446 445 444 444 423 421 416 414 406 405 405 404 403 400 396 395 392 380 379 376 359 357
      355 351 345 342 338 335 322 317 316 307 305 289 287 286 282 277 276 272 267 266 264 263 258 256
      253 249 245 244 243 240 240 237 237 226 224 224 222 218 208 200 197 190 188 182 161 159 149 141
      138 132 128 127 126 124 119 117 116 103 103 91 90 77 77 70 68 59 59 58 55 54 47 43 42 28 28 27
      17 14 13 10 9 8 5 1
    `
      .trim()
      .split(/\s+/)
      .map(Number);
    expect(sizes).toHaveLength(180);
    const result = priceAndRound(sizes, 1000, firstFitDecreasing(sizes, 1000), budget(600), new Random(1));
    expect(result.lowerBound).toBe(71);
    expect(result.bins).toHaveLength(71);
    for (const bin of result.bins ?? []) expect(bin.reduce((s, i) => s + sizes[i], 0)).toBeLessThanOrEqual(1000);
    expect(
      (result.bins ?? [])
        .flat()
        .sort((a, b) => a - b)
        .join(),
    ).toBe(sizes.map((_, i) => i).join());
  });
});
