import type { LinearPlan, LinearRequest } from '../types';
import { validateLinearPlan } from './validate-linear';

// Usable length 1000 − 2·10 = 980; A A B laid with 4 mm kerfs end at 858, the offcut 980 − 858 − 4 = 118 is a remnant.
function request(): LinearRequest {
  return {
    stock: [{ length: 1000, cost: 5, quantity: 3, ref: 'R1' }],
    items: [
      { id: 'A', length: 300, quantity: 2 },
      { id: 'B', length: 250, quantity: 1 },
    ],
    kerf: 4,
    trim: 10,
    minOffcut: 100,
  };
}

function plan(): LinearPlan {
  return {
    bars: [
      {
        stockLength: 1000,
        stockIndex: 0,
        ref: 'R1',
        cuts: [
          { id: 'A', length: 300, position: 0 },
          { id: 'A', length: 300, position: 304 },
          { id: 'B', length: 250, position: 608 },
        ],
        offcut: 118,
        remnant: 118,
        waste: 32,
      },
    ],
    totals: { bars: 1, stockLength: 1000, itemLength: 850, yield: 0.85, cost: 5, remnantLength: 118, waste: 32 },
    lowerBound: 1,
    elapsedMs: 3,
  };
}

function expectViolation(errors: string[], fragment: string): void {
  expect(errors).toEqual(expect.arrayContaining([expect.stringContaining(fragment)]));
}

describe(validateLinearPlan.name, () => {
  it('accepts a hand-checked plan with kerf, trim and a remnant', () => {
    expect(validateLinearPlan(request(), plan())).toEqual([]);
  });

  it('accepts decimal lengths within the tolerance', () => {
    const req: LinearRequest = { stock: [{ length: 0.3 }], items: [{ id: 'x', length: 0.1, quantity: 3 }] };
    const cuts = [0, 0.1, 0.2].map((position) => ({ id: 'x', length: 0.1, position }));
    const totals = {
      bars: 1,
      stockLength: 0.3,
      itemLength: 0.1 + 0.1 + 0.1,
      yield: 1,
      cost: 0,
      remnantLength: 0,
      waste: 0,
    };
    const p: LinearPlan = {
      bars: [{ stockLength: 0.3, stockIndex: 0, cuts, offcut: 0, remnant: 0, waste: 0 }],
      totals,
      lowerBound: 1,
      elapsedMs: 0,
    };
    expect(validateLinearPlan(req, p)).toEqual([]);
  });

  it('treats a short offcut as waste when minOffcut is 0', () => {
    const req = { ...request(), minOffcut: 0 };
    const p = plan();
    expectViolation(validateLinearPlan(req, p), 'remnant 118, expected 0');
    p.bars[0].remnant = 0;
    p.bars[0].waste = 150;
    p.totals = { ...p.totals, remnantLength: 0, waste: 150 };
    expect(validateLinearPlan(req, p)).toEqual([]);
  });

  it('catches a missing kerf between pieces', () => {
    const p = plan();
    p.bars[0].cuts[1].position = 300;
    expectViolation(validateLinearPlan(request(), p), 'piece 1 (A): starts at 300, before the previous piece');
  });

  it('catches a piece running into the trim at the far end', () => {
    const p = plan();
    p.bars[0].cuts[2].position = 740;
    expectViolation(validateLinearPlan(request(), p), 'last piece ends at 990, beyond the usable length 980');
  });

  it('catches a piece placed before the trimmed start', () => {
    const p = plan();
    p.bars[0].cuts[0].position = -10;
    expectViolation(validateLinearPlan(request(), p), 'position -10 is before the trim');
  });

  it('catches a wrong piece length and an unknown id', () => {
    const p = plan();
    p.bars[0].cuts[2].length = 260;
    p.bars[0].cuts[0].id = 'Z';
    const errors = validateLinearPlan(request(), p);
    expectViolation(errors, 'piece 2 (B): length 260, item length is 250');
    expectViolation(errors, 'piece 0: id Z is not a requested item');
  });

  it('catches too few and too many pieces of an item', () => {
    const p = plan();
    p.bars[0].cuts[2] = { id: 'A', length: 300, position: 608 };
    const errors = validateLinearPlan(request(), p);
    expectViolation(errors, 'item A: 3 pieces cut, 2 demanded');
    expectViolation(errors, 'item B: 0 pieces cut, 1 demanded');
  });

  it('catches wrong offcut, remnant and waste figures', () => {
    const p = plan();
    Object.assign(p.bars[0], { offcut: 122, remnant: 122, waste: 28 });
    const errors = validateLinearPlan(request(), p);
    expectViolation(errors, 'bar 0: offcut 122, expected 118');
    expectViolation(errors, 'bar 0: remnant 122, expected 118');
    expectViolation(errors, 'bar 0: waste 28, expected 32');
  });

  it('catches a stock length or index that does not match the request', () => {
    const p = plan();
    p.bars[0].stockLength = 1200;
    expectViolation(validateLinearPlan(request(), p), 'stockLength 1200 differs from stock 0 length 1000');
    p.bars[0].stockIndex = 1;
    expectViolation(validateLinearPlan(request(), p), 'stockIndex 1 is not a stock index');
  });

  it('catches a ref that is not echoed', () => {
    const p = plan();
    delete p.bars[0].ref;
    expectViolation(validateLinearPlan(request(), p), "ref undefined is not the stock's ref R1");
  });

  it('catches more bars than the stock quantity', () => {
    const req = { ...request(), stock: [{ length: 1000, cost: 5, quantity: 0, ref: 'R1' }] };
    expectViolation(validateLinearPlan(req, plan()), 'stock 0: 1 bars used, only 0 available');
  });

  it('catches a bar without pieces', () => {
    const p = plan();
    p.bars.push({ stockLength: 1000, stockIndex: 0, ref: 'R1', cuts: [], offcut: 980, remnant: 980, waste: 20 });
    expectViolation(validateLinearPlan(request(), p), 'bar 1: has no pieces');
  });

  it('catches inconsistent totals and a lower bound above the bar count', () => {
    const p = plan();
    p.totals = { bars: 2, stockLength: 2000, itemLength: 800, yield: 0.4, cost: 0, remnantLength: 0, waste: 1 };
    p.lowerBound = 2;
    const errors = validateLinearPlan(request(), p);
    for (const fragment of [
      'totals.bars 2, expected 1',
      'totals.stockLength 2000, expected 1000',
      'totals.itemLength 800, expected 850',
      'totals.yield 0.4, expected 0.85',
      'totals.cost 0, expected 5',
      'totals.remnantLength 0, expected 118',
      'totals.waste 1, expected 32',
      'lowerBound 2 exceeds the 1 bars used',
    ]) {
      expectViolation(errors, fragment);
    }
  });
});
