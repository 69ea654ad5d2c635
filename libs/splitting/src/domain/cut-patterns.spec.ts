import { solveLinear, solveSheets, type SheetRequest } from '@mendao/cutting';
import { cutPatterns, type PatternCut, type PatternPartInfo, sheetCutSequence } from './cut-patterns';
import type { CutPlan } from './split-plan';

const EPS = 1e-6;

function part(ref: string, overrides: Partial<PatternPartInfo> = {}): PatternPartInfo {
  const [orderNo, lineNo] = [ref.split('-').slice(0, -2).join('-'), Number(ref.split('-').at(-2))];
  return {
    ref,
    component: '竖套线 casing leg',
    orderNo,
    lineNo,
    room: '主卧',
    finish: '胡桃木',
    handing: 'left-in',
    endCuts: { start: 'square', end: 'mitre45' },
    ...overrides,
  };
}

/** A run of casings as the demo catalogue makes them: per door 4 legs (clear H + casing W) and 2 heads. */
function casingRun(doors: { width: number; height: number; count: number }[]) {
  const parts = new Map<string, PatternPartInfo>();
  const items: { id: string; length: number; quantity: number }[] = [];
  doors.forEach((door, line) => {
    const leg = `SO-7-${line + 1}-5`;
    const head = `SO-7-${line + 1}-6`;
    parts.set(leg, part(leg));
    parts.set(head, part(head, { component: '横套线 casing head', endCuts: { start: 'mitre45', end: 'mitre45' } }));
    items.push({ id: leg, length: door.height + 60, quantity: 4 * door.count });
    items.push({ id: head, length: door.width + 120, quantity: 2 * door.count });
  });
  const plan = solveLinear({ stock: [{ length: 2440 }], kerf: 4, trim: 5, items, timeLimitMs: 300 });
  const cutPlan: CutPlan = { n: 1, material: 'CAS-60', kind: 'linear', ripWidth: null, thickness: 12, plan };
  return { cutPlan, parts, items };
}

function refsOfPlans(plans: CutPlan[]): Map<string, number> {
  const out = new Map<string, number>();
  const ids = plans.flatMap((p) =>
    p.kind === 'linear'
      ? p.plan.bars.flatMap((b) => b.cuts.map((c) => c.id))
      : p.plan.layouts.flatMap((l) => l.placements.map((pl) => pl.id)),
  );
  for (const id of ids) out.set(id, (out.get(id) ?? 0) + 1);
  return out;
}

function refsOfPatterns(patterns: ReturnType<typeof cutPatterns>): {
  uses: Map<string, number>;
  reps: Map<string, number>;
} {
  const uses = new Map<string, number>();
  const reps = new Map<string, number>();
  for (const pattern of patterns) {
    for (const use of pattern.pieces.flatMap((p) => p.uses)) uses.set(use.ref, (uses.get(use.ref) ?? 0) + use.quantity);
    for (const ref of pattern.repetitions.flatMap((r) => r.refs)) reps.set(ref, (reps.get(ref) ?? 0) + 1);
  }
  return { uses, reps };
}

interface Piece {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * Replays a numbered cut sequence on the sheet: every cut must run edge to edge across exactly one piece that exists
 * at that moment (never through a placed part), strictly inside it. Trim cuts keep the inner side whole; a layout
 * cut's kerf is lost on the far side. Returns the pieces left.
 */
function replay(width: number, height: number, cuts: PatternCut[], kerf: number): Piece[] {
  let pieces: Piece[] = [{ x0: 0, y0: 0, x1: width, y1: height }];
  cuts.forEach((cut, i) => {
    expect(cut.no).toBe(i + 1);
    const horizontal = Math.abs(cut.y1 - cut.y2) < EPS;
    expect(horizontal || Math.abs(cut.x1 - cut.x2) < EPS).toBe(true);
    const index = pieces.findIndex((p) =>
      horizontal
        ? Math.abs(cut.x1 - p.x0) < EPS && Math.abs(cut.x2 - p.x1) < EPS && cut.y1 > p.y0 + EPS && cut.y1 < p.y1 - EPS
        : Math.abs(cut.y1 - p.y0) < EPS && Math.abs(cut.y2 - p.y1) < EPS && cut.x1 > p.x0 + EPS && cut.x1 < p.x1 - EPS,
    );
    if (index < 0) throw new Error(`cut ${cut.no} does not split one piece edge to edge`);
    const p = pieces[index];
    const gap = cut.trim ? 0 : kerf;
    const first = horizontal ? { ...p, y1: cut.y1 } : { ...p, x1: cut.x1 };
    const second = horizontal ? { ...p, y0: cut.y1 + gap } : { ...p, x0: cut.x1 + gap };
    const keep = [first, second].filter((q) => q.x1 - q.x0 > EPS && q.y1 - q.y0 > EPS);
    pieces = [...pieces.slice(0, index), ...keep, ...pieces.slice(index + 1)];
  });
  return pieces;
}

describe(cutPatterns.name, () => {
  it('groups a real-ish casing run into far fewer patterns, keeping every piece and bar', () => {
    // 40 doors of 7 sizes, as one dealer's flat block orders them
    const { cutPlan, parts } = casingRun([
      { width: 800, height: 2050, count: 12 },
      { width: 900, height: 2100, count: 9 },
      { width: 700, height: 2000, count: 6 },
      { width: 760, height: 2050, count: 5 },
      { width: 860, height: 2100, count: 4 },
      { width: 1500, height: 2150, count: 2 },
      { width: 820, height: 2000, count: 2 },
    ]);
    const bars = cutPlan.kind === 'linear' ? cutPlan.plan.bars.length : 0;
    const patterns = cutPatterns([cutPlan], parts, new Map([['CAS-60', { trim: 5, kerf: 4 }]]));
    expect(bars).toBeGreaterThan(150);
    expect(patterns.length).toBeLessThan(bars / 5);
    expect(patterns.reduce((s, p) => s + p.count, 0)).toBe(bars);
    expect(patterns.map((p) => p.no)).toEqual(patterns.map((_, i) => i + 1));
    const { uses, reps } = refsOfPatterns(patterns);
    expect(uses).toEqual(refsOfPlans([cutPlan]));
    expect(reps).toEqual(refsOfPlans([cutPlan]));
    for (const p of patterns) {
      expect(p.repetitions).toHaveLength(p.count);
      expect(p.pieces.reduce((s, piece) => s + piece.uses.reduce((t, u) => t + u.quantity, 0), 0)).toBe(
        p.count * p.pieces.length,
      );
    }
  });

  it('keeps each repetition’s parts in cut order, so a label goes to the door the piece was cut for', () => {
    const { cutPlan, parts } = casingRun([
      { width: 800, height: 2050, count: 3 },
      { width: 800, height: 2050, count: 3 },
    ]);
    if (cutPlan.kind !== 'linear') throw new Error('linear');
    const patterns = cutPatterns([cutPlan], parts);
    for (const pattern of patterns) {
      for (const rep of pattern.repetitions) {
        const bar = cutPlan.plan.bars[rep.layout - 1];
        expect(rep.refs).toEqual(bar.cuts.map((c) => c.id));
        // the same lengths and places as the pattern's pieces
        expect(bar.cuts.map((c) => c.length)).toEqual(pattern.pieces.map((p) => p.length));
      }
    }
    // two lines of the same size: legs of both doors share the patterns
    const doors = new Set(patterns.flatMap((p) => p.pieces.flatMap((piece) => piece.uses.map((u) => u.door))));
    expect(doors).toEqual(new Set(['SO-7-1', 'SO-7-2']));
    expect(patterns.some((p) => p.pieces.some((piece) => new Set(piece.uses.map((u) => u.door)).size === 2))).toBe(
      true,
    );
  });

  it('tells apart bars of the same lengths whose ends are cut differently (mitre vs square)', () => {
    const bar = (id: string) => ({
      stockLength: 2440,
      stockIndex: 0,
      cuts: [{ id, length: 2110, position: 0 }],
      offcut: 326,
      remnant: 326,
      waste: 4,
    });
    const plan: CutPlan = {
      n: 3,
      material: 'CAS-60',
      kind: 'linear',
      ripWidth: null,
      thickness: 12,
      plan: {
        bars: [bar('A-1-1'), bar('A-1-2'), bar('A-1-1')],
        totals: { bars: 3, stockLength: 7320, itemLength: 6330, yield: 0.86, cost: 0, remnantLength: 978, waste: 12 },
        lowerBound: 3,
        elapsedMs: 1,
      },
    };
    const parts = new Map([
      ['A-1-1', part('A-1-1')],
      ['A-1-2', part('A-1-2', { component: '挡门条 stop', endCuts: { start: 'square', end: 'square' } })],
    ]);
    const patterns = cutPatterns([plan], parts);
    expect(patterns.map((p) => [p.count, p.pieces[0].endCuts?.end, p.pieces[0].component])).toEqual([
      [2, 'mitre45', '竖套线 casing leg'],
      [1, 'square', '挡门条 stop'],
    ]);
    expect(patterns[0].repetitions.map((r) => [r.plan, r.layout])).toEqual([
      [3, 1],
      [3, 3],
    ]);
    expect(patterns[0]).toMatchObject({ stockSize: [2440], remnant: 326, offcut: 326, waste: 4 });
  });

  it('never groups a bar or sheet cut from a remnant (余料) with new stock cut the same, and names the remnant item', () => {
    // the remnant is the new bar's length: only its ref tells the sawyer to take it from the remnant rack
    const bar = (id: string, ref?: string) => ({
      stockLength: 2440,
      stockIndex: ref ? -1 : 0,
      ...(ref ? { ref } : {}),
      cuts: [{ id, length: 2110, position: 0 }],
      offcut: 326,
      remnant: 326,
      waste: 4,
    });
    const linear: CutPlan = {
      n: 1,
      material: 'CAS-60',
      kind: 'linear',
      ripWidth: null,
      thickness: 12,
      plan: {
        bars: [
          bar('A-1-1'),
          bar('A-1-1', 'CAS-60-R2440'),
          bar('A-1-1'),
          bar('A-1-1', 'CAS-60-R2440'),
          bar('A-1-1', 'X'),
        ],
        totals: {
          bars: 5,
          stockLength: 12200,
          itemLength: 10550,
          yield: 0.86,
          cost: 0,
          remnantLength: 1630,
          waste: 20,
        },
        lowerBound: 5,
        elapsedMs: 1,
      },
    };
    const request: SheetRequest = {
      sheets: [{ width: 1220, height: 2440 }],
      kerf: 4,
      trim: 10,
      items: [{ id: 'B-1-7', width: 700, height: 2050, quantity: 2, rotatable: false }],
      timeLimitMs: 100,
    };
    const solved = solveSheets(request);
    expect(solved.layouts).toHaveLength(2);
    const sheets: CutPlan = {
      n: 2,
      material: 'HDF-8',
      kind: 'sheet',
      ripWidth: null,
      thickness: 8,
      plan: {
        ...solved,
        layouts: [solved.layouts[0], { ...solved.layouts[1], ref: 'HDF-8-R1220x2440', stockIndex: -1 }],
      },
    };
    const parts = new Map([
      ['A-1-1', part('A-1-1')],
      ['B-1-7', part('B-1-7', { component: '门板 skin', endCuts: null })],
    ]);
    const patterns = cutPatterns([linear, sheets], parts);
    expect(patterns.map((p) => [p.no, p.material, p.fromRemnant, p.count, p.stockSize])).toEqual([
      [1, 'CAS-60', null, 2, [2440]],
      [2, 'CAS-60', 'CAS-60-R2440', 2, [2440]],
      [3, 'CAS-60', 'X', 1, [2440]],
      [4, 'HDF-8', null, 1, [1220, 2440]],
      [5, 'HDF-8', 'HDF-8-R1220x2440', 1, [1220, 2440]],
    ]);
    expect(patterns[1].repetitions.map((r) => [r.plan, r.layout])).toEqual([
      [1, 2],
      [1, 4],
    ]);
    expect(refsOfPatterns(patterns).uses).toEqual(refsOfPlans([linear, sheets]));
  });

  it('groups identical sheets and numbers a cut sequence that replays as guillotine cuts, trims first', () => {
    const request: SheetRequest = {
      sheets: [{ width: 1220, height: 2440 }],
      kerf: 4,
      trim: 10,
      minOffcut: 200,
      items: [
        { id: 'SO-9-1-7', width: 700, height: 2050, quantity: 6, rotatable: false },
        { id: 'SO-9-2-7', width: 700, height: 2050, quantity: 4, rotatable: false },
        { id: 'SO-9-1-8', width: 380, height: 560, quantity: 12, rotatable: true },
        { id: 'SO-9-3-2', width: 150, height: 900, quantity: 7, rotatable: true },
      ],
      timeLimitMs: 300,
    };
    const plan = solveSheets(request);
    const cutPlan: CutPlan = { n: 1, material: 'HDF-8', kind: 'sheet', ripWidth: null, thickness: 8, plan };
    const parts = new Map(
      request.items.map((i) => [i.id, part(i.id, { component: '门板 skin', endCuts: null, handing: null })]),
    );
    const patterns = cutPatterns([cutPlan], parts, new Map([['HDF-8', { trim: 10, kerf: 4 }]]));
    expect(patterns.reduce((s, p) => s + p.count, 0)).toBe(plan.layouts.length);
    expect(patterns.length).toBeLessThan(plan.layouts.length);
    expect(refsOfPatterns(patterns).uses).toEqual(refsOfPlans([cutPlan]));
    for (const pattern of patterns) {
      const [width, height] = pattern.stockSize;
      expect(pattern.cuts.slice(0, 4).every((c) => c.trim && c.stage === 0)).toBe(true);
      expect(pattern.cuts.slice(4).some((c) => c.trim)).toBe(false);
      const left = replay(width, height, pattern.cuts, pattern.kerf);
      // every part is one whole piece the sequence leaves: cut out, never cut through
      for (const piece of pattern.pieces) {
        const w = piece.width ?? 0;
        const inside = left.filter(
          (q) => q.x0 < piece.x + w - EPS && q.x1 > piece.x + EPS && q.y0 < (piece.y ?? 0) + piece.length - EPS,
        );
        const own = inside.filter((q) => q.y1 > (piece.y ?? 0) + EPS);
        expect(own).toEqual([{ x0: piece.x, y0: piece.y, x1: piece.x + w, y1: (piece.y ?? 0) + piece.length }]);
      }
    }
  });

  it('rejects in the replay a sequence whose cut crosses a part (the test’s own check is honest)', () => {
    const cuts = sheetCutSequence(
      {
        width: 1000,
        height: 1000,
        cuts: [
          { x1: 0, y1: 500, x2: 1000, y2: 500, stage: 1 },
          // only across the top piece: it stops at 500, not at the sheet's edge
          { x1: 400, y1: 0, x2: 400, y2: 1000, stage: 2 },
        ],
      },
      0,
    );
    expect(() => replay(1000, 1000, cuts, 0)).toThrow('cut 2 does not split one piece edge to edge');
  });
});
