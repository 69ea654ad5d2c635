import { describe, expect, it } from 'vitest';
import { emptyMaterial, stockSize, toMaterialBody, toMaterialForm, type Material } from './material-form';

const hdf: Material = {
  id: '9588023a-611c-4ccd-8f0a-13f2db58d503',
  code: 'HDF-8',
  nameZh: '高密度板 8厘',
  nameEn: 'HDF skin board 8 mm',
  cutKind: 'sheet',
  stockLength: null,
  sheetWidth: 1220,
  sheetLength: 2440,
  thickness: 8,
  kerf: 4,
  trim: 5,
  createdAt: '2026-11-30T01:00:00.000Z',
  updatedAt: '2026-11-30T01:00:00.000Z',
};

describe('the material dialog', () => {
  it('sends a stored material back as it was, without nulls', () => {
    expect(toMaterialBody(toMaterialForm(hdf))).toEqual({
      nameZh: '高密度板 8厘',
      nameEn: 'HDF skin board 8 mm',
      cutKind: 'sheet',
      sheetWidth: 1220,
      sheetLength: 2440,
      thickness: 8,
      kerf: 4,
      trim: 5,
    });
  });

  it('keeps only the stock sizes of the cut kind: a sheet turned into bars sends its stock length', () => {
    const form = { ...toMaterialForm(hdf), cutKind: 'linear' as const, stockLength: 2750 };
    const body = toMaterialBody(form);
    expect(body).toMatchObject({ cutKind: 'linear', stockLength: 2750 });
    expect(body).not.toHaveProperty('sheetWidth');
    expect(toMaterialBody({ ...form, cutKind: 'none' })).not.toHaveProperty('stockLength');
  });

  it('leaves an empty size out, so the api names it; trims the names', () => {
    const body = toMaterialBody({ ...emptyMaterial(), nameZh: ' 门套板 ', nameEn: 'Jamb ' });
    expect(body).toEqual({ nameZh: '门套板', nameEn: 'Jamb', cutKind: 'linear', kerf: 4, trim: 5 });
  });

  it('writes the stock size per cut kind and language', () => {
    expect(stockSize(hdf, 'zh-CN')).toBe('1,220 × 2,440 mm');
    expect(stockSize({ ...hdf, cutKind: 'linear', stockLength: 2700 }, 'en')).toBe('2,700 mm');
    expect(stockSize({ ...hdf, cutKind: 'none' }, 'en')).toBe('');
  });
});
