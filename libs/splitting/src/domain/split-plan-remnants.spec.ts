import { validateLinearPlan, validateSheetPlan } from '@mendao/cutting';
import type { MaterialSpec } from './material';
import { planMaterials, type PlannedPart, type RemnantOffer, remnantUseOf, type SplitOptions } from './split-plan';
import { CASING_SPEC as CASING, HDF_SPEC as HDF } from './fixtures/material-specs';

const OPTIONS: SplitOptions = { cutTimeLimitMs: 100, maxPiecesPerCut: { linear: 20_000, sheet: 5_000 } };

let seq = 0;
function makePart(overrides: Partial<PlannedPart> = {}): PlannedPart {
  seq += 1;
  return {
    component: '门套线 casing',
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
    ref: `SO-1-1-${seq}`,
    orderId: 'o1',
    lineId: 'l1',
    productVersion: 1,
    ...overrides,
  } as PlannedPart;
}

const specs = (...list: MaterialSpec[]) => new Map(list.map((m) => [m.code, m]));

describe('a split taking remnants (余料) in stock first', () => {
  it('cuts from the offered remnant bars before new bars, names them by ref and counts the new bars saved', async () => {
    // six 900 mm pieces: three per new 2750 mm bar (2 × 5 trim + 3 × 900 + 2 × 4 kerf = 2718), so two bars; two
    // remnants of 1850 mm carry two pieces each, leaving one new bar for the other two
    const parts = [makePart()];
    const remnants: RemnantOffer[] = [
      { item: 'CASING-60-R1850', material: 'CASING-60', length: 1850, quantity: 2, cost: 0 },
      { item: 'HDF-8-R500x900', material: 'HDF-8', length: 900, width: 500, quantity: 1, cost: 0 },
    ];
    const without = await planMaterials(parts, specs(CASING), OPTIONS);
    const withRemnants = await planMaterials(parts, specs(CASING), { ...OPTIONS, remnants });

    const [plan] = withRemnants.cutPlans;
    if (plan.kind !== 'linear') throw new Error('a casing is cut as bars');
    const fromRemnants = plan.plan.bars.filter((b) => b.ref === 'CASING-60-R1850');
    expect(fromRemnants).toHaveLength(2);
    expect(fromRemnants.every((b) => b.stockLength === 1850 && b.stockIndex === -1)).toBe(true);
    expect(plan.plan.bars.filter((b) => !b.ref).every((b) => b.stockIndex === 0 && b.stockLength === 2750)).toBe(true);
    const request = {
      stock: [{ length: 1850, quantity: 2, ref: 'CASING-60-R1850' }, { length: 2750 }],
      kerf: 4,
      trim: 5,
      minOffcut: 300,
      items: parts.map((p) => ({ id: p.ref, length: p.length, quantity: p.quantity })),
    };
    const remapped = { ...plan.plan, bars: plan.plan.bars.map((b) => ({ ...b, stockIndex: b.ref ? 0 : 1 })) };
    expect(validateLinearPlan(request, remapped)).toEqual([]);

    const [requirement] = withRemnants.requirements;
    expect(requirement.remnantsUsed).toBe(2);
    expect(without.requirements[0]).toMatchObject({ stockUsed: 2, remnantsUsed: 0 });
    expect(requirement.stockUsed).toBe(1);
    expect(withRemnants.remnantSaving).toEqual([{ material: 'CASING-60', remnantsUsed: 2, stockNotUsed: 1 }]);
    expect(remnantUseOf(withRemnants.cutPlans)).toEqual([
      { item: 'CASING-60-R1850', material: 'CASING-60', quantity: 2 },
    ]);
  });

  it('never cuts more pieces of a remnant than are offered, across the batches of a material', async () => {
    const parts = [makePart({ quantity: 3 }), makePart({ quantity: 3 })];
    const remnants: RemnantOffer[] = [
      { item: 'CASING-60-R1850', material: 'CASING-60', length: 1850, quantity: 1, cost: 0 },
    ];
    const { cutPlans, requirements } = await planMaterials(parts, specs(CASING), {
      ...OPTIONS,
      maxPiecesPerCut: { linear: 3, sheet: 5_000 },
      remnants,
    });
    expect(cutPlans).toHaveLength(2);
    expect(remnantUseOf(cutPlans)).toEqual([{ item: 'CASING-60-R1850', material: 'CASING-60', quantity: 1 }]);
    expect(requirements[0].remnantsUsed).toBe(1);
  });

  it('lays sheet parts on a remnant sheet (its long side with the grain) before a new sheet', async () => {
    const panel = makePart({
      material: 'HDF-8',
      cutKind: 'sheet',
      length: 800,
      width: 400,
      thickness: 8,
      quantity: 1,
      grain: 'length',
    });
    const remnants: RemnantOffer[] = [
      { item: 'HDF-8-R440x1210', material: 'HDF-8', length: 1210, width: 440, quantity: 1, cost: 0 },
    ];
    const { cutPlans, requirements, remnantSaving } = await planMaterials([panel], specs(HDF), {
      ...OPTIONS,
      remnants,
    });
    const [plan] = cutPlans;
    if (plan.kind !== 'sheet') throw new Error('HDF is cut as sheets');
    expect(plan.plan.layouts).toHaveLength(1);
    expect(plan.plan.layouts[0]).toMatchObject({ ref: 'HDF-8-R440x1210', width: 440, height: 1210, stockIndex: -1 });
    const request = {
      sheets: [{ width: 440, height: 1210, quantity: 1, ref: 'HDF-8-R440x1210' }],
      kerf: 4,
      trim: 5,
      minOffcut: 200,
      items: [{ id: panel.ref, width: 400, height: 800, quantity: 1, rotatable: false }],
    };
    expect(validateSheetPlan(request, { ...plan.plan, layouts: [{ ...plan.plan.layouts[0], stockIndex: 0 }] })).toEqual(
      [],
    );
    expect(requirements[0]).toMatchObject({ stockUsed: 0, remnantsUsed: 1 });
    expect(remnantSaving).toEqual([{ material: 'HDF-8', remnantsUsed: 1, stockNotUsed: 1 }]);
  });

  it('cuts new stock only when no remnant of the material is offered', async () => {
    const { requirements, remnantSaving } = await planMaterials([makePart()], specs(CASING), OPTIONS);
    expect(requirements[0].remnantsUsed).toBe(0);
    expect(remnantSaving).toEqual([]);
  });
});

describe('remnants of a ripped bar material keep their rip width', () => {
  const LVL: MaterialSpec = {
    code: 'LVL-40',
    version: 1,
    cutKind: 'linear',
    unit: 'm',
    profile: 'rip',
    width: null,
    thickness: 40,
    stockSizes: [{ length: 2700 }],
    kerf: 4,
    trim: 5,
    minRemnant: 300,
  };
  const stile = (width: number, thickness = 40) =>
    makePart({ material: 'LVL-40', component: '门边 stile', width, thickness, length: 600, quantity: 1 });
  const strip = (width: number | null, extra: Partial<RemnantOffer> = {}): RemnantOffer => ({
    item: width === null ? 'LVL-40-R619' : `LVL-40-R${width}x619`,
    material: 'LVL-40',
    length: 619,
    width,
    quantity: 1,
    cost: 0,
    ...extra,
  });
  const usedBy = async (parts: PlannedPart[], remnants: RemnantOffer[]) =>
    remnantUseOf((await planMaterials(parts, specs(LVL), { ...OPTIONS, remnants })).cutPlans);

  it('a 120 mm strip is not cut for a 150 mm rip group, and is for a 120 mm one', async () => {
    expect(await usedBy([stile(150)], [strip(120)])).toEqual([]);
    expect(await usedBy([stile(120)], [strip(120)])).toEqual([
      { item: 'LVL-40-R120x619', material: 'LVL-40', quantity: 1 },
    ]);
  });

  it('goes to the group of its width when the material is cut to several widths', async () => {
    const { cutPlans } = await planMaterials([stile(150), stile(120)], specs(LVL), {
      ...OPTIONS,
      remnants: [strip(120)],
    });
    const fromStrip = cutPlans.filter((c) => c.kind === 'linear' && c.plan.bars.some((b) => b.ref));
    expect(fromStrip.map((c) => c.ripWidth)).toEqual([120]);
  });

  it('a full-width offcut (no width) is ripped for any width; a strip of another thickness is not used', async () => {
    expect(await usedBy([stile(150)], [strip(null)])).toEqual([
      { item: 'LVL-40-R619', material: 'LVL-40', quantity: 1 },
    ]);
    expect(await usedBy([stile(120, 40)], [strip(120, { thickness: 36 })])).toEqual([]);
  });

  it('a fixed profile takes remnants of its own section only', async () => {
    const casing = (width: number | null) => ({
      item: `C-${width}`,
      material: 'CASING-60',
      length: 1850,
      width,
      quantity: 1,
      cost: 0,
    });
    const used = async (offer: RemnantOffer) =>
      remnantUseOf((await planMaterials([makePart()], specs(CASING), { ...OPTIONS, remnants: [offer] })).cutPlans);
    expect(await used(casing(80))).toEqual([]);
    expect(await used(casing(60))).toEqual([{ item: 'C-60', material: 'CASING-60', quantity: 1 }]);
    expect(await used(casing(null))).toEqual([{ item: 'C-null', material: 'CASING-60', quantity: 1 }]);
  });
});
