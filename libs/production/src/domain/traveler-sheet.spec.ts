import {
  MAX_TRAVELER_ROWS,
  type TravelerProcess,
  type TravelerRun,
  travelerSheets,
  travelersTooLong,
} from './traveler-sheet';

const PROCESSES: TravelerProcess[] = [
  { code: 'cutting', nameZh: '开料', nameEn: 'Cutting', instructions: '核对板材厚度。' },
  { code: 'pressing', nameZh: '冷压', nameEn: 'Cold pressing', instructions: '' },
  { code: 'edge_banding', nameZh: '封边', nameEn: 'Edge banding', instructions: '' },
  { code: 'packing', nameZh: '包装', nameEn: 'Packing', instructions: '' },
];

const RUN_ID = '1a2b3c4d-0000-4000-8000-000000000001';

function part(ref: string, overrides: Partial<TravelerRun['parts'][number]> = {}): TravelerRun['parts'][number] {
  return {
    ref,
    component: '门扇 leaf',
    orderId: 'o1',
    lineNo: 1,
    room: '主卧',
    doors: 3,
    perDoor: 1,
    length: 2030,
    width: 780.25,
    thickness: 40,
    material: 'LVL-40',
    route: ['cutting', 'pressing', 'packing'],
    ...overrides,
  };
}

function run(): TravelerRun {
  return {
    run: { id: RUN_ID, createdAt: new Date('2026-11-30T08:00:00Z') },
    orders: [
      { id: 'o2', orderNo: 'SO-2', customer: '李先生', dueDate: null },
      { id: 'o1', orderNo: 'SO-1', customer: '王女士', dueDate: '2026-12-15' },
    ],
    workOrders: [
      // stored in any order: printed in sequence
      {
        id: 'w3',
        number: 'WO-1A2B3C4D-3',
        sequence: 3,
        process: 'edge_banding',
        parts: [{ ref: 'SO-2-1-casing', quantity: 12 }],
      },
      {
        id: 'w1',
        number: 'WO-1A2B3C4D-1',
        sequence: 1,
        process: 'cutting',
        parts: [
          { ref: 'SO-2-1-casing', quantity: 12 },
          { ref: 'SO-1-2-leaf', quantity: 2 },
          { ref: 'SO-1-1-casing', quantity: 18 },
          { ref: 'SO-1-1-leaf', quantity: 3 },
        ],
      },
      {
        id: 'w2',
        number: 'WO-1A2B3C4D-2',
        sequence: 2,
        process: 'pressing',
        parts: [
          { ref: 'SO-1-2-leaf', quantity: 2 },
          { ref: 'SO-1-1-leaf', quantity: 3 },
        ],
      },
      {
        id: 'w4',
        number: 'WO-1A2B3C4D-4',
        sequence: 4,
        process: 'packing',
        parts: [
          { ref: 'SO-1-1-leaf', quantity: 3 },
          { ref: 'SO-1-1-casing', quantity: 18 },
        ],
      },
    ],
    parts: [
      part('SO-1-1-leaf'),
      part('SO-1-1-casing', { component: '门套线 casing', perDoor: 6, route: ['cutting', 'packing'] }),
      part('SO-1-2-leaf', { lineNo: 2, room: null, doors: 2 }),
      part('SO-2-1-casing', {
        orderId: 'o2',
        component: '门套线 casing',
        perDoor: 6,
        doors: 2,
        route: ['cutting', 'edge_banding'],
      }),
    ],
  };
}

describe(travelerSheets.name, () => {
  it('makes one traveler per work order, in sequence, each numbered of the run’s work orders', () => {
    const sheets = travelerSheets(run(), PROCESSES);
    expect(sheets.map((s) => [s.code, s.sequence, s.of])).toEqual([
      ['WO-1A2B3C4D-1', 1, 4],
      ['WO-1A2B3C4D-2', 2, 4],
      ['WO-1A2B3C4D-3', 3, 4],
      ['WO-1A2B3C4D-4', 4, 4],
    ]);
    expect(sheets[0].run).toEqual({ id: RUN_ID, short: '1A2B3C4D', createdAt: new Date('2026-11-30T08:00:00Z') });
  });

  it('keeps only the work order asked for', () => {
    expect(travelerSheets(run(), PROCESSES, 'w2').map((s) => s.code)).toEqual(['WO-1A2B3C4D-2']);
    expect(travelerSheets(run(), PROCESSES, 'no-such')).toEqual([]);
  });

  it('lists the parts by order, line and split order, with their doors, sizes, material and quantity', () => {
    const [cutting] = travelerSheets(run(), PROCESSES, 'w1');
    expect(cutting.rows).toEqual([
      {
        component: '门扇 leaf',
        orderNo: 'SO-1',
        lineNo: 1,
        room: '主卧',
        doors: 3,
        size: '2030×780.3×40',
        material: 'LVL-40',
        quantity: 3,
      },
      expect.objectContaining({ component: '门套线 casing', orderNo: 'SO-1', lineNo: 1, doors: 3, quantity: 18 }),
      expect.objectContaining({ component: '门扇 leaf', orderNo: 'SO-1', lineNo: 2, room: null, doors: 2 }),
      expect.objectContaining({ component: '门套线 casing', orderNo: 'SO-2', lineNo: 1, doors: 2, quantity: 12 }),
    ]);
    // planned = every piece; doors = each door line once (SO-1 line 1: 3, line 2: 2; SO-2 line 1: 2)
    expect(cutting.plannedQuantity).toBe(35);
    expect(cutting.doors).toBe(7);
    expect(cutting.orders).toEqual([
      { orderNo: 'SO-1', customer: '王女士', dueDate: '2026-12-15' },
      { orderNo: 'SO-2', customer: '李先生', dueDate: null },
    ]);
  });

  it('names only the orders whose parts the work order handles', () => {
    const [pressing] = travelerSheets(run(), PROCESSES, 'w2');
    expect(pressing.orders.map((o) => o.orderNo)).toEqual(['SO-1']);
    const [banding] = travelerSheets(run(), PROCESSES, 'w3');
    expect(banding.orders.map((o) => o.orderNo)).toEqual(['SO-2']);
  });

  it('prints the route its parts pass in the run’s order, this process marked, with the process’s instructions', () => {
    const [cutting, pressing, banding] = travelerSheets(run(), PROCESSES);
    expect(cutting.process).toEqual(PROCESSES[0]);
    expect(cutting.route.map((r) => [r.nameZh, r.current])).toEqual([
      ['开料', true],
      ['冷压', false],
      ['封边', false],
      ['包装', false],
    ]);
    expect(pressing.route.map((r) => [r.code, r.current])).toEqual([
      ['cutting', false],
      ['pressing', true],
      ['packing', false],
    ]);
    expect(banding.route.map((r) => r.code)).toEqual(['cutting', 'edge_banding']);
  });

  it('counts doors by the line’s doors when pieces do not divide by pieces per door', () => {
    const source = run();
    source.parts = source.parts.map((p) => (p.ref === 'SO-1-1-casing' ? { ...p, perDoor: 4 } : p));
    const [cutting] = travelerSheets(source, PROCESSES, 'w1');
    expect(cutting.rows[1]).toMatchObject({ component: '门套线 casing', doors: 3, quantity: 18 });
  });

  it('names a process missing from the catalogue by its code', () => {
    const [cutting] = travelerSheets(run(), PROCESSES.slice(1), 'w1');
    expect(cutting.process).toEqual({ code: 'cutting', nameZh: 'cutting', nameEn: 'cutting', instructions: '' });
  });
});

describe(travelersTooLong.name, () => {
  it(`lets ${MAX_TRAVELER_ROWS} part rows into one PDF, across its sheets, and refuses one more with the facts`, () => {
    const [cutting] = travelerSheets(run(), PROCESSES, 'w1');
    const rows = (n: number) => Array.from({ length: n }, () => cutting.rows[0]);
    const half = { ...cutting, rows: rows(MAX_TRAVELER_ROWS / 2) };
    expect(travelersTooLong([half, half])).toBeNull();
    expect(travelersTooLong([half, { ...half, rows: rows(MAX_TRAVELER_ROWS / 2 + 1) }])).toEqual({
      rows: MAX_TRAVELER_ROWS + 1,
      max: MAX_TRAVELER_ROWS,
    });
    expect(travelersTooLong([])).toBeNull();
  });
});
