import { DEMO_MATERIALS, DEMO_PRODUCTS } from './demo-catalogue';
import { resolveLine, type LineInput } from './door-line';
import { checkMaterial, type MaterialSpec } from './material';
import { planSplit, type SplitLine } from './split-plan';

/** The demo materials as a split reads them, version 1 each. */
const SPECS = new Map<string, MaterialSpec>(
  DEMO_MATERIALS.map((m) => [
    m.code,
    {
      code: m.code,
      version: 1,
      cutKind: m.cutKind,
      unit: m.unit,
      profile: m.profile ?? null,
      width: m.width ?? null,
      thickness: m.thickness,
      stockSizes: m.stockSizes,
      kerf: m.kerf,
      trim: m.trim,
    },
  ]),
);

let lineNo = 0;
function line(code: string, input: Omit<LineInput, 'quantity'>): SplitLine {
  const product = DEMO_PRODUCTS.find((p) => p.code === code);
  if (!product) throw new Error(`no demo product ${code}`);
  const { door, problems } = resolveLine(product, { quantity: 2, ...input });
  expect(problems).toEqual([]);
  lineNo += 1;
  return { orderId: 'o1', orderNo: 'DEMO', lineId: `l${lineNo}`, lineNo, product, productVersion: 1, door };
}

describe('DEMO_MATERIALS', () => {
  it('keep their own rules: units fit the cut kinds, bars and sheets have stock sizes, fixed profiles a width', () => {
    for (const m of DEMO_MATERIALS) {
      const spec = SPECS.get(m.code) as MaterialSpec;
      expect({ code: m.code, problems: checkMaterial(spec) }).toEqual({ code: m.code, problems: [] });
      // the one-size shorthand repeats the first size, so a client may post either
      const first = m.stockSizes[0];
      expect([m.stockLength, m.sheetWidth, m.sheetLength]).toEqual(
        m.cutKind === 'linear'
          ? [first.length, null, null]
          : m.cutKind === 'sheet'
            ? [null, first.width, first.length]
            : [null, null, null],
      );
    }
  });

  it('set up every material the demo doors use: each door type splits, every requirement a defined version', async () => {
    const lines = [
      line('PD-LVL01', { width: 900, height: 2100, wallThickness: 120, finish: 'OAK', swing: 'left-in' }),
      line('PD-LVL01', {
        width: 1800,
        height: 2100,
        wallThickness: 240,
        finish: 'WHITE',
        swing: '右外开',
        options: { doorType: '双开', transom: '是' },
      }),
      line('PD-LVL01', {
        width: 1200,
        height: 2100,
        wallThickness: 120,
        masterWidth: 800,
        finish: 'WALNUT',
        swing: 'left-in',
        options: { doorType: 'unequal_pair' },
      }),
      line('PD-LVL01', {
        width: 1600,
        height: 2200,
        wallThickness: 100,
        finish: 'GREY',
        swing: '左推拉',
        options: { doorType: 'sliding' },
      }),
      line('PD-LVL01', {
        width: 1500,
        height: 2100,
        wallThickness: 200,
        finish: 'OAK',
        swing: '无',
        options: { doorType: '垭口', casing: '80' },
      }),
      line('PD-MY01', {
        width: 900,
        height: 2100,
        wallThickness: 120,
        finish: 'WHITE',
        swing: '左外开',
        options: { glass: true },
      }),
      line('PD-MY01', {
        width: 1500,
        height: 2100,
        wallThickness: 120,
        finish: 'GREY',
        swing: 'right-in',
        options: { doorType: 'double' },
      }),
    ];
    const plan = await planSplit(lines, SPECS, {
      cutTimeLimitMs: 100,
      maxPiecesPerCut: { linear: 20_000, sheet: 5_000 },
    });
    expect(plan.materials.filter((m) => m.version === null).map((m) => m.material)).toEqual([]);
    const units = Object.fromEntries(plan.materials.map((m) => [m.material, m.unit]));
    expect(units).toMatchObject({
      'LVL-40': 'm',
      'HDF-8': 'm2',
      'VENEER-OAK': 'm2',
      'VENEER-胡桃木': 'm2',
      'EDGE-PVC-22': 'm',
      'HINGE-4': 'pcs',
      'PAINT-WHITE': 'kg',
      'CASING-80': 'm',
    });
    // ripped bars are cut per width; fixed profiles in one plan of their own width
    const ripped = plan.cutPlans.filter((p) => p.material === 'JAMB-BOARD').map((p) => p.ripWidth);
    expect(ripped).toEqual(expect.arrayContaining([100, 120, 200, 240]));
    expect(plan.cutPlans.filter((p) => p.material === 'CASING-60').map((p) => p.ripWidth)).toEqual([null]);
  });
});
