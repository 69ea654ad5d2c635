import { doorNeed, fillDoors, orderProgress, type ProgressWorkOrder, progressRatio } from './progress';

// line A: 2 doors, a leaf (1 per door) and two stiles (2 per door); line B: 1 door, one leaf
const parts = [
  { ref: 'A-leaf', quantity: 2, lineId: 'A', perDoor: 1 },
  { ref: 'A-stile', quantity: 4, lineId: 'A', perDoor: 2 },
  { ref: 'B-leaf', quantity: 1, lineId: 'B', perDoor: 1 },
];

function wo(overrides: Partial<ProgressWorkOrder>): ProgressWorkOrder {
  return {
    code: 'WO-1',
    process: 'cutting',
    sequence: 1,
    status: 'in_progress',
    good: 0,
    scrap: 0,
    parts,
    doorGood: [],
    ...overrides,
  };
}

describe(fillDoors.name, () => {
  it('fills doors first come first served, one whole door before the next, lines in part order', () => {
    expect(fillDoors(wo({ good: 4 }))).toEqual([
      { lineId: 'A', doorNo: 1, need: 3, filled: 3 },
      { lineId: 'A', doorNo: 2, need: 3, filled: 1 },
      { lineId: 'B', doorNo: 1, need: 1, filled: 0 },
    ]);
  });

  it('gives a door-label report to its door, and the rest to the queue', () => {
    const fills = fillDoors(wo({ good: 2, doorGood: [{ lineId: 'B', doorNo: 1, good: 1 }] }));
    expect(fills).toEqual([
      { lineId: 'A', doorNo: 1, need: 3, filled: 1 },
      { lineId: 'A', doorNo: 2, need: 3, filled: 0 },
      { lineId: 'B', doorNo: 1, need: 1, filled: 1 },
    ]);
  });

  it("lets door-label pieces beyond their door's need fall back to the queue", () => {
    const fills = fillDoors(wo({ good: 3, doorGood: [{ lineId: 'B', doorNo: 1, good: 3 }] }));
    expect(fills.map((f) => f.filled)).toEqual([2, 0, 1]);
  });

  it('never fills beyond need, whatever is reported', () => {
    expect(fillDoors(wo({ good: 99 })).map((f) => f.filled)).toEqual([3, 3, 1]);
  });
});

describe(orderProgress.name, () => {
  const doors = [
    { lineId: 'A', doorNo: 1 },
    { lineId: 'A', doorNo: 2 },
  ];
  const route = [
    wo({ code: 'WO-1', process: 'cutting', sequence: 1, good: 7, status: 'done' }),
    wo({ code: 'WO-2', process: 'edge_banding', sequence: 2, good: 3 }),
    wo({ code: 'WO-3', process: 'packing', sequence: 3, good: 0, status: 'released' }),
  ];

  it('says per door which processes it passed and what comes next; ready for packing once all but packing passed', () => {
    const { doors: progress } = orderProgress(route, doors);
    expect(progress).toEqual([
      { lineId: 'A', doorNo: 1, passed: ['cutting', 'edge_banding'], next: 'packing', readyForPacking: true },
      { lineId: 'A', doorNo: 2, passed: ['cutting'], next: 'edge_banding', readyForPacking: false },
    ]);
  });

  it("counts the order's own share of each work order (line B belongs to another order)", () => {
    const { processes } = orderProgress(route, doors);
    expect(processes).toEqual([
      { process: 'cutting', workOrder: 'WO-1', planned: 6, good: 6, scrap: 0, status: 'done' },
      { process: 'edge_banding', workOrder: 'WO-2', planned: 6, good: 3, scrap: 0, status: 'in_progress' },
      { process: 'packing', workOrder: 'WO-3', planned: 6, good: 0, scrap: 0, status: 'released' },
    ]);
    expect(progressRatio(processes)).toBeCloseTo(9 / 18);
  });

  it('leaves out work orders without a part of the order, and a door owed nothing is not ready', () => {
    const other = wo({ code: 'WO-9', process: 'carving', sequence: 2, parts: [parts[2]], good: 0 });
    const { processes, doors: progress } = orderProgress([other], doors);
    expect(processes).toEqual([]);
    expect(progress[0]).toEqual({ lineId: 'A', doorNo: 1, passed: [], next: null, readyForPacking: false });
  });
});

describe(doorNeed.name, () => {
  it("sums a door's pieces over its line's parts; a door not in the work order needs none", () => {
    expect(doorNeed(parts, 'A', 1)).toBe(3);
    expect(doorNeed(parts, 'A', 2)).toBe(3);
    expect(doorNeed(parts, 'A', 3)).toBe(0);
    expect(doorNeed(parts, 'B', 1)).toBe(1);
    expect(doorNeed(parts, 'C', 1)).toBe(0);
    expect(doorNeed(parts, 'A', 0)).toBe(0);
  });
});
