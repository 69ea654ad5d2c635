import { fromMilli, toMilli } from './quantity';

/** An item as a purchase suggestion reads it. */
export interface PurchasableItem {
  id: string;
  code: string;
  nameZh: string;
  nameEn: string;
  unit: string;
  reorderPoint: number;
  /** What it is bought in (包, 捆, 箱); null: its own unit. */
  purchaseUnit: string | null;
  /** Units of the item per purchase unit (≥ 0.001). */
  purchaseUnitSize: number;
}

export interface PurchaseSuggestion {
  item: string;
  name: string;
  nameEn: string;
  unit: string;
  /** What the open split runs still need, in the item's unit. */
  demand: number;
  /** Pickable stock (storage and receiving locations). */
  available: number;
  reorderPoint: number;
  /** demand + reorder point − available, never below zero: what is missing, in the item's unit. */
  shortfall: number;
  purchaseUnit: string | null;
  purchaseUnitSize: number;
  /** Purchase units to buy: the shortfall rounded up to whole packs. */
  toBuy: number;
  /** toBuy in the item's unit (≥ shortfall). */
  toBuyQuantity: number;
}

/**
 * A purchase suggestion (采购建议) per item with a demand or a reorder point:
 * toBuy = ⌈max(0, demand + reorderPoint − available) / purchaseUnitSize⌉. Sums in thousandths, so 0.1 + 0.2
 * of a need never buys a pack too many. What must be bought comes first, then by item code.
 */
export function purchaseSuggestions(
  items: PurchasableItem[],
  demand: ReadonlyMap<string, number>,
  available: ReadonlyMap<string, number>,
): PurchaseSuggestion[] {
  return items
    .filter((i) => (demand.get(i.id) ?? 0) > 0 || i.reorderPoint > 0)
    .map((i) => {
      const need = toMilli(demand.get(i.id) ?? 0);
      const onHand = toMilli(available.get(i.id) ?? 0);
      const shortfall = Math.max(0, need + toMilli(i.reorderPoint) - onHand);
      const size = Math.max(1, toMilli(i.purchaseUnitSize));
      const toBuy = Math.ceil(shortfall / size);
      return {
        item: i.code,
        name: i.nameZh,
        nameEn: i.nameEn,
        unit: i.unit,
        demand: fromMilli(need),
        available: fromMilli(onHand),
        reorderPoint: i.reorderPoint,
        shortfall: fromMilli(shortfall),
        purchaseUnit: i.purchaseUnit,
        purchaseUnitSize: i.purchaseUnitSize,
        toBuy,
        toBuyQuantity: fromMilli(toBuy * size),
      };
    })
    .sort((a, b) => Number(b.toBuy > 0) - Number(a.toBuy > 0) || a.item.localeCompare(b.item));
}
