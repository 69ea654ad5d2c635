import { Effort, WORK_UNITS_PER_MS } from '../effort';
import { Random } from '../random';
import { packBins } from './bin-packing';
import { CuttingStockLp } from './cutting-stock-lp';
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

describe('the bin-packing engine on Hard28 (BPPLIB), with the reduced-cost cover in its dives', () => {
  const engine = (sizes: number[]) =>
    packBins({ sizes, capacity: 1000, deadline: Date.now() + 60_000, workLimit: 1000 * WORK_UNITS_PER_MS });

  it('reaches the optimum of BPP181, which rounding alone misses on this budget', () => {
    // 180 pieces, optimum 72 = ⌈z*⌉: without the cover the engine's one-second budget ends at 73
    const sizes = `
      799 797 793 776 776 770 758 755 755 752 750 745 736 733 721 714 714 713 711 706 703 702 699 697
      684 680 679 673 666 666 665 661 660 659 651 648 646 641 639 629 623 620 615 610 610 603 603 597
      583 583 577 572 572 561 554 548 545 536 532 531 525 525 523 522 513 503 496 494 481 477 472 471
      468 458 457 457 455 451 436 434 432 429 412 411 407 407 401 399 397 393 391 387 376 372 372 368
      363 358 354 352 348 342 340 328 327 326 326 318 317 313 309 307 307 305 305 297 296 292 287 281
      279 278 278 276 276 267 265 257 255 239 229 219 215 214 210 202 201 201 200 199 197 183 183 172
      171 169 158 144 128 127 123 120 120 118 109 108 103 101 99 94 82 79 66 66 65 63 51 51 45 41 39
      36 34 32 30 30 23 22 20 7
    `
      .trim()
      .split(/\s+/)
      .map(Number);
    expect(sizes).toHaveLength(180);
    const result = engine(sizes);
    expect(result.lowerBound).toBe(72);
    expect(result.bins).toHaveLength(72);
    for (const bin of result.bins) expect(bin.reduce((s, i) => s + sizes[i], 0)).toBeLessThanOrEqual(1000);
    expect(
      result.bins
        .flat()
        .sort((a, b) => a - b)
        .join(),
    ).toBe(sizes.map((_, i) => i).join());
  });

  it('reaches the optimum of BPP709, its dives resuming on the trunk', () => {
    // 180 pieces, optimum 67 = ⌈z*⌉. With every dive starting again from the
    // root LP (re-solving the same first steps), or without the cover, the budget ends at 68.
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
