import type { INestApplicationContext } from '@nestjs/common';
import { PermanentJobError } from '@mendao/platform';
import { createTestDatabase, eventually, makeFactory, type TestDatabase, testRuntime } from '@mendao/platform/testing';
import { DataSource, type QueryRunner } from 'typeorm';
import { DEMO_PRODUCTS } from './domain/demo-catalogue';
import { OrdersService } from './orders.service';
import { ProductsService } from './products.service';
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

/**
 * Issue 12, points 2 and 3 (splitting side): a run over the caps and a failure a retry cannot change end the job
 * at once (PermanentJobError); a lost connection does not; and a long save keeps no order row locked.
 */
describe(`${SplitRunProcessor.name}: limits, permanent failures and locks`, () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let factoryId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await startSplittingContext(testRuntime(db.url));
    factoryId = (await makeFactory(app, 'LIM')).id;
    await loadDemoCatalogue(app, factoryId);
    // a model of two hardware components of 1,000 pieces per door: at the per-door cap, nothing to cut
    const { code: _c, ...door } = structuredClone(DEMO_PRODUCTS.find((p) => p.code === 'PD-LVL01')!);
    const hardware = (name: string) => ({
      ...door.components.find((c) => c.name === '立套 jamb leg')!,
      name,
      kind: 'hardware' as const,
      material: 'SCREW',
      length: '0',
      width: '0',
      thickness: '0',
      quantity: '1000',
      cutKind: 'none' as const,
      route: ['packing' as const],
      packageGroup: 'hardware' as const,
    });
    await as(() => app.get(ProductsService).create('HW-1000', { ...door, components: [hardware('a'), hardware('b')] }));
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const as = <T>(work: () => Promise<T>) => asFactory(app, factoryId, work);
  const sql = (text: string, values: unknown[] = []) => app.get(DataSource).query(text, values);
  const process = (runId: string) =>
    as(() => app.get(SplitRunProcessor).run({ splitRunId: runId }, fakeJobContext(factoryId)));
  const runRow = async (runId: string) =>
    (
      (await sql('SELECT status, error FROM split_run WHERE id = $1', [runId])) as { status: string; error: string }[]
    )[0];
  const savedParts = async (runId: string) =>
    ((await sql('SELECT count(*)::int AS n FROM split_part WHERE split_run_id = $1', [runId])) as { n: number }[])[0].n;

  async function queuedRun(lines = [makeOrderLine({ quantity: 2 })]): Promise<{ orderId: string; runId: string }> {
    return as(async () => {
      const order = await app.get(OrdersService).create(makeOrder({ lines }));
      await app.get(OrdersService).confirm(order.id);
      const run = await app.get(SplitRunsService).create([order.id]);
      return { orderId: order.id, runId: run.id };
    });
  }

  /** Another session holding `LOCK TABLE work_order`: a save blocks in the middle, on writing its work orders. */
  async function blockSaves(): Promise<QueryRunner> {
    const blocker = app.get(DataSource).createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    await blocker.query('LOCK TABLE work_order IN SHARE ROW EXCLUSIVE MODE');
    return blocker;
  }
  /** The backend of the save waiting on that lock, once it waits. */
  const blockedSave = () =>
    eventually(
      async () =>
        (
          (await sql(
            `SELECT pid FROM pg_stat_activity
              WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%work_order%'`,
          )) as { pid: number }[]
        )[0]?.pid,
      { what: 'the save to wait on work_order' },
    );
  /** Whether another session can lock the order row at once (what PATCH, confirm and cancel need). */
  const orderRowFree = async (orderId: string) => {
    const probe = app.get(DataSource).createQueryRunner();
    await probe.connect();
    try {
      await probe.startTransaction();
      await probe.query('SELECT id FROM sales_order WHERE id = $1 FOR UPDATE NOWAIT', [orderId]);
      return true;
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === '55P03') return false;
      throw error;
    } finally {
      await probe.rollbackTransaction().catch(() => undefined);
      await probe.release();
    }
  };

  it('refuses, as a permanent failure and before computing anything, a run whose lines grew past 1,500,000 pieces after it was queued', async () => {
    const { runId } = await queuedRun([makeOrderLine({ productCode: 'HW-1000', quantity: 1 })]);
    // the order edited behind the entry checks: 1,000 doors × 2,000 pieces
    await sql(
      `UPDATE order_line SET quantity = 1000 WHERE order_id = (SELECT order_ids[1] FROM split_run WHERE id = $1)`,
      [runId],
    );
    const failed = process(runId);
    await expect(failed).rejects.toBeInstanceOf(PermanentJobError);
    await expect(failed).rejects.toThrow(/2000000 pieces in one run; at most 1500000/);
    expect(await runRow(runId)).toMatchObject({ status: 'failed', error: expect.stringContaining('too_many_pieces') });
    expect(await savedParts(runId)).toBe(0);
  });

  it('fails a run permanently when saving breaks a rule of the database (a check constraint), and saves nothing', async () => {
    const { runId } = await queuedRun();
    await sql('ALTER TABLE split_part ADD CONSTRAINT test_at_most_one CHECK (quantity <= 1) NOT VALID');
    try {
      const failed = process(runId);
      await expect(failed).rejects.toBeInstanceOf(PermanentJobError);
      await expect(failed).rejects.toThrow(/SQLSTATE 23514/);
    } finally {
      await sql('ALTER TABLE split_part DROP CONSTRAINT test_at_most_one');
    }
    expect(await runRow(runId)).toMatchObject({ status: 'failed', error: expect.stringContaining('23514') });
    expect(await savedParts(runId)).toBe(0);
  });

  it('leaves a run whose connection was lost mid-save to the retry (not permanent); the retry succeeds', async () => {
    const { runId } = await queuedRun();
    const blocker = await blockSaves();
    try {
      const running = process(runId);
      await sql('SELECT pg_terminate_backend($1)', [await blockedSave()]);
      const error = await running.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect(error).not.toBeInstanceOf(PermanentJobError);
    } finally {
      await blocker.rollbackTransaction();
      await blocker.release();
    }
    expect(await runRow(runId)).toMatchObject({ status: 'running' });
    await expect(process(runId)).resolves.toMatchObject({ doors: 2 });
    expect(await runRow(runId)).toMatchObject({ status: 'succeeded' });
  });

  it('keeps the orders of a saving run free: an edit of the header goes through at once, and the save then succeeds', async () => {
    const { orderId, runId } = await queuedRun();
    const blocker = await blockSaves();
    let running: Promise<unknown> | undefined;
    try {
      running = process(runId);
      await blockedSave();
      expect(await orderRowFree(orderId)).toBe(true);
      await as(() => app.get(OrdersService).update(orderId, { customer: '改名客户' }));
    } finally {
      await blocker.rollbackTransaction();
      await blocker.release();
    }
    await expect(running).resolves.toMatchObject({ doors: 2 });
    expect(await as(() => app.get(OrdersService).get(orderId))).toMatchObject({
      status: 'split',
      customer: '改名客户',
      lastSplitRunId: runId,
    });
  });

  it('lets an edit of the lines through during the save, which then refuses its stale result permanently', async () => {
    const { orderId, runId } = await queuedRun();
    const blocker = await blockSaves();
    let running: Promise<unknown> | undefined;
    try {
      running = process(runId);
      running.catch(() => undefined);
      await blockedSave();
      await as(() => app.get(OrdersService).update(orderId, { lines: [makeOrderLine({ quantity: 5 })] }));
    } finally {
      await blocker.rollbackTransaction();
      await blocker.release();
    }
    await expect(running).rejects.toThrow(/edited during the split/);
    expect(await runRow(runId)).toMatchObject({ status: 'failed' });
    expect(await savedParts(runId)).toBe(0);
  });
});
