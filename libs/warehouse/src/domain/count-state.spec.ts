import {
  closeEvent,
  COUNT_EVENTS,
  COUNT_STATUSES,
  type CountEvent,
  type CountStatus,
  countTransition,
  overlappingCount,
  scanOutsideCount,
} from './count-state';

describe(countTransition.name, () => {
  const allowed: [CountStatus, CountEvent, CountStatus][] = [
    ['open', 'scan', 'open'],
    ['open', 'close_matching', 'completed'],
    ['open', 'close_with_differences', 'completed_with_discrepancies'],
  ];
  const refused = COUNT_STATUSES.flatMap((status) =>
    COUNT_EVENTS.filter((event) => !allowed.some(([s, e]) => s === status && e === event)).map(
      (event) => [status, event] as const,
    ),
  );

  it.each(allowed)('%s + %s → %s', (status, event, next) => {
    expect(countTransition(status, event)).toEqual({ ok: true, next });
  });

  it('refuses every event on a closed count (6 pairs), as count.closed with its status', () => {
    expect(refused).toHaveLength(6);
    for (const [status, event] of refused) {
      expect(status).not.toBe('open');
      expect(countTransition(status, event)).toEqual({
        ok: false,
        refusal: { code: 'count.closed', params: { status, event } },
      });
    }
  });

  it('closes with differences when any report line has one, adjusted or not', () => {
    expect(closeEvent([])).toBe('close_matching');
    expect(closeEvent([{ difference: 0 }, { difference: 0 }])).toBe('close_matching');
    expect(closeEvent([{ difference: 0 }, { difference: 2.5 }])).toBe('close_with_differences');
    // a loss capped to nothing at close (the stock left after it was counted short) is still a difference
    expect(closeEvent([{ difference: -3 }])).toBe('close_with_differences');
  });
});

describe(overlappingCount.name, () => {
  const open = [
    { id: 'c-a01', locationId: 'A-01', itemId: null },
    { id: 'c-oak', locationId: null, itemId: 'OAK' },
    { id: 'c-b01-hdf', locationId: 'B-01', itemId: 'HDF' },
  ];

  it('refuses a count of stock an open count covers', () => {
    expect(overlappingCount(open, { locationId: 'A-01', itemId: 'HDF' })?.params).toEqual({ count: 'c-a01' });
    expect(overlappingCount(open, { locationId: 'C-01', itemId: 'OAK' })?.params).toEqual({ count: 'c-oak' });
    // every item at B-01 includes the oak that c-oak counts everywhere
    expect(overlappingCount(open, { locationId: 'B-01', itemId: null })?.params).toEqual({ count: 'c-oak' });
    expect(overlappingCount(open, { locationId: 'B-01', itemId: 'HDF' })?.params).toEqual({ count: 'c-b01-hdf' });
    // hinges everywhere include the hinges at A-01
    expect(overlappingCount(open, { locationId: null, itemId: 'HINGE' })?.params).toEqual({ count: 'c-a01' });
    expect(overlappingCount(open, { locationId: null, itemId: 'HDF' })?.code).toBe('count.overlaps_open_count');
  });

  it('refuses a second count at a location with an open count, even of another item (one open count per location)', () => {
    // as the unique index stock_count_one_open_uq: else the database refuses it as resource.already_exists
    expect(overlappingCount(open, { locationId: 'B-01', itemId: 'HINGE' })?.params).toEqual({ count: 'c-b01-hdf' });
    expect(overlappingCount(open, { locationId: 'A-01', itemId: 'HINGE' })?.params).toEqual({ count: 'c-a01' });
  });

  it('allows a count of stock no open count covers', () => {
    expect(overlappingCount(open, { locationId: 'C-01', itemId: 'HINGE' })).toBeUndefined();
    expect(overlappingCount(open.slice(1), { locationId: null, itemId: 'HINGE' })).toBeUndefined();
    expect(overlappingCount([], { locationId: null, itemId: null })).toBeUndefined();
  });
});

describe(scanOutsideCount.name, () => {
  it('refuses a scan at another location, or of another item, than the count covers', () => {
    expect(scanOutsideCount({ locationId: 'A', itemId: null }, { locationId: 'B', itemId: 'X' })?.code).toBe(
      'count.location_not_counted',
    );
    expect(scanOutsideCount({ locationId: null, itemId: 'X' }, { locationId: 'B', itemId: 'Y' })?.code).toBe(
      'count.item_not_counted',
    );
    expect(scanOutsideCount({ locationId: 'A', itemId: 'X' }, { locationId: 'A', itemId: 'X' })).toBeUndefined();
    expect(scanOutsideCount({ locationId: null, itemId: 'X' }, { locationId: 'Z', itemId: 'X' })).toBeUndefined();
  });
});
