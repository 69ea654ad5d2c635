import { type MaterialNeed, materialNeeds, pickQuantity } from './pick-list-units';
import { isFractionOf, wholeUp } from './quantity';

const need = (overrides: Partial<MaterialNeed>): MaterialNeed => ({
  material: 'M',
  cutKind: 'none',
  unit: 'm2',
  quantity: 0,
  stockUsed: 0,
  stockMetres: 0,
  stockSquareMetres: 0,
  ...overrides,
});
const item = (unit: string, length: number | null = null, width: number | null = null) => ({ unit, length, width });

describe(pickQuantity.name, () => {
  it('veneer in m²: the 16.558 m² the parts need, not the 10 pieces of veneer they are (issue 15)', () => {
    expect(pickQuantity(need({ material: 'VENEER-OAK', unit: 'm2', quantity: 16.558 }), item('m2'))).toEqual({
      ok: true,
      quantity: 16.558,
    });
  });

  it('edge band in metres, hardware in sets and pieces, paint in kg: each in its own unit', () => {
    expect(pickQuantity(need({ unit: 'm', quantity: 128.93 }), item('m'))).toEqual({ ok: true, quantity: 128.93 });
    expect(pickQuantity(need({ unit: 'set', quantity: 8 }), item('set'))).toEqual({ ok: true, quantity: 8 });
    expect(pickQuantity(need({ unit: 'pcs', quantity: 85 }), item('piece'))).toEqual({ ok: true, quantity: 85 });
    expect(pickQuantity(need({ unit: 'kg', quantity: 2.345 }), item('kg'))).toEqual({ ok: true, quantity: 2.345 });
  });

  it('bars and sheets are picked whole; an item counted in m or m² gets the stock’s metres or square metres', () => {
    const bars = need({ cutKind: 'linear', unit: 'm', quantity: 293.96, stockUsed: 132, stockMetres: 363 });
    expect(pickQuantity(bars, item('piece', 2750))).toEqual({ ok: true, quantity: 132 });
    expect(pickQuantity(bars, item('m'))).toEqual({ ok: true, quantity: 363 });
    const sheets = need({ cutKind: 'sheet', unit: 'm2', quantity: 100.9, stockUsed: 60, stockSquareMetres: 178.6 });
    expect(pickQuantity(sheets, item('sheet', 2440, 1220))).toEqual({ ok: true, quantity: 60 });
    expect(pickQuantity(sheets, item('m2'))).toEqual({ ok: true, quantity: 178.6 });
  });

  it('converts through the item’s size and rounds whole units up: 128.93 m of edge band in 50 m rolls is 3 rolls', () => {
    expect(pickQuantity(need({ unit: 'm', quantity: 128.93 }), item('piece', 50_000))).toEqual({
      ok: true,
      quantity: 3,
    });
    expect(pickQuantity(need({ unit: 'm2', quantity: 2.866 }), item('sheet', 2440, 1220))).toEqual({
      ok: true,
      quantity: 1,
    });
    expect(pickQuantity(need({ unit: 'pcs', quantity: 2.5 }), item('piece'))).toEqual({ ok: true, quantity: 3 });
  });

  it('flags what the item’s unit cannot express, never guessing: m² as pieces of no size, litres, pcs as sets', () => {
    for (const [n, i] of [
      [need({ unit: 'm2', quantity: 16.6 }), item('piece')],
      [need({ unit: 'l', quantity: 4 }), item('kg')],
      [need({ unit: 'pcs', quantity: 6 }), item('set')],
      [need({ cutKind: 'sheet', unit: 'm2', stockUsed: 3 }), item('kg')],
      [need({ cutKind: 'linear', unit: 'm', stockUsed: 3 }), item('m2')],
    ] as const)
      expect(pickQuantity(n, i)).toMatchObject({ ok: false, reason: 'unit_mismatch' });
  });
});

describe(materialNeeds.name, () => {
  it('adds the metres and square metres of stock each material’s cut plans take, and drops what is not needed', () => {
    const needs = materialNeeds(
      [
        { material: 'CASING-60', cutKind: 'linear', unit: 'm', quantity: 5, stockUsed: 2 },
        { material: 'HDF-8', cutKind: 'sheet', unit: 'm2', quantity: 2, stockUsed: 1 },
        { material: 'GLUE', cutKind: 'none', unit: 'kg', quantity: 0, stockUsed: 0 },
      ],
      [
        { material: 'CASING-60', kind: 'linear', plan: { bars: [{ stockLength: 2750 }, { stockLength: 2750 }] } },
        { material: 'HDF-8', kind: 'sheet', plan: { layouts: [{ width: 1220, height: 2440 }] } },
      ],
    );
    expect(needs.map((n) => [n.material, n.stockMetres, n.stockSquareMetres])).toEqual([
      ['CASING-60', 5.5, 0],
      ['HDF-8', 0, 2.9768],
    ]);
  });
});

describe('whole units', () => {
  it('a piece, a sheet or a set is whole; metres, m² and kg may be fractions', () => {
    expect(isFractionOf('piece', 1.5)).toBe(true);
    expect(isFractionOf('sheet', 2)).toBe(false);
    expect(isFractionOf('set', 0.001)).toBe(true);
    expect(isFractionOf('m2', 1.5)).toBe(false);
    expect(wholeUp(2.0004)).toBe(2);
    expect(wholeUp(2.001)).toBe(3);
  });
});
