import { Random } from '../random';
import type { Cut, SheetLayout, SheetPlan, SheetRequest } from '../types';
import { validateSheetPlan } from '../validate/validate-sheets';
import { solveSheets } from './solve-sheets';

const EPS = 1e-6;

interface Piece {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  stage: number;
  horizontal: boolean;
  cut: Cut | null;
}

/**
 * Replays the cuts of a layout: each must split one piece edge to edge, with the stage the rules give (the trimmed
 * sheet counts as a stage-1 strip in the first-cut direction; a kerf reaching the piece's end leaves no second piece).
 */
function replayCuts(request: SheetRequest, layout: SheetLayout): Piece[] {
  const trim = request.trim ?? 0;
  const kerf = request.kerf ?? 0;
  const pieces: Piece[] = [
    {
      x0: trim,
      y0: trim,
      x1: layout.width - trim,
      y1: layout.height - trim,
      stage: 1,
      horizontal: request.firstCut !== 'vertical',
      cut: null,
    },
  ];
  for (const cut of layout.cuts) {
    const horizontal = Math.abs(cut.y1 - cut.y2) < EPS;
    const index = pieces.findIndex((p) =>
      horizontal
        ? Math.abs(cut.x1 - p.x0) < EPS && Math.abs(cut.x2 - p.x1) < EPS && cut.y1 > p.y0 + EPS && cut.y1 < p.y1 - EPS
        : Math.abs(cut.y1 - p.y0) < EPS && Math.abs(cut.y2 - p.y1) < EPS && cut.x1 > p.x0 + EPS && cut.x1 < p.x1 - EPS,
    );
    expect(index).toBeGreaterThanOrEqual(0);
    const p = pieces[index];
    const stage = p.horizontal === horizontal ? p.stage : p.stage + 1;
    expect(cut.stage).toBe(stage);
    const first = horizontal ? { ...p, y1: cut.y1 } : { ...p, x1: cut.x1 };
    const second = horizontal ? { ...p, y0: cut.y1 + kerf } : { ...p, x0: cut.x1 + kerf };
    for (const piece of [first, second]) Object.assign(piece, { stage, horizontal, cut });
    const hasSecond = second.x1 - second.x0 > EPS && second.y1 - second.y0 > EPS;
    pieces.splice(index, 1, ...(hasSecond ? [first, second] : [first]));
  }
  return pieces;
}

/** Everything an independent validator would check: counts, bounds, overlaps with kerf, cuts and stages. */
function checkPlan(request: SheetRequest, plan: SheetPlan): void {
  const trim = request.trim ?? 0;
  const kerf = request.kerf ?? 0;
  const stages = request.maxStages === undefined ? 3 : request.maxStages;
  const counts = new Map(request.items.map((i) => [i.id, 0]));
  const used = new Map<number, number>();
  expect(plan.totals.sheets).toBe(plan.layouts.length);
  expect(plan.lowerBound).toBeLessThanOrEqual(plan.layouts.length);
  for (const layout of plan.layouts) {
    used.set(layout.stockIndex, (used.get(layout.stockIndex) ?? 0) + 1);
    const sheet = request.sheets[layout.stockIndex];
    expect([layout.width, layout.height]).toEqual([sheet.width, sheet.height]);
    const placements = layout.placements;
    for (const p of placements) {
      const item = request.items.find((i) => i.id === p.id)!;
      counts.set(p.id, counts.get(p.id)! + 1);
      if (p.rotated) expect(item.rotatable).toBe(true);
      expect([p.width, p.height]).toEqual(p.rotated ? [item.height, item.width] : [item.width, item.height]);
      expect(p.x).toBeGreaterThanOrEqual(trim - EPS);
      expect(p.y).toBeGreaterThanOrEqual(trim - EPS);
      expect(p.x + p.width).toBeLessThanOrEqual(sheet.width - trim + EPS);
      expect(p.y + p.height).toBeLessThanOrEqual(sheet.height - trim + EPS);
    }
    for (let i = 0; i < placements.length; i += 1) {
      for (let j = i + 1; j < placements.length; j += 1) {
        const [a, b] = [placements[i], placements[j]];
        const apart =
          a.x + a.width + kerf <= b.x + EPS ||
          b.x + b.width + kerf <= a.x + EPS ||
          a.y + a.height + kerf <= b.y + EPS ||
          b.y + b.height + kerf <= a.y + EPS;
        expect(apart).toBe(true);
      }
    }
    const pieces = replayCuts(request, layout);
    const holders = pieces.map(() => 0);
    for (const p of placements) {
      const index = pieces.findIndex(
        (q) =>
          Math.abs(q.x0 - p.x) < EPS &&
          Math.abs(q.y0 - p.y) < EPS &&
          Math.abs(q.x1 - p.x - p.width) < EPS &&
          Math.abs(q.y1 - p.y - p.height) < EPS,
      );
      expect(index).toBeGreaterThanOrEqual(0);
      holders[index] += 1;
    }
    if (stages !== null) {
      for (const cut of layout.cuts) {
        expect(cut.stage).toBeLessThanOrEqual(stages + 1);
        if (cut.stage === stages + 1) {
          const children = pieces.map((q, i) => (q.cut === cut ? holders[i] : -1)).filter((h) => h >= 0);
          expect([[1], [0, 1]]).toContainEqual(children.sort());
        }
      }
    }
  }
  for (const item of request.items) expect(counts.get(item.id)).toBe(item.quantity);
  expect(validateSheetPlan(request, plan)).toEqual([]);
  for (const [stockIndex, count] of used) {
    const quantity = request.sheets[stockIndex].quantity;
    if (quantity !== undefined) expect(count).toBeLessThanOrEqual(quantity);
  }
}

function randomRequest(seed: number, parts: number, options: Partial<SheetRequest> = {}): SheetRequest {
  const random = new Random(seed);
  const items = [];
  for (let n = 0, i = 0; n < parts; i += 1) {
    const quantity = Math.min(parts - n, 1 + random.int(4));
    items.push({
      id: `p${i}`,
      width: 100 + random.int(900),
      height: 100 + random.int(600),
      quantity,
      rotatable: random.next() < 0.5,
    });
    n += quantity;
  }
  return { sheets: [{ width: 2440, height: 1220 }], items, timeLimitMs: 200, ...options };
}

describe(solveSheets.name, () => {
  it('cuts one part out with a strip cut and a cross cut', () => {
    const request: SheetRequest = {
      sheets: [{ width: 200, height: 100 }],
      items: [{ id: 'a', width: 80, height: 30, quantity: 1 }],
    };
    const plan = solveSheets(request);
    checkPlan(request, plan);
    expect(plan.layouts).toHaveLength(1);
    expect(plan.layouts[0].placements).toEqual([{ id: 'a', x: 0, y: 0, width: 80, height: 30, rotated: false }]);
    expect(plan.layouts[0].cuts).toEqual([
      { x1: 0, y1: 30, x2: 200, y2: 30, stage: 1 },
      { x1: 80, y1: 0, x2: 80, y2: 30, stage: 2 },
    ]);
    expect(plan.layouts[0].yield).toBeCloseTo(0.12);
    expect(plan.lowerBound).toBe(1);
  });

  it('puts parts that tile a sheet exactly on one sheet without waste', () => {
    const request: SheetRequest = {
      sheets: [{ width: 100, height: 100 }],
      items: [
        { id: 'a', width: 50, height: 50, quantity: 2 },
        { id: 'b', width: 100, height: 25, quantity: 1 },
        { id: 'c', width: 25, height: 25, quantity: 4 },
      ],
    };
    const plan = solveSheets(request);
    checkPlan(request, plan);
    expect(plan.totals.sheets).toBe(1);
    expect(plan.totals.yield).toBe(1);
    expect(plan.layouts[0].waste).toBe(0);
  });

  it('separates parts by the kerf and keeps the trim free', () => {
    const request: SheetRequest = {
      sheets: [{ width: 123, height: 70 }],
      items: [{ id: 'a', width: 50, height: 50, quantity: 2 }],
      kerf: 3,
      trim: 10,
    };
    const plan = solveSheets(request);
    checkPlan(request, plan);
    expect(plan.totals.sheets).toBe(1);
    const xs = plan.layouts[0].placements.map((p) => p.x).sort((a, b) => a - b);
    expect(xs).toEqual([10, 63]);
    expect(plan.layouts[0].placements.every((p) => p.y === 10)).toBe(true);
    expect(plan.layouts[0].cuts).toEqual([{ x1: 60, y1: 10, x2: 60, y2: 60, stage: 2 }]);
  });

  it('needs one more sheet once the kerf no longer fits between the parts', () => {
    const request: SheetRequest = {
      sheets: [{ width: 100, height: 50 }],
      items: [{ id: 'a', width: 50, height: 50, quantity: 2 }],
      kerf: 1,
    };
    expect(solveSheets(request).totals.sheets).toBe(2);
  });

  it('handles decimal sizes and returns coordinates in the request units', () => {
    const request: SheetRequest = {
      sheets: [{ width: 101.3, height: 41.4 }],
      items: [{ id: 'a', width: 33.3, height: 20.1, quantity: 6 }],
      kerf: 0.2,
      trim: 0.5,
    };
    const plan = solveSheets(request);
    checkPlan(request, plan);
    expect(plan.totals.sheets).toBe(1);
    const xs = [...new Set(plan.layouts[0].placements.map((p) => p.x))].sort((a, b) => a - b);
    expect(xs).toHaveLength(3);
    [0.5, 34, 67.5].forEach((x, i) => expect(xs[i]).toBeCloseTo(x, 9));
  });

  it('turns parts only when they are rotatable', () => {
    const items = (rotatable: boolean) => [
      { id: 'long', width: 40, height: 100, quantity: 2 },
      { id: 'flat', width: 100, height: 20, quantity: 1, rotatable },
    ];
    const turned: SheetRequest = { sheets: [{ width: 100, height: 100 }], items: items(true), timeLimitMs: 200 };
    const plan = solveSheets(turned);
    checkPlan(turned, plan);
    expect(plan.totals.sheets).toBe(1);
    expect(plan.layouts[0].placements.find((p) => p.id === 'flat')!.rotated).toBe(true);
    const fixed: SheetRequest = { sheets: [{ width: 100, height: 100 }], items: items(false), timeLimitMs: 200 };
    const fixedPlan = solveSheets(fixed);
    checkPlan(fixed, fixedPlan);
    expect(fixedPlan.totals.sheets).toBe(2);
    expect(fixedPlan.layouts.flatMap((l) => l.placements).some((p) => p.rotated)).toBe(false);
  });

  it('keeps to two stages: parts side by side in strips, trimmed to height', () => {
    const request: SheetRequest = {
      sheets: [{ width: 100, height: 100 }],
      items: [
        { id: 'a', width: 50, height: 60, quantity: 1 },
        { id: 'b', width: 50, height: 30, quantity: 2 },
      ],
      maxStages: 2,
    };
    const plan = solveSheets(request);
    checkPlan(request, plan);
    expect(plan.totals.sheets).toBe(1);
    expect(Math.max(...plan.layouts[0].cuts.map((c) => c.stage))).toBe(3);
    const three: SheetRequest = { ...request, maxStages: 3 };
    const stacked = solveSheets(three);
    checkPlan(three, stacked);
    expect(stacked.totals.sheets).toBe(1);
  });

  it('starts with vertical cuts when asked', () => {
    const request: SheetRequest = {
      sheets: [{ width: 100, height: 100 }],
      items: [{ id: 'a', width: 40, height: 60, quantity: 1 }],
      firstCut: 'vertical',
    };
    const plan = solveSheets(request);
    checkPlan(request, plan);
    expect(plan.layouts[0].cuts).toEqual([
      { x1: 40, y1: 0, x2: 40, y2: 100, stage: 1 },
      { x1: 0, y1: 60, x2: 40, y2: 60, stage: 2 },
    ]);
  });

  it('uses the limited sheets first and never more of them than there are', () => {
    const request: SheetRequest = {
      sheets: [
        { width: 100, height: 100, cost: 10 },
        { width: 50, height: 50, quantity: 1, ref: 'R1' },
      ],
      items: [{ id: 'a', width: 40, height: 40, quantity: 3 }],
      minOffcut: 20,
      timeLimitMs: 200,
    };
    const plan = solveSheets(request);
    checkPlan(request, plan);
    expect(plan.layouts.map((l) => l.stockIndex)).toEqual([0, 1]);
    expect(plan.layouts[1].ref).toBe('R1');
    expect(plan.layouts[1].placements).toHaveLength(1);
    expect(plan.totals.cost).toBe(10);
    const remnant = plan.layouts[0].remnants;
    expect(remnant.length).toBeGreaterThan(0);
    expect(plan.layouts[0].waste).toBeCloseTo(
      100 * 100 - 2 * 1600 - remnant.reduce((s, r) => s + r.width * r.height, 0),
    );
  });

  it('picks the cheaper of two unlimited sizes when both need as many sheets', () => {
    const request: SheetRequest = {
      sheets: [
        { width: 100, height: 100, cost: 5 },
        { width: 100, height: 100, cost: 3 },
      ],
      items: [{ id: 'a', width: 60, height: 60, quantity: 2 }],
    };
    const plan = solveSheets(request);
    checkPlan(request, plan);
    expect(plan.layouts.map((l) => l.stockIndex)).toEqual([1, 1]);
    expect(plan.totals.cost).toBe(6);
  });

  it('gives the same plan for the same seed', () => {
    const request = randomRequest(7, 40, { kerf: 4, trim: 10, timeLimitMs: 400 });
    const { elapsedMs: _a, ...first } = solveSheets(request);
    const { elapsedMs: _b, ...second } = solveSheets(request);
    expect(second).toEqual(first);
  });

  it('keeps valid guillotine layouts with kerf, trim and rotation on a random order', () => {
    for (const maxStages of [2, 3] as const) {
      const request = randomRequest(3, 120, { kerf: 4, trim: 10, maxStages, minOffcut: 200 });
      const plan = solveSheets(request);
      checkPlan(request, plan);
      expect(plan.totals.itemArea).toBe(request.items.reduce((s, i) => s + i.width * i.height * i.quantity, 0));
    }
  });

  it('returns within the time budget on 2,000 parts', () => {
    const request = randomRequest(11, 2000, { kerf: 4, trim: 10, timeLimitMs: 500 });
    const started = Date.now();
    const plan = solveSheets(request);
    expect(Date.now() - started).toBeLessThan(650);
    expect(plan.layouts.reduce((n, l) => n + l.placements.length, 0)).toBe(2000);
    expect(plan.totals.sheets).toBeGreaterThanOrEqual(plan.lowerBound);
  });
});
