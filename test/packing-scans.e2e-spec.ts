import { randomUUID } from 'node:crypto';
import { DEMO_FACTORY_CODE, DEMO_PASSWORD, DemoSeedService } from '@mendao/platform';
import { createTestDatabase, type TestDatabase, testRuntime } from '@mendao/platform/testing';
import { gs1CheckDigit, packageCode } from '@mendao/splitting';
import { makeOrderLine } from '@mendao/splitting/testing';
import { DataSource } from 'typeorm';
import { createOpenApiDocument } from '../apps/api/src/openapi/openapi-document';
import { TestApi } from './support/api';
import { answerProblems } from './support/openapi-answers';
import { confirmedOrder, loadCatalogue, splitFinished } from './support/splitting';

type Tokens = Awaited<ReturnType<TestApi['factoryWithUsers']>>['tokens'];
type Made = { id: string; orderNo: string; runId: string; codes: string[] };

/**
 * Issue 17, scan-to-pack (打包扫描) over HTTP: pack stations and the order open at each, every answer of a pack scan
 * (ok, duplicate, unknown, bad check character, malformed, not_expected for a wrong order, a door not ready, an order
 * not released, a stale split), k of n per door and packed / expected per order up to the order packed, replays and
 * scanId reuse, two stations scanning one package at once, the supervisor's undo, the GS1 settings and SSCC scans,
 * the order's packages, another factory's package, and every refusal of every route.
 */
describe('scan-to-pack (打包)', () => {
  let db: TestDatabase;
  let api: TestApi;
  let t: Tokens;
  let other: Tokens;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await TestApi.start(testRuntime(db.url));
    ({ tokens: t } = await api.factoryWithUsers('PK'));
    ({ tokens: other } = await api.factoryWithUsers('PKX', ['admin', 'planner', 'packer', 'manager', 'operator']));
    await loadCatalogue(api, t.planner);
    await loadCatalogue(api, other.planner);
    // no curing wait: the clock of an HTTP test does not move
    for (const token of [t.planner, other.planner])
      expect((await call('PATCH', '/processes/curing', token, { minWaitMinutes: 0 })).status).toBe(200);
    for (const [code, name] of [
      ['PACK-01', '包装线 1号'],
      ['PACK-02', '包装线 2号'],
    ])
      expect((await call('POST', '/packing/stations', t.manager, { code, name })).status).toBe(201);
  }, 180_000);

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const call = (method: string, path: string, token?: string, body?: unknown) =>
    api.request(method, `/api/v1${path}`, { token, body });
  const sql = (text: string, values: unknown[] = []) => api.app.get(DataSource).query(text, values);

  /** A confirmed order split (and, unless told otherwise, released and made up to packing): its package codes. */
  async function order(
    orderNo: string,
    token: Tokens,
    lines = [makeOrderLine({ quantity: 1 })],
    { release = true, make = true } = {},
  ): Promise<Made> {
    const id = await confirmedOrder(api, token.planner, orderNo, lines);
    const run = await call('POST', '/split-runs', token.planner, { orderIds: [id] });
    expect((await splitFinished(api, token.planner, run.body.id)).status).toBe('succeeded');
    if (release) {
      const released = await call('POST', `/split-runs/${run.body.id}/release`, token.planner);
      expect(released.status).toBe(200);
      for (const wo of (released.body.workOrders as any[]).filter((w) => w.process !== 'packing' && make)) {
        const res = await call('POST', '/production/reports', token.operator, {
          scanId: randomUUID(),
          barcode: wo.code,
          action: 'finish',
          good: wo.plannedQuantity,
        });
        expect({ wo: wo.code, status: res.status }).toEqual({ wo: wo.code, status: 201 });
      }
    }
    return { id, orderNo, runId: run.body.id, codes: await codesOf(id, run.body.id) };
  }

  async function codesOf(orderId: string, runId: string): Promise<string[]> {
    const rows = await sql(
      `SELECT d.barcode FROM door_package d JOIN order_line l ON l.id = d.line_id
        WHERE d.order_id = $1 AND d.split_run_id = $2 ORDER BY l.line_no, d.door_no, d.k`,
      [orderId, runId],
    );
    return rows.map((r: any) => r.barcode as string);
  }

  const scan = (barcode: string, station = 'PACK-01', token = t.packer, scanId: string = randomUUID()) =>
    call('POST', '/packing/scans', token, { scanId, station, barcode });
  const open = (station: string, orderKey: string | null, token = t.packer) =>
    call('PUT', `/packing/stations/${station}/order`, token, { order: orderKey });

  /** What a refused request must leave as it was: package states, scans, stations and the orders' statuses. */
  const snapshot = async () => ({
    packages: await sql('SELECT * FROM packed_package ORDER BY factory_id, code'),
    scans: await sql('SELECT * FROM packing_scan ORDER BY id'),
    stations: await sql('SELECT * FROM packing_station ORDER BY factory_id, code'),
    statuses: await sql('SELECT id, status FROM sales_order ORDER BY id'),
  });
  const scanRows = async () => (await sql('SELECT count(*)::int AS n FROM packing_scan'))[0].n as number;
  const recorded = async (scanId: string) =>
    (await sql('SELECT result, reason, status, package_code FROM packing_scan WHERE scan_id = $1', [scanId]))[0];

  function expectProblem(res: { status: number; body: any; headers: Headers }, status: number, code: string) {
    expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  }

  /** The fields a 400 names (a field may carry several messages). */
  const fields = (res: { body: any }) => [...new Set((res.body.errors as { field: string }[]).map((e) => e.field))];

  /** A code with its check digit replaced by a wrong one. */
  const badCheck = (code: string) => `${code.slice(0, -1)}${(Number(code.slice(-1)) + 1) % 10}`;

  describe('stations', () => {
    it('lists the stations (packer too), each with no open order yet', async () => {
      const res = await call('GET', '/packing/stations', t.packer);
      expect(res.status).toBe(200);
      expect(res.body.items).toEqual([
        expect.objectContaining({ code: 'PACK-01', name: '包装线 1号', active: true, openOrder: null }),
        expect.objectContaining({ code: 'PACK-02', name: '包装线 2号', active: true, openOrder: null }),
      ]);
      expect((await call('GET', '/packing/stations', other.packer)).body.items).toEqual([]);
    });

    it('creates, renames, deactivates and reactivates a station; GET shows it with no progress', async () => {
      const created = await call('POST', '/packing/stations', t.admin, { code: 'PACK-09', name: '临时工位' });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ code: 'PACK-09', name: '临时工位', active: true, openOrder: null });
      const renamed = await call('PUT', '/packing/stations/PACK-09', t.manager, { name: '9号', active: false });
      expect(renamed.status).toBe(200);
      expect(renamed.body).toMatchObject({ name: '9号', active: false });
      expect((await call('GET', '/packing/stations/PACK-09', t.packer)).body).toMatchObject({
        code: 'PACK-09',
        active: false,
        progress: null,
      });
    });

    it('refuses what is not a station: 400 naming the field, 404, 409 taken code, 401, 403 — changing nothing', async () => {
      const before = await snapshot();
      const lower = await call('POST', '/packing/stations', t.manager, { code: 'pack 1', name: 'x' });
      expectProblem(lower, 400, 'request.validation_failed');
      expect(fields(lower)).toEqual(['code']);
      const noName = await call('POST', '/packing/stations', t.manager, { code: 'PACK-10' });
      expect(fields(noName)).toEqual(['name']);
      const extra = await call('POST', '/packing/stations', t.manager, { code: 'PACK-10', name: 'x', colour: 1 });
      expectProblem(extra, 400, 'request.validation_failed');
      expect(fields(extra)).toEqual(['colour']);
      const taken = await call('POST', '/packing/stations', t.manager, { code: 'PACK-01', name: 'again' });
      expectProblem(taken, 409, 'packing.station_exists');
      expect(fields(taken)).toEqual(['code']);
      const badActive = await call('PUT', '/packing/stations/PACK-01', t.manager, { active: 'yes' });
      expect(fields(badActive)).toEqual(['active']);
      expectProblem(await call('GET', '/packing/stations/NOPE', t.packer), 404, 'resource.not_found');
      expectProblem(await call('PUT', '/packing/stations/NOPE', t.manager, { name: 'x' }), 404, 'resource.not_found');
      expectProblem(await call('GET', '/packing/stations/PACK-01', other.packer), 404, 'resource.not_found');
      expectProblem(
        await call('POST', '/packing/stations', t.packer, { code: 'P3', name: 'x' }),
        403,
        'auth.forbidden',
      );
      expectProblem(await call('PUT', '/packing/stations/PACK-01', t.packer, { name: 'x' }), 403, 'auth.forbidden');
      expectProblem(await call('GET', '/packing/stations', t.operator), 403, 'auth.forbidden');
      expectProblem(await call('GET', '/packing/stations'), 401, 'auth.unauthenticated');
      expect(await snapshot()).toEqual(before);
    });

    it('opens only an order in production at a station: 404 naming order, 409 otherwise, 400 without order', async () => {
      const draft = await confirmedOrder(api, t.planner, 'SO-包-未拆', [makeOrderLine()]);
      const before = await snapshot();
      const unknown = await open('PACK-01', 'SO-NONE');
      expectProblem(unknown, 404, 'resource.not_found');
      expect(fields(unknown)).toEqual(['order']);
      const notMade = await open('PACK-01', draft);
      expectProblem(notMade, 409, 'packing.order_not_packable');
      expect(notMade.body.params).toEqual({ order: 'SO-包-未拆', status: 'confirmed' });
      const missing = await call('PUT', '/packing/stations/PACK-01/order', t.packer, {});
      expect(fields(missing)).toEqual(['order']);
      expectProblem(await open('PACK-09', null), 409, 'packing.station_inactive');
      expectProblem(await open('NOPE', null), 404, 'resource.not_found');
      expectProblem(await open('PACK-01', null, t.planner), 403, 'auth.forbidden');
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('pack scans', () => {
    let a: Made; // two doors
    let b: Made;

    beforeAll(async () => {
      a = await order('SO-包-A', t, [makeOrderLine({ quantity: 2, room: '主卧' })]);
      b = await order('SO-包-B', t);
    }, 120_000);

    it('packs a package: 201 ok, the door k of n, the order packed / expected, the station opens the order', async () => {
      const res = await scan(a.codes[0]);
      expect(res.status).toBe(201);
      const n = res.body.package.n as number;
      expect(n).toBeGreaterThan(1);
      expect(res.body).toMatchObject({
        result: 'ok',
        replayed: false,
        package: {
          code: a.codes[0],
          barcode: a.codes[0],
          k: 1,
          doorNo: 1,
          status: 'packed',
          packedBy: 'packer',
          station: 'PACK-01',
          order: { id: a.id, orderNo: 'SO-包-A', customer: '测试客户' },
          line: { lineNo: 1, room: '主卧' },
        },
        order: { id: a.id, orderNo: 'SO-包-A', packed: 1, expected: a.codes.length, complete: false },
        door: {
          lineNo: 1,
          doorNo: 1,
          room: '主卧',
          packed: 1,
          n,
          missing: Array.from({ length: n - 1 }, (_, i) => i + 2),
        },
        station: { code: 'PACK-01', openOrder: { id: a.id, orderNo: 'SO-包-A' } },
      });
      expect(res.body.package.contents.length).toBeGreaterThan(0);
      expect(res.body.reason).toBeUndefined();
    });

    it('answers duplicate (200) for a package packed already, and a lower-case scan names the same package', async () => {
      const before = (await snapshot()).packages;
      const res = await scan(a.codes[0].toLowerCase());
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ result: 'duplicate', package: { code: a.codes[0], status: 'packed' } });
      expect(res.body.order).toMatchObject({ packed: 1 });
      expect((await snapshot()).packages).toEqual(before);
    });

    it('replays a scanId with the same request (replayed), refuses it for another (409 packing.scan_id_reused)', async () => {
      const scanId = randomUUID();
      const first = await scan(a.codes[1], 'PACK-01', t.packer, scanId);
      expect(first.status).toBe(201);
      const rows = await scanRows();
      const again = await scan(a.codes[1], 'PACK-01', t.packer, scanId);
      expect(again.status).toBe(200);
      expect(again.body).toEqual({ ...first.body, replayed: true });
      const reused = await scan(a.codes[2], 'PACK-01', t.packer, scanId);
      expectProblem(reused, 409, 'packing.scan_id_reused');
      expect(reused.body.params).toMatchObject({ scanId, kind: 'pack', barcode: a.codes[1] });
      expect(fields(reused)).toEqual(['scanId']);
      expect(await scanRows()).toBe(rows);
      expect((await sql('SELECT status FROM packed_package WHERE code = $1', [a.codes[2]])).length).toBe(0);
    });

    it('answers not_expected wrong_order for a package of another order than the one open (recorded, not packed)', async () => {
      const scanId = randomUUID();
      const res = await scan(b.codes[0], 'PACK-01', t.packer, scanId);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        result: 'not_expected',
        reason: 'wrong_order',
        package: { code: b.codes[0], status: 'created' },
        order: { id: b.id, packed: 0 },
        station: { openOrder: { orderNo: 'SO-包-A' } },
      });
      expect(await recorded(scanId)).toEqual({
        result: 'not_expected',
        reason: 'wrong_order',
        status: 200,
        package_code: b.codes[0],
      });
      expect((await sql('SELECT * FROM packed_package WHERE code = $1', [b.codes[0]])).length).toBe(0);
    });

    it('refuses unknown (404), bad check (422) and malformed (422) codes: recorded, nothing packed', async () => {
      const before = (await snapshot()).packages;
      const cases: [string, number, string, string | null][] = [
        [packageCode(987_654_321), 404, 'packing.unknown_package', null],
        [badCheck(a.codes[3]), 422, 'packing.bad_check_character', 'bad_check'],
        ['HELLO-123', 422, 'packing.malformed_barcode', 'malformed'],
        [`${'0'.repeat(17)}${gs1CheckDigit('0'.repeat(17))}`, 404, 'packing.unknown_package', null],
      ];
      for (const [barcode, status, code, reason] of cases) {
        const scanId = randomUUID();
        const res = await scan(barcode, 'PACK-01', t.packer, scanId);
        expectProblem(res, status, code);
        expect(res.body.params).toMatchObject({ result: 'unknown', barcode, ...(reason ? { reason } : {}) });
        expect(fields(res)).toEqual(['barcode']);
        expect(await recorded(scanId)).toEqual({ result: 'unknown', reason, status, package_code: null });
        // the same scan again: the same refusal, replayed
        const again = await scan(barcode, 'PACK-01', t.packer, scanId);
        expectProblem(again, status, code);
      }
      expect((await snapshot()).packages).toEqual(before);
    });

    it('answers 404 for another factory’s package, changing nothing there or here', async () => {
      // their real, released packages: codes are unique across the instance, so none names a package of ours
      const theirs = await order('SO-别厂', other);
      const before = await snapshot();
      for (const code of theirs.codes) {
        const scanId = randomUUID();
        const res = await scan(code, 'PACK-01', t.packer, scanId);
        expectProblem(res, 404, 'packing.unknown_package');
        expect(await recorded(scanId)).toMatchObject({ result: 'unknown', package_code: null });
      }
      const after = await snapshot();
      expect(after.packages).toEqual(before.packages);
      expect(after.statuses).toEqual(before.statuses);
      expect(after.stations).toEqual(before.stations);
      // their own station does not know ours
      expectProblem(
        await call('POST', '/packing/scans', other.packer, {
          scanId: randomUUID(),
          station: 'PACK-01',
          barcode: a.codes[0],
        }),
        404,
        'resource.not_found',
      );
    });

    it('refuses a bad body (400 naming the field), an unknown (404) or inactive (409) station: not recorded', async () => {
      const before = await snapshot();
      const bodies: [Record<string, unknown>, string][] = [
        [{ station: 'PACK-01', barcode: a.codes[2] }, 'scanId'],
        [{ scanId: 'not-a-uuid', station: 'PACK-01', barcode: a.codes[2] }, 'scanId'],
        [{ scanId: randomUUID(), station: 'PACK-01', barcode: '' }, 'barcode'],
        [{ scanId: randomUUID(), station: 'PACK-01', barcode: 'P'.repeat(65) }, 'barcode'],
        [{ scanId: randomUUID(), barcode: a.codes[2] }, 'station'],
        [{ scanId: randomUUID(), station: 'PACK-01', barcode: a.codes[2], weight: 3 }, 'weight'],
      ];
      for (const [body, field] of bodies) {
        const res = await call('POST', '/packing/scans', t.packer, body);
        expectProblem(res, 400, 'request.validation_failed');
        expect(fields(res)).toEqual([field]);
      }
      const unknown = await scan(a.codes[2], 'PACK-77');
      expectProblem(unknown, 404, 'resource.not_found');
      expect(fields(unknown)).toEqual(['station']);
      const inactive = await scan(a.codes[2], 'PACK-09');
      expectProblem(inactive, 409, 'packing.station_inactive');
      expect(inactive.body.params).toEqual({ station: 'PACK-09' });
      expectProblem(await scan(a.codes[2], 'PACK-01', t.planner), 403, 'auth.forbidden');
      expectProblem(await scan(a.codes[2], 'PACK-01', t.manager), 403, 'auth.forbidden');
      expectProblem(await scan(a.codes[2], 'PACK-01', ''), 401, 'auth.unauthenticated');
      expect(await snapshot()).toEqual(before);
    });

    it('answers not_expected door_not_ready, not_released and stale, packing none of them', async () => {
      const unmade = await order('SO-包-未做', t, undefined, { make: false });
      const unreleased = await order('SO-包-未下达', t, undefined, { release: false });
      // edited since its split: its packages are stale until a new split (which deletes them: then they are unknown)
      const twice = await order('SO-包-改过', t, undefined, { release: false });
      const edited = await call('PATCH', `/orders/${twice.id}`, t.planner, { lines: [makeOrderLine({ width: 900 })] });
      expect(edited.status).toBe(200);
      expect(await open('PACK-02', null)).toMatchObject({ status: 200 });
      for (const [code, reason] of [
        [unmade.codes[0], 'door_not_ready'],
        [unreleased.codes[0], 'not_released'],
        [twice.codes[0], 'stale'],
      ]) {
        const res = await scan(code, 'PACK-02');
        expect({ status: res.status, result: res.body.result, reason: res.body.reason }).toEqual({
          status: 200,
          result: 'not_expected',
          reason,
        });
        expect(res.body.station.openOrder).toBeNull();
      }
      const codes = [unmade.codes[0], unreleased.codes[0], twice.codes[0]];
      expect(await sql('SELECT * FROM packed_package WHERE code = ANY($1)', [codes])).toEqual([]);
    });

    it('answers not_expected order_shipped for a package left behind when its order shipped short, packing nothing', async () => {
      const shipped = await order('SO-包-短发', t, [makeOrderLine({ quantity: 2 })]);
      expect(shipped.codes.length).toBeGreaterThan(1);
      expect(await open('PACK-02', null)).toMatchObject({ status: 200 });
      expect((await scan(shipped.codes[0], 'PACK-02')).status).toBe(201);
      const shipment = await call('POST', '/shipments', t.packer, { vehicle: '沪A-发', orderIds: [shipped.id] });
      expect(shipment.status).toBe(201);
      const loaded = await call('POST', `/shipments/${shipment.body.id}/scans`, t.packer, {
        scanId: randomUUID(),
        barcode: shipped.codes[0],
      });
      expect(loaded.status).toBe(201);
      const closed = await call('POST', `/shipments/${shipment.body.id}/close`, t.manager, { overrideReason: '先发' });
      expect(closed.body.orders[0].status).toBe('shipped');
      expect(await open('PACK-02', null)).toMatchObject({ status: 200 });

      const scanId = randomUUID();
      const res = await scan(shipped.codes[1], 'PACK-02', t.packer, scanId);
      expect({ status: res.status, result: res.body.result, reason: res.body.reason }).toEqual({
        status: 200,
        result: 'not_expected',
        reason: 'order_shipped',
      });
      expect(await recorded(scanId)).toMatchObject({ result: 'not_expected', reason: 'order_shipped' });
      expect(await sql('SELECT * FROM packed_package WHERE code = $1', [shipped.codes[1]])).toEqual([]);
      expect((await call('GET', `/orders/${shipped.id}`, t.planner)).body.status).toBe('shipped');
    });

    it('packs the order to complete: k of n per door, then the order is packed and the station cleared', async () => {
      const left = a.codes.slice(2);
      let last: any;
      for (const code of left) {
        last = await scan(code);
        expect({ code, status: last.status, result: last.body.result }).toEqual({ code, status: 201, result: 'ok' });
        const door = last.body.door;
        expect(door.packed + door.missing.length).toBe(door.n);
      }
      expect(last.body.order).toEqual({
        id: a.id,
        orderNo: 'SO-包-A',
        customer: '测试客户',
        packed: a.codes.length,
        expected: a.codes.length,
        complete: true,
      });
      expect(last.body.door).toMatchObject({ doorNo: 2, missing: [] });
      expect(last.body.station.openOrder).toBeNull();
      expect((await call('GET', `/orders/${a.id}`, t.planner)).body.status).toBe('packed');
      const station = await call('GET', '/packing/stations/PACK-01', t.packer);
      expect(station.body).toMatchObject({ openOrder: null, progress: null });

      const packages = await call('GET', `/orders/${encodeURIComponent(a.orderNo)}/packages`, t.planner);
      expect(packages.status).toBe(200);
      expect(packages.body.map((p: any) => p.code)).toEqual(a.codes);
      expect(packages.body.every((p: any) => p.status === 'packed' && p.door.k === p.k)).toBe(true);
      const progress = await call('GET', `/packing/orders/${a.id}`, t.packer);
      expect(progress.body.order).toMatchObject({ status: 'packed', packed: a.codes.length, complete: true });
      expect(progress.body.doors.map((d: any) => [d.doorNo, d.ready, d.missing])).toEqual([
        [1, true, []],
        [2, true, []],
      ]);
      expect(progress.body.missing).toEqual([]);
    });

    it('shows an open order’s progress at the station: doors ready, k of n, what is missing', async () => {
      expect((await open('PACK-02', b.orderNo)).body).toMatchObject({
        openOrder: { id: b.id, orderNo: 'SO-包-B' },
        progress: { order: { packed: 0, expected: b.codes.length, complete: false } },
      });
      const station = (await call('GET', '/packing/stations/PACK-02', t.manager)).body;
      expect(station.progress.doors).toEqual([
        expect.objectContaining({ doorNo: 1, ready: true, packed: 0, missing: b.codes.map((_, i) => i + 1) }),
      ]);
      expect(station.progress.missing.map((p: any) => p.code)).toEqual(b.codes);
      expect((await open('PACK-02', null)).body).toMatchObject({ openOrder: null, progress: null });
    });

    it('refuses to re-split a packed order (409) and keeps its packing records', async () => {
      const before = await sql('SELECT * FROM packed_package WHERE order_id = $1 ORDER BY code', [a.id]);
      const res = await call('POST', '/split-runs', t.planner, { orderIds: [a.id] });
      expectProblem(res, 409, 'split_run.orders_not_splittable');
      expect(await sql('SELECT * FROM packed_package WHERE order_id = $1 ORDER BY code', [a.id])).toEqual(before);
      expect(before.length).toBe(a.codes.length);
    });

    it('refuses the order packages routes: 404 unknown order, 403 operator, 401', async () => {
      expectProblem(await call('GET', '/orders/SO-NONE/packages', t.planner), 404, 'resource.not_found');
      expectProblem(await call('GET', `/orders/${a.id}/packages`, other.planner), 404, 'resource.not_found');
      expectProblem(await call('GET', `/orders/${a.id}/packages`, t.operator), 403, 'auth.forbidden');
      expectProblem(await call('GET', `/packing/orders/${a.id}`, t.warehouse), 403, 'auth.forbidden');
      expectProblem(await call('GET', `/packing/orders/${a.id}`), 401, 'auth.unauthenticated');
    });
  });

  describe('concurrency', () => {
    it('two stations scanning the same package at once: exactly one ok, one duplicate, packed once', async () => {
      const c = await order('SO-包-并发', t, [makeOrderLine({ quantity: 2 })]);
      for (const station of ['PACK-01', 'PACK-02']) expect((await open(station, c.id)).status).toBe(200);
      for (const code of c.codes) {
        const answers = await Promise.all([scan(code, 'PACK-01'), scan(code, 'PACK-02')]);
        expect(answers.map((r) => r.body.result).sort()).toEqual(['duplicate', 'ok']);
        expect(answers.map((r) => r.status).sort()).toEqual([200, 201]);
      }
      const rows = await sql('SELECT code, status FROM packed_package WHERE order_id = $1', [c.id]);
      expect(rows.length).toBe(c.codes.length);
      expect((await call('GET', `/orders/${c.id}`, t.planner)).body.status).toBe('packed');
      const oks = await sql(`SELECT count(*)::int AS n FROM packing_scan WHERE order_id = $1 AND result = 'ok'`, [
        c.id,
      ]);
      expect(oks[0].n).toBe(c.codes.length);
    });

    it('two orders scanned at once at a station with none open: one opens it, the other is the wrong order', async () => {
      const x = await order('SO-包-抢X', t, [makeOrderLine({ quantity: 3 })]);
      const y = await order('SO-包-抢Y', t, [makeOrderLine({ quantity: 3 })]);
      // rounds: the station is cleared before each, and both scans race for it
      for (const [i, [a, b]] of x.codes
        .slice(0, 3)
        .map((code, n) => [code, y.codes[n]])
        .entries()) {
        expect((await open('PACK-02', null)).status).toBe(200);
        const answers = await Promise.all([scan(a, 'PACK-02'), scan(b, 'PACK-02')]);
        const results = answers.map((r) => `${r.body.result}${r.body.reason ? `/${r.body.reason}` : ''}`).sort();
        expect({ round: i, results }).toEqual({ round: i, results: ['not_expected/wrong_order', 'ok'] });
        const winner = answers.find((r) => r.body.result === 'ok')?.body.order.id as string;
        const station = await call('GET', '/packing/stations/PACK-02', t.packer);
        expect(station.body.openOrder?.id).toBe(winner);
      }
      expect((await open('PACK-02', null)).status).toBe(200);
    });

    it('the same scanId twice at once: one records it, the other replays its answer', async () => {
      const d = await order('SO-包-同号', t);
      const scanId = randomUUID();
      const answers = await Promise.all([
        scan(d.codes[0], 'PACK-02', t.packer, scanId),
        scan(d.codes[0], 'PACK-02', t.packer, scanId),
      ]);
      expect(answers.map((r) => r.body.replayed).sort()).toEqual([false, true]);
      expect(answers.every((r) => r.body.result === 'ok')).toBe(true);
      expect((await sql('SELECT count(*)::int AS n FROM packing_scan WHERE scan_id = $1', [scanId]))[0].n).toBe(1);
    });
  });

  describe('undo', () => {
    let e: Made;
    let firstScan: string;
    let lastScan: string;

    beforeAll(async () => {
      e = await order('SO-包-撤销', t);
      expect((await open('PACK-01', e.id)).status).toBe(200);
      firstScan = randomUUID();
      expect((await scan(e.codes[0], 'PACK-01', t.packer, firstScan)).status).toBe(201);
      for (const code of e.codes.slice(1, -1)) expect((await scan(code)).status).toBe(201);
      lastScan = randomUUID();
      expect((await scan(e.codes.at(-1) as string, 'PACK-01', t.packer, lastScan)).body.order.complete).toBe(true);
    }, 120_000);

    it('undoes an ok pack scan with a reason: the package back to not packed, the order back in production, audited', async () => {
      const res = await call('POST', `/packing/scans/${lastScan}/undo`, t.manager, { reason: '贴错标签 wrong label' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        scanId: lastScan,
        kind: 'pack',
        undoReason: '贴错标签 wrong label',
        package: { code: e.codes.at(-1), status: 'created' },
      });
      expect((await call('GET', `/orders/${e.id}`, t.planner)).body.status).toBe('in_production');
      const audit = await call('GET', '/audit-log?action=undo', t.admin);
      expect(audit.body.items[0]).toMatchObject({
        username: 'manager',
        action: 'POST /api/v1/packing/scans/:scanId/undo',
        status: 200,
        detail: expect.objectContaining({ undone: expect.objectContaining({ scanId: lastScan, kind: 'pack' }) }),
      });
      // packed again by a new scan: the order is packed again
      const again = await scan(e.codes.at(-1) as string);
      expect(again.body).toMatchObject({ result: 'ok', order: { complete: true } });
      expect((await call('GET', `/orders/${e.id}`, t.planner)).body.status).toBe('packed');
    });

    it('audits every scan request once: an answered scan in its own statement, a replay and a refusal by the HTTP layer', async () => {
      const audited = async () =>
        (
          await sql(
            `SELECT status FROM audit_log WHERE action = 'POST /api/v1/packing/scans' ORDER BY id DESC LIMIT 10`,
          )
        ).map((r: { status: number }) => r.status);
      const before = (
        await sql(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'POST /api/v1/packing/scans'`)
      )[0].n as number;
      const scanId = randomUUID();
      expect((await scan(e.codes[0], 'PACK-02', t.packer, scanId)).status).toBe(200);
      expect((await scan(e.codes[0], 'PACK-02', t.packer, scanId)).body.replayed).toBe(true);
      expect((await scan(packageCode(987_654_320), 'PACK-02')).status).toBe(404);
      const after = (
        await sql(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'POST /api/v1/packing/scans'`)
      )[0].n as number;
      expect(after - before).toBe(3);
      expect((await audited()).slice(0, 3)).toEqual([404, 200, 200]);
    });

    it('refuses to undo twice, a scan that changed nothing, an unknown scan, a bad body, and other roles', async () => {
      const before = await snapshot();
      const twice = await call('POST', `/packing/scans/${lastScan}/undo`, t.manager, { reason: 'again' });
      expectProblem(twice, 409, 'packing.scan_not_undoable');
      expect(twice.body.params).toMatchObject({ scanId: lastScan, result: 'ok', undoneAt: expect.any(String) });
      const dupId = randomUUID();
      expect((await scan(e.codes[0], 'PACK-02', t.packer, dupId)).body.result).toBe('duplicate');
      const stamped = await snapshot();
      expectProblem(
        await call('POST', `/packing/scans/${dupId}/undo`, t.admin, { reason: 'x' }),
        409,
        'packing.scan_not_undoable',
      );
      const unknown = await call('POST', `/packing/scans/${randomUUID()}/undo`, t.manager, { reason: 'x' });
      expectProblem(unknown, 404, 'resource.not_found');
      expect(fields(unknown)).toEqual(['scanId']);
      expectProblem(
        await call('POST', '/packing/scans/not-a-uuid/undo', t.manager, { reason: 'x' }),
        404,
        'resource.not_found',
      );
      const noReason = await call('POST', `/packing/scans/${firstScan}/undo`, t.manager, {});
      expect(fields(noReason)).toEqual(['reason']);
      expectProblem(
        await call('POST', `/packing/scans/${firstScan}/undo`, t.packer, { reason: 'x' }),
        403,
        'auth.forbidden',
      );
      expectProblem(
        await call('POST', `/packing/scans/${firstScan}/undo`, other.manager, { reason: 'x' }),
        404,
        'resource.not_found',
      );
      expectProblem(
        await call('POST', `/packing/scans/${firstScan}/undo`, undefined, { reason: 'x' }),
        401,
        'auth.unauthenticated',
      );
      expect(before.packages).toEqual(stamped.packages);
      expect(await snapshot()).toEqual(stamped);
    });

    it('refuses to undo the pack scan of a loaded package (409 packing.package_loaded); undoes its load scan first', async () => {
      const shipment = await call('POST', '/shipments', t.planner, { vehicle: '沪A·00001', orderIds: [e.id] });
      expect(shipment.status).toBe(201);
      const loadId = randomUUID();
      const loaded = await call('POST', `/shipments/${shipment.body.id}/scans`, t.packer, {
        scanId: loadId,
        barcode: e.codes[0],
      });
      expect({ status: loaded.status, result: loaded.body.result }).toEqual({ status: 201, result: 'ok' });
      const refused = await call('POST', `/packing/scans/${firstScan}/undo`, t.manager, { reason: 'x' });
      expectProblem(refused, 409, 'packing.package_loaded');
      expect(refused.body.params).toMatchObject({
        scanId: firstScan,
        code: e.codes[0],
        shipment: shipment.body.number,
      });

      const unload = await call('POST', `/packing/scans/${loadId}/undo`, t.manager, { reason: '装错车 wrong truck' });
      expect(unload.status).toBe(200);
      expect(unload.body).toMatchObject({ kind: 'load', package: { code: e.codes[0], status: 'packed' } });
      const unpack = await call('POST', `/packing/scans/${firstScan}/undo`, t.manager, { reason: 'x' });
      expect(unpack.status).toBe(200);
      expect(unpack.body.package).toMatchObject({ status: 'created' });
    });
    it('refuses to undo a load scan of a closed shipment (409 shipment.closed) or its pack scan (409 packing.order_shipped)', async () => {
      const g = await order('SO-包-已发', t);
      expect((await open('PACK-02', null)).status).toBe(200);
      const packIds: string[] = [];
      for (const code of g.codes) {
        packIds.push(randomUUID());
        expect((await scan(code, 'PACK-02', t.packer, packIds.at(-1))).status).toBe(201);
      }
      const shipment = (await call('POST', '/shipments', t.planner, { vehicle: '沪A·00002', orderIds: [g.id] })).body;
      const loadIds: string[] = [];
      for (const code of g.codes) {
        loadIds.push(randomUUID());
        const res = await call('POST', `/shipments/${shipment.id}/scans`, t.packer, {
          scanId: loadIds.at(-1),
          barcode: code,
        });
        expect(res.status).toBe(201);
      }
      expect((await call('POST', `/shipments/${shipment.id}/close`, t.packer, {})).status).toBe(200);
      const before = await snapshot();
      const refused = await call('POST', `/packing/scans/${loadIds[0]}/undo`, t.manager, { reason: 'x' });
      expectProblem(refused, 409, 'shipment.closed');
      expect(fields(refused)).toEqual(['scanId']);
      // its pack scan neither: the order is shipped (undoing the load first is no way out, the shipment is closed)
      expectProblem(
        await call('POST', `/packing/scans/${packIds[0]}/undo`, t.admin, { reason: 'x' }),
        409,
        'packing.order_shipped',
      );
      expect(await snapshot()).toEqual(before);
      expect((await call('GET', `/orders/${g.id}`, t.planner)).body.status).toBe('shipped');
    });

    it('refuses to undo the pack scan of a package left behind by an override (409 packing.order_shipped)', async () => {
      const h = await order('SO-包-超发', t);
      expect(h.codes.length).toBeGreaterThan(1);
      expect((await open('PACK-02', null)).status).toBe(200);
      const packIds: string[] = [];
      for (const code of h.codes) {
        packIds.push(randomUUID());
        expect((await scan(code, 'PACK-02', t.packer, packIds.at(-1))).status).toBe(201);
      }
      const shipment = (await call('POST', '/shipments', t.planner, { vehicle: '沪A·00003', orderIds: [h.id] })).body;
      const loaded = await call('POST', `/shipments/${shipment.id}/scans`, t.packer, {
        scanId: randomUUID(),
        barcode: h.codes[0],
      });
      expect(loaded.status).toBe(201);
      const closed = await call('POST', `/shipments/${shipment.id}/close`, t.manager, {
        overrideReason: '客户急用 rush',
      });
      expect(closed.status).toBe(200);
      expect((await call('GET', `/orders/${h.id}`, t.planner)).body.status).toBe('shipped');
      const before = await snapshot();
      const refused = await call('POST', `/packing/scans/${packIds[1]}/undo`, t.manager, { reason: 'x' });
      expectProblem(refused, 409, 'packing.order_shipped');
      expect(refused.body.params).toEqual({ scanId: packIds[1], code: h.codes[1], order: 'SO-包-超发' });
      expect(fields(refused)).toEqual(['scanId']);
      expect(await snapshot()).toEqual(before);
      expect((await sql('SELECT status FROM packed_package WHERE code = $1', [h.codes[1]]))[0].status).toBe('packed');
      expect((await call('GET', `/orders/${h.id}`, t.planner)).body.status).toBe('shipped');
    });
  });

  describe('settings and SSCC', () => {
    it('answers no GS1 prefix by default; sets one (admin), then labels and scans use the SSCC-18', async () => {
      expect((await call('GET', '/packing/settings', t.packer)).body).toEqual({
        gs1CompanyPrefix: null,
        ssccExtension: 0,
      });
      const put = await call('PUT', '/packing/settings', t.admin, { gs1CompanyPrefix: '6901234', ssccExtension: 3 });
      expect(put.status).toBe(200);
      expect(put.body).toEqual({ gs1CompanyPrefix: '6901234', ssccExtension: 3 });
      const f = await order('SO-包-SSCC', t);
      const [first] = (await call('GET', `/orders/${f.id}/packages`, t.packer)).body;
      const serial = Number(f.codes[0].slice(1, 10));
      const body17 = `36901234${String(serial).padStart(9, '0')}`;
      expect(first.barcode).toBe(`${body17}${gs1CheckDigit(body17)}`);
      expect((await open('PACK-01', null)).status).toBe(200);
      const res = await scan(`(00)${first.barcode}`);
      expect(res.status).toBe(201);
      expect(res.body.package).toMatchObject({ code: f.codes[0], barcode: first.barcode });
      // the internal code still reads; another company's SSCC names nothing here
      expect((await scan(f.codes[1])).body.result).toBe('ok');
      const foreign = `3690999900${String(serial).padStart(7, '0')}`;
      expectProblem(await scan(`${foreign}${gs1CheckDigit(foreign)}`), 404, 'packing.unknown_package');
      expect((await call('PUT', '/packing/settings', t.admin, { gs1CompanyPrefix: null })).body).toEqual({
        gs1CompanyPrefix: null,
        ssccExtension: 0,
      });
    });

    it('refuses a bad prefix or extension (400), a prefix too long for the serials so far (409), other roles', async () => {
      const before = await sql('SELECT * FROM packing_settings');
      for (const [body, field] of [
        [{ gs1CompanyPrefix: '123456' }, 'gs1CompanyPrefix'],
        [{ gs1CompanyPrefix: '12345678901' }, 'gs1CompanyPrefix'],
        [{ gs1CompanyPrefix: 6901234 }, 'gs1CompanyPrefix'],
        [{}, 'gs1CompanyPrefix'],
        [{ gs1CompanyPrefix: '6901234', ssccExtension: 10 }, 'ssccExtension'],
      ] as const) {
        const res = await call('PUT', '/packing/settings', t.admin, body);
        expectProblem(res, 400, 'request.validation_failed');
        expect(fields(res)).toEqual([field]);
      }
      // a package of this factory whose serial needs seven digits: a 10-digit prefix leaves six
      const [{ id: factoryId }] = await sql(`SELECT id FROM factory WHERE code = 'PK'`);
      const [{ id: packageId, barcode }] = await sql(
        'SELECT id, barcode FROM door_package WHERE factory_id = $1 ORDER BY barcode LIMIT 1',
        [factoryId],
      );
      await sql('UPDATE door_package SET barcode = $2 WHERE id = $1', [packageId, packageCode(1_000_000)]);
      try {
        const tooLong = await call('PUT', '/packing/settings', t.admin, { gs1CompanyPrefix: '6901234567' });
        expectProblem(tooLong, 409, 'packing.gs1_prefix_too_long');
        expect(tooLong.body.params).toEqual({ gs1CompanyPrefix: '6901234567', serialDigits: 6, lastSerial: 1000000 });
        expect(fields(tooLong)).toEqual(['gs1CompanyPrefix']);
      } finally {
        await sql('UPDATE door_package SET barcode = $2 WHERE id = $1', [packageId, barcode]);
      }
      expectProblem(
        await call('PUT', '/packing/settings', t.manager, { gs1CompanyPrefix: null }),
        403,
        'auth.forbidden',
      );
      expectProblem(await call('GET', '/packing/settings', t.warehouse), 403, 'auth.forbidden');
      expectProblem(await call('GET', '/packing/settings'), 401, 'auth.unauthenticated');
      expect(await sql('SELECT * FROM packing_settings')).toEqual(before);
    });
  });

  describe('a serial too long for the prefix', () => {
    it('keeps the internal code where the SSCC has no room: packages, scans and labels answer, none 500', async () => {
      const put = await call('PUT', '/packing/settings', t.admin, { gs1CompanyPrefix: '6901234567', ssccExtension: 0 });
      expect(put.status).toBe(200);
      try {
        // the next two serials: 999999 fills the six digits a 10-digit prefix leaves, 1000000 does not fit
        await sql(`SELECT setval('package_serial_seq', 999998)`);
        const edge = await order('SO-包-边界', t);
        expect(edge.codes.slice(0, 2)).toEqual([packageCode(999_999), packageCode(1_000_000)]);
        const packages = await call('GET', `/orders/${edge.id}/packages`, t.packer);
        expect(packages.status).toBe(200);
        const body17 = `06901234567999999`;
        expect(packages.body.slice(0, 2).map((p: any) => p.barcode)).toEqual([
          `${body17}${gs1CheckDigit(body17)}`,
          edge.codes[1],
        ]);
        expect((await open('PACK-01', null)).status).toBe(200);
        const sscc = await scan(`(00)${packages.body[0].barcode}`);
        expect(sscc.status).toBe(201);
        const internal = await scan(edge.codes[1]);
        expect(internal.status).toBe(201);
        expect(internal.body.package).toMatchObject({ code: edge.codes[1], barcode: edge.codes[1] });
        const labels = await fetch(`${api.baseUrl}/api/v1/orders/${edge.id}/labels.zpl`, {
          headers: { authorization: `Bearer ${t.packer}` },
        });
        expect(labels.status).toBe(200);
        const zpl = await labels.text();
        // the one that fits as GS1-128 with AI 00, the other as Code 128 of its internal code
        expect(zpl).toContain(`>;>800${packages.body[0].barcode}`);
        expect(zpl).toContain(`N,N,N,A^FD${edge.codes[1]}^FS`);
      } finally {
        await call('PUT', '/packing/settings', t.admin, { gs1CompanyPrefix: null });
      }
    });
  });

  describe('the OpenAPI document', () => {
    it('describes every answer of the packing routes, success and refusal, field for field', async () => {
      const document = await createOpenApiDocument();
      const problems: string[] = [];
      const check = async (method: string, route: string, path: string, token: string, body?: unknown) => {
        const res = await api.request(method, `/api/v1${path}`, { token, body });
        const found = answerProblems(
          document,
          method,
          `/api/v1${route}`,
          res.status,
          res.headers.get('content-type') ?? '',
          res.body,
        );
        problems.push(...found.map((p) => `${method} ${path} → ${res.status}: ${p}`));
        return res;
      };
      const h = await order('SO-包-文档', t, [makeOrderLine({ quantity: 2 })]);
      const i = await order('SO-包-文档2', t);
      await check('GET', '/packing/stations', '/packing/stations', t.packer);
      await check('POST', '/packing/stations', '/packing/stations', t.manager, { code: 'PACK-DOC', name: '文档' });
      await check('POST', '/packing/stations', '/packing/stations', t.manager, { code: 'PACK-DOC', name: '文档' });
      await check('PUT', '/packing/stations/{code}', '/packing/stations/PACK-DOC', t.manager, { name: '文档站' });
      await check('PUT', '/packing/stations/{code}/order', '/packing/stations/PACK-DOC/order', t.packer, {
        order: h.orderNo,
      });
      await check('GET', '/packing/stations/{code}', '/packing/stations/PACK-DOC', t.packer);
      await check('GET', '/packing/stations/{code}', '/packing/stations/NOPE', t.packer);
      const scanId = randomUUID();
      const body = (barcode: string, id = randomUUID()) => ({ scanId: id, station: 'PACK-DOC', barcode });
      const ok = await check('POST', '/packing/scans', '/packing/scans', t.packer, body(h.codes[0], scanId));
      expect(ok.status).toBe(201);
      await check('POST', '/packing/scans', '/packing/scans', t.packer, body(h.codes[0], scanId));
      await check('POST', '/packing/scans', '/packing/scans', t.packer, body(h.codes[0]));
      await check('POST', '/packing/scans', '/packing/scans', t.packer, body(i.codes[0]));
      await check('POST', '/packing/scans', '/packing/scans', t.packer, body(packageCode(999_999_999)));
      await check('POST', '/packing/scans', '/packing/scans', t.packer, body(badCheck(h.codes[1])));
      await check('POST', '/packing/scans', '/packing/scans', t.packer, {
        scanId: 'x',
        station: 'PACK-DOC',
        barcode: '',
      });
      await check('GET', '/orders/{order}/packages', `/orders/${h.orderNo}/packages`, t.planner);
      await check('GET', '/packing/orders/{order}', `/packing/orders/${h.id}`, t.packer);
      await check('POST', '/packing/scans/{scanId}/undo', `/packing/scans/${scanId}/undo`, t.manager, {
        reason: '文档',
      });
      await check('POST', '/packing/scans/{scanId}/undo', `/packing/scans/${scanId}/undo`, t.manager, {
        reason: '文档',
      });
      await check('GET', '/packing/settings', '/packing/settings', t.planner);
      await check('PUT', '/packing/settings', '/packing/settings', t.admin, {
        gs1CompanyPrefix: null,
        ssccExtension: 0,
      });
      await check('PUT', '/packing/settings', '/packing/settings', t.admin, { gs1CompanyPrefix: '12' });
      expect(problems).toEqual([]);
    }, 120_000);
  });

  describe('demo', () => {
    it('gives the demo factory its two pack stations', async () => {
      await api.app.get(DemoSeedService).seed();
      const packer = await api.login(DEMO_FACTORY_CODE, 'packer', DEMO_PASSWORD);
      const res = await call('GET', '/packing/stations', packer);
      expect(res.body.items.map((s: any) => [s.code, s.name, s.active])).toEqual([
        ['PACK-01', '包装线 1号', true],
        ['PACK-02', '包装线 2号', true],
      ]);
    }, 60_000);
  });
});
