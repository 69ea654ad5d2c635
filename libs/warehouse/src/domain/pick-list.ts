import { fromMilli, toMilli } from './quantity';

export interface Requirement {
  itemId: string;
  quantity: number;
}

export interface PickableStock {
  itemId: string;
  locationId: string;
  locationCode: string;
  lot: string;
  quantity: number;
}

export interface PickLine {
  itemId: string;
  /** null on a shortage line: what no location holds. */
  locationId: string | null;
  locationCode: string | null;
  lot: string;
  quantity: number;
  shortage: number;
}

/**
 * A pick list (拣货单): each requirement taken from the stock that holds it, lots oldest code first
 * and locations in code order (the walking order of a store laid out by code), then the lines sorted
 * by location code so the picker walks the store once. What the stock cannot cover becomes a
 * shortage line at the end, with no location and the quantity still needed: it is picked when stock arrives.
 */
export function planPickList(requirements: Requirement[], stock: PickableStock[]): PickLine[] {
  const byItem = new Map<string, PickableStock[]>();
  for (const s of stock) {
    if (s.quantity <= 0) continue;
    const list = byItem.get(s.itemId) ?? [];
    list.push(s);
    byItem.set(s.itemId, list);
  }
  const picks: PickLine[] = [];
  const shortages: PickLine[] = [];
  for (const requirement of mergeRequirements(requirements)) {
    let left = toMilli(requirement.quantity);
    const sources = (byItem.get(requirement.itemId) ?? []).sort(
      (a, b) => a.lot.localeCompare(b.lot) || a.locationCode.localeCompare(b.locationCode),
    );
    for (const source of sources) {
      if (left <= 0) break;
      const take = Math.min(left, toMilli(source.quantity));
      left -= take;
      picks.push({
        itemId: requirement.itemId,
        locationId: source.locationId,
        locationCode: source.locationCode,
        lot: source.lot,
        quantity: fromMilli(take),
        shortage: 0,
      });
    }
    if (left > 0) {
      shortages.push({
        itemId: requirement.itemId,
        locationId: null,
        locationCode: null,
        lot: '',
        // what the run needs, picked from wherever the stock arrives later
        quantity: fromMilli(left),
        shortage: fromMilli(left),
      });
    }
  }
  picks.sort((a, b) => (a.locationCode ?? '').localeCompare(b.locationCode ?? '') || a.lot.localeCompare(b.lot));
  return [...picks, ...shortages];
}

function mergeRequirements(requirements: Requirement[]): Requirement[] {
  const merged = new Map<string, number>();
  for (const r of requirements) merged.set(r.itemId, (merged.get(r.itemId) ?? 0) + toMilli(r.quantity));
  return [...merged].filter(([, q]) => q > 0).map(([itemId, q]) => ({ itemId, quantity: fromMilli(q) }));
}
