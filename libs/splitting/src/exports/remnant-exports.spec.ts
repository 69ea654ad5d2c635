import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cutPatterns, type PatternPartInfo } from '../domain/cut-patterns';
import { planMaterials, type PlannedPart, type RemnantOffer } from '../domain/split-plan';
import { cutListXlsx, PATTERN_COLUMNS } from './cut-list-xlsx';
import { cutPatternsPdf } from './cut-patterns-pdf';
import { patternSvg } from './pattern-svg';
import { CASING_SPEC as CASING, HDF_SPEC as HDF } from '../domain/fixtures/material-specs';

function part(ref: string, overrides: Partial<PlannedPart>): PlannedPart {
  return {
    component: '竖套线 casing leg',
    kind: 'casing',
    material: 'CASING-60',
    length: 900,
    width: 60,
    thickness: 12,
    perDoor: 1,
    quantity: 6,
    cutKind: 'linear',
    grain: 'length',
    route: ['cutting'],
    packageGroup: 'frame',
    ref,
    orderId: 'o1',
    lineId: 'l1',
    productVersion: 1,
    ...overrides,
  } as PlannedPart;
}

/** A run whose plans cut from remnant bars and a remnant sheet (stockIndex -1) as well as from new stock. */
async function remnantRun() {
  const parts = [
    part('SO-1-1-1', {}),
    part('SO-1-1-2', {
      component: '门板 skin',
      kind: 'skin',
      material: 'HDF-8',
      cutKind: 'sheet',
      length: 800,
      width: 400,
      thickness: 8,
      quantity: 4,
    }),
  ];
  const remnants: RemnantOffer[] = [
    { item: 'CASING-60-R1850', material: 'CASING-60', length: 1850, quantity: 2, cost: 0 },
    { item: 'HDF-8-R440x1210', material: 'HDF-8', length: 1210, width: 440, quantity: 1, cost: 0 },
  ];
  const { cutPlans } = await planMaterials(
    parts,
    new Map([
      ['CASING-60', CASING],
      ['HDF-8', HDF],
    ]),
    { cutTimeLimitMs: 100, maxPiecesPerCut: { linear: 1000, sheet: 1000 }, remnants },
  );
  const infos = new Map<string, PatternPartInfo>(
    parts.map((p) => [
      p.ref,
      {
        ref: p.ref,
        component: p.component,
        orderNo: 'SO-1',
        lineNo: 1,
        room: '主卧',
        finish: null,
        handing: null,
        endCuts: null,
      },
    ]),
  );
  const allowances = new Map([
    ['CASING-60', { trim: 5, kerf: 4 }],
    ['HDF-8', { trim: 5, kerf: 4 }],
  ]);
  return { cutPlans, patterns: cutPatterns(cutPlans, infos, allowances) };
}

describe('the cut list exports of a run that cuts remnants (余料)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mendao-remnant-exports-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the plans do cut from remnants: patterns name the item and take its size, apart from new stock', async () => {
    const { cutPlans, patterns } = await remnantRun();
    const fromRemnant = cutPlans.flatMap((p): { stockIndex: number }[] =>
      p.kind === 'linear'
        ? p.plan.bars.filter((b) => b.stockIndex === -1)
        : p.plan.layouts.filter((l) => l.stockIndex === -1),
    );
    expect(fromRemnant.length).toBeGreaterThanOrEqual(2);
    expect(patterns.filter((p) => p.fromRemnant).map((p) => [p.fromRemnant, p.stockSize])).toEqual([
      ['CASING-60-R1850', [1850]],
      ['HDF-8-R440x1210', [440, 1210]],
    ]);
    expect(patterns.filter((p) => !p.fromRemnant).map((p) => p.stockSize)).toEqual(
      expect.arrayContaining([[2750], [1220, 2440]]),
    );
    for (const pattern of patterns.filter((p) => p.fromRemnant)) {
      expect(patternSvg(pattern)).toContain(`余料 remnant ${pattern.fromRemnant} ${pattern.stockSize.join('×')} mm`);
    }
  });

  it('writes the cut list .xlsx with the remnant item and its size on the pattern’s row', async () => {
    const { patterns } = await remnantRun();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await cutListXlsx(patterns)) as unknown as ArrayBuffer);
    const col = (key: string) => PATTERN_COLUMNS.findIndex((c) => c.key === key) + 1;
    const rows = workbook.worksheets[0].getSheetValues().slice(2) as unknown[][];
    expect(rows.map((r) => [r[col('no')], r[col('stockSize')], r[col('fromRemnant')]])).toEqual(
      patterns.map((p) => [p.no, p.stockSize.join('×'), p.fromRemnant ?? '']),
    );
  });

  it('prints the PDF without failing, each remnant pattern titled with its item and size', async () => {
    const { patterns } = await remnantRun();
    const pdf = join(dir, 'remnants.pdf');
    writeFileSync(pdf, await cutPatternsPdf(patterns, { subtitle: 'SO-1' }));
    const text = execFileSync('pdftotext', ['-raw', pdf, '-']).toString().replace(/\s+/g, ' ');
    expect(text).toContain('余料 remnant CASING-60-R1850 1850 mm');
    expect(text).toContain('余料 remnant HDF-8-R440x1210 440×1210 mm');
    expect(text).toContain('原料 bar 2750 mm');
  });
});
