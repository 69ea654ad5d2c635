import { describe, expect, it } from 'vitest';
import { emptyMaterial, stockSize, toMaterialBody, toMaterialForm, type Material } from './material-form';

const hdf: Material = {
  id: '9588023a-611c-4ccd-8f0a-13f2db58d503',
  code: 'HDF-8',
  version: 2,
  nameZh: '高密度板 8厘',
  nameEn: 'HDF skin board 8 mm',
  cutKind: 'sheet',
  unit: 'm2',
  profile: null,
  width: null,
  thickness: 8,
  stockSizes: [
    { length: 2440, width: 1220, cost: 65 },
    { length: 2745, width: 1220, quantity: 20 },
  ],
  stockLength: null,
  sheetWidth: 1220,
  sheetLength: 2440,
  kerf: 4,
  trim: 5,
  minRemnant: 200,
  createdAt: '2026-11-30T01:00:00.000Z',
  updatedAt: '2026-11-30T01:00:00.000Z',
};

describe('the material dialog', () => {
  it('sends a stored material back as it was: its unit and every stock size, without nulls', () => {
    expect(toMaterialBody(toMaterialForm(hdf))).toEqual({
      nameZh: '高密度板 8厘',
      nameEn: 'HDF skin board 8 mm',
      cutKind: 'sheet',
      unit: 'm2',
      stockSizes: [
        { length: 2440, width: 1220, cost: 65 },
        { length: 2745, width: 1220, quantity: 20 },
      ],
      thickness: 8,
      kerf: 4,
      trim: 5,
      minRemnant: 200,
    });
  });

  it('sends the minimum remnant only for what is cut, and none when emptied', () => {
    expect(toMaterialBody({ ...toMaterialForm(hdf), minRemnant: null })).not.toHaveProperty('minRemnant');
    const uncut = toMaterialBody({ ...toMaterialForm(hdf), cutKind: 'none', unit: 'pcs' });
    expect(uncut).not.toHaveProperty('minRemnant');
  });

  it('keeps only what the cut kind has: a sheet turned into bars sends lengths in m, ripped, without widths', () => {
    const form = { ...toMaterialForm(hdf), cutKind: 'linear' as const };
    const body = toMaterialBody(form);
    expect(body).toMatchObject({ cutKind: 'linear', unit: 'm', profile: 'rip' });
    expect(body.stockSizes).toEqual([
      { length: 2440, cost: 65 },
      { length: 2745, quantity: 20 },
    ]);
    expect(body).not.toHaveProperty('width');
    expect(toMaterialBody({ ...form, profile: 'fixed', width: 60 })).toMatchObject({ profile: 'fixed', width: 60 });
    const uncut = toMaterialBody({ ...form, cutKind: 'none', unit: 'kg' });
    expect(uncut).toMatchObject({ unit: 'kg', stockSizes: [] });
    expect(uncut).not.toHaveProperty('profile');
  });

  it('leaves an empty number out, so the api names it; trims the names', () => {
    const body = toMaterialBody({ ...emptyMaterial(), nameZh: ' 门套板 ', nameEn: 'Jamb ' });
    expect(body).toEqual({
      nameZh: '门套板',
      nameEn: 'Jamb',
      cutKind: 'linear',
      unit: 'm',
      profile: 'rip',
      kerf: 4,
      trim: 5,
      stockSizes: [{}],
    });
  });

  it('writes every stock size per cut kind and language, with a limited count', () => {
    expect(stockSize(hdf, 'zh-CN')).toBe('1,220 × 2,440 mm / 1,220 × 2,745 mm (×20)');
    expect(stockSize({ cutKind: 'linear', stockSizes: [{ length: 2700 }, { length: 3000 }] }, 'en')).toBe(
      '2,700 mm / 3,000 mm',
    );
    expect(stockSize({ ...hdf, cutKind: 'none', stockSizes: [] }, 'en')).toBe('');
  });
});
