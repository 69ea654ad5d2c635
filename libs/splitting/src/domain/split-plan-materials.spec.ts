import { validateLinearPlan } from '@mendao/cutting';
import type { MaterialSpec } from './material';
import {
  linearGroups,
  MaterialSetupError,
  planMaterials,
  remnantsOf,
  type PlannedPart,
  type SplitOptions,
} from './split-plan';

const OPTIONS: SplitOptions = { cutTimeLimitMs: 200, maxPiecesPerCut: { linear: 20_000, sheet: 5_000 } };

let seq = 0;
function makePart(overrides: Partial<PlannedPart> = {}): PlannedPart {
  seq += 1;
  return {
    component: '门边 stile',
    kind: 'stile',
    material: 'LVL-40',
    length: 2064,
    width: 120,
    thickness: 40,
    perDoor: 2,
    quantity: 2,
    cutKind: 'linear',
    grain: 'length',
    route: ['cutting'],
    packageGroup: 'leaf',
    ref: `SO-1-1-${seq}`,
    orderId: 'o1',
    lineId: 'l1',
    productVersion: 1,
    ...overrides,
  } as PlannedPart;
}

function makeSpec(overrides: Partial<MaterialSpec> = {}): MaterialSpec {
  return {
    code: 'LVL-40',
    version: 3,
    cutKind: 'linear',
    unit: 'm',
    profile: 'rip',
    width: null,
    thickness: 40,
    stockSizes: [{ length: 2700 }],
    kerf: 4,
    trim: 5,
    ...overrides,
  };
}

const specs = (...list: MaterialSpec[]) => new Map(list.map((m) => [m.code, m]));

describe('material planning of a split (planMaterials)', () => {
  it('cuts a ripped bar per width and thickness, narrowest first, each plan naming its rip width', async () => {
    const stiles = makePart({ width: 120, quantity: 4 });
    const topRails = makePart({ component: '上帽头 top rail', length: 560, width: 150, quantity: 2 });
    const bottomRails = makePart({ component: '下帽头 bottom rail', length: 560, width: 200, quantity: 2 });
    const midRail = makePart({ component: '中档 mid rail', length: 560, width: 120, quantity: 1 });
    const { cutPlans, requirements } = await planMaterials(
      [stiles, topRails, bottomRails, midRail],
      specs(makeSpec()),
      OPTIONS,
    );
    expect(cutPlans.map((p) => [p.n, p.material, p.ripWidth, p.thickness])).toEqual([
      [1, 'LVL-40', 120, 40],
      [2, 'LVL-40', 150, 40],
      [3, 'LVL-40', 200, 40],
    ]);
    const ids = (n: number) => {
      const plan = cutPlans[n];
      if (plan.kind !== 'linear') throw new Error('a bar plan');
      return [...new Set(plan.plan.bars.flatMap((b) => b.cuts.map((c) => c.id)))].sort();
    };
    // a 120 stile never shares a bar with a 150 or 200 rail
    expect(ids(0)).toEqual([stiles.ref, midRail.ref].sort());
    expect(ids(1)).toEqual([topRails.ref]);
    expect(ids(2)).toEqual([bottomRails.ref]);
    expect(requirements).toEqual([
      expect.objectContaining({
        material: 'LVL-40',
        unit: 'm',
        version: 3,
        pieces: 9,
        // (2064×4 + 560×5) / 1000
        quantity: 11.056,
        stockUsed: cutPlans.reduce((s, p) => s + (p.kind === 'linear' ? p.plan.totals.bars : 0), 0),
      }),
    ]);
  });

  it('groups parts of the same width but another thickness apart', () => {
    const groups = linearGroups(makeSpec(), [makePart({ thickness: 40 }), makePart({ thickness: 25 })]);
    expect(groups.map((g) => [g.ripWidth, g.thickness, g.parts.length])).toEqual([
      [120, 25, 1],
      [120, 40, 1],
    ]);
  });

  it('cuts a fixed profile as one group, and refuses a part of another width naming the part and the material', async () => {
    const casing = makeSpec({ code: 'CASING-60', profile: 'fixed', width: 60, thickness: 12 });
    const legs = makePart({ material: 'CASING-60', component: '门套线 casing', width: 60, thickness: 12 });
    const plan = await planMaterials([legs], specs(casing), OPTIONS);
    expect(plan.cutPlans.map((p) => [p.ripWidth, p.thickness])).toEqual([[null, 12]]);

    const wide = makePart({ material: 'CASING-60', component: '门套线 casing', width: 80, thickness: 12 });
    const failure = planMaterials([legs, wide], specs(casing), OPTIONS);
    await expect(failure).rejects.toThrow(MaterialSetupError);
    await expect(failure).rejects.toThrow(
      new RegExp(
        `material CASING-60: part "门套线 casing" \\(${wide.ref}\\) is 80 × 12 mm, but the fixed profile is 60 × 12`,
      ),
    );
  });

  it('offers every stock size, with its cost and limited quantity, to the solver; bars say which size they are', async () => {
    // 1,400 mm pieces: two fit a 3,000 bar (after trim and kerf) but not a 2,700 one
    const spec = makeSpec({
      stockSizes: [
        { length: 2700, cost: 10 },
        { length: 3000, cost: 11, quantity: 2 },
      ],
      kerf: 4,
      trim: 5,
    });
    const parts = [makePart({ length: 1400, quantity: 6 })];
    const { cutPlans } = await planMaterials(parts, specs(spec), OPTIONS);
    const plan = cutPlans[0];
    if (plan.kind !== 'linear') throw new Error('a bar plan');
    const used = plan.plan.bars.map((b) => [b.stockIndex, b.stockLength]);
    // the two limited 3,000 bars carry two pieces each; the rest come from 2,700 bars, one piece each
    expect(used.filter(([i]) => i === 1)).toEqual([
      [1, 3000],
      [1, 3000],
    ]);
    expect(used.filter(([i]) => i === 0)).toEqual([
      [0, 2700],
      [0, 2700],
    ]);
    expect(
      validateLinearPlan(
        {
          stock: spec.stockSizes.map(({ length, cost, quantity }) => ({
            length,
            ...(cost !== undefined && cost !== null ? { cost } : {}),
            ...(quantity !== undefined && quantity !== null ? { quantity } : {}),
          })),
          kerf: 4,
          trim: 5,
          items: parts.map((p) => ({ id: p.ref, length: p.length, quantity: p.quantity })),
        },
        plan.plan,
      ),
    ).toEqual([]);
  });

  it('shares a limited stock size between the rip widths: what one group used, the next cannot', async () => {
    const spec = makeSpec({ stockSizes: [{ length: 2700, quantity: 3 }] });
    const parts = [makePart({ width: 120, quantity: 2 }), makePart({ width: 150, quantity: 2 })];
    // one 2,064 piece per bar: four bars needed, three exist
    await expect(planMaterials(parts, specs(spec), OPTIONS)).rejects.toThrow(/LVL-40|stock/);
    const enough = await planMaterials(parts, specs({ ...spec, stockSizes: [{ length: 2700, quantity: 4 }] }), OPTIONS);
    expect(enough.requirements[0].stockUsed).toBe(4);
  });

  it('offers every sheet size to the sheet solver and keeps each layout’s size index', async () => {
    const hdf = makeSpec({
      code: 'HDF-8',
      cutKind: 'sheet',
      unit: 'm2',
      profile: null,
      thickness: 8,
      stockSizes: [
        { length: 2440, width: 1220, quantity: 1 },
        { length: 2745, width: 1220 },
      ],
    });
    const skins = makePart({
      material: 'HDF-8',
      cutKind: 'sheet',
      grain: 'length',
      length: 2050,
      width: 800,
      thickness: 8,
      quantity: 3,
    });
    const { cutPlans, requirements } = await planMaterials([skins], specs(hdf), OPTIONS);
    const plan = cutPlans[0];
    if (plan.kind !== 'sheet') throw new Error('a sheet plan');
    expect(plan.ripWidth).toBeNull();
    expect(plan.thickness).toBe(8);
    expect(plan.plan.layouts.filter((l) => l.stockIndex === 0)).toHaveLength(1);
    expect(plan.plan.layouts.every((l) => (l.stockIndex === 0 ? l.height === 2440 : l.height === 2745))).toBe(true);
    // 2050 × 800 × 3 / 10⁶
    expect(requirements[0]).toMatchObject({ unit: 'm2', quantity: 4.92, version: 3, cutKind: 'sheet' });
  });

  it('gives uncut material in its unit, and an undefined one in pieces with no version', async () => {
    const veneer = makeSpec({
      code: 'VENEER-胡桃木',
      cutKind: 'none',
      unit: 'm2',
      profile: null,
      stockSizes: [],
      version: 2,
    });
    const parts = [
      makePart({ material: 'VENEER-胡桃木', cutKind: 'none', length: 2050, width: 800, quantity: 4 }),
      makePart({ material: 'HINGE-4', cutKind: 'none', length: 0, width: 0, quantity: 6 }),
    ];
    const { requirements, cutPlans } = await planMaterials(parts, specs(veneer), OPTIONS);
    expect(cutPlans).toEqual([]);
    expect(requirements.map((r) => [r.material, r.unit, r.quantity, r.version, r.stockUsed, r.yield])).toEqual([
      ['HINGE-4', 'pcs', 6, null, 0, null],
      // 2050 × 800 × 4 / 10⁶
      ['VENEER-胡桃木', 'm2', 6.56, 2, 0, null],
    ]);
  });

  it('adds the banded edges of each part in metres per band material', async () => {
    const band = makeSpec({
      code: 'EDGE-PVC-22',
      cutKind: 'none',
      unit: 'm',
      profile: null,
      stockSizes: [],
      version: 1,
    });
    const leaf = makePart({
      material: 'HDF-8',
      cutKind: 'none',
      length: 2050,
      width: 800,
      quantity: 3,
      edgeBanding: { L1: 'EDGE-PVC-22', L2: 'EDGE-PVC-22', W1: 'EDGE-PVC-22', W2: 'EDGE-ABS-1' },
    });
    const { requirements } = await planMaterials([leaf], specs(band), OPTIONS);
    expect(requirements.map((r) => [r.material, r.unit, r.quantity, r.version])).toEqual([
      // an undefined band is still counted in metres: W2 = 800 × 3
      ['EDGE-ABS-1', 'm', 2.4, null],
      // (2050 + 2050 + 800) × 3 / 1000
      ['EDGE-PVC-22', 'm', 14.7, 1],
      ['HDF-8', 'pcs', 3, null],
    ]);
  });

  it('refuses an edge band whose material is not counted in metres', async () => {
    const band = makeSpec({ code: 'EDGE-PVC-22', cutKind: 'none', unit: 'pcs', profile: null, stockSizes: [] });
    const leaf = makePart({
      cutKind: 'none',
      material: 'X',
      edgeBanding: { L1: 'EDGE-PVC-22' },
    });
    await expect(planMaterials([leaf], specs(band), OPTIONS)).rejects.toThrow(
      /material EDGE-PVC-22: is an edge band but counted in pcs/,
    );
  });
});

describe('remnants (余料): offcuts at or above the material’s minimum are kept, the rest is waste', () => {
  it('reports a bar’s offcut as a remnant when it is long enough, and none for a material without a minimum', async () => {
    const stile = makePart({ length: 2064, quantity: 1 });
    const kept = await planMaterials([stile], specs(makeSpec({ minRemnant: 300 })), OPTIONS);
    const plan = kept.cutPlans[0];
    if (plan.kind !== 'linear') throw new Error('a bar plan');
    // 2700 − 2 × 5 trim − 2064 − 4 kerf = 622 mm left: at least 300, so a remnant
    expect(plan.plan.bars[0].remnant).toBeGreaterThanOrEqual(300);
    expect(remnantsOf(kept.cutPlans)).toEqual([
      { material: 'LVL-40', pieces: 1, length: plan.plan.bars[0].remnant, area: 0 },
    ]);
    const short = await planMaterials([stile], specs(makeSpec({ minRemnant: 1000 })), OPTIONS);
    expect(remnantsOf(short.cutPlans)).toEqual([]);
    const none = await planMaterials([stile], specs(makeSpec()), OPTIONS);
    expect(remnantsOf(none.cutPlans)).toEqual([]);
  });

  it('reports a sheet’s offcuts whose both sides reach the minimum', async () => {
    const skin = makePart({
      material: 'HDF-8',
      cutKind: 'sheet',
      grain: 'free',
      length: 2000,
      width: 800,
      thickness: 8,
      quantity: 1,
    });
    const sheet = makeSpec({
      code: 'HDF-8',
      cutKind: 'sheet',
      unit: 'm2',
      profile: null,
      thickness: 8,
      stockSizes: [{ length: 2440, width: 1220 }],
      minRemnant: 200,
    });
    const { cutPlans } = await planMaterials([skin], specs(sheet), OPTIONS);
    const [summary] = remnantsOf(cutPlans);
    expect(summary.material).toBe('HDF-8');
    expect(summary.pieces).toBeGreaterThan(0);
    const rects = cutPlans.flatMap((p) => (p.kind === 'sheet' ? p.plan.layouts.flatMap((l) => l.remnants) : []));
    expect(rects.every((r) => r.width >= 200 && r.height >= 200)).toBe(true);
    expect(summary.area).toBe(rects.reduce((s, r) => s + r.width * r.height, 0));
  });
});
