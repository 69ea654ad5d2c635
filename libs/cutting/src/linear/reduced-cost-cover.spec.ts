import { Effort, WORK_UNITS_PER_MS } from '../effort';
import { Random } from '../random';
import { packBins } from './bin-packing';
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

  it('reaches the optimum of Hard28 BPP709 in the bin-packing engine, its dives resuming on the trunk', () => {
    // BPP709 (BPPLIB hard28): 180 pieces, optimum 67 = ⌈z*⌉. With every dive starting again from the
    // root LP (re-solving the same first steps) the engine's one-second budget ends at 68.
    const sizes = `
      697 688 687 682 680 677 676 673 671 664 663 661 650 646 644 636 630 626 624 616 608 608 607 606
      601 599 593 585 584 579 578 578 573 572 570 566 566 565 555 552 543 543 540 535 532 532 530 528
      525 517 516 514 512 511 509 508 506 499 498 491 489 481 475 474 470 465 464 455 454 453 444 443
      439 439 432 428 425 423 421 420 420 414 410 409 407 405 400 400 398 395 393 390 379 372 368 364
      361 357 356 346 343 341 339 334 328 326 325 323 321 310 310 308 306 304 301 299 292 288 288 281
      275 274 272 270 270 267 264 253 228 226 222 222 211 203 202 202 202 198 198 189 189 183 180 178
      177 172 170 168 155 153 152 145 139 137 135 118 116 113 106 105 105 98 88 77 76 76 76 67 63 60
      50 46 46 45 44 38 27 16 14 9
    `
      .trim()
      .split(/\s+/)
      .map(Number);
    expect(sizes).toHaveLength(180);
    const result = packBins({
      sizes,
      capacity: 1000,
      deadline: Date.now() + 60_000,
      workLimit: 1000 * WORK_UNITS_PER_MS,
    });
    expect(result.lowerBound).toBe(67);
    expect(result.bins).toHaveLength(67);
    for (const bin of result.bins) expect(bin.reduce((s, i) => s + sizes[i], 0)).toBeLessThanOrEqual(1000);
    expect(
      result.bins
        .flat()
        .sort((a, b) => a - b)
        .join(),
    ).toBe(sizes.map((_, i) => i).join());
  });
});
