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
  /** The last serial the instance's one sequence gave (0 before any). */
  const lastSerial = async () =>
    Number(
      (
        await sql<{ last: string }>(
          'SELECT CASE WHEN is_called THEN last_value ELSE 0 END AS last FROM package_serial_seq',
        )
      )[0].last,
    );

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
    expect(await lastSerial()).toBe(packages.length);
  });

  it('a re-split of an order makes new codes, never one given before; the serial goes on', async () => {
    const { orderId, runId } = await queuedRun(factoryId);
    await process(factoryId, runId);
    const before = (await packagesOf(factoryId, runId)).map((p) => p.barcode);
    const lastBefore = await lastSerial();

    const again = await asFactory(app, factoryId, () => app.get(SplitRunsService).create([orderId]));
    await process(factoryId, again.id);
    const after = (await packagesOf(factoryId, again.id)).map((p) => p.barcode);
    expect(after).toHaveLength(before.length);
    expect(after.filter((code) => before.includes(code))).toEqual([]);
    expect(after.map(packageSerial)).toEqual(after.map((_, i) => lastBefore + i + 1));
    // the previous run's packages of the order are gone: one set of codes per order
    expect(await packagesOf(factoryId, runId)).toEqual([]);
  });

  it('numbers the whole instance from one sequence: another factory goes on after it, no code names two packages', async () => {
    const last = await lastSerial();
    const { runId } = await queuedRun(otherFactoryId);
    await process(otherFactoryId, runId);
    const theirs = (await packagesOf(otherFactoryId, runId)).map((p) => p.barcode);
    expect(theirs[0]).toBe(packageCode(last + 1));
    const codes = await sql<{ barcode: string }>(
      `SELECT barcode FROM door_package WHERE factory_id = ANY($1::uuid[])`,
      [[factoryId, otherFactoryId]],
    );
    expect(new Set(codes.map((c) => c.barcode)).size).toBe(codes.length);
  });

  it('six runs of two factories saving at once: every code distinct, each run in door order', async () => {
    const first = (await lastSerial()) + 1;
    const factories = Array.from({ length: 6 }, (_, i) => (i % 2 === 0 ? factoryId : otherFactoryId));
    const queued = await Promise.all(factories.map((factory, i) => queuedRun(factory, 2 + (i % 3))));
    await Promise.all(queued.map(({ runId }, i) => process(factories[i], runId)));
    const runs = await Promise.all(queued.map(({ runId }, i) => packagesOf(factories[i], runId)));
    const codes = runs.flat().map((p) => p.barcode);
    expect(new Set(codes).size).toBe(codes.length);
    for (const run of runs) {
      const serials = run.map((p) => packageSerial(p.barcode) ?? NaN);
      expect(serials).toEqual([...serials].sort((a, b) => a - b));
      expect(Math.min(...serials)).toBeGreaterThanOrEqual(first);
    }
    expect(await lastSerial()).toBeGreaterThanOrEqual(first + codes.length - 1);
  });

  it('a save does not wait for another save still open: the two take distinct serials', async () => {
    const a = await queuedRun(factoryId);
    const b = await queuedRun(factoryId);
    const repository = app.get(SplitRunsRepository);
    const run = (id: string) => asFactory(app, factoryId, async () => (await repository.findById(id))!);
    const [runA, runB] = await Promise.all([run(a.runId), run(b.runId)]);
    const plan = (orderId: string, count: number): SplitPlan => ({
      ...emptyPlan(),
      packages: Array.from({ length: count }, (_, i) => planned(orderId, i + 1, count)),
    });
    const start = (await lastSerial()) + 1;

    await asFactory(app, factoryId, () =>
      app.get(FactoryScope).transaction(async (m) => {
        await repository.replaceResults(runA, plan(a.orderId, 3), m);
        // B saves and commits while A is still open: a sequence locks nothing until commit
        await asFactory(app, factoryId, () =>
          app.get(FactoryScope).transaction((n) => repository.replaceResults(runB, plan(b.orderId, 4), n)),
        );
      }),
    );
    const codesA = (await packagesOf(factoryId, a.runId)).map((p) => packageSerial(p.barcode));
    const codesB = (await packagesOf(factoryId, b.runId)).map((p) => packageSerial(p.barcode));
    expect(codesA).toEqual([start, start + 1, start + 2]);
    expect(codesB).toEqual([start + 3, start + 4, start + 5, start + 6]);
  });

  it('a save that rolls back burns its serials: they are never given again', async () => {
    const { orderId, runId } = await queuedRun(factoryId);
    const repository = app.get(SplitRunsRepository);
    const before = await lastSerial();
    await expect(
      asFactory(app, factoryId, () =>
        app.get(FactoryScope).transaction(async (m) => {
          const run = (await repository.findById(runId, m))!;
          await repository.replaceResults(run, { ...emptyPlan(), packages: [planned(orderId, 1, 1)] }, m);
          throw new Error('the save failed after the codes were taken');
        }),
      ),
    ).rejects.toThrow('the save failed');
    expect(await lastSerial()).toBe(before + 1);
    await process(factoryId, runId);
    const saved = (await packagesOf(factoryId, runId)).map((p) => packageSerial(p.barcode));
    expect(saved[0]).toBe(before + 2);
  });
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
