import type { components } from '../../../../../clients/typescript/schema';
import { formatNumber } from '../../i18n/format';
import type { Language } from '../../i18n/i18n';

export type Material = components['schemas']['StoredMaterialDto'];
export type MaterialBody = components['schemas']['MaterialBodyDto'];
export type NewMaterial = components['schemas']['MaterialDto'];
export type CutKind = Material['cutKind'];
export type MaterialUnit = Material['unit'];
export type LinearProfile = NonNullable<Material['profile']>;

/** One row of the stock size list; an emptied number is null. */
export type StockSizeRow = {
  length: number | null;
  width: number | null;
  cost: number | null;
  quantity: number | null;
};

/** The dialog's state: an emptied number is null. */
export type MaterialForm = {
  code: string;
  nameZh: string;
  nameEn: string;
  cutKind: CutKind;
  unit: MaterialUnit;
  profile: LinearProfile;
  width: number | null;
  thickness: number | null;
  kerf: number | null;
  trim: number | null;
  /** The smallest offcut kept as a remnant (余料); null keeps none. */
  minRemnant: number | null;
  stockSizes: StockSizeRow[];
};

export const CUT_KINDS: readonly CutKind[] = ['linear', 'sheet', 'none'];
export const UNITS: readonly MaterialUnit[] = ['m', 'm2', 'pcs', 'set', 'kg', 'l'];
export const PROFILES: readonly LinearProfile[] = ['rip', 'fixed'];

/** Bars are counted in metres and sheets in square metres; only uncut material chooses its unit. */
export const UNIT_OF_CUT_KIND: Record<CutKind, MaterialUnit | null> = { linear: 'm', sheet: 'm2', none: null };

export const emptySize = (): StockSizeRow => ({ length: null, width: null, cost: null, quantity: null });

export function emptyMaterial(): MaterialForm {
  return {
    code: '',
    nameZh: '',
    nameEn: '',
    cutKind: 'linear',
    unit: 'm',
    profile: 'rip',
    width: null,
    thickness: null,
    kerf: 4,
    trim: 5,
    minRemnant: null,
    stockSizes: [emptySize()],
  };
}

export function toMaterialForm(material: Material): MaterialForm {
  const { code, nameZh, nameEn, cutKind, unit, width, thickness, kerf, trim } = material;
  return {
    code,
    nameZh,
    nameEn,
    cutKind,
    unit,
    profile: material.profile ?? 'rip',
    width,
    thickness,
    kerf,
    trim,
    minRemnant: material.minRemnant ?? null,
    stockSizes: material.stockSizes.map((s) => ({
      length: s.length,
      width: s.width ?? null,
      cost: s.cost ?? null,
      quantity: s.quantity ?? null,
    })),
  };
}

/**
 * The body of PUT (POST adds the code): only what the cut kind has (a sheet's sizes keep no width once it becomes
 * a bar; an uncut material has no sizes, a ripped bar no width), and no empty number (the api refuses null; left
 * out, it names what is missing).
 */
export function toMaterialBody(form: MaterialForm): MaterialBody {
  const body: MaterialBody = {
    nameZh: form.nameZh.trim(),
    nameEn: form.nameEn.trim(),
    cutKind: form.cutKind,
    unit: UNIT_OF_CUT_KIND[form.cutKind] ?? form.unit,
  };
  const set = <K extends 'thickness' | 'kerf' | 'trim' | 'width' | 'minRemnant'>(field: K, value: number | null) => {
    if (value !== null && value !== undefined) body[field] = value;
  };
  set('thickness', form.thickness);
  set('kerf', form.kerf);
  set('trim', form.trim);
  // only what is cut leaves remnants
  if (form.cutKind !== 'none') set('minRemnant', form.minRemnant);
  if (form.cutKind === 'linear') {
    body.profile = form.profile;
    if (form.profile === 'fixed') set('width', form.width);
  }
  body.stockSizes =
    form.cutKind === 'none'
      ? []
      : form.stockSizes.map((row) => {
          const size: Record<string, number> = {};
          if (row.length !== null && row.length !== undefined) size.length = row.length;
          if (form.cutKind === 'sheet' && row.width !== null && row.width !== undefined) size.width = row.width;
          if (row.cost !== null && row.cost !== undefined) size.cost = row.cost;
          if (row.quantity !== null && row.quantity !== undefined) size.quantity = row.quantity;
          return size as NonNullable<MaterialBody['stockSizes']>[number];
        });
  return body;
}

/**
 * The stock sizes as a planner reads them: `2,700 / 3,000 mm` for bars, `1,220 × 2,440 mm` for sheets, a limited
 * count as `(×20)`; nothing for uncut material.
 */
export function stockSize(material: Pick<Material, 'cutKind' | 'stockSizes'>, language: Language): string {
  const n = (value: number) => formatNumber(value, language);
  if (material.cutKind === 'none') return '';
  return material.stockSizes
    .map((s) => {
      const size =
        material.cutKind === 'sheet' && s.width !== undefined ? `${n(s.width)} × ${n(s.length)}` : n(s.length);
      return s.quantity !== undefined ? `${size} mm (×${n(s.quantity)})` : `${size} mm`;
    })
    .join(' / ');
}
