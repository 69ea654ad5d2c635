import { balanceChanges, lotProblem, moveProblems, sumQuantities } from './stock-move-rules';

const fields = (shape: Parameters<typeof moveProblems>[0]) => moveProblems(shape).map((p) => p.field);

describe(moveProblems.name, () => {
  it('asks each move type for the locations it needs and refuses the ones it must not have', () => {
    expect(fields({ type: 'receipt', to: 'L1', lotTracked: false })).toEqual([]);
    expect(fields({ type: 'receipt', lotTracked: false })).toEqual(['to']);
    expect(fields({ type: 'receipt', from: 'L1', to: 'L2', lotTracked: false })).toEqual(['from']);
    expect(fields({ type: 'completion', to: 'L1', lotTracked: false })).toEqual([]);
    expect(fields({ type: 'issue', from: 'L1', lotTracked: false })).toEqual([]);
    expect(fields({ type: 'issue', to: 'L1', lotTracked: false })).toEqual(['from', 'to']);
    expect(fields({ type: 'transfer', from: 'L1', to: 'L2', lotTracked: false })).toEqual([]);
    expect(fields({ type: 'transfer', from: 'L1', lotTracked: false })).toEqual(['to']);
  });

  it('refuses a transfer to the location it comes from', () => {
    expect(fields({ type: 'transfer', from: 'L1', to: 'L1', lotTracked: false })).toEqual(['to']);
  });

  it('wants an adjustment on exactly one side, with a reason', () => {
    expect(fields({ type: 'adjustment', from: 'L1', reason: '破损 damaged', lotTracked: false })).toEqual([]);
    expect(fields({ type: 'adjustment', to: 'L1', reason: '盘盈', lotTracked: false })).toEqual([]);
    expect(fields({ type: 'adjustment', from: 'L1', lotTracked: false })).toEqual(['reason']);
    expect(fields({ type: 'adjustment', from: 'L1', to: 'L2', reason: 'x', lotTracked: false })).toEqual(['from']);
    expect(fields({ type: 'adjustment', reason: '  ', lotTracked: false })).toEqual(['from', 'reason']);
  });

  it('wants a lot exactly when the item is lot-tracked', () => {
    expect(fields({ type: 'receipt', to: 'L1', lotTracked: true })).toEqual(['lot']);
    expect(fields({ type: 'receipt', to: 'L1', lot: ' ', lotTracked: true })).toEqual(['lot']);
    expect(fields({ type: 'receipt', to: 'L1', lot: 'V-2611', lotTracked: true })).toEqual([]);
    expect(fields({ type: 'receipt', to: 'L1', lot: 'V-2611', lotTracked: false })).toEqual(['lot']);
  });

  it('names the rule each problem breaks, so a client can act on it', () => {
    const codes = (shape: Parameters<typeof moveProblems>[0]) => moveProblems(shape).map((p) => [p.code, p.field]);
    expect(codes({ type: 'issue', lotTracked: false })).toEqual([['stock.side_required', 'from']]);
    expect(codes({ type: 'receipt', from: 'L1', to: 'L2', lotTracked: false })).toEqual([
      ['stock.side_not_allowed', 'from'],
    ]);
    expect(codes({ type: 'adjustment', reason: 'x', lotTracked: false })).toEqual([
      ['stock.adjustment_one_side', 'from'],
    ]);
    expect(codes({ type: 'adjustment', to: 'L1', lotTracked: false })).toEqual([['stock.reason_required', 'reason']]);
    expect(codes({ type: 'transfer', from: 'L1', to: 'L1', lotTracked: false })).toEqual([
      ['stock.same_location', 'to'],
    ]);
    expect(codes({ type: 'receipt', to: 'L1', lotTracked: true })).toEqual([['stock.lot_required', 'lot']]);
    expect(codes({ type: 'receipt', to: 'L1', pickList: 'P1', lotTracked: false })).toEqual([
      ['stock.pick_list_needs_issue', 'pickList'],
    ]);
    expect(codes({ type: 'issue', from: 'L1', pickList: 'P1', lotTracked: false })).toEqual([]);
    expect(codes({ type: 'receipt', to: 'L1', lot: 'V1', lotTracked: false })).toEqual([
      ['stock.lot_not_allowed', 'lot'],
    ]);
  });

  it('says what is wrong in both languages', () => {
    const [problem] = moveProblems({ type: 'issue', lotTracked: false });
    expect(problem.message).toMatch(/required/);
    expect(problem.message).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe(lotProblem.name, () => {
  it('is the one lot rule of moves and count scans, naming the field it was given in', () => {
    expect(lotProblem(true, undefined, 'lines[2].lot')).toMatchObject({
      code: 'stock.lot_required',
      field: 'lines[2].lot',
    });
    expect(lotProblem(false, 'V1')).toMatchObject({ code: 'stock.lot_not_allowed', field: 'lot' });
    expect(lotProblem(true, 'V1')).toBeUndefined();
    expect(lotProblem(false, '  ')).toBeUndefined();
  });
});

describe(balanceChanges.name, () => {
  it('orders the rows a transfer touches by location id, whichever way it goes', () => {
    expect(balanceChanges('b', 'a')).toEqual([
      { locationId: 'a', sign: 1 },
      { locationId: 'b', sign: -1 },
    ]);
    expect(balanceChanges('a', 'b')).toEqual([
      { locationId: 'a', sign: -1 },
      { locationId: 'b', sign: 1 },
    ]);
    expect(balanceChanges(undefined, 'a')).toEqual([{ locationId: 'a', sign: 1 }]);
  });
});

describe(sumQuantities.name, () => {
  it('adds decimals exactly', () => {
    expect(sumQuantities([0.1, 0.2])).toBe(0.3);
    expect(sumQuantities([1.005, 2.001, -0.006])).toBe(3);
  });
});
