import {
  enteredRemnantCode,
  normaliseRemnant,
  type RemnantMaterial,
  remnantCode,
  remnantMaterialOf,
  remnantShapeProblems,
  remnantSizeProblems,
} from './remnant-size';

describe('remnant sizes (余料)', () => {
  it('makes 1210 × 440 and 440 × 1210 one remnant, the longer side its length', () => {
    expect(normaliseRemnant(1210, 440)).toEqual({ length: 1210, width: 440 });
    expect(normaliseRemnant(440, 1210)).toEqual({ length: 1210, width: 440 });
    expect(remnantCode('HDF-8', normaliseRemnant(440, 1210))).toBe('HDF-8-R440x1210');
    expect(remnantCode('HDF-8', normaliseRemnant(1210, 440))).toBe('HDF-8-R440x1210');
  });

  it("codes a bar's offcut by its length, and keeps the code a remnant had before normalising", () => {
    expect(remnantCode('CASING-60', normaliseRemnant(1180))).toBe('CASING-60-R1180');
    expect(enteredRemnantCode('HDF-8', 440, 1210)).toBe('HDF-8-R1210x440');
  });

  it('refuses a sheet remnant larger than the sheet on the field that carries the side too large', () => {
    const sheet = { length: 2440, width: 1220, sheet: true };
    expect(remnantSizeProblems({ length: 1210, width: 2440 }, sheet)).toEqual([]);
    expect(remnantSizeProblems({ length: 1300, width: 1300 }, sheet).map((p) => p.field)).toEqual(['width']);
    expect(remnantSizeProblems({ length: 500, width: 2500 }, sheet).map((p) => p.field)).toEqual(['width']);
    expect(remnantSizeProblems({ length: 2500, width: 1300 }, sheet).map((p) => p.field)).toEqual(['length', 'width']);
  });

  it('refuses a bar remnant longer than the bar, and checks nothing the parent does not state', () => {
    expect(remnantSizeProblems({ length: 2751 }, { length: 2750, width: null, sheet: false })).toEqual([
      { field: 'length', message: expect.stringContaining('余料尺寸大于原料规格') },
    ]);
    expect(remnantSizeProblems({ length: 2750 }, { length: 2750, width: null, sheet: false })).toEqual([]);
    expect(remnantSizeProblems({ length: 99_000 }, { length: null, width: null, sheet: false })).toEqual([]);
  });
});

describe('sizes a remnant of its material can have', () => {
  const SHEET: RemnantMaterial = { cut: 'sheet', profileWidth: null, minRemnant: 200 };
  const CASING: RemnantMaterial = { cut: 'linear', profileWidth: 60, minRemnant: 300 };
  const RIPPED: RemnantMaterial = { cut: 'linear', profileWidth: null, minRemnant: 300 };
  const fields = (entered: { length: number; width?: number | null }, material: RemnantMaterial) =>
    remnantShapeProblems(entered, material).map((p) => `${p.field}:${p.kind}`);

  it('takes what a cut can leave', () => {
    expect(fields({ length: 900, width: 500 }, SHEET)).toEqual([]);
    expect(fields({ length: 619 }, CASING)).toEqual([]);
    expect(fields({ length: 619, width: 60 }, CASING)).toEqual([]);
    expect(fields({ length: 619, width: 120 }, RIPPED)).toEqual([]);
    expect(fields({ length: 619 }, RIPPED)).toEqual([]);
  });

  it('refuses fractions of a millimetre on the side that has one', () => {
    expect(fields({ length: 619.5 }, CASING)).toEqual(['length:size']);
    expect(fields({ length: 900, width: 500.2 }, SHEET)).toEqual(['width:size']);
  });

  it('refuses a sheet remnant without its width, a profile of another width, an uncut material', () => {
    expect(fields({ length: 900 }, SHEET)).toEqual(['width:size']);
    expect(fields({ length: 619, width: 80 }, CASING)).toEqual(['width:size']);
    expect(fields({ length: 619 }, { cut: 'none', profileWidth: null, minRemnant: null })).toEqual([
      'material:not_cut',
    ]);
  });

  it("refuses below the material's minimum the side that is short (a strip's width is not bound by it)", () => {
    expect(fields({ length: 299 }, CASING)).toEqual(['length:below_minimum']);
    expect(fields({ length: 300, width: 40 }, RIPPED)).toEqual([]);
    expect(fields({ length: 900, width: 150 }, SHEET)).toEqual(['width:below_minimum']);
    expect(fields({ length: 100, width: 900 }, SHEET)).toEqual(['length:below_minimum']);
    expect(fields({ length: 10 }, { ...RIPPED, minRemnant: null })).toEqual([]);
  });

  it('reads the cut from the material, or from the item when the cutting defines none', () => {
    const def = (cutKind: string, profile: string | null, width: number | null) => ({
      cutKind,
      profile,
      width,
      minRemnant: 300,
    });
    const item = { kind: 'hardware', unit: 'set' };
    expect(remnantMaterialOf(def('linear', 'fixed', 60), item)).toEqual(CASING);
    expect(remnantMaterialOf(def('linear', 'rip', null), item)).toEqual(RIPPED);
    expect(remnantMaterialOf(def('none', null, null), { kind: 'board', unit: 'sheet' }).cut).toBe('none');
    expect(remnantMaterialOf(null, item).cut).toBe('none');
    expect(remnantMaterialOf(null, { kind: 'veneer', unit: 'm2' }).cut).toBe('none');
    expect(remnantMaterialOf(null, { kind: 'board', unit: 'sheet' }).cut).toBe('sheet');
    expect(remnantMaterialOf(null, { kind: 'moulding', unit: 'piece' }).cut).toBe('linear');
  });
});
