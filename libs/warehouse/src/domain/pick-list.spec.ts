import { planPickList } from './pick-list';

describe(planPickList.name, () => {
  const stock = [
    { itemId: 'HDF', locationId: 'l-a2', locationCode: 'A-02', lot: '', quantity: 5 },
    { itemId: 'HDF', locationId: 'l-a1', locationCode: 'A-01', lot: '', quantity: 3 },
    { itemId: 'VEN', locationId: 'l-c1', locationCode: 'C-01', lot: 'V-2611', quantity: 10 },
    { itemId: 'VEN', locationId: 'l-c1', locationCode: 'C-01', lot: 'V-2610', quantity: 4 },
    { itemId: 'LVL', locationId: 'l-a1', locationCode: 'A-01', lot: '', quantity: 0 },
  ];

  it('takes each requirement from its locations in code order, oldest lot first, and walks the store once', () => {
    const lines = planPickList(
      [
        { itemId: 'HDF', quantity: 6 },
        { itemId: 'VEN', quantity: 6 },
      ],
      stock,
    );
    expect(lines.map((l) => [l.locationCode, l.itemId, l.lot, l.quantity])).toEqual([
      ['A-01', 'HDF', '', 3],
      ['A-02', 'HDF', '', 3],
      ['C-01', 'VEN', 'V-2610', 4],
      ['C-01', 'VEN', 'V-2611', 2],
    ]);
    expect(lines.every((l) => l.shortage === 0)).toBe(true);
  });

  it('flags what the stock cannot cover as a shortage line at the end, its quantity what the run still needs', () => {
    const lines = planPickList(
      [
        { itemId: 'LVL', quantity: 4 },
        { itemId: 'HDF', quantity: 10 },
        { itemId: 'HDF', quantity: 0.5 },
      ],
      stock,
    );
    expect(lines.map((l) => [l.locationCode, l.itemId, l.quantity, l.shortage])).toEqual([
      ['A-01', 'HDF', 3, 0],
      ['A-02', 'HDF', 5, 0],
      [null, 'LVL', 4, 4],
      [null, 'HDF', 2.5, 2.5],
    ]);
  });
});
