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
