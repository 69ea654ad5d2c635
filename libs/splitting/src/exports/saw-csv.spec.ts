import type { PartWithDoor } from '../cut-patterns.repository';
import { planMaterials, type PlannedPart } from '../domain/split-plan';
import type { SplitPart } from '../splitting.entities';
import { SAW_CSV_HEADER, sawCsv } from './saw-csv';
import { HDF_SPEC as HDF } from '../domain/fixtures/material-specs';

// the long edges (L, along the part's length) and the short ones (W) banded with different bands: a swap shows
const BANDING = { L1: 'EB-LONG', L2: 'EB-LONG', W1: 'EB-SHORT' };

function panel(ref: string, grain: PlannedPart['grain'], overrides: Partial<PlannedPart> = {}): PlannedPart {
  return {
    component: '门板 skin',
    kind: 'skin',
    material: 'HDF-8',
    length: 800,
    width: 400,
    thickness: 8,
    perDoor: 1,
    quantity: 2,
    cutKind: 'sheet',
    grain,
    route: ['cutting'],
    packageGroup: 'leaf',
    edgeBanding: BANDING,
    ref,
    orderId: 'o1',
    lineId: 'l1',
    productVersion: 1,
    ...overrides,
  } as PlannedPart;
}

function withDoor(part: PlannedPart, overrides: Partial<PartWithDoor> = {}): PartWithDoor {
  return {
    part: part as unknown as SplitPart,
    orderNo: 'SO-1',
    lineNo: 1,
    room: '主卧',
    finish: 'WALNUT',
    width: 900,
    height: 2100,
    quantity: 1,
    ...overrides,
  };
}

async function csvOf(parts: PlannedPart[], doors: Partial<PartWithDoor> = {}): Promise<Record<string, string>[]> {
  const { cutPlans } = await planMaterials(parts, new Map([['HDF-8', HDF]]), {
    cutTimeLimitMs: 100,
    maxPiecesPerCut: { linear: 1000, sheet: 1000 },
  });
  const csv = sawCsv(cutPlans, new Map(parts.map((p) => [p.ref, withDoor(p, doors)])));
  const [header, ...rows] = csv.trimEnd().split('\r\n');
  expect(header.split(';')).toEqual([...SAW_CSV_HEADER]);
  return rows.map((r) => Object.fromEntries(r.split(';').map((cell, i) => [SAW_CSV_HEADER[i], cell])));
}

describe(sawCsv.name, () => {
  it('bands the edges the row names: a part whose grain runs across it has its long edges on the Width side', async () => {
    const rows = await csvOf([panel('SO-1-1-1', 'length'), panel('SO-1-1-2', 'width'), panel('SO-1-1-3', 'free')]);
    const pick = (label: string) => {
      const row = rows.find((r) => r.Label === label);
      if (!row) throw new Error(`no row for ${label}`);
      return [row.Length, row.Width, row.Grain, row.EdgeL1, row.EdgeL2, row.EdgeW1, row.EdgeW2];
    };
    // grain along the length: the part lies as written, its L edges along Length
    expect(pick('SO-1-1-1')).toEqual(['800', '400', '1', 'EB-LONG', 'EB-LONG', 'EB-SHORT', '']);
    // grain across: Length (along the board's grain) is the part's 400 mm width, so its 800 mm edges are W edges
    expect(pick('SO-1-1-2')).toEqual(['400', '800', '1', 'EB-SHORT', '', 'EB-LONG', 'EB-LONG']);
    // free to turn: written as the part is, whichever way the plan laid it
    expect(pick('SO-1-1-3')).toEqual(['800', '400', '0', 'EB-LONG', 'EB-LONG', 'EB-SHORT', '']);
    expect(rows.reduce((s, r) => s + Number(r.Quantity), 0)).toBe(6);
  });

  it('writes text that would start a formula (= + - @) with a leading quote; sizes and counts stay numbers', async () => {
    const rows = await csvOf(
      [panel('SO-1-1-1', 'length', { component: '@SUM(A1) skin', edgeBanding: { L1: '-EB' } })],
      { room: '=HYPERLINK("http://x.example";"主卧")', finish: '+WALNUT', orderNo: '-1+2' },
    );
    expect(rows).toHaveLength(1);
    const [row] = rows;
    // the separator and quotes never reach a field: the layout does not quote
    expect(row.Room).toBe("'=HYPERLINK( http://x.example   主卧 )");
    expect(row.Finish).toBe("'+WALNUT");
    expect(row.Name).toBe("'@SUM(A1) skin");
    expect(row.Order).toBe("'-1+2");
    expect(row.Door).toBe("'-1+2-1");
    expect(row.EdgeL1).toBe("'-EB");
    expect([row.Material, row.Thickness, row.Length, row.Width, row.Quantity]).toEqual([
      'HDF-8',
      '8',
      '800',
      '400',
      '2',
    ]);
    expect(row.Label).toBe('SO-1-1-1');
  });
});
