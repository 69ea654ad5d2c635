import { fromMilli, toMilli } from './quantity';

export interface StockKey {
  locationId: string;
  itemId: string;
  lot: string;
}

export interface CountReportLine extends StockKey {
  expected: number;
  counted: number;
  /** counted − expected: positive is a gain (盘盈), negative a loss (盘亏). */
  difference: number;
  /** difference × unit cost. */
  value: number;
}

/**
 * A closed count (盘点) compared with the books: one line per location, item and lot that was
 * expected or counted. Anything on the books but never scanned was counted as zero, which is what a
 * blind count means.
 */
export function countReport(
  expected: (StockKey & { quantity: number })[],
  counted: (StockKey & { quantity: number })[],
  unitCost: (itemId: string) => number,
): CountReportLine[] {
  const lines = new Map<string, { key: StockKey; expected: number; counted: number }>();
  const line = (key: StockKey) => {
    const id = `${key.locationId}\u0000${key.itemId}\u0000${key.lot}`;
    let found = lines.get(id);
    if (!found) {
      found = { key: { locationId: key.locationId, itemId: key.itemId, lot: key.lot }, expected: 0, counted: 0 };
      lines.set(id, found);
    }
    return found;
  };
  for (const e of expected) line(e).expected += toMilli(e.quantity);
  for (const c of counted) line(c).counted += toMilli(c.quantity);
  return [...lines.values()]
    .filter((l) => l.expected !== 0 || l.counted !== 0)
    .map(({ key, expected: e, counted: c }) => ({
      ...key,
      expected: fromMilli(e),
      counted: fromMilli(c),
      difference: fromMilli(c - e),
      value: Math.round(fromMilli(c - e) * unitCost(key.itemId) * 100) / 100,
    }))
    .sort(
      (a, b) =>
        a.locationId.localeCompare(b.locationId) || a.itemId.localeCompare(b.itemId) || a.lot.localeCompare(b.lot),
    );
}

const keyOf = (k: StockKey) => `${k.locationId}\u0000${k.itemId}\u0000${k.lot}`;

/**
 * The book each stock held when it was counted, which is what its count is compared with: stock moved
 * while a count is open must be neither written off nor counted twice. As cycle counting in a WMS does,
 * the book is frozen per stock (location × item × lot) at its first scan: the book now minus what the
 * ledger moved in or out of it since. Stock never scanned (found: zero) is compared with its book when the
 * count opened: the book now minus what moved since the open (`movedSinceOpen`), so a receipt during the
 * count into stock nobody scanned is not written off.
 */
export function bookAtCount(
  bookNow: (StockKey & { quantity: number })[],
  counted: (StockKey & { movedSince: number })[],
  movedSinceOpen: (StockKey & { movedSince: number })[] = [],
): (StockKey & { quantity: number })[] {
  const now = new Map(bookNow.map((b) => [keyOf(b), toMilli(b.quantity)]));
  const sinceOpen = new Map(movedSinceOpen.map((m) => [keyOf(m), toMilli(m.movedSince)]));
  const since = new Map(counted.map((c) => [keyOf(c), toMilli(c.movedSince)]));
  for (const [id, moved] of sinceOpen) if (!since.has(id)) since.set(id, moved);
  const keys = new Map<string, StockKey>();
  for (const k of [...bookNow, ...counted])
    keys.set(keyOf(k), { locationId: k.locationId, itemId: k.itemId, lot: k.lot });
  return [...keys].map(([id, key]) => ({
    ...key,
    // a book is never below zero; a negative here only means moves raced the first scan
    quantity: fromMilli(Math.max(0, (now.get(id) ?? 0) - (since.get(id) ?? 0))),
  }));
}

/**
 * The adjustment a report line makes to the book now (positive: a gain put to the location, negative: a
 * loss taken from it). A loss is never more than the book now holds: stock issued after it was counted
 * short has already left, and the book cannot go below zero.
 */
export function countAdjustment(line: Pick<CountReportLine, 'difference'>, bookNow: number): number {
  if (line.difference >= 0) return line.difference;
  return -Math.min(-line.difference, Math.max(0, bookNow));
}
