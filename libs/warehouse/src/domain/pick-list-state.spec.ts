import { type PickListLineState, pickListIssue, pickListStatus } from './pick-list-state';

const line = (overrides: Partial<PickListLineState>): PickListLineState => ({
  id: 'l1',
  seq: 1,
  itemId: 'HDF',
  locationId: 'A-01',
  lot: '',
  quantity: 6,
  picked: 0,
  ...overrides,
});
const issue = (overrides: Partial<Parameters<typeof pickListIssue>[1]> = {}) => ({
  itemId: 'HDF',
  locationId: 'A-01',
  lot: '',
  quantity: 1,
  ...overrides,
});

describe(pickListStatus.name, () => {
  it('is open while any line has something left, complete when every line is picked', () => {
    expect(pickListStatus([line({ picked: 6 }), line({ id: 'l2', picked: 1 })])).toBe('open');
    expect(pickListStatus([line({ picked: 6 }), line({ id: 'l2', quantity: 2.5, picked: 2.5 })])).toBe('complete');
  });
});

describe(pickListIssue.name, () => {
  const hdfA01 = line({});
  const hdfShort = line({ id: 'l2', seq: 2, locationId: null, quantity: 4 });
  const oakB01 = line({ id: 'l3', seq: 3, itemId: 'OAK', locationId: 'B-01', lot: 'V1', quantity: 2 });

  it('open + issue within what is left → open, counted on the line at its location and lot', () => {
    expect(pickListIssue([hdfA01, hdfShort, oakB01], issue({ quantity: 2 }))).toEqual({
      ok: true,
      next: 'open',
      allocations: [{ lineId: 'l1', quantity: 2, over: 0 }],
      overIssued: 0,
    });
  });

  it('open + issue of the last of it → complete', () => {
    const lists = [line({ picked: 5 }), line({ id: 'l2', seq: 2, itemId: 'OAK', quantity: 1, picked: 1 })];
    expect(pickListIssue(lists, issue({ quantity: 1 }))).toMatchObject({ ok: true, next: 'complete' });
  });

  it('counts an issue against a shortage line once stock has arrived, wherever it arrived', () => {
    const picked = [line({ picked: 6 }), hdfShort];
    expect(pickListIssue(picked, issue({ locationId: 'RCV', quantity: 4 }))).toEqual({
      ok: true,
      next: 'complete',
      allocations: [{ lineId: 'l2', quantity: 4, over: 0 }],
      overIssued: 0,
    });
  });

  it("splits an issue over the item's lines when the first has too little left", () => {
    expect(pickListIssue([line({ picked: 5 }), hdfShort], issue({ quantity: 3 }))).toMatchObject({
      ok: true,
      allocations: [
        { lineId: 'l1', quantity: 1 },
        { lineId: 'l2', quantity: 2 },
      ],
    });
  });

  it('open + issue of an item not on the list → refused, pick_list.item_not_listed', () => {
    expect(pickListIssue([hdfA01], issue({ itemId: 'HINGE' }))).toEqual({
      ok: false,
      refusal: { code: 'pick_list.item_not_listed', params: {} },
    });
  });

  it('open + issue beyond what the run still needs of the item → refused, pick_list.beyond_need with remaining', () => {
    expect(pickListIssue([line({ picked: 5.5 }), hdfShort, oakB01], issue({ quantity: 5 }))).toEqual({
      ok: false,
      refusal: { code: 'pick_list.beyond_need', params: { remaining: 4.5, requested: 5 } },
    });
  });

  it('complete + issue → refused, pick_list.complete', () => {
    expect(pickListIssue([line({ picked: 6 })], issue())).toEqual({
      ok: false,
      refusal: { code: 'pick_list.complete', params: { status: 'complete' } },
    });
  });
});

describe('an over-issue (超领) against a pick list', () => {
  const hdfA01 = line({ picked: 5 });
  const hdfShort = line({ id: 'l2', seq: 2, locationId: null, quantity: 4 });

  it('beyond the need with a reason → allowed: the need is picked, the excess counted as over on the first line', () => {
    expect(pickListIssue([hdfA01, hdfShort], issue({ quantity: 7, overIssueReason: '板材破损' }))).toEqual({
      ok: true,
      next: 'complete',
      allocations: [
        { lineId: 'l1', quantity: 1, over: 2 },
        { lineId: 'l2', quantity: 4, over: 0 },
      ],
      overIssued: 2,
    });
  });

  it('a complete list with a reason → allowed, all of it beyond the need, the list stays complete', () => {
    expect(pickListIssue([line({ picked: 6 })], issue({ quantity: 1, overIssueReason: 'miscut 切错' }))).toEqual({
      ok: true,
      next: 'complete',
      allocations: [{ lineId: 'l1', quantity: 0, over: 1 }],
      overIssued: 1,
    });
  });

  it('a reason within the need → an ordinary issue (nothing beyond)', () => {
    expect(pickListIssue([hdfA01, hdfShort], issue({ quantity: 1, overIssueReason: '备用' }))).toMatchObject({
      ok: true,
      overIssued: 0,
    });
  });

  it('a reason of fewer than 2 or more than 200 characters (trimmed) → refused, pick_list.over_issue_reason', () => {
    for (const reason of ['  x ', '', 'x'.repeat(201)])
      expect(pickListIssue([hdfA01], issue({ quantity: 9, overIssueReason: reason }))).toMatchObject({
        ok: false,
        refusal: { code: 'pick_list.over_issue_reason' },
      });
    expect(pickListIssue([hdfA01], issue({ quantity: 9, overIssueReason: '坏'.repeat(200) })).ok).toBe(true);
  });

  it('an item not on the list is refused even with a reason', () => {
    expect(pickListIssue([hdfA01], issue({ itemId: 'HINGE', overIssueReason: '多拿' }))).toMatchObject({
      ok: false,
      refusal: { code: 'pick_list.item_not_listed' },
    });
  });
});
