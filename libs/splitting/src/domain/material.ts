import type { CutKind } from './product';

/** What an uncut material is counted in; bars are bought by the metre, sheets by the square metre. */
export const MATERIAL_UNITS = ['m', 'm2', 'pcs', 'set', 'kg', 'l'] as const;
export type MaterialUnit = (typeof MATERIAL_UNITS)[number];

/**
 * A bar either comes in its final profile (a casing 60 × 12: every part must be that width), or is ripped to the
 * width each part needs first (LVL, jamb board): its parts are cut in groups of one width and thickness.
 */
export const LINEAR_PROFILES = ['fixed', 'rip'] as const;
export type LinearProfile = (typeof LINEAR_PROFILES)[number];

/** One stock size (mm): a bar's length, or a sheet's width × length; `quantity` omitted = unlimited. */
export interface StockSize {
  length: number;
  width?: number | null;
  /** Per bar or sheet, any currency. */
  cost?: number | null;
  quantity?: number | null;
}

/** A material as a door model's parts are cut from it; `version` is the stored one the split uses. */
export interface MaterialSpec {
  code: string;
  version?: number;
  cutKind: CutKind;
  unit: MaterialUnit;
  /** Linear materials only. */
  profile: LinearProfile | null;
  /** A fixed profile's width (mm). */
  width: number | null;
  thickness: number | null;
  stockSizes: StockSize[];
  kerf: number;
  trim: number;
  /**
   * The smallest reusable offcut (余料, mm): a bar's offcut at least this long, a sheet's with both sides at least
   * this, is a remnant worth keeping; shorter is waste. Null: nothing is kept.
   */
  minRemnant?: number | null;
}

/** The unit a cut kind's requirement must be counted in; an uncut material may use any. */
export const UNIT_OF_CUT_KIND: Record<CutKind, MaterialUnit | null> = { linear: 'm', sheet: 'm2', none: null };

/** What a material definition says, as `checkMaterial` reads it. */
export type MaterialDefinition = Omit<MaterialSpec, 'code' | 'version'>;

export interface MaterialProblem {
  field: string;
  message: string;
}

/**
 * The rules a material's fields must keep together (each field alone is the DTO's): the unit fits the cut kind,
 * bars and sheets have at least one stock size and uncut material none, a fixed profile has its width.
 */
export function checkMaterial(m: MaterialDefinition): MaterialProblem[] {
  const problems: MaterialProblem[] = [];
  const unit = UNIT_OF_CUT_KIND[m.cutKind];
  if (unit !== null && m.unit !== unit) {
    problems.push({
      field: 'unit',
      message: `a ${m.cutKind} material is counted in ${unit}, not ${m.unit} / ${m.cutKind === 'linear' ? '线材按米计' : '板材按平方米计'}`,
    });
  }
  if (m.cutKind === 'none' && m.minRemnant !== null && m.minRemnant !== undefined)
    problems.push({
      field: 'minRemnant',
      message: 'only a material that is cut leaves remnants / 不下料的材料没有余料',
    });
  if (m.cutKind === 'none') {
    if (m.stockSizes.length > 0)
      problems.push({
        field: 'stockSizes',
        message: 'an uncut material has no stock sizes / 不下料的材料没有原料规格',
      });
    if (m.profile !== null)
      problems.push({ field: 'profile', message: 'only a linear material has a profile / 仅线材有截面类型' });
  } else if (m.stockSizes.length === 0) {
    problems.push({
      field: 'stockSizes',
      message: `a ${m.cutKind} material needs at least one stock size / 至少需要一种原料规格`,
    });
  }
  m.stockSizes.forEach((size, i) => {
    if (m.cutKind === 'sheet' && !size.width)
      problems.push({ field: `stockSizes[${i}].width`, message: 'a sheet size needs its width / 需填写板材宽度' });
    if (m.cutKind === 'linear' && size.width)
      problems.push({ field: `stockSizes[${i}].width`, message: 'a bar size has a length only / 线材规格只有长度' });
  });
  if (m.cutKind === 'linear' && m.profile === 'fixed' && !m.width)
    problems.push({ field: 'width', message: 'a fixed profile needs its width / 固定截面需填写宽度' });
  if (m.cutKind === 'sheet' && m.profile !== null)
    problems.push({ field: 'profile', message: 'only a linear material has a profile / 仅线材有截面类型' });
  if (m.profile !== 'fixed' && m.width !== null)
    problems.push({ field: 'width', message: 'only a fixed profile has a width / 仅固定截面有宽度' });
  return problems;
}

/** Quantities in a material's unit are kept to 3 decimals (a millimetre in m, a mm² × 1000 in m²). */
export function roundQuantity(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * A requirement in the material's unit from its parts (mm): m² = Σ l × w × n / 10⁶, m = Σ l × n / 1000, and
 * pieces for what is counted (pcs, set; kg and l are counted per piece the rule gives).
 */
export function quantityInUnit(unit: MaterialUnit, parts: { length: number; width: number; quantity: number }[]) {
  switch (unit) {
    case 'm2':
      return roundQuantity(parts.reduce((s, p) => s + p.length * p.width * p.quantity, 0) / 1e6);
    case 'm':
      return roundQuantity(parts.reduce((s, p) => s + p.length * p.quantity, 0) / 1000);
    case 'pcs':
    case 'set':
    case 'kg':
    case 'l':
      return parts.reduce((s, p) => s + p.quantity, 0);
  }
}

/**
 * A material as POST /materials takes it. `stockLength` (bars) and `sheetWidth` × `sheetLength` (sheets) are the
 * one-size shorthand: the first stock size, null for the kinds they do not apply to.
 */
export interface MaterialInput {
  code: string;
  nameZh: string;
  nameEn: string;
  cutKind: CutKind;
  unit: MaterialUnit;
  profile?: LinearProfile;
  width?: number;
  thickness: number | null;
  stockSizes: { length: number; width?: number; cost?: number; quantity?: number }[];
  stockLength: number | null;
  sheetWidth: number | null;
  sheetLength: number | null;
  kerf: number;
  trim: number;
  /** The smallest reusable offcut (mm); left out, none is kept. */
  minRemnant?: number;
}
