import { errorCodeEntry } from '@mendao/platform';
import {
  COUNT_EVENTS,
  COUNT_STATUSES,
  countTransition,
  overlappingCount,
  scanOutsideCount,
} from './domain/count-state';
import { pickListIssue } from './domain/pick-list-state';
import { lotProblem, MOVE_TYPES, moveProblems } from './domain/stock-move-rules';
import { WAREHOUSE_ERRORS } from './warehouse.errors';

describe('WAREHOUSE_ERRORS', () => {
  it('registers every rule code the domain refuses with, so none answers as an unknown code', () => {
    const codes = new Set<string>();
    for (const status of COUNT_STATUSES)
      for (const event of COUNT_EVENTS) {
        const t = countTransition(status, event);
        if (!t.ok) codes.add(t.refusal.code);
      }
    codes.add(
      overlappingCount([{ id: 'c', locationId: null, itemId: null }], { locationId: null, itemId: null })!.code,
    );
    codes.add(scanOutsideCount({ locationId: 'A', itemId: null }, { locationId: 'B', itemId: 'X' })!.code);
    codes.add(scanOutsideCount({ locationId: null, itemId: 'X' }, { locationId: 'B', itemId: 'Y' })!.code);
    const line = { id: 'l', seq: 1, itemId: 'X', locationId: 'A', lot: '', quantity: 1, picked: 0 };
    for (const t of [
      pickListIssue([{ ...line, picked: 1 }], { itemId: 'X', locationId: 'A', lot: '', quantity: 1 }),
      pickListIssue([line], { itemId: 'Y', locationId: 'A', lot: '', quantity: 1 }),
      pickListIssue([line], { itemId: 'X', locationId: 'A', lot: '', quantity: 2 }),
      pickListIssue([line], { itemId: 'X', locationId: 'A', lot: '', quantity: 2, overIssueReason: 'x' }),
    ])
      if (!t.ok) codes.add(t.refusal.code);
    for (const type of MOVE_TYPES)
      for (const shape of [{}, { from: 'A' }, { to: 'A' }, { from: 'A', to: 'A' }, { from: 'A', to: 'B' }])
        moveProblems({ type, ...shape, pickList: 'P', lotTracked: false }).forEach((p) => codes.add(p.code));
    moveProblems({ type: 'issue', from: 'A', overIssueReason: 'why', lotTracked: false }).forEach((p) =>
      codes.add(p.code),
    );
    codes.add(lotProblem(true, undefined)!.code);
    codes.add(lotProblem(false, 'L')!.code);

    expect(codes.size).toBe(17);
    for (const code of codes) {
      expect(errorCodeEntry(code)).toBeDefined();
      expect(Object.values(WAREHOUSE_ERRORS)).toContain(code);
    }
  });
});
