import { bookAtCount, countAdjustment, countReport } from './count-report';

describe(countReport.name, () => {
  const cost = (item: string) => ({ A: 10, B: 2.5, C: 100 })[item] ?? 0;

  it('reports gains, losses and what was on the books but not found, valued at standard cost', () => {
    const lines = countReport(
      [
        { locationId: 'L', itemId: 'A', lot: '', quantity: 10 },
        { locationId: 'L', itemId: 'B', lot: 'L1', quantity: 4 },
        { locationId: 'L', itemId: 'C', lot: '', quantity: 1 },
      ],
      [
        { locationId: 'L', itemId: 'A', lot: '', quantity: 7 },
        { locationId: 'L', itemId: 'A', lot: '', quantity: 1.5 },
        { locationId: 'L', itemId: 'B', lot: 'L1', quantity: 4 },
        { locationId: 'L', itemId: 'B', lot: 'L2', quantity: 2 },
      ],
      cost,
    );
    expect(lines).toEqual([
      { locationId: 'L', itemId: 'A', lot: '', expected: 10, counted: 8.5, difference: -1.5, value: -15 },
      { locationId: 'L', itemId: 'B', lot: 'L1', expected: 4, counted: 4, difference: 0, value: 0 },
      { locationId: 'L', itemId: 'B', lot: 'L2', expected: 0, counted: 2, difference: 2, value: 5 },
      { locationId: 'L', itemId: 'C', lot: '', expected: 1, counted: 0, difference: -1, value: -100 },
    ]);
  });

  it('sums scans exactly and leaves out nothing-against-nothing', () => {
    const lines = countReport(
      [{ locationId: 'L', itemId: 'A', lot: '', quantity: 0.3 }],
      [
        { locationId: 'L', itemId: 'A', lot: '', quantity: 0.1 },
        { locationId: 'L', itemId: 'A', lot: '', quantity: 0.2 },
        { locationId: 'L', itemId: 'B', lot: '', quantity: 0 },
      ],
      cost,
    );
    expect(lines).toEqual([
      { locationId: 'L', itemId: 'A', lot: '', expected: 0.3, counted: 0.3, difference: 0, value: 0 },
    ]);
  });

  it('keeps locations apart when one item is counted everywhere', () => {
    const lines = countReport(
      [
        { locationId: 'L1', itemId: 'A', lot: '', quantity: 5 },
        { locationId: 'L2', itemId: 'A', lot: '', quantity: 5 },
      ],
      [
        { locationId: 'L1', itemId: 'A', lot: '', quantity: 7 },
        { locationId: 'L2', itemId: 'A', lot: '', quantity: 3 },
      ],
      cost,
    );
    expect(lines.map((l) => [l.locationId, l.difference, l.value])).toEqual([
      ['L1', 2, 20],
      ['L2', -2, -20],
    ]);
  });
});

describe(bookAtCount.name, () => {
  const at = (locationId: string, quantity: number, lot = '') => ({ locationId, itemId: 'HDF', lot, quantity });

  it('takes the book of a counted stock as it was at its first scan: the book now minus the moves since', () => {
    // book 10, counted 10, then 5 received: the book now is 15, the book when counted 10
    expect(bookAtCount([at('A', 15)], [{ ...at('A', 10), movedSince: 5 }])).toEqual([at('A', 10)]);
    // 4 issued after the scan
    expect(bookAtCount([at('A', 6)], [{ ...at('A', 10), movedSince: -4 }])).toEqual([at('A', 10)]);
  });

  it('compares stock never scanned with the book now, and stock on no book with zero', () => {
    expect(bookAtCount([at('A', 7), at('B', 2)], [{ ...at('C', 1), movedSince: 0 }])).toEqual([
      at('A', 7),
      at('B', 2),
      at('C', 0),
    ]);
  });

  it('compares stock never scanned with its book when the count opened: the book now minus the moves since', () => {
    // A: 7 on the books at the open, 50 received since, never scanned → compared with 7
    // B: scanned, so its first scan freezes it, not the open; C: moved since the open, but on no book now
    expect(
      bookAtCount(
        [at('A', 57), at('B', 4)],
        [{ ...at('B', 4), movedSince: 0 }],
        [
          { ...at('A', 0), movedSince: 50 },
          { ...at('B', 0), movedSince: 3 },
          { ...at('C', 0), movedSince: -2 },
        ],
      ),
    ).toEqual([at('A', 7), at('B', 4)]);
  });

  it('never makes a book negative', () => {
    expect(bookAtCount([], [{ ...at('A', 3), movedSince: 2 }])).toEqual([at('A', 0)]);
  });
});

describe(countAdjustment.name, () => {
  it('adds a gain as it is', () => {
    expect(countAdjustment({ difference: 2.5 }, 0)).toBe(2.5);
  });

  it('takes a loss, but never more than the book now holds', () => {
    expect(countAdjustment({ difference: -2 }, 10)).toBe(-2);
    expect(countAdjustment({ difference: -2 }, 1)).toBe(-1);
    expect(countAdjustment({ difference: 0 }, 4)).toBe(0);
  });
});
