import type { Cut, Placement, SheetLayout, SheetPlan, SheetRequest } from '../types';
import { validateSheetPlan } from './validate-sheets';

function part(id: string, x: number, y: number, width: number, height: number, rotated = false): Placement {
  return { id, x, y, width, height, rotated };
}

function cut(x1: number, y1: number, x2: number, y2: number, stage: number): Cut {
  return { x1, y1, x2, y2, stage };
}

function planOf(layouts: SheetLayout[], costPerSheet = 0): SheetPlan {
  const sheetArea = layouts.reduce((s, l) => s + l.width * l.height, 0);
  const itemArea = layouts.reduce((s, l) => s + l.placements.reduce((a, p) => a + p.width * p.height, 0), 0);
  const totals = { sheets: layouts.length, sheetArea, itemArea, yield: itemArea / sheetArea, cost: costPerSheet };
  return { layouts, totals, lowerBound: 1, elapsedMs: 1 };
}

/**
 * 100×60, no kerf or trim: a stage-1 cut at y=30 makes two strips; each strip is cut at x=60 (stage 2);
 * the right stack of the top strip is split at y=15 (stage 3), the bottom one trimmed at y=45, leaving a 40×15 remnant.
 */
function simpleRequest(): SheetRequest {
  return {
    sheets: [{ width: 100, height: 60 }],
    items: [
      { id: 'A', width: 60, height: 30, quantity: 2 },
      { id: 'B', width: 40, height: 15, quantity: 3 },
    ],
    minOffcut: 10,
  };
}

function simpleLayout(): SheetLayout {
  return {
    width: 100,
    height: 60,
    stockIndex: 0,
    placements: [
      part('A', 0, 0, 60, 30),
      part('B', 60, 0, 40, 15),
      part('B', 60, 15, 40, 15),
      part('A', 0, 30, 60, 30),
      part('B', 60, 30, 40, 15),
    ],
    cuts: [
      cut(0, 30, 100, 30, 1),
      cut(60, 0, 60, 30, 2),
      cut(60, 15, 100, 15, 3),
      cut(60, 30, 60, 60, 2),
      cut(60, 45, 100, 45, 3),
    ],
    remnants: [{ x: 60, y: 45, width: 40, height: 15 }],
    waste: 0,
    yield: 0.9,
  };
}

/** Kerf 2, trim 5: sheet 112×72, trimmed sheet [5,107]×[5,67]; strips [5,35] and [37,67]; columns [5,65] and [67,107]. */
function kerfRequest(): SheetRequest {
  return {
    sheets: [{ width: 112, height: 72, cost: 7, quantity: 1, ref: 'S1' }],
    items: [
      { id: 'A', width: 60, height: 30, quantity: 2 },
      { id: 'B', width: 30, height: 40, quantity: 1, rotatable: true },
    ],
    kerf: 2,
    trim: 5,
    minOffcut: 30,
  };
}

function kerfLayout(): SheetLayout {
  return {
    width: 112,
    height: 72,
    stockIndex: 0,
    ref: 'S1',
    placements: [part('A', 5, 5, 60, 30), part('B', 67, 5, 40, 30, true), part('A', 5, 37, 60, 30)],
    cuts: [cut(5, 35, 107, 35, 1), cut(65, 5, 65, 35, 2), cut(65, 37, 65, 67, 2)],
    remnants: [{ x: 67, y: 37, width: 40, height: 30 }],
    waste: 112 * 72 - 4800 - 1200,
    yield: 4800 / (112 * 72),
  };
}

function expectViolation(errors: string[], fragment: string): void {
  expect(errors).toEqual(expect.arrayContaining([expect.stringContaining(fragment)]));
}

function validateSimple(change: (layout: SheetLayout) => void, request = simpleRequest()): string[] {
  const layout = simpleLayout();
  change(layout);
  return validateSheetPlan(request, planOf([layout]));
}

describe(validateSheetPlan.name, () => {
  it('accepts a hand-checked 3-stage layout with a trimming cut and a remnant', () => {
    expect(validateSheetPlan(simpleRequest(), planOf([simpleLayout()]))).toEqual([]);
  });

  it('accepts kerf, trim, a rotated rotatable part, cost and ref', () => {
    expect(validateSheetPlan(kerfRequest(), planOf([kerfLayout()], 7))).toEqual([]);
  });

  it('accepts a strip as tall as the sheet: the stage-1 cut is then not needed and the cut across is stage 2', () => {
    const request: SheetRequest = {
      sheets: [{ width: 10, height: 10 }],
      items: [{ id: 'T', width: 5, height: 10, quantity: 2 }],
    };
    const layout: SheetLayout = {
      width: 10,
      height: 10,
      stockIndex: 0,
      placements: [part('T', 0, 0, 5, 10), part('T', 5, 0, 5, 10)],
      cuts: [cut(5, 0, 5, 10, 2)],
      remnants: [],
      waste: 0,
      yield: 1,
    };
    expect(validateSheetPlan(request, planOf([layout]))).toEqual([]);
  });

  it('catches overlapping parts', () => {
    const errors = validateSimple((l) => (l.placements[2].y = 10));
    expectViolation(errors, 'parts 1 (B) and 2 (B) overlap');
  });

  it('catches a part outside the trimmed sheet', () => {
    const errors = validateSheetPlan(
      kerfRequest(),
      planOf([{ ...kerfLayout(), placements: [...kerfLayout().placements.slice(0, 2), part('A', 0, 37, 60, 30)] }], 7),
    );
    expectViolation(errors, 'part 2 (A): [0, 60]×[37, 67] lies outside the trimmed sheet [5, 107]×[5, 67]');
  });

  it('catches a wrong count and an unknown id', () => {
    const errors = validateSimple((l) => {
      l.placements[4].id = 'C';
    });
    expectViolation(errors, 'part 4 (C): id is not a requested item');
    expectViolation(errors, 'item B: 2 parts placed, 3 demanded');
  });

  it('catches a forbidden rotation and a wrong size', () => {
    const errors = validateSimple((l) => {
      l.placements[0] = part('A', 0, 0, 60, 30, true);
      l.placements[1] = part('B', 60, 0, 40, 14);
    });
    expectViolation(errors, 'part 0 (A): rotated, but the item is not rotatable');
    expectViolation(errors, 'part 0 (A): size 60×30 (rotated=true), item is 60×30');
    expectViolation(errors, 'part 1 (B): size 40×14 (rotated=false), item is 40×15');
  });

  it('catches a cut that does not run from edge to edge of a piece', () => {
    const errors = validateSimple((l) => (l.cuts[1] = cut(60, 0, 60, 20, 2)));
    expectViolation(errors, 'cut 1 (60,0)–(60,20): does not run edge to edge of piece [0, 100]×[0, 30]');
  });

  it('catches a cut through a part', () => {
    const errors = validateSimple((l) => l.cuts.push(cut(30, 0, 30, 30, 2)));
    expect(errors).toEqual(['layout 0: cut 5 (30,0)–(30,30): passes through part 0 (A) [0, 60]×[0, 30] (kerf 0)']);
  });

  it('catches a cut through an area that was already cut away', () => {
    const errors = validateSimple((l) => l.cuts.push(cut(0, 30, 100, 30, 1)));
    expectViolation(errors, 'cut 5 (0,30)–(100,30): runs along the edge of piece');
  });

  it('catches a stage deeper than maxStages, but allows a trimming cut one stage deeper', () => {
    const errors = validateSimple(() => undefined, { ...simpleRequest(), maxStages: 2 });
    expect(errors).toEqual([
      'layout 0: cut 2 (60,15)–(100,15): stage 3 exceeds maxStages 2 (and is not a trimming cut)',
    ]);
  });

  it('allows any depth when maxStages is null', () => {
    const deeper = (maxStages: 3 | null): string[] =>
      validateSimple(
        (l) => {
          l.placements.splice(0, 1, part('a', 0, 0, 30, 15), part('a', 30, 0, 30, 15));
          l.cuts.push(cut(0, 15, 60, 15, 3), cut(30, 0, 30, 15, 4));
          Object.assign(l, { yield: 0.75, waste: 900 });
        },
        {
          ...simpleRequest(),
          items: [
            { id: 'A', width: 60, height: 30, quantity: 1 },
            { id: 'a', width: 30, height: 15, quantity: 2 },
            { id: 'B', width: 40, height: 15, quantity: 3 },
          ],
          maxStages,
        },
      );
    expect(deeper(null)).toEqual([]);
    expect(deeper(3)).toEqual([
      'layout 0: cut 6 (30,0)–(30,15): stage 4 exceeds maxStages 3 (and is not a trimming cut)',
    ]);
  });

  it('catches a declared stage that differs from the replay', () => {
    const errors = validateSimple((l) => (l.cuts[1].stage = 3));
    expect(errors).toEqual(['layout 0: cut 1 (60,0)–(60,30): declared stage 3, the replay gives stage 2']);
  });

  it('catches a stage-1 cut in the wrong direction', () => {
    const vertical = validateSimple(() => undefined, { ...simpleRequest(), firstCut: 'vertical' });
    expectViolation(
      vertical,
      'cut 0 (0,30)–(100,30): stage-1 cuts must be vertical (firstCut), this one is horizontal',
    );
    const horizontal = validateSimple((l) => (l.cuts[0] = cut(60, 0, 60, 60, 1)));
    expectViolation(
      horizontal,
      'cut 0 (60,0)–(60,60): stage-1 cuts must be horizontal (firstCut), this one is vertical',
    );
  });

  it('catches a kerf that is ignored between parts', () => {
    const layout = kerfLayout();
    layout.placements[1].x = 65;
    const errors = validateSheetPlan(kerfRequest(), planOf([layout], 7));
    expectViolation(errors, 'cut 1 (65,5)–(65,35): passes through part 1 (B) [65, 105]×[5, 35] (kerf 2)');
  });

  it('catches parts left together or not cut free', () => {
    const together = validateSimple((l) => l.cuts.splice(2, 1));
    expectViolation(together, 'final piece [60, 100]×[0, 30] still holds parts 1 (B), 2 (B): cuts are missing');
    const loose = validateSimple((l) => {
      l.cuts.pop();
      l.remnants = [];
      l.waste = 600;
    });
    expect(loose).toEqual(['layout 0: part 4 (B) is not cut free: its final piece is [60, 100]×[30, 60]']);
  });

  it('catches remnants that are not final empty pieces, too small, or not wanted', () => {
    const wrong = validateSimple((l) => (l.remnants = [{ x: 60, y: 40, width: 40, height: 20 }]));
    expectViolation(wrong, 'remnant 0 [60, 100]×[40, 60] is not a final piece without parts');
    expectViolation(
      validateSimple(() => undefined, { ...simpleRequest(), minOffcut: 20 }),
      'is smaller than minOffcut 20',
    );
    expectViolation(
      validateSimple(() => undefined, { ...simpleRequest(), minOffcut: 0 }),
      '1 remnants reported, but minOffcut is 0',
    );
  });

  it('catches more sheets than the stock quantity and a sheet of the wrong size', () => {
    const request = kerfRequest();
    request.items.forEach((item) => (item.quantity *= 2));
    const errors = validateSheetPlan(request, planOf([kerfLayout(), { ...kerfLayout(), width: 110 }], 14));
    expectViolation(errors, 'sheet 0: 2 sheets used, only 1 available');
    expectViolation(errors, 'layout 1: size 110×72 differs from sheet 0 (112×72)');
  });

  it('catches wrong layout figures and totals', () => {
    const layout = { ...simpleLayout(), waste: 600, yield: 1 };
    const plan = planOf([layout]);
    plan.totals = { sheets: 2, sheetArea: 6001, itemArea: 5000, yield: 0.5, cost: 3 };
    plan.lowerBound = 2;
    const errors = validateSheetPlan(simpleRequest(), plan);
    for (const fragment of [
      'layout 0: yield 1, expected 0.9',
      'layout 0: waste 600, expected 0',
      'totals.sheets 2, expected 1',
      'totals.sheetArea 6001, expected 6000',
      'totals.itemArea 5000, expected 5400',
      'totals.yield 0.5, expected 0.9',
      'totals.cost 3, expected 0',
      'lowerBound 2 exceeds the 1 sheets used',
    ]) {
      expectViolation(errors, fragment);
    }
  });

  it('replays a 500-part layout quickly', () => {
    const [columns, rows] = [25, 20];
    const placements: Placement[] = [];
    const cuts: Cut[] = [];
    for (let r = 0; r < rows; r += 1) {
      if (r < rows - 1) cuts.push(cut(0, 5 * (r + 1), 100, 5 * (r + 1), 1));
      for (let c = 0; c < columns; c += 1) {
        placements.push(part('p', 4 * c, 5 * r, 4, 5));
        if (c < columns - 1) cuts.push(cut(4 * (c + 1), 5 * r, 4 * (c + 1), 5 * (r + 1), 2));
      }
    }
    const request: SheetRequest = {
      sheets: [{ width: 100, height: 100 }],
      items: [{ id: 'p', width: 4, height: 5, quantity: 500 }],
    };
    const layout: SheetLayout = {
      width: 100,
      height: 100,
      stockIndex: 0,
      placements,
      cuts,
      remnants: [],
      waste: 0,
      yield: 1,
    };
    const started = Date.now();
    expect(validateSheetPlan(request, planOf([layout]))).toEqual([]);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
