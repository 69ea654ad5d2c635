import type { components } from '../../../../../clients/typescript/schema';
import { formatNumber } from '../../i18n/format';
import type { Language } from '../../i18n/i18n';

export type Material = components['schemas']['StoredMaterialDto'];
export type MaterialBody = components['schemas']['MaterialBodyDto'];
export type NewMaterial = components['schemas']['MaterialDto'];
export type CutKind = Material['cutKind'];

/** The dialog's state: an emptied number is null. */
export type MaterialForm = {
  code: string;
  nameZh: string;
  nameEn: string;
  cutKind: CutKind;
  stockLength: number | null;
  sheetWidth: number | null;
  sheetLength: number | null;
  thickness: number | null;
  kerf: number | null;
  trim: number | null;
};

export const CUT_KINDS: readonly CutKind[] = ['linear', 'sheet', 'none'];

/** Which stock sizes a cut kind has: bars have a length, sheets a width and a length, the rest none. */
export const STOCK_FIELDS: Record<CutKind, readonly ('stockLength' | 'sheetWidth' | 'sheetLength')[]> = {
  linear: ['stockLength'],
  sheet: ['sheetWidth', 'sheetLength'],
  none: [],
};

export function emptyMaterial(): MaterialForm {
  return {
    code: '',
    nameZh: '',
    nameEn: '',
    cutKind: 'linear',
    stockLength: null,
    sheetWidth: null,
    sheetLength: null,
    thickness: null,
    kerf: 4,
    trim: 5,
  };
}

export function toMaterialForm(material: Material): MaterialForm {
  const { code, nameZh, nameEn, cutKind, stockLength, sheetWidth, sheetLength, thickness, kerf, trim } = material;
  return { code, nameZh, nameEn, cutKind, stockLength, sheetWidth, sheetLength, thickness, kerf, trim };
}

/**
 * The body of PUT (POST adds the code): only the stock sizes of the cut kind (a sheet's width stays behind when
 * it becomes a bar), and no empty number (the api refuses null; left out, it names what is missing).
 */
export function toMaterialBody(form: MaterialForm): MaterialBody {
  const body: MaterialBody = { nameZh: form.nameZh.trim(), nameEn: form.nameEn.trim(), cutKind: form.cutKind };
  const numbers = [...STOCK_FIELDS[form.cutKind], 'thickness', 'kerf', 'trim'] as const;
  for (const field of numbers) {
    const value = form[field];
    if (value !== null && value !== undefined) body[field] = value;
  }
  return body;
}

/** A stock size as a planner reads it: `2,700 mm` for bars, `1,220 × 2,440 mm` for sheets, nothing otherwise. */
export function stockSize(
  material: Pick<Material, 'cutKind' | 'stockLength' | 'sheetWidth' | 'sheetLength'>,
  language: Language,
): string {
  const n = (value: number) => formatNumber(value, language);
  if (material.cutKind === 'linear' && material.stockLength !== null) return `${n(material.stockLength)} mm`;
  if (material.cutKind === 'sheet' && material.sheetWidth !== null && material.sheetLength !== null)
    return `${n(material.sheetWidth)} × ${n(material.sheetLength)} mm`;
  return '';
}
