import { describe, expect, it } from 'vitest';
import { pickListMatches, pickListScanned } from './pick-list-choice';
import type { OpenPickList } from './scan-api';

function list(id: string, orders: string[], createdAt: string): OpenPickList {
  return {
    id,
    orders,
    createdAt,
    splitRunId: 'a0000000-0000-4000-8000-000000000000',
    createdBy: 'planner',
    status: 'open',
    lines: 3,
    linesPicked: 1,
    shortageLines: 0,
  };
}

const older = list('11111111-1111-4111-8111-111111111111', ['SO-0001', 'SO-0002'], '2026-11-01T08:00:00Z');
const newer = list('22222222-2222-4222-8222-222222222222', ['SO-0002'], '2026-11-20T08:00:00Z');

describe(pickListScanned.name, () => {
  it('chooses a list by its printed id, in either case', () => {
    expect(pickListScanned([older, newer], older.id.toUpperCase())).toBe(older);
  });

  it('chooses a list by an order number of its run, the newest list when two runs split the order', () => {
    expect(pickListScanned([older, newer], ' so-0001 ')).toBe(older);
    expect(pickListScanned([older, newer], 'SO-0002')).toBe(newer);
  });

  it('chooses nothing for an item or location code, an unknown id, or an empty line', () => {
    expect(pickListScanned([older, newer], 'VENEER-OAK')).toBeUndefined();
    expect(pickListScanned([older, newer], '33333333-3333-4333-8333-333333333333')).toBeUndefined();
    expect(pickListScanned([older, newer], '  ')).toBeUndefined();
  });
});

describe(pickListMatches.name, () => {
  it('finds an option by any part of its words, in any case', () => {
    expect(pickListMatches('so-00', { search: '订单 SO-0001 · 拆单 1111' })).toBe(true);
    expect(pickListMatches('SO-0009', { search: '订单 SO-0001 · 拆单 1111' })).toBe(false);
    expect(pickListMatches('x', {})).toBe(false);
  });
});
