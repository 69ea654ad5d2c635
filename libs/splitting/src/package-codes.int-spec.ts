import type { INestApplicationContext } from '@nestjs/common';
import { FactoryScope } from '@mendao/platform';
import { createTestDatabase, makeFactory, type TestDatabase, testRuntime } from '@mendao/platform/testing';
import { DataSource } from 'typeorm';
import { packageCode, packageSerial } from './domain/package-code';
import type { PlannedPackage } from './domain/packages';
import type { SplitPlan } from './domain/split-plan';
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

describe('package codes allocated at split-save', () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let factoryId: string;
  let otherFactoryId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await startSplittingContext(testRuntime(db.url));
    factoryId = (await makeFactory(app, 'PC')).id;
    otherFactoryId = (await makeFactory(app, 'PD')).id;
    await loadDemoCatalogue(app, factoryId);
    await loadDemoCatalogue(app, otherFactoryId);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const sql = <T>(text: string, values: unknown[] = []) => app.get(DataSource).query<T[]>(text, values);
  const lastSerial = async (factory: string) =>
    Number((await sql<{ last: string }>('SELECT last FROM package_serial WHERE factory_id = $1', [factory]))[0]?.last);

  /** A confirmed order of `doors` doors on two lines and a queued run over it. */
  const queuedRun = (factory: string, doors = 2) =>
    asFactory(app, factory, async () => {
      const orders = app.get(OrdersService);
      const order = await orders.create(
        makeOrder({ lines: [makeOrderLine({ quantity: doors - 1 }), makeOrderLine({ width: 800 })] }),
      );
      await orders.confirm(order.id);
      const run = await app.get(SplitRunsService).create([order.id]);
      return { orderId: order.id, runId: run.id };
    });
  const process = (factory: string, runId: string) =>
    asFactory(app, factory, () => app.get(SplitRunProcessor).run({ splitRunId: runId }, fakeJobContext(factory)));
  const packagesOf = (factory: string, runId: string) =>
    asFactory(app, factory, async () => (await app.get(SplitRunsService).packages(runId, 1000)).items);

  it('gives each package P + a serial + its check digit, in door order (line, door, k), listed in code order', async () => {
    const { runId } = await queuedRun(factoryId, 3);
    await process(factoryId, runId);
    const packages = await packagesOf(factoryId, runId);
    expect(packages.length).toBeGreaterThan(3);
    const serials = packages.map((p) => packageSerial(p.barcode));
    expect(serials).toEqual(packages.map((_, i) => i + 1));
    expect(packages[0].barcode).toBe('P0000000017');
    // the plan's door order is the code order: line 1's doors, door by door, k of n
    const lineNos = await asFactory(app, factoryId, async () => {
      const order = await app.get(OrdersService).get(packages[0].orderId);
      return new Map(order.lines.map((l) => [l.id, l.lineNo]));
    });
    const doorOrder = packages.map((p) => [lineNos.get(p.lineId), p.doorNo, p.k]);
    expect(doorOrder).toEqual(
      [...doorOrder].sort(
        (a, b) => Number(a[0]) - Number(b[0]) || Number(a[1]) - Number(b[1]) || Number(a[2]) - Number(b[2]),
      ),
    );
    expect(await lastSerial(factoryId)).toBe(packages.length);
  });

  it('a re-split of an order makes new codes, never one given before; the serial goes on', async () => {
    const { orderId, runId } = await queuedRun(factoryId);
    await process(factoryId, runId);
    const before = (await packagesOf(factoryId, runId)).map((p) => p.barcode);
    const lastBefore = await lastSerial(factoryId);

    const again = await asFactory(app, factoryId, () => app.get(SplitRunsService).create([orderId]));
    await process(factoryId, again.id);
    const after = (await packagesOf(factoryId, again.id)).map((p) => p.barcode);
    expect(after).toHaveLength(before.length);
    expect(after.filter((code) => before.includes(code))).toEqual([]);
    expect(after.map(packageSerial)).toEqual(after.map((_, i) => lastBefore + i + 1));
    // the previous run's packages of the order are gone: one set of codes per order
    expect(await packagesOf(factoryId, runId)).toEqual([]);
  });

  it('numbers each factory on its own: the first package of another factory is P0000000017 too', async () => {
    const { runId } = await queuedRun(otherFactoryId);
    await process(otherFactoryId, runId);
    expect((await packagesOf(otherFactoryId, runId))[0].barcode).toBe(packageCode(1));
  });

  it('six runs of one factory saving at once: every code distinct, the serials one unbroken range', async () => {
    const first = (await lastSerial(factoryId)) + 1;
    const queued = await Promise.all(Array.from({ length: 6 }, (_, i) => queuedRun(factoryId, 2 + (i % 3))));
    await Promise.all(queued.map(({ runId }) => process(factoryId, runId)));
    const codes = (await Promise.all(queued.map(({ runId }) => packagesOf(factoryId, runId))))
      .flat()
      .map((p) => p.barcode);
    expect(new Set(codes).size).toBe(codes.length);
    const serials = codes.map((code) => packageSerial(code) ?? NaN).sort((a, b) => a - b);
    expect(serials).toEqual(codes.map((_, i) => first + i));
    expect(await lastSerial(factoryId)).toBe(first + codes.length - 1);
  });

  it('a save waits for another save of the factory holding the counter, then takes the next range', async () => {
    const a = await queuedRun(factoryId);
    const b = await queuedRun(factoryId);
    const repository = app.get(SplitRunsRepository);
    const run = (id: string) => asFactory(app, factoryId, async () => (await repository.findById(id))!);
    const [runA, runB] = await Promise.all([run(a.runId), run(b.runId)]);
    const plan = (orderId: string, count: number): SplitPlan => ({
      ...emptyPlan(),
      packages: Array.from({ length: count }, (_, i) => planned(orderId, i + 1, count)),
    });
    const start = (await lastSerial(factoryId)) + 1;

    let saveB: Promise<void> | undefined;
    await asFactory(app, factoryId, () =>
      app.get(FactoryScope).transaction(async (m) => {
        await repository.replaceResults(runA, plan(a.orderId, 3), m);
        // B starts while A holds the factory's serial row: it must wait on A's lock
        saveB = asFactory(app, factoryId, () =>
          app.get(FactoryScope).transaction((n) => repository.replaceResults(runB, plan(b.orderId, 4), n)),
        );
        await waitForLockWait();
      }),
    );
    await saveB;
    const codesA = (await packagesOf(factoryId, a.runId)).map((p) => packageSerial(p.barcode));
    const codesB = (await packagesOf(factoryId, b.runId)).map((p) => packageSerial(p.barcode));
    expect(codesA).toEqual([start, start + 1, start + 2]);
    expect(codesB).toEqual([start + 3, start + 4, start + 5, start + 6]);
  });

  it('a save that rolls back gives its serials back (no label can carry them)', async () => {
    const { orderId, runId } = await queuedRun(factoryId);
    const repository = app.get(SplitRunsRepository);
    const before = await lastSerial(factoryId);
    await expect(
      asFactory(app, factoryId, () =>
        app.get(FactoryScope).transaction(async (m) => {
          const run = (await repository.findById(runId, m))!;
          await repository.replaceResults(run, { ...emptyPlan(), packages: [planned(orderId, 1, 1)] }, m);
          throw new Error('the save failed after the codes were taken');
        }),
      ),
    ).rejects.toThrow('the save failed');
    expect(await lastSerial(factoryId)).toBe(before);
  });

  /** Until a backend waits on a lock for an upsert of package_serial (the other save). */
  async function waitForLockWait(): Promise<void> {
    for (let tries = 0; tries < 500; tries += 1) {
      const waiting = await sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%package_serial%'`,
      );
      if (waiting[0].n > 0) return;
      await new Promise((resolve) => setImmediate(resolve));
    }
    throw new Error('the second save never waited for the first');
  }
});

function emptyPlan(): SplitPlan {
  return { parts: [], materials: [], cutPlans: [], workOrders: [], packages: [], remnantsUsed: [], remnantSaving: [] };
}

/** Package k of n of door 1 of an order's (made-up) line. */
function planned(orderId: string, k: number, n: number): PlannedPackage {
  return {
    orderId,
    lineId: '00000000-0000-4000-8000-000000000001',
    doorNo: 1,
    k,
    n,
    group: 'hardware',
    leafNo: null,
    handing: null,
    contents: [{ item: '五金包', itemEn: 'hardware kit', quantity: 1, unit: '包' }],
    parts: [],
  };
}
