import { enteredRemnantCode, normaliseRemnant, remnantCode, remnantSizeProblems } from './remnant-size';

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
