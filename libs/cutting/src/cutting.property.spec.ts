import fc from 'fast-check';
import { solveSheets, validateSheetPlan } from '.';
import type { SheetRequest } from './types';

/** Random sheet requests, solved and checked by the independent validator (guillotine, stages, kerf, counts). */
describe('sheet plans for random requests', () => {
  const request = fc.record({
    width: fc.integer({ min: 300, max: 2800 }),
    height: fc.integer({ min: 300, max: 2100 }),
    kerf: fc.integer({ min: 0, max: 5 }),
    trim: fc.integer({ min: 0, max: 15 }),
    maxStages: fc.constantFrom(2 as const, 3 as const, null),
    firstCut: fc.constantFrom('horizontal' as const, 'vertical' as const),
    items: fc.array(
      fc.record({
        w: fc.integer({ min: 5, max: 100 }),
        h: fc.integer({ min: 5, max: 100 }),
        quantity: fc.integer({ min: 1, max: 4 }),
        rotatable: fc.boolean(),
      }),
      { minLength: 1, maxLength: 10 },
    ),
  });

  it('are always valid guillotine layouts covering the demand exactly', () => {
    fc.assert(
      fc.property(request, (r) => {
        const usableW = r.width - 2 * r.trim;
        const usableH = r.height - 2 * r.trim;
        const input: SheetRequest = {
          sheets: [{ width: r.width, height: r.height }],
          kerf: r.kerf,
          trim: r.trim,
          maxStages: r.maxStages,
          firstCut: r.firstCut,
          items: r.items.map((it, i) => ({
            id: `p${i}`,
            width: Math.max(1, Math.floor((it.w / 100) * usableW)),
            height: Math.max(1, Math.floor((it.h / 100) * usableH)),
            quantity: it.quantity,
            rotatable: it.rotatable,
          })),
          timeLimitMs: 30,
        };
        const plan = solveSheets(input);
        expect(validateSheetPlan(input, plan)).toEqual([]);
        expect(plan.totals.sheets).toBeGreaterThanOrEqual(plan.lowerBound);
      }),
      { numRuns: 80, seed: 2026 },
    );
  });

  it('uses a limited (remnant) sheet before the unlimited stock', () => {
    const input: SheetRequest = {
      sheets: [
        { width: 2440, height: 1220 },
        { width: 800, height: 600, quantity: 1, ref: 'remnant-12' },
      ],
      items: [{ id: 'small', width: 700, height: 500, quantity: 1 }],
      timeLimitMs: 50,
    };
    const plan = solveSheets(input);
    expect(validateSheetPlan(input, plan)).toEqual([]);
    expect(plan.layouts.map((l) => l.stockIndex)).toEqual([1]);
  });
});
