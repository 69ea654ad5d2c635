import fc from 'fast-check';
import { CuttingInputError, LinearRequest } from '../types';
import { validateLinearPlan } from '../validate/validate-linear';
import { solveLinear } from './solve-linear';

const quick = { timeLimitMs: 200 };

describe(solveLinear.name, () => {
  it('cuts door jambs from 2.4 m bars with kerf between pieces and trim at both ends', () => {
    const request: LinearRequest = {
      stock: [{ length: 2400 }],
      kerf: 4,
      trim: 10,
      items: [
        { id: 'jamb', length: 2090, quantity: 2 },
        { id: 'head', length: 900, quantity: 2 },
        { id: 'stop', length: 470, quantity: 2 },
      ],
      ...quick,
    };
    const plan = solveLinear(request);
    expect(validateLinearPlan(request, plan)).toEqual([]);
    // jambs cannot share a bar (2 × 2094 > 2384); heads and one stop share one; the last stop is alone
    expect(plan.totals.bars).toBe(4);
    expect(plan.lowerBound).toBe(4);
    const jambBar = plan.bars.find((b) => b.cuts[0].id === 'jamb');
    // 2400 − 2·10 trim − 2090 piece − 4 kerf
    expect(jambBar?.offcut).toBe(286);
  });

  it('fits exactly with the documented kerf convention: m pieces need (m − 1) kerfs', () => {
    // 3 × 996 + 2 × 4 = 2996: one bar; one more millimetre of piece and it needs two
    const fits = solveLinear({
      stock: [{ length: 2996 }],
      kerf: 4,
      items: [{ id: 'a', length: 996, quantity: 3 }],
      ...quick,
    });
    expect(fits.totals.bars).toBe(1);
    expect(fits.bars[0].offcut).toBe(0);
    const tooLong = solveLinear({
      stock: [{ length: 2996 }],
      kerf: 4,
      items: [{ id: 'a', length: 997, quantity: 3 }],
      ...quick,
    });
    expect(tooLong.totals.bars).toBe(2);
  });

  it('uses counted stock (remnants) before unlimited bars and reports reusable offcuts', () => {
    const request: LinearRequest = {
      stock: [
        { length: 6000, cost: 60 },
        { length: 1000, quantity: 2, ref: 'R-7' },
      ],
      minOffcut: 300,
      items: [
        { id: 'short', length: 480, quantity: 4 },
        { id: 'long', length: 2100, quantity: 2 },
      ],
      ...quick,
    };
    const plan = solveLinear(request);
    expect(validateLinearPlan(request, plan)).toEqual([]);
    const remnantBars = plan.bars.filter((b) => b.stockIndex === 1);
    expect(remnantBars).toHaveLength(2);
    expect(remnantBars.every((b) => b.ref === 'R-7' && b.cuts.every((c) => c.id === 'short'))).toBe(true);
    const main = plan.bars.find((b) => b.stockIndex === 0);
    expect(main?.remnant).toBe(1800);
    expect(plan.totals.remnantLength).toBe(1800);
  });

  it('works in decimal millimetres', () => {
    const request: LinearRequest = {
      stock: [{ length: 1002.5 }],
      kerf: 2.5,
      items: [{ id: 'x', length: 332.5, quantity: 3 }],
      ...quick,
    };
    const plan = solveLinear(request);
    expect(plan.totals.bars).toBe(1);
    expect(plan.bars[0].cuts.map((c) => c.position)).toEqual([0, 335, 670]);
  });

  it('returns the same plan for the same input and seed', () => {
    const request: LinearRequest = {
      stock: [{ length: 150 }],
      items: Array.from({ length: 40 }, (_, i) => ({
        id: `i${i}`,
        length: 20 + ((i * 37) % 80),
        quantity: 1 + (i % 3),
      })),
      seed: 7,
      timeLimitMs: 100,
    };
    expect(solveLinear(request).bars).toEqual(solveLinear(request).bars);
  });

  it('honours the time budget on a large request', () => {
    const items = Array.from({ length: 400 }, (_, i) => ({
      id: `p${i}`,
      length: 101 + ((i * 7919) % 1700),
      quantity: 50,
    }));
    const started = Date.now();
    const plan = solveLinear({ stock: [{ length: 6000 }], kerf: 3, items, timeLimitMs: 300 });
    expect(Date.now() - started).toBeLessThan(1500);
    expect(plan.totals.bars).toBeGreaterThanOrEqual(plan.lowerBound);
  });

  it('produces valid plans, never below the lower bound, for random instances', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 500, max: 6000 }),
        fc.array(fc.record({ length: fc.integer({ min: 1, max: 100 }), quantity: fc.integer({ min: 1, max: 5 }) }), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.integer({ min: 0, max: 5 }),
        (stockLength, raw, kerf) => {
          const request: LinearRequest = {
            stock: [{ length: stockLength }],
            kerf,
            items: raw.map((r, i) => ({
              id: `r${i}`,
              length: Math.ceil((r.length / 100) * (stockLength - kerf)),
              quantity: r.quantity,
            })),
            timeLimitMs: 20,
          };
          const plan = solveLinear(request);
          expect(validateLinearPlan(request, plan)).toEqual([]);
          expect(plan.totals.bars).toBeGreaterThanOrEqual(plan.lowerBound);
        },
      ),
      { numRuns: 60, seed: 42 },
    );
  });

  describe('bad input', () => {
    const errorOf = (input: unknown) => {
      try {
        solveLinear(input);
      } catch (error) {
        expect(error).toBeInstanceOf(CuttingInputError);
        return error as CuttingInputError;
      }
      throw new Error('expected a CuttingInputError');
    };

    it('names the piece longer than every stock (422)', () => {
      const error = errorOf({ stock: [{ length: 2400 }], trim: 10, items: [{ id: 'a', length: 2390, quantity: 1 }] });
      expect(error.status).toBe(422);
      expect(error.errors[0].field).toBe('items[0].length');
    });

    it('names zero, negative and non-numeric sizes, unknown fields and bad quantities (400)', () => {
      const error = errorOf({
        stock: [{ length: 0 }],
        kerf: -1,
        colour: 'red',
        items: [
          { id: 'a', length: '900', quantity: 1 },
          { id: 'b', length: 900, quantity: 0.5 },
          { id: 'a', length: -3, quantity: 1, grain: true },
        ],
      });
      expect(error.status).toBe(400);
      expect(error.errors.map((e) => e.field).sort()).toEqual(
        [
          'colour',
          'items[0].length',
          'items[1].quantity',
          'items[2].grain',
          'items[2].id',
          'items[2].length',
          'kerf',
          'stock[0].length',
        ].sort(),
      );
    });

    it('refuses more than 100,000 pieces (413) and a body that is not an object', () => {
      expect(errorOf({ stock: [{ length: 6000 }], items: [{ id: 'a', length: 10, quantity: 100_001 }] }).status).toBe(
        413,
      );
      expect(errorOf([1, 2]).errors[0].field).toBe('body');
    });

    it('says when counted stock runs out and no unlimited stock is given', () => {
      const error = errorOf({ stock: [{ length: 1000, quantity: 1 }], items: [{ id: 'a', length: 600, quantity: 2 }] });
      expect(error.errors[0].field).toBe('stock');
    });
  });
});
