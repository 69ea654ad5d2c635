import type { INestApplicationContext } from '@nestjs/common';
import { PermanentJobError } from '@mendao/platform';
import { createTestDatabase, makeFactory, type TestDatabase, testRuntime } from '@mendao/platform/testing';
import { MaterialsService } from './materials.service';
import { OrdersService } from './orders.service';
import { SplitRunProcessor } from './split-run.processor';
import { SplitRunsRepository } from './split-runs.repository';
import { SplitRunsService } from './split-runs.service';
import {
  asFactory,
  fakeJobContext,
  loadDemoCatalogue,
  makeOrder,
  makeOrderLine,
  startSplittingContext,
} from './testing';

/** A split cuts from the latest material versions, every stock size of each, and records what it used. */
describe('a split and the material versions it cuts from', () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let factoryId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await startSplittingContext(testRuntime(db.url));
    factoryId = (await makeFactory(app, 'MS')).id;
    await loadDemoCatalogue(app, factoryId);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const as = <T>(work: () => Promise<T>) => asFactory(app, factoryId, work);
  const materials = () => app.get(MaterialsService);
  const runs = () => app.get(SplitRunsService);
  /** The run's own row: the job of record is not consumed here, so its live status stays queued. */
  const runRow = async (id: string) => {
    const row = await as(() => app.get(SplitRunsRepository).findById(id));
    if (!row) throw new Error(`run ${id} not saved`);
    return row;
  };

  async function split(): Promise<string> {
    return as(async () => {
      const order = await app.get(OrdersService).create(makeOrder({ lines: [makeOrderLine({ quantity: 2 })] }));
      await app.get(OrdersService).confirm(order.id);
      const run = await runs().create([order.id]);
      await app.get(SplitRunProcessor).run({ splitRunId: run.id }, fakeJobContext(factoryId));
      return run.id;
    });
  }

  it('cuts stiles from the second stock size when the first is too short, and records version 2 of LVL-40', async () => {
    // a stile (over 1,900 mm) cannot come from a 1,500 bar: the split succeeds only if the solver gets both sizes
    const lvl = await as(() => materials().patch('LVL-40', { stockSizes: [{ length: 1500 }, { length: 2700 }] }));
    expect(lvl).toMatchObject({ version: 2, stockLength: 1500 });
    const runId = await split();

    const run = await runRow(runId);
    expect(run.status).toBe('succeeded');
    expect(run.summary?.materialVersions).toMatchObject({ 'LVL-40': 2, 'HDF-8': 1, 'JAMB-BOARD': 1 });
    const required = await as(() => runs().materials(runId));
    expect(required.find((m) => m.material === 'LVL-40')).toMatchObject({ version: 2, unit: 'm' });
    expect(required.find((m) => m.material === 'HDF-8')).toMatchObject({ version: 1, unit: 'm2' });
    for (const m of required) expect(m.quantity).toBeGreaterThan(0);

    const parts = (await as(() => runs().parts(runId, 1000))).items;
    const widthOf = new Map(parts.map((p) => [p.ref, p.width]));
    const lvlPlans = (await as(() => runs().cutPlans(runId))).filter((p) => p.material === 'LVL-40');
    expect(lvlPlans.length).toBeGreaterThan(1);
    for (const plan of lvlPlans) {
      if (plan.kind !== 'linear') throw new Error('LVL-40 is cut as bars');
      // every piece of a ripped plan has the plan's rip width
      const widths = new Set(plan.plan.bars.flatMap((b) => b.cuts.map((c) => widthOf.get(c.id))));
      expect([...widths]).toEqual([plan.ripWidth]);
      for (const bar of plan.plan.bars) {
        expect(bar.stockLength).toBe(bar.stockIndex === 0 ? 1500 : 2700);
        if (bar.cuts.some((c) => c.length > 1490)) expect(bar.stockIndex).toBe(1);
      }
    }
    expect(lvlPlans.flatMap((p) => (p.kind === 'linear' ? p.plan.bars : [])).some((b) => b.stockIndex === 1)).toBe(
      true,
    );

    // a later version changes the next split only
    await as(() => materials().patch('LVL-40', { stockSizes: [{ length: 2700 }] }));
    const next = await split();
    expect((await runRow(next)).summary?.materialVersions).toMatchObject({ 'LVL-40': 3 });
    expect((await as(() => runs().materials(runId))).find((m) => m.material === 'LVL-40')?.version).toBe(2);
  });

  it('fails a split whose fixed-profile casing does not fit its parts, naming the material and the part', async () => {
    await as(() => materials().patch('CASING-60', { width: 70 }));
    const runId = await as(async () => {
      const order = await app.get(OrdersService).create(makeOrder({ lines: [makeOrderLine()] }));
      await app.get(OrdersService).confirm(order.id);
      return (await runs().create([order.id])).id;
    });
    const failure = as(() => app.get(SplitRunProcessor).run({ splitRunId: runId }, fakeJobContext(factoryId)));
    await expect(failure).rejects.toThrow(PermanentJobError);
    const run = await runRow(runId);
    expect(run.status).toBe('failed');
    expect(run.error).toMatch(
      /material CASING-60: part ".+" \(.+\) is 60 × 12 mm, but the fixed profile is 70 × 12 mm/,
    );
    await as(() => materials().patch('CASING-60', { width: 60 }));
  });
});
