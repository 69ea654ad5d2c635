import { checkMaterial, type MaterialDefinition, quantityInUnit } from './material';

const bar = (overrides: Partial<MaterialDefinition> = {}): MaterialDefinition => ({
  cutKind: 'linear',
  unit: 'm',
  profile: 'rip',
  width: null,
  thickness: 40,
  stockSizes: [{ length: 2700 }],
  kerf: 4,
  trim: 5,
  ...overrides,
});

describe(checkMaterial.name, () => {
  it('accepts a ripped bar, a fixed profile with its width, a sheet in m2 and uncut material in any unit', () => {
    expect(checkMaterial(bar())).toEqual([]);
    expect(checkMaterial(bar({ profile: 'fixed', width: 60, thickness: 12 }))).toEqual([]);
    expect(
      checkMaterial(bar({ cutKind: 'sheet', unit: 'm2', profile: null, stockSizes: [{ length: 2440, width: 1220 }] })),
    ).toEqual([]);
    for (const unit of ['m', 'm2', 'pcs', 'set', 'kg', 'l'] as const)
      expect(checkMaterial(bar({ cutKind: 'none', unit, profile: null, stockSizes: [] }))).toEqual([]);
  });

  it('refuses a bar counted in m2 and a sheet counted in pieces, naming the unit', () => {
    expect(checkMaterial(bar({ unit: 'm2' }))).toEqual([{ field: 'unit', message: expect.stringContaining('in m') }]);
    expect(
      checkMaterial(bar({ cutKind: 'sheet', unit: 'pcs', profile: null, stockSizes: [{ length: 2440, width: 1220 }] })),
    ).toEqual([{ field: 'unit', message: expect.stringContaining('m2') }]);
  });

  it('asks bars and sheets for a stock size, uncut material for none, sheets for a width, bars for none', () => {
    expect(checkMaterial(bar({ stockSizes: [] })).map((p) => p.field)).toEqual(['stockSizes']);
    expect(checkMaterial(bar({ cutKind: 'none', unit: 'pcs', profile: null })).map((p) => p.field)).toEqual([
      'stockSizes',
    ]);
    expect(
      checkMaterial(bar({ cutKind: 'sheet', unit: 'm2', profile: null, stockSizes: [{ length: 2440 }] })).map(
        (p) => p.field,
      ),
    ).toEqual(['stockSizes[0].width']);
    expect(
      checkMaterial(bar({ stockSizes: [{ length: 2700 }, { length: 3000, width: 100 }] })).map((p) => p.field),
    ).toEqual(['stockSizes[1].width']);
  });

  it('asks a fixed profile for its width, and refuses a width or a profile where they mean nothing', () => {
    expect(checkMaterial(bar({ profile: 'fixed' })).map((p) => p.field)).toEqual(['width']);
    expect(checkMaterial(bar({ width: 60 })).map((p) => p.field)).toEqual(['width']);
    expect(
      checkMaterial(bar({ cutKind: 'sheet', unit: 'm2', stockSizes: [{ length: 2440, width: 1220 }] })).map(
        (p) => p.field,
      ),
    ).toEqual(['profile']);
  });
});

describe(quantityInUnit.name, () => {
  const parts = [
    { length: 2064, width: 120, quantity: 2 },
    { length: 560, width: 150, quantity: 3 },
  ];

  it('gives m² of parts, metres of parts, and pieces for what is counted, to 3 decimals', () => {
    // (2064×120×2 + 560×150×3) / 10⁶ = (495,360 + 252,000) / 10⁶ = 0.74736
    expect(quantityInUnit('m2', parts)).toBe(0.747);
    // (2064×2 + 560×3) / 1000
    expect(quantityInUnit('m', parts)).toBe(5.808);
    for (const unit of ['pcs', 'set', 'kg', 'l'] as const) expect(quantityInUnit(unit, parts)).toBe(5);
  });
});
