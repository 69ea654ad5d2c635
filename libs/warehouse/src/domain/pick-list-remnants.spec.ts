import { materialNeeds } from './pick-list-units';

describe('a run that cut from remnants (余料): what its pick list asks of the material itself', () => {
  it('counts the metres and square metres of new stock only: a remnant is picked as its own item', () => {
    const needs = materialNeeds(
      [
        { material: 'CASING-60', cutKind: 'linear', unit: 'm', quantity: 5, stockUsed: 1 },
        { material: 'HDF-8', cutKind: 'sheet', unit: 'm2', quantity: 2, stockUsed: 1 },
      ],
      [
        {
          material: 'CASING-60',
          kind: 'linear',
          plan: { bars: [{ stockLength: 1850, ref: 'CASING-60-R1850' }, { stockLength: 2750 }] },
        },
        {
          material: 'HDF-8',
          kind: 'sheet',
          plan: {
            layouts: [
              { width: 1220, height: 2440 },
              { width: 440, height: 1210, ref: 'HDF-8-R440x1210' },
            ],
          },
        },
      ],
    );
    expect(needs.map((n) => [n.material, n.stockUsed, n.stockMetres, n.stockSquareMetres])).toEqual([
      ['CASING-60', 1, 2.75, 0],
      ['HDF-8', 1, 0, 2.9768],
    ]);
  });
});
