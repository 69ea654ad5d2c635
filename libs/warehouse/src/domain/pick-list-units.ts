import { fromMilli, isWholeUnit, toMilli, wholeUp } from './quantity';

/**
 * The one mapping of a material's unit (splitting: MaterialUnit) to the item unit (warehouse: UNITS) that
 * counts the same thing. Litres have no item unit: such a material needs its item in a unit it converts to.
 */
export const ITEM_UNIT_OF_MATERIAL_UNIT: Readonly<Record<string, string | null>> = {
  m: 'm',
  m2: 'm2',
  pcs: 'piece',
  set: 'set',
  kg: 'kg',
  l: null,
};

/** What a split run needs of one material, as its materials and cut plans say. */
export interface MaterialNeed {
  material: string;
  cutKind: 'linear' | 'sheet' | 'none';
  /** The material's unit (m, m2, pcs, set, kg, l). */
  unit: string;
  /** What the parts need, in `unit`. */
  quantity: number;
  /** Bars or sheets the cutting plans use. */
  stockUsed: number;
  /** The stock those plans cut: metres of bar, square metres of sheet (0 when unknown). */
  stockMetres: number;
  stockSquareMetres: number;
}

/** The item a material is picked as: its unit and, for one counted whole, its size (mm). */
export interface ItemMeasure {
  unit: string;
  length: number | null;
  width: number | null;
}

export type PickQuantity = { ok: true; quantity: number } | { ok: false; reason: 'unit_mismatch'; message: string };

/**
 * What to pick of a material, in its item's unit: the bars or sheets cut (or their metres and square
 * metres when the item counts those), an uncut material's need in its own unit, or converted through the
 * item's size (metres of edge band as rolls of known length, m² as sheets). Whole-unit items round up. A
 * need the item's unit cannot express is refused, never guessed.
 */
export function pickQuantity(need: MaterialNeed, item: ItemMeasure): PickQuantity {
  const quantity = inItemUnit(need, item);
  if (quantity === undefined)
    return {
      ok: false,
      reason: 'unit_mismatch',
      message: `${need.material} is needed in ${need.cutKind === 'none' ? need.unit : need.cutKind === 'linear' ? 'bars' : 'sheets'}; its item counts ${item.unit} and has no size to convert / 物料单位与材料单位不符且无法换算`,
    };
  return { ok: true, quantity: isWholeUnit(item.unit) ? wholeUp(quantity) : fromMilli(toMilli(quantity)) };
}

function inItemUnit(need: MaterialNeed, item: ItemMeasure): number | undefined {
  const length = item.length ? item.length / 1000 : undefined; // metres
  const area = item.length && item.width ? (item.length * item.width) / 1e6 : undefined; // m²
  if (need.cutKind === 'linear') {
    if (item.unit === 'piece') return need.stockUsed;
    if (item.unit === 'm') return need.stockMetres || (length ? need.stockUsed * length : undefined);
    return undefined;
  }
  if (need.cutKind === 'sheet') {
    if (item.unit === 'sheet' || item.unit === 'piece') return need.stockUsed;
    if (item.unit === 'm2') return need.stockSquareMetres || (area ? need.stockUsed * area : undefined);
    return undefined;
  }
  if (ITEM_UNIT_OF_MATERIAL_UNIT[need.unit] === item.unit) return need.quantity;
  if (need.unit === 'm' && isWholeUnit(item.unit) && length) return need.quantity / length;
  if (need.unit === 'm2' && isWholeUnit(item.unit) && area) return need.quantity / area;
  return undefined;
}

/** A material a pick list does not carry, and why (kept with the list, shown to the picker and the planner). */
export interface UnlistedMaterial {
  material: string;
  /** The material's unit and what the run needs in it. */
  unit: string;
  quantity: number;
  reason: 'no_item' | 'unit_mismatch';
  itemUnit: string | null;
  message: string;
}

/** A run's material row and cut plan, as the splitting context answers them. */
export interface RunMaterial {
  material: string;
  cutKind: string;
  unit: string;
  quantity: number;
  stockUsed: number;
}
export interface RunCutPlan {
  material: string;
  kind: string;
  // `ref`: cut from a remnant (余料) in stock, which the run's pick list asks for as its own item
  plan: { bars?: { stockLength: number; ref?: string }[]; layouts?: { width: number; height: number; ref?: string }[] };
}

/** Each material's need with the metres and square metres of stock its cut plans take. */
export function materialNeeds(materials: RunMaterial[], cutPlans: RunCutPlan[]): MaterialNeed[] {
  const metres = new Map<string, number>();
  const squareMetres = new Map<string, number>();
  for (const plan of cutPlans) {
    const mm = (plan.plan.bars ?? []).reduce((s, b) => s + (b.ref ? 0 : b.stockLength), 0);
    const mm2 = (plan.plan.layouts ?? []).reduce((s, l) => s + (l.ref ? 0 : l.width * l.height), 0);
    metres.set(plan.material, (metres.get(plan.material) ?? 0) + mm / 1000);
    squareMetres.set(plan.material, (squareMetres.get(plan.material) ?? 0) + mm2 / 1e6);
  }
  return materials
    .filter((m) => (m.cutKind === 'none' ? m.quantity : m.stockUsed) > 0)
    .map((m) => ({
      material: m.material,
      cutKind: m.cutKind === 'linear' || m.cutKind === 'sheet' ? m.cutKind : 'none',
      unit: m.unit,
      quantity: m.quantity,
      stockUsed: m.stockUsed,
      stockMetres: metres.get(m.material) ?? 0,
      stockSquareMetres: squareMetres.get(m.material) ?? 0,
    }));
}
