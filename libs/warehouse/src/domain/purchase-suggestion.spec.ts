import { type PurchasableItem, purchaseSuggestions } from './purchase-suggestion';

const item = (overrides: Partial<PurchasableItem>): PurchasableItem => ({
  id: 'i',
  code: 'ITEM',
  nameZh: '物料',
  nameEn: 'Item',
  unit: 'piece',
  reorderPoint: 0,
  purchaseUnit: null,
  purchaseUnitSize: 1,
  ...overrides,
});

describe(purchaseSuggestions.name, () => {
  it('buys ⌈(demand + reorder point − available) / pack size⌉ packs', () => {
    const [s] = purchaseSuggestions(
      [item({ id: 'cas', code: 'CASING-60', reorderPoint: 60, purchaseUnit: '捆', purchaseUnitSize: 10 })],
      new Map([['cas', 132]]),
      new Map([['cas', 150]]),
    );
    // 132 + 60 − 150 = 42 bars missing: 5 bundles of 10
    expect(s).toMatchObject({ demand: 132, available: 150, shortfall: 42, toBuy: 5, toBuyQuantity: 50 });
  });

  it('buys nothing when the stock covers demand and reorder point, and never a negative amount', () => {
    const [s] = purchaseSuggestions([item({ id: 'h', reorderPoint: 10 })], new Map([['h', 5]]), new Map([['h', 100]]));
    expect(s).toMatchObject({ shortfall: 0, toBuy: 0, toBuyQuantity: 0 });
  });

  it('counts fractional units exactly: 16.558 m² of veneer in packs of 5 m² is 4 packs', () => {
    const [s] = purchaseSuggestions(
      [item({ id: 'v', code: 'VENEER-OAK', unit: 'm2', purchaseUnit: '包', purchaseUnitSize: 5 })],
      new Map([['v', 16.558]]),
      new Map(),
    );
    expect(s).toMatchObject({ shortfall: 16.558, toBuy: 4, toBuyQuantity: 20 });
    const [exact] = purchaseSuggestions(
      [item({ id: 'v', unit: 'm2', purchaseUnitSize: 0.1 })],
      new Map([['v', 0.3]]),
      new Map(),
    );
    expect(exact.toBuy).toBe(3);
  });

  it('lists only items with a demand or a reorder point, what to buy first, then by code', () => {
    const rows = purchaseSuggestions(
      [
        item({ id: 'a', code: 'A', reorderPoint: 1 }),
        item({ id: 'b', code: 'B' }),
        item({ id: 'c', code: 'C' }),
        item({ id: 'd', code: 'D', reorderPoint: 5 }),
      ],
      new Map([['c', 2]]),
      new Map([['a', 10]]),
    );
    expect(rows.map((r) => [r.item, r.toBuy])).toEqual([
      ['C', 2],
      ['D', 5],
      ['A', 0],
    ]);
  });
});
