import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase, testRuntime } from '@mendao/platform/testing';
import { makeOrderLine } from '@mendao/splitting/testing';
import { DataSource } from 'typeorm';
import { TestApi } from './support/api';
import { confirmedOrder, loadCatalogue, splitFinished } from './support/splitting';

type Tokens = Awaited<ReturnType<TestApi['factoryWithUsers']>>['tokens'];

/**
 * Issue 16, production tracking (报工) over HTTP: a split run's release, station reports (start, good and scrap,
 * finish), the availability of the next process, replays, refusals with their facts, holds, progress per order and
 * door, work in progress and late orders, and every refusal of every route.
 */
describe('production tracking (报工)', () => {
  let db: TestDatabase;
  let api: TestApi;
  let t: Tokens;
  let other: Tokens;
  let orderNo: string;
  let orderId: string;
  let runId: string;
  let workOrders: any[];

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await TestApi.start(testRuntime(db.url));
    ({ tokens: t } = await api.factoryWithUsers('PD'));
    ({ tokens: other } = await api.factoryWithUsers('PX', ['admin', 'planner', 'operator']));
    await loadCatalogue(api, t.planner);
    orderNo = 'SO-报工-1';
    orderId = await confirmedOrder(api, t.planner, orderNo, [
      makeOrderLine({ quantity: 2, room: '主卧' }),
      makeOrderLine({ quantity: 1, width: 800, room: '次卧' }),
    ]);
    runId = await split(orderId);
  }, 180_000);

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const call = (method: string, path: string, token?: string, body?: unknown) =>
    api.request(method, `/api/v1${path}`, { token, body });
  const sql = (text: string, values: unknown[] = []) => api.app.get(DataSource).query(text, values);

  async function split(order: string, token = t.planner): Promise<string> {
    const res = await call('POST', '/split-runs', token, { orderIds: [order] });
    expect(res.status).toBe(202);
    expect((await splitFinished(api, token, res.body.id)).status).toBe('succeeded');
    return res.body.id as string;
  }

  /** The label of a door (its package 1 of n) of an order's latest split: a package code, found by line and door. */
  async function doorLabel(order: string, lineNo = 1, doorNo = 1): Promise<string> {
    const view = (await call('GET', `/orders/${encodeURIComponent(order)}`, t.planner)).body;
    const lineId = view.lines.find((l: any) => l.lineNo === lineNo).id;
    const packages = (await call('GET', `/split-runs/${view.lastSplitRunId}/packages?limit=500`, t.planner)).body.items;
    return packages.find((p: any) => p.lineId === lineId && p.doorNo === doorNo && p.k === 1).barcode as string;
  }

  const report = (barcode: string, action: string, extra: Record<string, unknown> = {}, token = t.operator) =>
    call('POST', '/production/reports', token, { scanId: randomUUID(), barcode, action, ...extra });

  /** What a refusal must leave as it was: every work order and report of the factory. */
  const snapshot = async () => ({
    workOrders: await sql('SELECT * FROM production_work_order ORDER BY id'),
    reports: await sql('SELECT * FROM production_report ORDER BY id'),
  });

  function expectProblem(res: { status: number; body: any; headers: Headers }, status: number, code: string) {
    expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  }

  describe('release', () => {
    it('lists a succeeded run’s work orders as planned before it is released', async () => {
      const res = await call('GET', `/work-orders?run=${runId}`, t.planner);
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeGreaterThan(2);
      expect(res.body.items.every((w: any) => w.status === 'planned' && w.available === false)).toBe(true);
      const refused = await report(res.body.items[0].code, 'start');
      expectProblem(refused, 409, 'production.work_order_not_released');
    });

    it('releases every work order of the run, its order goes in production; a second release changes nothing', async () => {
      const res = await call('POST', `/split-runs/${runId}/release`, t.planner);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ splitRunId: runId, alreadyReleased: false });
      workOrders = res.body.workOrders;
      const planned = await sql('SELECT number, pieces, sequence FROM work_order WHERE split_run_id = $1', [runId]);
      expect(workOrders.map((w) => [w.code, w.plannedQuantity, w.sequence]).sort()).toEqual(
        planned.map((w: any) => [w.number, w.pieces, w.sequence]).sort(),
      );
      expect(workOrders.every((w) => w.status === 'released')).toBe(true);
      expect(workOrders[0]).toMatchObject({ available: true, orders: [{ id: orderId, orderNo }] });
      expect(workOrders[1]).toMatchObject({ available: false, waitingFor: [{ code: workOrders[0].code }] });
      expect((await call('GET', `/orders/${orderId}`, t.planner)).body.status).toBe('in_production');

      const before = await snapshot();
      const again = await call('POST', `/split-runs/${runId}/release`, t.admin);
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ alreadyReleased: true, releasedAt: res.body.releasedAt });
      expect(await snapshot()).toEqual(before);
    });

    it('refuses to re-split a released run’s order (409, the order is in production)', async () => {
      const res = await call('POST', '/split-runs', t.planner, { orderIds: [orderId] });
      expectProblem(res, 409, 'split_run.orders_not_splittable');
      expect(res.body.params.orders).toEqual([expect.objectContaining({ code: 'order.not_splittable' })]);
    });

    it('refuses a failed run (409 split_run.not_succeeded) and a superseded one (409 split_run.superseded)', async () => {
      const base = (await call('GET', '/products/PD-LVL01', t.planner)).body;
      const { code: _c, version: _v, createdAt: _a, ...body } = base;
      body.components[0].material = 'NO-SUCH-BAR';
      expect((await call('PUT', '/products/PD-BAD', t.planner, body)).status).toBeLessThan(300);
      const bad = await confirmedOrder(api, t.planner, 'SO-BAD', [makeOrderLine({ productCode: 'PD-BAD' })]);
      const failed = await call('POST', '/split-runs', t.planner, { orderIds: [bad] });
      expect((await splitFinished(api, t.planner, failed.body.id)).status).toBe('failed');
      const refused = await call('POST', `/split-runs/${failed.body.id}/release`, t.planner);
      expectProblem(refused, 409, 'split_run.not_succeeded');
      expect(refused.body.params).toEqual({ status: 'failed' });

      const twice = await confirmedOrder(api, t.planner, 'SO-TWICE', [makeOrderLine()]);
      const first = await split(twice);
      await split(twice);
      const before = await snapshot();
      const superseded = await call('POST', `/split-runs/${first}/release`, t.planner);
      expectProblem(superseded, 409, 'split_run.superseded');
      expect(superseded.body.params.orders).toEqual([{ order: 'SO-TWICE', lastSplitRun: expect.any(String) }]);
      expect(await snapshot()).toEqual(before);
      expect((await call('GET', `/orders/${twice}`, t.planner)).body.status).toBe('split');
    });

    it('refuses a run whose order was cancelled after the split (409 order.not_releasable), changing nothing', async () => {
      const id = await confirmedOrder(api, t.planner, 'SO-CANCEL', [makeOrderLine()]);
      const run = await split(id);
      expect((await call('POST', `/orders/${id}/cancel`, t.planner)).status).toBe(200);
      const before = await snapshot();
      const res = await call('POST', `/split-runs/${run}/release`, t.planner);
      expectProblem(res, 409, 'order.not_releasable');
      expect(res.body.params).toMatchObject({ status: 'cancelled', action: 'release', allowedFrom: ['split'] });
      expect(await snapshot()).toEqual(before);
      expect(await sql('SELECT * FROM production_run WHERE split_run_id = $1', [run])).toEqual([]);
    });

    it('answers 404 for an unknown run, a malformed id and another factory’s run', async () => {
      expectProblem(await call('POST', `/split-runs/${randomUUID()}/release`, t.planner), 404, 'resource.not_found');
      expectProblem(await call('POST', '/split-runs/not-a-run/release', t.planner), 404, 'resource.not_found');
      expectProblem(await call('POST', `/split-runs/${runId}/release`, other.planner), 404, 'resource.not_found');
    });
  });

  describe('reports', () => {
    it('starts, reports good and scrap with a reason, replays a scanId, and finishes', async () => {
      const wo = workOrders[0];
      const scanId = randomUUID();
      const started = await call('POST', '/production/reports', t.operator, {
        scanId,
        barcode: wo.code,
        action: 'start',
      });
      expect(started.status).toBe(201);
      expect(started.body).toMatchObject({ replayed: false, workOrder: { status: 'in_progress' } });
      const replay = await call('POST', '/production/reports', t.operator, {
        scanId,
        barcode: wo.code,
        action: 'start',
      });
      expect(replay.status).toBe(200);
      expect(replay.body).toEqual({ ...started.body, replayed: true });
      // the same scanId with another request: refused with the first one's facts, nothing written
      const before = await snapshot();
      for (const other of [
        { barcode: wo.code, action: 'report', good: 1 },
        { barcode: workOrders[1].code, action: 'start' },
        { barcode: 'WO-NOPE-1', action: 'start' },
      ]) {
        const reused = await call('POST', '/production/reports', t.operator, { scanId, ...other });
        expectProblem(reused, 409, 'production.scan_id_reused');
        expect(reused.body.params).toEqual({ scanId, workOrder: wo.code, action: 'start' });
      }
      expect(await snapshot()).toEqual(before);

      const reasons = (await call('GET', '/production/scrap-reasons', t.operator)).body.items;
      expect(reasons).toEqual(
        expect.arrayContaining([
          { code: 'edge_chipping', nameZh: '崩边', nameEn: 'Edge chipping', sort: 2, active: true },
        ]),
      );
      const good = await report(wo.code, 'report', {
        good: wo.plannedQuantity - 2,
        scrap: 1,
        scrapReason: 'edge_chipping',
      });
      expect(good.status).toBe(201);
      expect(good.body.workOrder).toMatchObject({ good: wo.plannedQuantity - 2, scrap: 1 });
      expect(good.body.report).toMatchObject({ action: 'report', scrapReason: 'edge_chipping' });

      const over = await report(wo.code, 'report', { good: 2 });
      expectProblem(over, 409, 'production.over_reported');
      expect(over.body.params).toEqual({ planned: wo.plannedQuantity, reported: wo.plannedQuantity - 1, remaining: 1 });

      const short = await report(wo.code, 'finish');
      expectProblem(short, 409, 'production.not_fully_reported');
      expect(short.body.params).toEqual({
        planned: wo.plannedQuantity,
        reported: wo.plannedQuantity - 1,
        remaining: 1,
      });
      expect(short.body.errors).toEqual([{ field: 'shortReason', message: expect.any(String) }]);

      const done = await report(wo.code, 'finish', { good: 1 });
      expect(done.status).toBe(201);
      expect(done.body.workOrder).toMatchObject({ status: 'done', good: wo.plannedQuantity - 1, scrap: 1 });
      expect(done.body.workOrder.finishedAt).toEqual(expect.any(String));

      expectProblem(await report(wo.code, 'report', { good: 0, scrap: 0 }), 422, 'production.report_invalid');
      expectProblem(await report(wo.code, 'start'), 409, 'production.work_order_done');
      const next = (await call('GET', `/work-orders/${workOrders[1].code}`, t.operator)).body;
      expect(next).toMatchObject({ available: true, status: 'released' });
    });

    it('refuses a report on a work order whose previous process is not done, with what it waits for', async () => {
      const now = (await call('GET', `/work-orders?run=${runId}&status=released`, t.operator)).body.items;
      const waiting = now.find((w: any) => w.waitingFor.length > 0);
      const before = await snapshot();
      const res = await report(waiting.code, 'start');
      expectProblem(res, 409, 'production.not_available');
      expect(res.body.params).toEqual({ availableAt: null, waitingFor: waiting.waitingFor });
      expect(await snapshot()).toEqual(before);
    });

    it('finishes short only with a shortReason', async () => {
      const wo = workOrders[1];
      await report(wo.code, 'report', { good: 1 });
      const res = await report(wo.code, 'finish', { shortReason: '板材不足 short of boards' });
      expect(res.status).toBe(201);
      expect(res.body.workOrder).toMatchObject({ status: 'done', good: 1, shortReason: '板材不足 short of boards' });
    });

    it('a report on a machine counts toward that machine (one source of counts); an unknown machine writes nothing', async () => {
      const machine = await call('POST', '/machines', t.manager, {
        code: 'EB-01',
        name: '封边机 1',
        process: 'edge_banding',
        countUnit: 'part',
        idealCycleSeconds: 20,
      });
      expect(machine.status).toBe(201);
      const wo = workOrders[2];
      const before = await snapshot();
      const unknown = await report(wo.code, 'report', { good: 1, machine: 'NO-SUCH' });
      expect(unknown.status).toBe(422);
      expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'machine' })]);
      const stopped = await call('POST', '/machines', t.manager, {
        code: 'EB-OFF',
        name: '封边机 停用',
        process: 'edge_banding',
        countUnit: 'part',
        idealCycleSeconds: 20,
        active: false,
      });
      expect(stopped.status).toBe(201);
      // a start or finish carries no pieces, but names its machine all the same
      for (const [action, machine] of [
        ['start', 'NO-SUCH'],
        ['start', 'EB-OFF'],
        ['finish', 'NO-SUCH'],
      ]) {
        const res = await report(wo.code, action, { machine, shortReason: action === 'finish' ? 'x' : undefined });
        expectProblem(res, 422, 'production.report_invalid');
        expect({ action, machine, errors: res.body.errors }).toEqual({
          action,
          machine,
          errors: [expect.objectContaining({ field: 'machine' })],
        });
      }
      expect(await snapshot()).toEqual(before);

      const res = await report(wo.code, 'report', { good: 2, scrap: 1, scrapReason: 'size_error', machine: 'EB-01' });
      expect(res.status).toBe(201);
      const counts = await sql(
        `SELECT good, scrap, source, work_order_id FROM machine_count_event e JOIN machine m ON m.id = e.machine_id
          WHERE m.code = 'EB-01'`,
      );
      expect(counts).toEqual([{ good: 2, scrap: 1, source: 'report', work_order_id: wo.id }]);
    });

    it('refuses a machine of another process than the work order’s (422 on machine); a process of the factory’s own takes any', async () => {
      const press = await call('POST', '/machines', t.manager, {
        code: 'PRS-01',
        name: '热压机 1',
        process: 'pressing',
        countUnit: 'cycle',
        idealCycleSeconds: 300,
      });
      expect(press.status).toBe(201);
      const of = (process: string) => workOrders.find((w) => w.process === process);
      const [cutting, pressing, banding, curing] = ['cutting', 'pressing', 'edge_banding', 'curing'].map(of);
      const pressCounts = () =>
        sql(`SELECT e.good FROM machine_count_event e JOIN machine m ON m.id = e.machine_id WHERE m.code = 'PRS-01'`);
      const before = await snapshot();
      // refused before the work order's state is looked at: the cutting one is done, the banding one not available
      for (const [wo, action, extra] of [
        [cutting, 'report', { good: 1 }],
        [banding, 'start', {}],
      ] as const) {
        const res = await report(wo.code, action, { ...extra, machine: 'PRS-01' });
        expectProblem(res, 422, 'production.machine_wrong_process');
        expect(res.body.params).toEqual({
          machine: 'PRS-01',
          machineProcess: 'pressing',
          workOrderProcess: wo.process,
        });
        expect(res.body.errors).toEqual([{ field: 'machine', message: res.body.detail }]);
        // the processes by their names, in both languages
        for (const name of [pressing.processNameZh, pressing.processNameEn, wo.processNameZh, wo.processNameEn])
          expect(res.body.detail).toContain(name);
      }
      expect(await snapshot()).toEqual(before);
      expect(await pressCounts()).toEqual([]);
      // the press on the pressing work order passes the machine check (the work order is done: the state machine's 409)
      expectProblem(
        await report(pressing.code, 'report', { good: 1, machine: 'PRS-01' }),
        409,
        'production.work_order_done',
      );
      // 养生 is the factory's own process, no kind of machine: any machine may work it (a start: no pieces to count,
      // so the work-in-progress reads below keep their numbers)
      const res = await report(curing.code, 'start', { machine: 'PRS-01' });
      expect(res.status).toBe(201);
      expect(res.body.report).toMatchObject({ machine: 'PRS-01', action: 'start' });
    });

    it("names the work order's process and the station's in both languages when they differ", async () => {
      const curing = workOrders.find((w) => w.process === 'curing');
      const painting = workOrders.find((w) => w.process === 'painting');
      const res = await report(curing.code, 'start', { process: 'painting' });
      expectProblem(res, 422, 'production.report_invalid');
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'process' })]);
      for (const name of [curing.processNameZh, curing.processNameEn, painting.processNameZh, painting.processNameEn])
        expect(res.body.detail).toContain(name);
      expect(res.body.detail).not.toContain('工序为 curing');
    });

    it('answers every bad body with 4xx naming the field, and writes nothing', async () => {
      const wo = workOrders[2];
      const label = await doorLabel(orderNo);
      const before = await snapshot();
      const cases: [Record<string, unknown>, number, string][] = [
        [{ barcode: wo.code, action: 'start' }, 400, 'scanId'],
        [{ scanId: 'x', barcode: wo.code, action: 'start' }, 400, 'scanId'],
        [{ scanId: randomUUID(), action: 'start' }, 400, 'barcode'],
        [{ scanId: randomUUID(), barcode: wo.code, action: 'pause' }, 400, 'action'],
        [{ scanId: randomUUID(), barcode: wo.code, action: 'report', good: 1.5 }, 400, 'good'],
        [{ scanId: randomUUID(), barcode: wo.code, action: 'report', good: -1 }, 400, 'good'],
        [{ scanId: randomUUID(), barcode: wo.code, action: 'report', scrap: '2' }, 400, 'scrap'],
        [{ scanId: randomUUID(), barcode: wo.code, action: 'report', good: 1, extra: 1 }, 400, 'extra'],
        [{ scanId: randomUUID(), barcode: wo.code, action: 'report', scrap: 1 }, 422, 'scrapReason'],
        [
          { scanId: randomUUID(), barcode: wo.code, action: 'report', scrap: 1, scrapReason: 'nope' },
          422,
          'scrapReason',
        ],
        [{ scanId: randomUUID(), barcode: wo.code, action: 'start', good: 1 }, 422, 'good'],
        [{ scanId: randomUUID(), barcode: wo.code, action: 'report', good: 1, shortReason: 'x' }, 422, 'shortReason'],
        [{ scanId: randomUUID(), barcode: wo.code, action: 'report', good: 1, process: 'painting' }, 422, 'process'],
        [{ scanId: randomUUID(), barcode: 'WO-NOPE-1', action: 'start' }, 404, 'barcode'],
        [{ scanId: randomUUID(), barcode: label, action: 'start' }, 422, 'process'],
        [{ scanId: randomUUID(), barcode: label, action: 'start', process: 'no_such' }, 422, 'process'],
      ];
      for (const [body, status, field] of cases) {
        const res = await call('POST', '/production/reports', t.operator, body);
        expect({ body, status: res.status }).toEqual({ body, status });
        expect(res.headers.get('content-type')).toContain('application/problem+json');
        expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
      }
      expect(await snapshot()).toEqual(before);
    });

    it('another factory does not see this factory’s work orders (404)', async () => {
      expectProblem(await report(workOrders[2].code, 'start', {}, other.operator), 404, 'resource.not_found');
      expectProblem(await call('GET', `/work-orders/${workOrders[2].id}`, other.operator), 404, 'resource.not_found');
      expectProblem(
        await call('GET', `/production/progress?order=${orderNo}`, other.planner),
        404,
        'resource.not_found',
      );
    });
  });

  describe('hold and resume', () => {
    it('holds a work order (reports refused), resumes it to where it was; refuses what the state machine refuses', async () => {
      const wo = workOrders[2];
      expectProblem(
        await call('POST', `/work-orders/${wo.code}/resume`, t.planner),
        409,
        'production.work_order_not_on_hold',
      );
      const missing = await call('POST', `/work-orders/${wo.code}/hold`, t.planner, {});
      expect(missing.status).toBe(400);
      expect(new Set(missing.body.errors.map((e: any) => e.field))).toEqual(new Set(['reason']));
      const held = await call('POST', `/work-orders/${wo.code}/hold`, t.manager, {
        reason: '等待五金 waiting for hardware',
      });
      expect(held.status).toBe(200);
      expect(held.body).toMatchObject({
        status: 'on_hold',
        holdReason: '等待五金 waiting for hardware',
        available: false,
      });
      expectProblem(await report(wo.code, 'report', { good: 1 }), 409, 'production.work_order_on_hold');
      expectProblem(
        await call('POST', `/work-orders/${wo.code}/hold`, t.planner, { reason: 'x' }),
        409,
        'production.work_order_on_hold',
      );
      const resumed = await call('POST', `/work-orders/${wo.code}/resume`, t.planner);
      expect(resumed.body).toMatchObject({ status: 'in_progress', holdReason: null });
      expectProblem(
        await call('POST', `/work-orders/WO-NOPE-9/hold`, t.planner, { reason: 'x' }),
        404,
        'resource.not_found',
      );
      expectProblem(await call('POST', `/work-orders/WO-NOPE-9/resume`, t.planner), 404, 'resource.not_found');
      expectProblem(
        await call('POST', `/work-orders/${wo.code}/hold`, other.planner, { reason: 'x' }),
        404,
        'resource.not_found',
      );
    });
  });

  describe('reads', () => {
    it('lists work orders by run, order, process and status, paged; refuses bad filters', async () => {
      const all = await call('GET', `/work-orders?order=${orderNo}&limit=2`, t.manager);
      expect(all.status).toBe(200);
      expect(all.body.items).toHaveLength(2);
      const next = await call('GET', `/work-orders?order=${orderNo}&limit=2&cursor=${all.body.nextCursor}`, t.manager);
      expect(next.body.items[0].sequence).toBe(3);
      const done = await call('GET', `/work-orders?run=${runId}&status=done`, t.packer);
      expect(done.body.items.map((w: any) => w.code)).toEqual([workOrders[0].code, workOrders[1].code]);
      const process = await call('GET', `/work-orders?process=${workOrders[0].process}`, t.operator);
      expect(process.body.items.map((w: any) => w.code)).toEqual([workOrders[0].code]);
      expect((await call('GET', '/work-orders?status=finished', t.planner)).status).toBe(400);
      expect((await call('GET', '/work-orders?limit=0', t.planner)).status).toBe(400);
      expect((await call('GET', '/work-orders?cursor=abc', t.planner)).status).toBe(400);
      expectProblem(await call('GET', `/work-orders?run=${randomUUID()}`, t.planner), 404, 'resource.not_found');
      expectProblem(await call('GET', '/work-orders?order=NOPE', t.planner), 404, 'resource.not_found');
    });

    it('shows a work order with its parts and doors', async () => {
      const res = await call('GET', `/work-orders/${workOrders[0].code}`, t.operator);
      expect(res.status).toBe(200);
      expect(res.body.parts[0]).toMatchObject({ orderNo, line: 1, component: expect.any(String) });
      expect(res.body.doors.map((d: any) => [d.lineNo, d.doorNo])).toEqual([
        [1, 1],
        [1, 2],
        [2, 1],
      ]);
      expectProblem(await call('GET', '/work-orders/WO-NOPE-1', t.operator), 404, 'resource.not_found');
    });

    it('progress per order and door: the first two processes passed by every door, the next one named', async () => {
      const res = await call('GET', `/production/progress?order=${encodeURIComponent(orderNo)}`, t.planner);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ orderNo, released: true, late: false });
      expect(res.body.processes[0]).toMatchObject({ process: workOrders[0].process, status: 'done' });
      // the first work order finished one short (one scrapped): its last door waits for a piece
      expect(res.body.doors.map((d: any) => [d.lineNo, d.doorNo, d.passed.includes(workOrders[0].process)])).toEqual([
        [1, 1, true],
        [1, 2, true],
        [2, 1, false],
      ]);
      expect(res.body.doors[2]).toMatchObject({ room: '次卧', next: workOrders[0].process, readyForPacking: false });
      expect((await call('GET', '/production/progress', t.planner)).status).toBe(400);
      expectProblem(await call('GET', '/production/progress?order=NOPE', t.planner), 404, 'resource.not_found');
      const ready = await call('GET', `/production/doors-ready?order=${orderId}`, t.packer);
      expect(ready.body).toEqual({ orderNo, doors: [] });
      expect((await call('GET', '/production/doors-ready', t.packer)).status).toBe(400);
      expectProblem(await call('GET', '/production/doors-ready?order=NOPE', t.packer), 404, 'resource.not_found');
    });

    it('names the doors ready for packing once every process before packing passed them', async () => {
      // no curing wait here: the clock of an HTTP test does not move (the wait: reports.service.int-spec.ts)
      expect((await call('PATCH', '/processes/curing', t.planner, { minWaitMinutes: 0 })).status).toBe(200);
      const id = await confirmedOrder(api, t.planner, 'SO-READY', [makeOrderLine({ quantity: 2 })]);
      const run = await split(id);
      const released = (await call('POST', `/split-runs/${run}/release`, t.planner)).body.workOrders as any[];
      // the demo route ends with packing: the process that marks a door ready for it
      const packing = released.find((w) => w.process === 'packing');
      expect(packing).toBeDefined();
      // every process before packing reported in full: packing itself is still to do
      for (const wo of released.filter((w) => w.process !== 'packing')) {
        const res = await report(wo.code, 'finish', { good: wo.plannedQuantity });
        expect({ wo: wo.code, status: res.status }).toEqual({ wo: wo.code, status: 201 });
      }
      const ready = await call('GET', '/production/doors-ready?order=SO-READY', t.packer);
      expect(ready.body).toEqual({
        orderNo: 'SO-READY',
        doors: [
          { orderNo: 'SO-READY', lineNo: 1, doorNo: 1, room: null },
          { orderNo: 'SO-READY', lineNo: 1, doorNo: 2, room: null },
        ],
      });
      const progress = (await call('GET', '/production/progress?order=SO-READY', t.planner)).body;
      expect(progress.doors.map((d: any) => d.next)).toEqual(['packing', 'packing']);
    });

    it('work in progress per process, and late orders whether production started them or not', async () => {
      await sql(`UPDATE sales_order SET due_date = '2020-01-01' WHERE id = $1`, [orderId]);
      // past due but never released, and past due but cancelled (not chased)
      const waiting = await confirmedOrder(api, t.planner, 'SO-LATE', [makeOrderLine()]);
      const cancelled = await confirmedOrder(api, t.planner, 'SO-GONE', [makeOrderLine()]);
      await call('POST', `/orders/${cancelled}/cancel`, t.planner);
      await sql(`UPDATE sales_order SET due_date = '2020-01-02' WHERE id = ANY($1)`, [[waiting, cancelled]]);
      // past due and made (every work order done, packing too: not packed yet, but not late), and past due with
      // every process but packing done (late)
      expect((await call('PATCH', '/processes/curing', t.planner, { minWaitMinutes: 0 })).status).toBe(200);
      const made = await confirmedOrder(api, t.planner, 'SO-MADE', [makeOrderLine({ quantity: 1 })]);
      const madeRun = await split(made);
      const madeOrders = (await call('POST', `/split-runs/${madeRun}/release`, t.planner)).body.workOrders as any[];
      for (const wo of madeOrders) {
        const res = await report(wo.code, 'finish', { good: wo.plannedQuantity });
        expect({ wo: wo.code, status: res.status }).toEqual({ wo: wo.code, status: 201 });
      }
      await sql(`UPDATE sales_order SET due_date = '2020-01-01' WHERE id = $1`, [made]);
      await sql(`UPDATE sales_order SET due_date = '2020-01-03' WHERE order_no = 'SO-READY'`);
      const res = await call('GET', '/production/wip', t.manager);
      expect(res.status).toBe(200);
      const third = res.body.processes.find((p: any) => p.process === workOrders[2].process);
      expect(third).toMatchObject({ inProgress: 1, piecesInProgress: workOrders[2].plannedQuantity - 3 });
      expect(res.body.lateOrders).toEqual([
        { orderNo, dueDate: '2020-01-01', customer: '测试客户', progress: expect.any(Number) },
        { orderNo: 'SO-LATE', dueDate: '2020-01-02', customer: '测试客户', progress: 0 },
        { orderNo: 'SO-READY', dueDate: '2020-01-03', customer: '测试客户', progress: expect.any(Number) },
      ]);
      expect(res.body.lateOrdersTotal).toBe(3);
      expect(res.body.lateOrders[0].progress).toBeGreaterThan(0);
      expect(res.body.lateOrders[0].progress).toBeLessThan(1);
      // the progress of each order says the same
      for (const [key, late] of [
        [orderNo, true],
        ['SO-LATE', true],
        ['SO-READY', true],
        ['SO-MADE', false],
      ] as const) {
        const progress = await call('GET', `/production/progress?order=${encodeURIComponent(key)}`, t.planner);
        expect({ key, late: progress.body.late }).toEqual({ key, late });
      }
    });
  });

  describe('door labels, planned runs and more refusals', () => {
    let planRun: string;

    it('lists an unreleased run’s work orders as planned by its order as by its run', async () => {
      const id = await confirmedOrder(api, t.planner, 'SO-PLAN', [makeOrderLine()]);
      planRun = await split(id);
      const byRun = await call('GET', `/work-orders?run=${planRun}`, t.planner);
      const byOrder = await call('GET', '/work-orders?order=SO-PLAN', t.planner);
      expect(byRun.body.items.length).toBeGreaterThan(2);
      expect(byRun.body.items.every((w: any) => w.status === 'planned')).toBe(true);
      expect(byOrder.body).toEqual(byRun.body);
      const cutting = await call('GET', `/work-orders?order=${id}&process=cutting&status=planned`, t.planner);
      expect(cutting.body.items.map((w: any) => w.process)).toEqual(['cutting']);
    });

    it('refuses a forged cursor, part by part, with 400 on `cursor`', async () => {
      const forged = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');
      const at = new Date().toISOString();
      for (const key of [
        ['yesterday', randomUUID(), 1],
        ['2026-13-45T99:00:00.000Z', randomUUID(), 1],
        [at, 'not-a-run', 1],
        [at, randomUUID(), 1.5],
        [at, randomUUID(), -1],
        [at, randomUUID(), 3_000_000_000],
        [1, 2, 3],
      ]) {
        const res = await call('GET', `/work-orders?cursor=${forged(key)}`, t.planner);
        expect({ key, status: res.status, errors: res.body.errors }).toEqual({
          key,
          status: 400,
          errors: [expect.objectContaining({ field: 'cursor' })],
        });
      }
    });

    it('refuses door labels: another factory’s (404), a process not released (409), a door not in the work order (422)', async () => {
      const before = await snapshot();
      const foreign = await report(
        await doorLabel(orderNo),
        'start',
        { process: workOrders[0].process },
        other.operator,
      );
      expectProblem(foreign, 404, 'resource.not_found');
      expect(foreign.body.errors).toEqual([expect.objectContaining({ field: 'barcode' })]);
      const planned = await report(await doorLabel('SO-PLAN'), 'start', { process: 'cutting' });
      expectProblem(planned, 409, 'production.work_order_not_released');
      expect(await snapshot()).toEqual(before);

      // PD-MY01 is framed (组框), PD-LVL01 is not: the framing work order holds only the second line's parts
      const mixed = await confirmedOrder(api, t.planner, 'SO-MIX', [
        makeOrderLine(),
        makeOrderLine({ productCode: 'PD-MY01', finish: 'WHITE' }),
      ]);
      const run = await split(mixed);
      const released = (await call('POST', `/split-runs/${run}/release`, t.planner)).body.workOrders as any[];
      expect(released.map((w) => w.process)).toContain('framing');
      const mixLabel = await doorLabel('SO-MIX');
      const mid = await snapshot();
      const notThere = await report(mixLabel, 'start', { process: 'framing' });
      expectProblem(notThere, 422, 'production.report_invalid');
      expect(notThere.body.errors).toEqual([expect.objectContaining({ field: 'barcode' })]);
      expect(await snapshot()).toEqual(mid);
      const there = await report(mixLabel, 'start', { process: 'cutting' });
      expect(there.status).toBe(201);
      expect(there.body.report.door).toMatchObject({ doorNo: 1 });
    });

    it('finds a code or label scanned or typed in any case with spaces around; a label one digit off names nothing', async () => {
      const id = await confirmedOrder(api, t.planner, 'SO-Case', [makeOrderLine()]);
      const run = await split(id);
      const released = (await call('POST', `/split-runs/${run}/release`, t.planner)).body.workOrders as any[];
      const first = released[0];
      expect(first.code).toBe(first.code.toUpperCase());
      const typed = ` ${first.code.toLowerCase()} `;
      const shown = await call('GET', `/work-orders/${encodeURIComponent(typed)}`, t.operator);
      expect({ status: shown.status, id: shown.body.id }).toEqual({ status: 200, id: first.id });
      const started = await report(typed, 'start');
      expect(started.status).toBe(201);
      expect(started.body.workOrder).toMatchObject({ id: first.id, code: first.code, status: 'in_progress' });
      const code = await doorLabel('SO-Case');
      const label = await report(` ${code.toLowerCase()} `, 'report', { good: 1, process: first.process });
      expect(label.status).toBe(201);
      expect(label.body.report.door).toMatchObject({ barcode: code, lineId: expect.any(String), doorNo: 1 });
      // a digit misread or mistyped: the check digit no longer fits, so no package has that code
      const before = await snapshot();
      const slip = `${code.slice(0, 5)}${(Number(code[5]) + 1) % 10}${code.slice(6)}`;
      const wrong = await report(slip, 'report', { good: 1, process: first.process });
      expectProblem(wrong, 404, 'resource.not_found');
      expect(wrong.body.errors).toEqual([expect.objectContaining({ field: 'barcode' })]);
      expect(await snapshot()).toEqual(before);
    });

    it('refuses to resume a done work order (409, the state machine)', async () => {
      const before = await snapshot();
      const res = await call('POST', `/work-orders/${workOrders[0].code}/resume`, t.planner);
      expectProblem(res, 409, 'production.work_order_done');
      expect(res.body.params).toEqual({ status: 'done', action: 'resume' });
      expect(await snapshot()).toEqual(before);
    });

    it('lets an admin report, hold and resume', async () => {
      const wo = (await call('GET', '/work-orders?order=SO-MIX&process=sanding', t.admin)).body.items[0];
      const held = await call('POST', `/work-orders/${wo.code}/hold`, t.admin, { reason: '管理员暂停 admin hold' });
      expect(held.status).toBe(200);
      expect(held.body.status).toBe('on_hold');
      const resumed = await call('POST', `/work-orders/${wo.code}/resume`, t.admin);
      expect(resumed.body.status).toBe('released');
      const mix = (await call('GET', '/work-orders?order=SO-MIX&process=cutting', t.admin)).body.items[0];
      const res = await report(mix.code, 'report', { good: 1 }, t.admin);
      expect(res.status).toBe(201);
      expect(res.body.workOrder).toMatchObject({ code: mix.code, good: 1 });
    });
  });

  describe('auth', () => {
    const routes = (code: string): [string, string, unknown, string[]][] => [
      ['POST', `/split-runs/${runId}/release`, undefined, ['operator', 'manager', 'packer', 'warehouse']],
      ['GET', '/work-orders', undefined, ['warehouse']],
      ['GET', `/work-orders/${code}`, undefined, ['warehouse']],
      ['POST', `/work-orders/${code}/hold`, { reason: 'x' }, ['operator', 'packer', 'warehouse']],
      ['POST', `/work-orders/${code}/resume`, undefined, ['operator', 'packer', 'warehouse']],
      [
        'POST',
        '/production/reports',
        { scanId: randomUUID(), barcode: code, action: 'start' },
        ['planner', 'manager', 'packer', 'warehouse'],
      ],
      ['GET', '/production/scrap-reasons', undefined, ['packer', 'warehouse']],
      ['GET', `/production/progress?order=${orderId}`, undefined, ['warehouse']],
      ['GET', '/production/wip', undefined, ['packer', 'warehouse']],
      ['GET', `/production/doors-ready?order=${orderId}`, undefined, ['operator', 'warehouse']],
    ];

    it('answers 401 without a token and 403 to every role a route does not name, changing nothing', async () => {
      const before = await snapshot();
      for (const [method, path, body, refused] of routes(workOrders[3].code)) {
        expect({ path, status: (await call(method, path, undefined, body)).status }).toEqual({ path, status: 401 });
        for (const role of refused) {
          const res = await call(method, path, t[role as keyof Tokens], body);
          expect({ path, role, status: res.status }).toEqual({ path, role, status: 403 });
        }
      }
      expect(await snapshot()).toEqual(before);
    });
  });
});
