import type { INestApplicationContext } from '@nestjs/common';
import { DomainError } from '@mendao/platform';
import { createTestDatabase, eventually, ManualClock, type TestDatabase, testRuntime } from '@mendao/platform/testing';
import { OrdersService, ProcessesService, SplitRunsService } from '@mendao/splitting';
import { loadDemoCatalogue, makeOrder, makeOrderLine } from '@mendao/splitting/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { workOrderCode } from './domain/work-order-code';
import { ProgressService } from './progress.service';
import { ReportsService } from './reports.service';
import { productionFactory, startProductionContext } from './testing/production-context';
import { type WorkOrderView, WorkOrdersService } from './work-orders.service';

/** The refusal a call ends with: its code and facts. */
async function refusal(work: Promise<unknown>): Promise<{ code: string; params: Record<string, unknown> }> {
  const error: unknown = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return { code: error.code, params: error.params };
}

describe(ReportsService.name, () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let clock: ManualClock;
  let as: <T>(work: () => Promise<T>) => Promise<T>;

  beforeAll(async () => {
    db = await createTestDatabase();
    clock = new ManualClock(Date.now());
    app = await startProductionContext(testRuntime(db.url), clock);
    const factory = await productionFactory(app, 'PR');
    as = factory.as;
    await loadDemoCatalogue(app, factory.factoryId);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  /** A confirmed order split by a run that succeeded, and the run released. */
  async function released(lines = [makeOrderLine({ quantity: 2 })]) {
    return as(async () => {
      const order = await app.get(OrdersService).create(makeOrder({ lines }));
      await app.get(OrdersService).confirm(order.id);
      const run = await app.get(SplitRunsService).create([order.id]);
      await eventually(
        async () => ((await app.get(SplitRunsService).get(run.id)).status === 'succeeded' ? true : undefined),
        { what: `split run ${run.id}` },
      );
      const answer = await app.get(WorkOrdersService).release(run.id);
      return { order, run, workOrders: answer.workOrders };
    });
  }

  const report = (barcode: string, action: 'start' | 'report' | 'finish', extra: Record<string, unknown> = {}) =>
    as(() => app.get(ReportsService).report({ scanId: randomUUID(), barcode, action, ...extra }));
  const view = (code: string) => as(() => app.get(WorkOrdersService).get(code));
  /** Reports every piece good and finishes. */
  async function complete(wo: WorkOrderView) {
    await report(wo.code, 'report', { good: wo.plannedQuantity });
    return report(wo.code, 'finish');
  }

  it('a curing step (养生, 1440 min) makes the next work order wait a day after it finished', async () => {
    const { workOrders } = await released([makeOrderLine({ quantity: 1 })]);
    const processes = workOrders.map((w) => w.process);
    const curing = processes.indexOf('curing');
    expect(curing).toBeGreaterThan(0);
    const wait = (await as(() => app.get(ProcessesService).catalogue())).get('curing')?.minWaitMinutes;
    expect(wait).toBe(1440);
    // every work order up to curing, in route order: each available once the earlier ones are done
    for (const wo of workOrders.slice(0, curing + 1)) {
      clock.advance(60_000);
      expect({ wo: wo.code, available: (await view(wo.code)).available }).toEqual({ wo: wo.code, available: true });
      await complete(wo);
    }
    const cured = await view(workOrders[curing].code);
    expect(cured.status).toBe('done');
    const after = await Promise.all(workOrders.slice(curing + 1).map((w) => view(w.code)));
    const availableAt = new Date(Date.parse(cured.finishedAt as string) + 1440 * 60_000).toISOString();
    // the next one sharing a part with the curing step waits for it; nothing else holds it
    const next = after[0];
    expect(next).toMatchObject({ available: false, availableAt, waitingFor: [] });
    const early = await refusal(report(next.code, 'start'));
    expect(early).toEqual({ code: 'production.not_available', params: { availableAt, waitingFor: [] } });
    expect((await view(next.code)).status).toBe('released');

    clock.advance(1440 * 60_000 - 1);
    expect((await view(next.code)).available).toBe(false);
    clock.advance(1);
    expect((await view(next.code)).available).toBe(true);
    expect((await report(next.code, 'start')).workOrder.status).toBe('in_progress');
  });

  it('operators reporting one piece each on one work order at once: exactly the planned quantity passes, none is lost', async () => {
    const { workOrders } = await released([makeOrderLine({ quantity: 1 })]);
    const first = workOrders[0];
    const planned = first.plannedQuantity;
    const attempts = planned + 8;
    const outcomes = await Promise.all(
      Array.from({ length: attempts }, () =>
        report(first.code, 'report', { good: 1 }).then(
          () => 'ok',
          (e: unknown) => (e instanceof DomainError ? e.code : String(e)),
        ),
      ),
    );
    expect(outcomes.filter((o) => o !== 'ok' && o !== 'production.over_reported')).toEqual([]);
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(planned);
    expect(outcomes.filter((o) => o !== 'ok')).toEqual(Array(8).fill('production.over_reported'));
    expect(await view(first.code)).toMatchObject({ good: planned, scrap: 0, status: 'in_progress' });
    const [{ count }] = await app
      .get(DataSource)
      .query<{ count: string }[]>('SELECT count(*) FROM production_report WHERE work_order_id = $1', [first.id]);
    expect(Number(count)).toBe(planned);
  });

  it('two releases of one run at once: one releases it, the other answers alreadyReleased; the rows are there once', async () => {
    const { run } = await as(async () => {
      const order = await app.get(OrdersService).create(makeOrder({ lines: [makeOrderLine()] }));
      await app.get(OrdersService).confirm(order.id);
      const created = await app.get(SplitRunsService).create([order.id]);
      await eventually(
        async () => ((await app.get(SplitRunsService).get(created.id)).status === 'succeeded' ? true : undefined),
        { what: `split run ${created.id}` },
      );
      return { run: created };
    });
    const answers = await Promise.all([1, 2].map(() => as(() => app.get(WorkOrdersService).release(run.id))));
    expect(answers.map((a) => a.alreadyReleased).sort()).toEqual([false, true]);
    expect(answers[0].workOrders).toEqual(answers[1].workOrders);
    const [{ count }] = await app
      .get(DataSource)
      .query<{ count: string }[]>('SELECT count(*) FROM production_work_order WHERE split_run_id = $1', [run.id]);
    expect(Number(count)).toBe(answers[0].workOrders.length);
  });

  it('the same scanId sent twice at once is recorded once; both answers are the first one', async () => {
    const { workOrders } = await released();
    const scanId = randomUUID();
    const body = { scanId, barcode: workOrders[0].code, action: 'report' as const, good: 1 };
    const [a, b] = await Promise.all([
      as(() => app.get(ReportsService).report(body)),
      as(() => app.get(ReportsService).report(body)),
    ]);
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    expect(a.report).toEqual(b.report);
    expect((await view(workOrders[0].code)).good).toBe(1);
  });

  it("attributes good pieces to doors first come first served, and a door label's to its door", async () => {
    const { order, run, workOrders } = await released([makeOrderLine({ quantity: 3 })]);
    const cutting = workOrders[0];
    const perDoor = cutting.plannedQuantity / 3;
    // a door's package label (package 1 of n of the order's one line): a package code, found by door
    const packages = (await as(() => app.get(SplitRunsService).packages(run.id, 500))).items;
    const label = (doorNo: number) => packages.find((p) => p.doorNo === doorNo && p.k === 1)!.barcode;
    await report(cutting.code, 'report', { good: perDoor + 1 });
    let progress = await as(() => app.get(ProgressService).progress(order.orderNo));
    expect(progress.doors.map((d) => d.passed.includes(cutting.process))).toEqual([true, false, false]);
    expect(progress.processes[0]).toMatchObject({
      process: cutting.process,
      planned: cutting.plannedQuantity,
      good: perDoor + 1,
    });
    // door 3's package label, with the process reporting
    const answer = await report(label(3), 'report', { process: cutting.process, good: perDoor });
    expect(answer.report.door).toMatchObject({ doorNo: 3 });
    progress = await as(() => app.get(ProgressService).progress(order.orderNo));
    expect(progress.doors.map((d) => d.passed.includes(cutting.process))).toEqual([true, false, true]);
    expect(progress.doors.map((d) => d.next)).toEqual([workOrders[1].process, cutting.process, workOrders[1].process]);

    // door 3's label again: it needs nothing more, so the pieces may not spill over to door 2
    const before = await view(cutting.code);
    const over = await refusal(report(label(3), 'report', { process: cutting.process, good: 1 }));
    expect(over).toEqual({
      code: 'production.over_reported',
      params: { planned: perDoor, reported: perDoor, remaining: 0 },
    });
    expect(await view(cutting.code)).toMatchObject({ good: before.good, scrap: before.scrap });
    // door 2's label brings what door 2 still needs: every door has passed
    await report(label(2), 'report', { process: cutting.process, good: perDoor - 1 });
    progress = await as(() => app.get(ProgressService).progress(order.orderNo));
    expect(progress.doors.map((d) => d.passed.includes(cutting.process))).toEqual([true, true, true]);
  });

  it('the same finish sent several times at once: one finishes it, the others replay its answer (none refused)', async () => {
    const { workOrders } = await released();
    const wo = workOrders[0];
    const body = { scanId: randomUUID(), barcode: wo.code, action: 'finish' as const, good: wo.plannedQuantity };
    // the repeats set off a few ms apart, so some arrive while the first is between its checks and its commit
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        new Promise((resolve) => setTimeout(resolve, i * 4)).then(() =>
          as(() => app.get(ReportsService).report({ ...body })),
        ),
      ),
    );
    expect(answers.map((a) => a.replayed).sort()).toEqual([false, ...Array(11).fill(true)]);
    for (const answer of answers) expect(answer.report).toEqual(answers[0].report);
    expect(await view(wo.code)).toMatchObject({ status: 'done', good: wo.plannedQuantity });
  });

  it('a finish that reports every piece keeps no short reason (nothing is short)', async () => {
    const { workOrders } = await released([makeOrderLine({ quantity: 1 })]);
    const wo = workOrders[0];
    const answer = await report(wo.code, 'finish', { good: wo.plannedQuantity, shortReason: '多余 not needed' });
    expect(answer.report.shortReason).toBeNull();
    expect(answer.workOrder).toMatchObject({ status: 'done', shortReason: null });
    const [row] = await app
      .get(DataSource)
      .query<{ short_reason: string | null }[]>('SELECT short_reason FROM production_report WHERE id = $1', [
        answer.report.id,
      ]);
    expect(row.short_reason).toBeNull();
  });

  it('work-order codes are unique per factory: a release whose codes are taken takes a longer prefix', async () => {
    const first = await released([makeOrderLine({ quantity: 1 })]);
    const { run } = await as(async () => {
      const order = await app.get(OrdersService).create(makeOrder({ lines: [makeOrderLine()] }));
      await app.get(OrdersService).confirm(order.id);
      const created = await app.get(SplitRunsService).create([order.id]);
      await eventually(
        async () => ((await app.get(SplitRunsService).get(created.id)).status === 'succeeded' ? true : undefined),
        { what: `split run ${created.id}` },
      );
      return { run: created };
    });
    const dataSource = app.get(DataSource);
    const numbers = await dataSource.query<{ number: string; sequence: number }[]>(
      'SELECT number, sequence FROM work_order WHERE split_run_id = $1 ORDER BY sequence',
      [run.id],
    );
    // as if the first run's id began with the same 8 digits: one of its codes is the second run's first number
    await dataSource.query('UPDATE production_work_order SET code = $1 WHERE id = $2', [
      numbers[0].number,
      first.workOrders[0].id,
    ]);
    const second = await as(() => app.get(WorkOrdersService).release(run.id));
    expect(second.workOrders.map((w) => w.code)).toEqual(numbers.map((n) => workOrderCode(run.id, n.sequence, 12)));
    expect((await view(numbers[0].number)).id).toBe(first.workOrders[0].id);
    await expect(
      dataSource.query('UPDATE production_work_order SET code = $1 WHERE id = $2', [
        second.workOrders[0].code,
        second.workOrders[1].id,
      ]),
    ).rejects.toThrow(/production_work_order_code_uq/);
  });
});
