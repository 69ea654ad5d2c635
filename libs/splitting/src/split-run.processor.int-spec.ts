import type { INestApplicationContext } from '@nestjs/common';
import { PermanentJobError } from '@mendao/platform';
import { createTestDatabase, makeFactory, type TestDatabase, testRuntime } from '@mendao/platform/testing';
import { DataSource } from 'typeorm';
import { OrdersService } from './orders.service';
import { SplitRunProcessor } from './split-run.processor';
import { SplitRunsService } from './split-runs.service';
import {
  asFactory,
  fakeJobContext,
  loadDemoCatalogue,
  makeOrder,
  makeOrderLine,
  startSplittingContext,
} from './testing';

describe(SplitRunProcessor.name, () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let factoryId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await startSplittingContext(testRuntime(db.url));
    factoryId = (await makeFactory(app, 'SP')).id;
    await loadDemoCatalogue(app, factoryId);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const as = <T>(work: () => Promise<T>) => asFactory(app, factoryId, work);
  const sql = (text: string, values: unknown[]) => app.get(DataSource).query(text, values);

  /** A confirmed order of two lines and a queued run over it (its job is not consumed: the test runs it). */
  async function queuedRun(): Promise<{ orderId: string; runId: string }> {
    return as(async () => {
      const order = await app.get(OrdersService).create(
        makeOrder({
          lines: [
            makeOrderLine({ quantity: 2 }),
            makeOrderLine({ width: 800, swing: '无', options: { doorType: 'cased_opening' } }),
          ],
        }),
      );
      await app.get(OrdersService).confirm(order.id);
      const run = await app.get(SplitRunsService).create([order.id]);
      return { orderId: order.id, runId: run.id };
    });
  }
  const process = (runId: string) =>
    as(() => app.get(SplitRunProcessor).run({ splitRunId: runId }, fakeJobContext(factoryId)));
  /** Everything a run saved, without row ids, in a stable order. */
  const results = (runId: string) =>
    as(async () => {
      const runs = app.get(SplitRunsService);
      const strip = <T extends { id?: string }>(rows: T[]) => rows.map(({ id: _id, ...rest }) => rest);
      return {
        parts: strip((await runs.parts(runId, 1000)).items),
        materials: await runs.materials(runId),
        workOrders: strip(await runs.workOrders(runId)),
        packages: strip((await runs.packages(runId, 1000)).items),
      };
    });
  const runRow = (runId: string) =>
    sql('SELECT status, error, summary IS NOT NULL AS has_summary FROM split_run WHERE id = $1', [runId]).then(
      (rows: unknown[]) => rows[0],
    );

  it("keeps a run's success when another execution of its job fails afterwards (a cancelled order): no overwrite", async () => {
    const { orderId, runId } = await queuedRun();
    // execution B starts, then, before it loads the orders, execution A runs to success and the planner cancels
    let first = true;
    const late: ReturnType<typeof fakeJobContext> = {
      ...fakeJobContext(factoryId),
      progress: async () => {
        if (!first) return;
        first = false;
        await process(runId);
        await as(() => app.get(OrdersService).cancel(orderId));
      },
    };
    const answer = await as(() => app.get(SplitRunProcessor).run({ splitRunId: runId }, late));
    expect(answer).toMatchObject({ orders: 1, doors: 3 });
    expect(await runRow(runId)).toEqual({ status: 'succeeded', error: null, has_summary: true });
  });

  it('splits a small order: parts and materials saved, the order split, the run succeeded with its summary', async () => {
    const { orderId, runId } = await queuedRun();
    const context = fakeJobContext(factoryId);
    const summary = await as(() => app.get(SplitRunProcessor).run({ splitRunId: runId }, context));
    expect(summary).toMatchObject({ orders: 1, lines: 2, doors: 3 });
    expect(context.reported.at(-1)).toBe(1);
    const saved = await results(runId);
    expect(saved.parts.length).toBeGreaterThan(0);
    expect(saved.parts.every((p) => p.orderId === orderId)).toBe(true);
    expect(saved.materials.map((m) => m.material)).toEqual(expect.arrayContaining(['LVL-40', 'HDF-8']));
    expect(saved.packages.length).toBeGreaterThan(0);
    expect(await runRow(runId)).toEqual({ status: 'succeeded', error: null, has_summary: true });
    const order = await as(() => app.get(OrdersService).get(orderId));
    expect(order).toMatchObject({ status: 'split', splitStale: false, lastSplitRunId: runId });
  });

  it('is idempotent: a finished run whose job comes back is left as it is, and a run restarted mid-way replaces its rows with the same ones', async () => {
    const { runId } = await queuedRun();
    const first = await process(runId);
    const saved = await results(runId);

    // the job comes back after the run was recorded (its worker died before marking the job done)
    expect(await process(runId)).toEqual(first);
    expect(await results(runId)).toEqual(saved);

    // the worker died mid-run: the run is still running and is computed and saved again, the same rows but for
    // the package codes, which a save always takes new (a rolled back save's were never seen: a real restart
    // finds none of its own)
    await sql(`UPDATE split_run SET status = 'running' WHERE id = $1`, [runId]);
    expect(await process(runId)).toEqual(first);
    const again = await results(runId);
    const uncoded = (r: typeof saved) => ({ ...r, packages: r.packages.map(({ barcode: _code, ...p }) => p) });
    expect(uncoded(again)).toEqual(uncoded(saved));
    expect(again.packages.filter((p) => saved.packages.some((q) => q.barcode === p.barcode))).toEqual([]);
    expect(await runRow(runId)).toMatchObject({ status: 'succeeded' });
  });

  it('fails a run whose order was cancelled after it was queued, with a reason naming the order; saves nothing', async () => {
    const { orderId, runId } = await queuedRun();
    await as(() => app.get(OrdersService).cancel(orderId));
    const failed = process(runId);
    await expect(failed).rejects.toBeInstanceOf(PermanentJobError);
    await expect(failed).rejects.toThrow(/T-\d{4}.*order\.not_splittable/);
    expect(await runRow(runId)).toMatchObject({ status: 'failed', error: expect.stringContaining('cancel') });
    expect(await results(runId)).toEqual({ parts: [], materials: [], workOrders: [], packages: [] });
    expect(await as(() => app.get(OrdersService).get(orderId))).toMatchObject({
      status: 'cancelled',
      lastSplitRunId: null,
    });

    // a failed run is finished: its job coming back fails again with the same reason, and changes nothing
    const reason = ((await runRow(runId)) as { error: string }).error;
    await expect(process(runId)).rejects.toThrow(reason);
    expect(await runRow(runId)).toMatchObject({ status: 'failed', error: reason });
  });
});
