import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase, testRuntime } from '@mendao/platform/testing';
import { gs1CheckDigit, packageCode } from '@mendao/splitting';
import { makeOrderLine } from '@mendao/splitting/testing';
import type { OpenAPIObject } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { createOpenApiDocument } from '../apps/api/src/openapi/openapi-document';
import { TestApi } from './support/api';
import { answerProblems } from './support/openapi-answers';
import { confirmedOrder, loadCatalogue, splitFinished } from './support/splitting';

type Tokens = Awaited<ReturnType<TestApi['factoryWithUsers']>>['tokens'];

/**
 * Issue 17, shipments and scan-to-load (装车) over HTTP: planning a truck's orders, every answer of a load scan,
 * closing clean, with packages missing (409 listing them) and on a supervisor's override, the manifest (JSON and
 * PDF), concurrent loaders and a close racing a scan, another factory, every refusal and every role.
 */
describe('shipments and scan-to-load (装车)', () => {
  let db: TestDatabase;
  let api: TestApi;
  let t: Tokens;
  let other: Tokens;
  let otherFactoryId: string;
  const dir = mkdtempSync(join(tmpdir(), 'shipments-'));
  let document: OpenAPIObject;
  /** How the shipment routes' answers differ from the OpenAPI document, gathered from every call (the last test). */
  const undocumented: string[] = [];
  const checked = new Set<string>();

  beforeAll(async () => {
    db = await createTestDatabase();
    document = await createOpenApiDocument();
    api = await TestApi.start(testRuntime(db.url));
    ({ tokens: t } = await api.factoryWithUsers('SH'));
    let factory: { id: string };
    ({ tokens: other, factory } = await api.factoryWithUsers('SX', ['admin', 'planner', 'packer', 'manager']));
    otherFactoryId = factory.id;
    await loadCatalogue(api, t.planner);
    await loadCatalogue(api, other.planner);
    // no curing wait: the clock of an HTTP test does not move
    for (const token of [t.planner, other.planner])
      expect((await call('PATCH', '/processes/curing', token, { minWaitMinutes: 0 })).status).toBe(200);
  }, 180_000);

  afterAll(async () => {
    await api?.close();
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function call(method: string, path: string, token?: string, body?: unknown) {
    const res = await api.request(method, `/api/v1${path}`, { token, body });
    const route = routeOf(path);
    if (route) {
      const type = res.headers.get('content-type') ?? '';
      const found = answerProblems(document, method, route, res.status, type, res.body);
      undocumented.push(...found.map((p) => `${method} ${path} → ${res.status}: ${p}`));
      checked.add(`${method} ${route} ${res.status}`);
    }
    return res;
  }

  /** The document's path of a shipment route, or null for another route. */
  function routeOf(path: string): string | null {
    const match = /^\/shipments(?:\/([^/]+)(?:\/(scans|close|cancel|manifest))?)?$/.exec(path.split('?')[0]);
    if (!match) return null;
    return `/api/v1/shipments${match[1] ? '/{id}' : ''}${match[2] ? `/${match[2]}` : ''}`;
  }
  const sql = (text: string, values: unknown[] = []) => api.app.get(DataSource).query(text, values);

  /** A confirmed order split, released and made (every process before packing reported): its package codes. */
  async function madeOrder(orderNo: string, token: Tokens, lines = [makeOrderLine({ quantity: 1 })]) {
    const id = await confirmedOrder(api, token.planner, orderNo, lines);
    const run = await call('POST', '/split-runs', token.planner, { orderIds: [id] });
    expect((await splitFinished(api, token.planner, run.body.id)).status).toBe('succeeded');
    const released = await call('POST', `/split-runs/${run.body.id}/release`, token.planner);
    for (const wo of (released.body.workOrders as any[]).filter((w) => w.process !== 'packing')) {
      const res = await call('POST', '/production/reports', token.operator ?? token.admin, {
        scanId: randomUUID(),
        barcode: wo.code,
        action: 'finish',
        good: wo.plannedQuantity,
      });
      expect({ wo: wo.code, status: res.status }).toEqual({ wo: wo.code, status: 201 });
    }
    const codes = (
      await sql(
        `SELECT d.barcode FROM door_package d JOIN order_line l ON l.id = d.line_id
          WHERE d.order_id = $1 ORDER BY l.line_no, d.door_no, d.k`,
        [id],
      )
    ).map((r: any) => r.barcode as string);
    expect(codes.length).toBeGreaterThan(1);
    return { id, orderNo, codes };
  }

  /** Packs one order's packages at a pack station (PACK-S, made on first use), each scan ok. */
  async function pack(token: Tokens, codes: string[]) {
    const station = await call('GET', '/packing/stations/PACK-S', token.packer);
    if (station.status === 404)
      expect(
        (await call('POST', '/packing/stations', token.manager, { code: 'PACK-S', name: '包装线 S' })).status,
      ).toBe(201);
    expect((await call('PUT', '/packing/stations/PACK-S/order', token.packer, { order: null })).status).toBe(200);
    for (const barcode of codes) {
      const res = await call('POST', '/packing/scans', token.packer, {
        scanId: randomUUID(),
        station: 'PACK-S',
        barcode,
      });
      expect({ barcode, status: res.status, result: res.body.result }).toEqual({ barcode, status: 201, result: 'ok' });
    }
  }

  /** Cancels an open shipment nothing is loaded on: its orders are free for another. */
  async function cancel(key: string) {
    const res = await call('POST', `/shipments/${key}/cancel`, t.planner);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'cancelled', cancelledAt: expect.any(String), missing: [] });
    expect([res.body.id, res.body.number]).toContain(key);
  }

  const load = (shipment: string, barcode: string, token = t.packer, scanId = randomUUID()) =>
    call('POST', `/shipments/${shipment}/scans`, token, { scanId, barcode });

  /** What a refusal must leave as it was: shipments, their orders, package states and orders' statuses. */
  const snapshot = async () => ({
    shipments: await sql('SELECT * FROM shipment ORDER BY id'),
    orders: await sql('SELECT * FROM shipment_order ORDER BY shipment_id, order_id'),
    packages: await sql('SELECT * FROM packed_package ORDER BY factory_id, code'),
    statuses: await sql('SELECT id, status FROM sales_order ORDER BY id'),
  });
  const scans = async () => (await sql('SELECT count(*)::int AS n FROM packing_scan'))[0].n as number;

  function expectProblem(res: { status: number; body: any; headers: Headers }, status: number, code: string) {
    expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  }

  /** An SSCC-18 with its check digit. */
  const sscc = (first17: string) => `${first17}${gs1CheckDigit(first17)}`;

  function today(): string {
    const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    return parts.replace(/-/g, '');
  }

  const pdfText = (pdf: Buffer) => {
    const file = join(dir, `${randomUUID()}.pdf`);
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-raw', file, '-']).toString().replace(/\s+/g, ' ');
  };

  describe('planning', () => {
    let a: Awaited<ReturnType<typeof madeOrder>>;
    let b: Awaited<ReturnType<typeof madeOrder>>;

    beforeAll(async () => {
      a = await madeOrder('SO-装车-A', t);
      b = await madeOrder('SO-装车-B', t, [makeOrderLine({ quantity: 2, room: '主卧' })]);
    }, 120_000);

    it('creates a shipment numbered by the factory’s day, its orders in delivery order, everything still to load', async () => {
      const res = await call('POST', '/shipments', t.planner, {
        vehicle: ' 沪A·12345 ',
        driver: '张师傅',
        orderIds: [b.orderNo, a.id],
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        number: `SH-${today()}-001`,
        vehicle: '沪A·12345',
        driver: '张师傅',
        status: 'open',
        closedAt: null,
        closedBy: null,
        overrideReason: null,
        loaded: 0,
        expected: a.codes.length + b.codes.length,
      });
      expect(res.body.orders).toEqual([
        {
          id: b.id,
          orderNo: b.orderNo,
          customer: '测试客户',
          stop: 1,
          loadSequence: 2,
          status: 'in_production',
          loaded: 0,
          expected: b.codes.length,
          packed: 0,
        },
        expect.objectContaining({ id: a.id, stop: 2, loadSequence: 1, expected: a.codes.length }),
      ]);
      expect(res.body.missing.map((m: any) => m.code)).toEqual([...b.codes, ...a.codes]);
      expect(res.body.missing[0]).toEqual({
        code: b.codes[0],
        barcode: b.codes[0],
        orderId: b.id,
        orderNo: b.orderNo,
        lineNo: 1,
        doorNo: 1,
        k: 1,
        n: expect.any(Number),
      });
      for (const key of [res.body.id, res.body.number]) {
        const got = await call('GET', `/shipments/${encodeURIComponent(key)}`, t.packer);
        expect(got.status).toBe(200);
        expect(got.body).toEqual(res.body);
      }
      // cancelled (nothing loaded): its orders are free for the next tests, its number stays taken
      await cancel(res.body.id);
    });

    it('numbers the day’s next shipment after the last, and lists them newest first by status with a cursor', async () => {
      const first = await call('POST', '/shipments', t.packer, { vehicle: '车 1', orderIds: [a.id] });
      const second = await call('POST', '/shipments', t.manager, { vehicle: '车 2', orderIds: [b.id] });
      expect([first.body.number, second.body.number]).toEqual([`SH-${today()}-002`, `SH-${today()}-003`]);
      expect(second.body.driver).toBeNull();
      const page1 = await call('GET', '/shipments?limit=1', t.planner);
      expect(page1.status).toBe(200);
      expect(page1.body.items).toEqual([
        expect.objectContaining({
          id: second.body.id,
          number: second.body.number,
          status: 'open',
          loaded: 0,
          expected: b.codes.length,
          orders: 1,
        }),
      ]);
      const page2 = await call('GET', `/shipments?limit=1&cursor=${page1.body.nextCursor}`, t.planner);
      expect(page2.body.items.map((s: any) => s.id)).toEqual([first.body.id]);
      expect((await call('GET', '/shipments?status=closed', t.planner)).body).toEqual({ items: [], nextCursor: null });
      expect((await call('GET', '/shipments?status=open', t.planner)).body.items).toHaveLength(2);
      const cancelled = (await call('GET', '/shipments?status=cancelled', t.planner)).body.items;
      expect(cancelled).toEqual([
        expect.objectContaining({ number: `SH-${today()}-001`, cancelledAt: expect.any(String) }),
      ]);
      // another factory sees none of them
      expect((await call('GET', '/shipments', other.planner)).body.items).toEqual([]);
      for (const key of [first.body.id, first.body.number])
        expectProblem(await call('GET', `/shipments/${key}`, other.planner), 404, 'resource.not_found');
      await cancel(first.body.id);
      await cancel(second.body.id);
    });

    it('refuses a bad body with 400 naming the field, writing nothing', async () => {
      const before = await snapshot();
      const cases: [unknown, string][] = [
        [{ orderIds: [a.id] }, 'vehicle'],
        [{ vehicle: '', orderIds: [a.id] }, 'vehicle'],
        [{ vehicle: '   ', orderIds: [a.id] }, 'vehicle'],
        [{ vehicle: 'x'.repeat(41), orderIds: [a.id] }, 'vehicle'],
        [{ vehicle: 'v', driver: 'x'.repeat(41), orderIds: [a.id] }, 'driver'],
        [{ vehicle: 'v', driver: null, orderIds: [a.id] }, 'driver'],
        [{ vehicle: 'v' }, 'orderIds'],
        [{ vehicle: 'v', orderIds: [] }, 'orderIds'],
        [{ vehicle: 'v', orderIds: Array.from({ length: 101 }, (_, i) => `SO-${i}`) }, 'orderIds'],
        [{ vehicle: 'v', orderIds: [a.id, a.id] }, 'orderIds'],
        [{ vehicle: 'v', orderIds: [a.id, a.orderNo] }, 'orderIds[1]'],
        [{ vehicle: 'v', orderIds: [42] }, 'orderIds'],
        [{ vehicle: 'v', orderIds: [a.id], colour: 'red' }, 'colour'],
      ];
      for (const [body, field] of cases) {
        const res = await call('POST', '/shipments', t.planner, body);
        expect({ body, status: res.status }).toEqual({ body, status: 400 });
        expect(res.body.errors.map((e: any) => e.field)).toContainEqual(expect.stringContaining(field));
      }
      expect((await call('GET', '/shipments?status=shipped', t.planner)).status).toBe(400);
      expect((await call('GET', '/shipments?cursor=nope', t.planner)).status).toBe(400);
      const forged = Buffer.from(JSON.stringify(['not a date', 'not an id'])).toString('base64url');
      expect((await call('GET', `/shipments?cursor=${forged}`, t.planner)).status).toBe(400);
      expect(await snapshot()).toEqual(before);
    });

    it('refuses unknown orders (404 naming the index), orders not released and orders on another open shipment (409)', async () => {
      // another factory's order is unknown here
      const theirs = await madeOrder('SO-别厂', other);
      const draft = await confirmedOrder(api, t.planner, 'SO-未下达', [makeOrderLine()]);
      const before = await snapshot();
      const unknown = await call('POST', '/shipments', t.planner, { vehicle: 'v', orderIds: [a.id, 'SO-NOPE'] });
      expectProblem(unknown, 404, 'resource.not_found');
      expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'orderIds[1]' })]);
      const foreign = await call('POST', '/shipments', t.planner, { vehicle: 'v', orderIds: [theirs.id] });
      expectProblem(foreign, 404, 'resource.not_found');
      expect(foreign.body.errors).toEqual([expect.objectContaining({ field: 'orderIds[0]' })]);
      const notReleased = await call('POST', '/shipments', t.planner, { vehicle: 'v', orderIds: [a.id, draft] });
      expectProblem(notReleased, 409, 'shipment.orders_not_shippable');
      expect(notReleased.body.params.orders).toEqual([{ order: 'SO-未下达', status: 'confirmed' }]);
      expect(await snapshot()).toEqual(before);

      const first = await call('POST', '/shipments', t.planner, { vehicle: 'v', orderIds: [a.id] });
      expect(first.status).toBe(201);
      const mid = await snapshot();
      const twice = await call('POST', '/shipments', t.planner, { vehicle: 'w', orderIds: [b.id, a.orderNo] });
      expectProblem(twice, 409, 'shipment.orders_in_open_shipment');
      expect(twice.body.params.orders).toEqual([{ order: a.orderNo, shipment: first.body.number }]);
      expect(await snapshot()).toEqual(mid);
      await cancel(first.body.id);
    });

    it('gives two shipments planned at once for the same order one 201 and one 409', async () => {
      const [x, y] = await Promise.all([
        call('POST', '/shipments', t.planner, { vehicle: 'x', orderIds: [a.id] }),
        call('POST', '/shipments', t.packer, { vehicle: 'y', orderIds: [a.orderNo] }),
      ]);
      expect([x.status, y.status].sort()).toEqual([201, 409]);
      const made = x.status === 201 ? x : y;
      await cancel(made.body.id);
    });
  });

  describe('loading and closing', () => {
    let a: Awaited<ReturnType<typeof madeOrder>>;
    let b: Awaited<ReturnType<typeof madeOrder>>;
    let stray: Awaited<ReturnType<typeof madeOrder>>;
    let shipment: any;

    beforeAll(async () => {
      a = await madeOrder('SO-LOAD-A', t);
      b = await madeOrder('SO-LOAD-B', t);
      stray = await madeOrder('SO-LOAD-X', t);
      await pack(t, a.codes);
      await pack(t, b.codes.slice(1));
      await pack(t, stray.codes);
      shipment = (await call('POST', '/shipments', t.planner, { vehicle: '京B·88888', orderIds: [a.id, b.id] })).body;
    }, 180_000);

    it('lets a packer plan a load: the packed and in-production orders listed and read, writing them still 403', async () => {
      const listed = await call('GET', '/orders?status=packed&status=in_production&limit=100', t.packer);
      expect(listed.status).toBe(200);
      const statuses = new Map(listed.body.items.map((o: any) => [o.orderNo, o.status]));
      expect(statuses.get(a.orderNo)).toBe('packed');
      expect(statuses.get(b.orderNo)).toBe('in_production');
      expect([...statuses.values()].every((s) => s === 'packed' || s === 'in_production')).toBe(true);
      const packed = await call('GET', '/orders?status=packed&limit=100', t.packer);
      expect(packed.body.items.map((o: any) => o.orderNo)).toContain(a.orderNo);
      expect(packed.body.items.map((o: any) => o.orderNo)).not.toContain(b.orderNo);
      const one = await call('GET', `/orders/${encodeURIComponent(a.orderNo)}`, t.packer);
      expect(one.body).toMatchObject({ id: a.id, status: 'packed', lines: expect.any(Array) });
      const before = await snapshot();
      expectProblem(await call('PATCH', `/orders/${b.id}`, t.packer, { customer: 'x' }), 403, 'auth.forbidden');
      expectProblem(await call('POST', `/orders/${b.id}/cancel`, t.packer), 403, 'auth.forbidden');
      expectProblem(
        await call('POST', '/orders', t.packer, { orderNo: 'X', customer: 'x', lines: [] }),
        403,
        'auth.forbidden',
      );
      expect(await snapshot()).toEqual(before);
      // the roles that neither plan nor pack still read no orders
      expect((await call('GET', '/orders', t.operator)).status).toBe(403);
      expect((await call('GET', `/orders/${a.id}`, t.warehouse)).status).toBe(403);
    });

    it('loads a packed package of the shipment (201) with the shipment’s and the order’s counts', async () => {
      const res = await load(shipment.id, a.codes[0]);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        result: 'ok',
        replayed: false,
        loaded: 1,
        expected: a.codes.length + b.codes.length,
        order: {
          id: a.id,
          orderNo: a.orderNo,
          customer: '测试客户',
          loaded: 1,
          expected: a.codes.length,
          complete: false,
        },
        package: {
          code: a.codes[0],
          barcode: a.codes[0],
          order: { id: a.id, orderNo: a.orderNo },
          line: { lineNo: 1 },
          doorNo: 1,
          k: 1,
          status: 'loaded',
          loadedAt: expect.any(String),
          shipment: { id: shipment.id, number: shipment.number },
        },
      });
      expect(res.body.reason).toBeUndefined();
      const [state] = await sql('SELECT status, shipment_id, load_scan_id FROM packed_package WHERE code = $1', [
        a.codes[0],
      ]);
      expect(state).toMatchObject({ status: 'loaded', shipment_id: shipment.id });
    });

    it('reads a code typed in lower case with spaces, and by the shipment’s number', async () => {
      const res = await load(encodeURIComponent(shipment.number), ` ${a.codes[1].toLowerCase()} `);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ result: 'ok', loaded: 2, package: { code: a.codes[1] } });
    });

    it('answers duplicate (200) for a package loaded already, and replays a scanId with its first answer', async () => {
      const before = await snapshot();
      const dup = await load(shipment.id, a.codes[0]);
      expect(dup.status).toBe(200);
      expect(dup.body).toMatchObject({ result: 'duplicate', loaded: 2, package: { status: 'loaded' } });
      expect(await snapshot()).toEqual(before);

      const scanId = randomUUID();
      const first = await load(shipment.id, a.codes[2], t.packer, scanId);
      expect(first.status).toBe(201);
      const again = await load(shipment.id, a.codes[2], t.packer, scanId);
      expect(again.status).toBe(200);
      expect(again.body).toEqual({ ...first.body, replayed: true });
      const reused = await load(shipment.id, a.codes[3] ?? b.codes[1], t.packer, scanId);
      expectProblem(reused, 409, 'packing.scan_id_reused');
      expect(reused.body.errors).toEqual([expect.objectContaining({ field: 'scanId' })]);
    });

    it('answers not_packed for a package of the shipment not packed, and not_in_shipment for another order’s', async () => {
      const before = await snapshot();
      const count = await scans();
      const notPacked = await load(shipment.id, b.codes[0]);
      expect(notPacked.status).toBe(200);
      expect(notPacked.body).toMatchObject({
        result: 'not_packed',
        package: { code: b.codes[0], status: 'created' },
        order: { id: b.id, loaded: 0, complete: false },
      });
      const notHere = await load(shipment.id, stray.codes[0]);
      expect(notHere.status).toBe(200);
      expect(notHere.body).toMatchObject({
        result: 'not_in_shipment',
        reason: 'other_order',
        package: { code: stray.codes[0], order: { orderNo: stray.orderNo }, status: 'packed' },
      });
      expect(notHere.body.order).toBeUndefined();
      expect(await snapshot()).toEqual(before);
      const recorded = await sql(
        `SELECT result, reason, package_code, order_id, status, kind, shipment_id FROM packing_scan
          ORDER BY at DESC, id LIMIT 2`,
      );
      expect(await scans()).toBe(count + 2);
      expect(recorded).toEqual(
        expect.arrayContaining([
          {
            result: 'not_packed',
            reason: null,
            package_code: b.codes[0],
            order_id: b.id,
            status: 200,
            kind: 'load',
            shipment_id: shipment.id,
          },
          expect.objectContaining({ result: 'not_in_shipment', reason: 'other_order', order_id: stray.id }),
        ]),
      );
    });

    it('refuses unknown codes (404), bad check characters and malformed codes (422): recorded, nothing else changed', async () => {
      const before = await snapshot();
      const count = await scans();
      const wrongCheck = `${a.codes[0].slice(0, 10)}${(Number(a.codes[0][10]) + 1) % 10}`;
      const cases: [string, number, string, string | null][] = [
        [packageCode(987_654_321), 404, 'packing.unknown_package', null],
        [wrongCheck, 422, 'packing.bad_check_character', 'bad_check'],
        ['SO-LOAD-A-1-1-1', 422, 'packing.malformed_barcode', 'malformed'],
        // an SSCC while the factory has no GS1 prefix: no package of this factory
        [sscc('06901234000000001'), 404, 'packing.unknown_package', null],
      ];
      for (const [barcode, status, code, reason] of cases) {
        const res = await load(shipment.id, barcode);
        expectProblem(res, status, code);
        expect(res.body.params).toMatchObject({ result: 'unknown', barcode });
        if (reason) expect(res.body.params.reason).toBe(reason);
        expect(res.body.errors).toEqual([expect.objectContaining({ field: 'barcode' })]);
      }
      expect(await snapshot()).toEqual(before);
      expect(await scans()).toBe(count + cases.length);
      const recorded = await sql(
        `SELECT result, reason, status FROM packing_scan WHERE shipment_id = $1 AND result = 'unknown' ORDER BY at`,
        [shipment.id],
      );
      expect(recorded.map((r: any) => [r.reason, r.status])).toEqual(cases.map(([, s, , r]) => [r, s]));
    });

    it('takes another factory’s package as unknown (404) and refuses another factory’s shipment (404), writing nothing', async () => {
      // package codes are unique across the instance: theirs name no package here
      const theirs = await madeOrder('SO-他厂-L', other);
      await pack(other, theirs.codes);
      const theirShipment = (await call('POST', '/shipments', other.planner, { vehicle: 'v', orderIds: [theirs.id] }))
        .body;
      const before = { mine: await snapshot(), scans: await scans() };
      expectProblem(await load(shipment.id, theirs.codes[0]), 404, 'packing.unknown_package');
      expect(await scans()).toBe(before.scans + 1);
      const count = await scans();
      // numbers are per factory (theirs may equal one of ours): their shipment's id names none here
      for (const key of [theirShipment.id, randomUUID(), 'SH-NOPE']) {
        const res = await load(encodeURIComponent(key), a.codes[0]);
        expectProblem(res, 404, 'resource.not_found');
        expect(res.body.errors).toEqual([expect.objectContaining({ field: 'id' })]);
      }
      // their package scanned into their shipment by our packer: still not found
      expectProblem(await load(theirShipment.id, theirs.codes[0]), 404, 'resource.not_found');
      expect(await scans()).toBe(count);
      const [state] = await sql('SELECT status FROM packed_package WHERE code = $1 AND factory_id = $2', [
        theirs.codes[0],
        otherFactoryId,
      ]);
      expect(state.status).toBe('packed');
      expect(await snapshot()).toEqual(before.mine);
    });

    it('refuses a bad scan body with 400 naming the field, recording nothing', async () => {
      const count = await scans();
      const before = await snapshot();
      const cases: [unknown, string][] = [
        [{ barcode: a.codes[0] }, 'scanId'],
        [{ scanId: 'not-a-uuid', barcode: a.codes[0] }, 'scanId'],
        [{ scanId: randomUUID(), barcode: '' }, 'barcode'],
        [{ scanId: randomUUID(), barcode: 'P'.repeat(65) }, 'barcode'],
        [{ scanId: randomUUID() }, 'barcode'],
        [{ scanId: randomUUID(), barcode: a.codes[0], station: 'PACK-01' }, 'station'],
      ];
      for (const [body, field] of cases) {
        const res = await call('POST', `/shipments/${shipment.id}/scans`, t.packer, body);
        expect({ body, status: res.status }).toEqual({ body, status: 400 });
        expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
      }
      expect(await scans()).toBe(count);
      expect(await snapshot()).toEqual(before);
    });

    it('reads the SSCC-18 of a package once the factory has a GS1 prefix, in every form a scanner sends', async () => {
      const settings = { gs1CompanyPrefix: '6901234', ssccExtension: 3 };
      expect((await call('PUT', '/packing/settings', t.admin, settings)).status).toBe(200);
      try {
        const got = (await call('GET', `/shipments/${shipment.id}`, t.packer)).body;
        const missing = got.missing.find((m: any) => a.codes.includes(m.code));
        expect(missing.barcode).toMatch(/^369012340{0,8}\d+$/);
        expect(missing.barcode).toHaveLength(18);
        const res = await load(shipment.id, `(00)${missing.barcode}`);
        expect(res.status).toBe(201);
        expect(res.body.package).toMatchObject({ code: missing.code, barcode: missing.barcode });
        const dup = await load(shipment.id, `00${missing.barcode}`);
        expect(dup.body.result).toBe('duplicate');
        // another company's prefix: unknown here
        expectProblem(
          await load(shipment.id, sscc(`369012350${missing.barcode.slice(9, 17)}`)),
          404,
          'packing.unknown_package',
        );
      } finally {
        expect((await call('PUT', '/packing/settings', t.admin, { gs1CompanyPrefix: null })).status).toBe(200);
      }
    });

    it('gives two loaders scanning the same package at once one ok and one duplicate', async () => {
      // b's first package is not packed; the others are
      const free = (await call('GET', `/shipments/${shipment.id}`, t.packer)).body.missing.filter((m: any) =>
        b.codes.slice(1).includes(m.code),
      );
      const target = free[0].code as string;
      const [x, y] = await Promise.all([load(shipment.id, target, t.packer), load(shipment.id, target, t.admin)]);
      expect([x.body.result, y.body.result].sort()).toEqual(['duplicate', 'ok']);
      expect([x.status, y.status].sort()).toEqual([200, 201]);
      const rows = await sql(`SELECT result FROM packing_scan WHERE package_code = $1 AND kind = 'load'`, [target]);
      expect(rows.filter((r: any) => r.result === 'ok')).toHaveLength(1);
    });

    it('lets the supervisor load at the dock too (the loading station, where a short close is overridden)', async () => {
      const free = (await call('GET', `/shipments/${shipment.id}`, t.manager)).body.missing.filter((m: any) =>
        b.codes.slice(1).includes(m.code),
      );
      expect(free.length).toBeGreaterThan(0);
      const res = await load(shipment.id, free[0].code as string, t.manager);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ result: 'ok', package: { code: free[0].code, status: 'loaded' } });
    });

    it('refuses to close with packages missing (409 listing every one), and an override reason from a packer (403)', async () => {
      const before = await snapshot();
      const view = (await call('GET', `/shipments/${shipment.id}`, t.packer)).body;
      expect(view.missing.length).toBeGreaterThan(0);
      const refused = await call('POST', `/shipments/${shipment.id}/close`, t.packer, {});
      expectProblem(refused, 409, 'shipment.packages_missing');
      expect(refused.body.params).toEqual({
        shipment: shipment.number,
        count: view.missing.length,
        missing: view.missing,
      });
      expect(refused.body.missing).toEqual(view.missing);
      expect(refused.body.missing[0]).toEqual({
        code: expect.any(String),
        barcode: expect.any(String),
        orderId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        orderNo: expect.any(String),
        lineNo: expect.any(Number),
        doorNo: expect.any(Number),
        k: expect.any(Number),
        n: expect.any(Number),
      });
      const packer = await call('POST', `/shipments/${shipment.id}/close`, t.packer, { overrideReason: '急' });
      expectProblem(packer, 403, 'auth.forbidden');
      expect(packer.body.errors).toEqual([expect.objectContaining({ field: 'overrideReason' })]);
      for (const body of [{ overrideReason: '' }, { overrideReason: 'x'.repeat(201) }, { reason: 'x' }]) {
        expect((await call('POST', `/shipments/${shipment.id}/close`, t.manager, body)).status).toBe(400);
      }
      expect(await snapshot()).toEqual(before);
    });

    it('shows an open shipment’s manifest as a draft: what is loaded, by whom, and what is still to load', async () => {
      const res = await call('GET', `/shipments/${shipment.id}/manifest`, t.planner);
      expect(res.status).toBe(200);
      expect(res.body.shipment).toMatchObject({ number: shipment.number, status: 'open', orders: 2 });
      expect(res.body.override).toBeNull();
      expect(res.body.orders.map((o: any) => o.orderNo)).toEqual([a.orderNo, b.orderNo]);
      expect(res.body.orders[0].packages[0]).toEqual({
        code: a.codes[0],
        barcode: a.codes[0],
        kind: expect.any(String),
        lineNo: 1,
        room: null,
        productCode: expect.any(String),
        doorNo: 1,
        k: 1,
        n: a.codes.length,
        contents: expect.arrayContaining([expect.objectContaining({ item: expect.any(String) })]),
        loadedAt: expect.any(String),
        loadedBy: 'packer',
      });
      expect(res.body.missing.length).toBeGreaterThan(0);
      const pdf = await fetch(`${api.baseUrl}/api/v1/shipments/${shipment.id}/manifest.pdf`, {
        headers: { authorization: `Bearer ${t.packer}` },
      });
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      const text = pdfText(Buffer.from(await pdf.arrayBuffer()));
      expect(text).toContain('未关闭 OPEN');
      expect(text).toContain(shipment.number);
      expect(text).toContain(a.orderNo);
    });

    it('closes on a manager’s override: missing packages recorded, orders shipped; twice or a scan after → 409', async () => {
      const missing = (await call('GET', `/shipments/${shipment.id}`, t.packer)).body.missing;
      const res = await call('POST', `/shipments/${shipment.id}/close`, t.manager, {
        overrideReason: '客户要求先发 customer asked',
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        status: 'closed',
        closedAt: expect.any(String),
        closedBy: { username: 'manager' },
        overrideReason: '客户要求先发 customer asked',
        missing,
      });
      expect(res.body.orders.map((o: any) => o.status)).toEqual(['shipped', 'shipped']);
      expect((await call('GET', `/orders/${a.id}`, t.planner)).body.status).toBe('shipped');
      const [row] = await sql('SELECT missing, override_reason FROM shipment WHERE id = $1', [shipment.id]);
      expect(row.missing).toEqual(missing);
      // each missing package names its order by id (the accuracy figures match shipped orders by it)
      for (const m of missing) expect(m.orderId).toBe(b.codes.includes(m.code) ? b.id : a.id);

      const before = { state: await snapshot(), scans: await scans() };
      const again = await call('POST', `/shipments/${shipment.id}/close`, t.manager, {});
      expectProblem(again, 409, 'shipment.closed');
      expect(again.body.params).toEqual({ shipment: shipment.number, closedAt: res.body.closedAt });
      const late = await load(shipment.id, missing.find((m: any) => a.codes.includes(m.code))?.code ?? b.codes[1]);
      expectProblem(late, 409, 'shipment.closed');
      expect(await snapshot()).toEqual(before.state);
      expect(await scans()).toBe(before.scans);

      const manifest = (await call('GET', `/shipments/${shipment.number}/manifest`, t.manager)).body;
      expect(manifest.shipment.status).toBe('closed');
      expect(manifest.override).toEqual({
        reason: '客户要求先发 customer asked',
        by: { id: expect.any(String), username: 'manager' },
        at: res.body.closedAt,
      });
      expect(manifest.missing).toEqual(missing);
      const pdf = await fetch(`${api.baseUrl}/api/v1/shipments/${shipment.id}/manifest.pdf`, {
        headers: { authorization: `Bearer ${t.manager}` },
      });
      const text = pdfText(Buffer.from(await pdf.arrayBuffer()));
      expect(text).toContain('已关闭 CLOSED');
      expect(text).toContain('主管放行 Supervisor override');
      expect(text).toContain(`缺件 Missing (${missing.length})`);
    });
  });

  describe('cancelling', () => {
    it('cancels only with nothing loaded (409 not_empty, then 200 once the load is undone); its orders go free', async () => {
      const order = await madeOrder('SO-CANCEL', t);
      await pack(t, order.codes);
      const shipment = (await call('POST', '/shipments', t.planner, { vehicle: 'c', orderIds: [order.id] })).body;
      const scanId = randomUUID();
      expect((await load(shipment.id, order.codes[0], t.packer, scanId)).status).toBe(201);
      const before = await snapshot();
      const refused = await call('POST', `/shipments/${shipment.id}/cancel`, t.planner);
      expectProblem(refused, 409, 'shipment.not_empty');
      expect(refused.body.params).toEqual({ shipment: shipment.number, loaded: 1 });
      expect(await snapshot()).toEqual(before);
      const undo = await call('POST', `/packing/scans/${scanId}/undo`, t.manager, { reason: '装错车 wrong truck' });
      expect(undo.status).toBe(200);
      await cancel(shipment.number);
      const again = (await call('POST', '/shipments', t.packer, { vehicle: 'd', orderIds: [order.id] })).body;
      expect(again).toMatchObject({ status: 'open', orders: [{ id: order.id, packed: order.codes.length }] });
      await cancel(again.id);
    });

    it('refuses anything on a cancelled shipment (409 shipment.cancelled), writing nothing, and cancelling a closed one', async () => {
      const order = await madeOrder('SO-CANCEL-2', t);
      await pack(t, order.codes);
      const shipment = (await call('POST', '/shipments', t.planner, { vehicle: 'c', orderIds: [order.id] })).body;
      await cancel(shipment.id);
      const before = { state: await snapshot(), scans: await scans() };
      for (const res of [
        await call('POST', `/shipments/${shipment.id}/cancel`, t.planner),
        await call('POST', `/shipments/${shipment.id}/close`, t.manager, { overrideReason: 'x' }),
        await load(shipment.id, order.codes[0]),
      ]) {
        expectProblem(res, 409, 'shipment.cancelled');
        expect(res.body.params).toEqual({ shipment: shipment.number, cancelledAt: expect.any(String) });
      }
      expect(await snapshot()).toEqual(before.state);
      expect(await scans()).toBe(before.scans);
      const manifest = await fetch(`${api.baseUrl}/api/v1/shipments/${shipment.id}/manifest.pdf`, {
        headers: { authorization: `Bearer ${t.planner}` },
      });
      expect(pdfText(Buffer.from(await manifest.arrayBuffer()))).toContain('已取消 CANCELLED');

      const closed = (await call('POST', '/shipments', t.planner, { vehicle: 'e', orderIds: [order.id] })).body;
      expect((await call('POST', `/shipments/${closed.id}/close`, t.manager, { overrideReason: '空车' })).status).toBe(
        200,
      );
      expectProblem(await call('POST', `/shipments/${closed.id}/cancel`, t.planner), 409, 'shipment.closed');
      expectProblem(await call('POST', `/shipments/${randomUUID()}/cancel`, t.planner), 404, 'resource.not_found');
    });
  });

  describe('a clean close', () => {
    it('closes with every package loaded: nothing missing, no override, its order shipped', async () => {
      const order = await madeOrder('SO-CLEAN', t);
      await pack(t, order.codes);
      const shipment = (await call('POST', '/shipments', t.packer, { vehicle: '粤C·1', orderIds: [order.id] })).body;
      for (const code of order.codes) expect((await load(shipment.id, code)).status).toBe(201);
      const last = await load(shipment.id, order.codes[0]);
      expect(last.body).toMatchObject({
        result: 'duplicate',
        loaded: order.codes.length,
        order: { loaded: order.codes.length, expected: order.codes.length, complete: true },
      });
      // a supervisor's reason with nothing missing: closed clean, nothing to record
      const res = await call('POST', `/shipments/${shipment.id}/close`, t.admin, { overrideReason: '无需 not needed' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        status: 'closed',
        overrideReason: null,
        missing: [],
        loaded: order.codes.length,
      });
      expect(res.body.orders[0]).toMatchObject({
        status: 'shipped',
        loaded: order.codes.length,
        packed: order.codes.length,
      });
      const listed = (await call('GET', '/shipments?status=closed', t.planner)).body.items;
      expect(listed.map((s: any) => s.id)).toContain(shipment.id);
    });

    it('never leaves a loaded package on a closed shipment’s missing list when a close races the scans', async () => {
      const order = await madeOrder('SO-RACE', t, [makeOrderLine({ quantity: 2 })]);
      await pack(t, order.codes);
      const shipment = (await call('POST', '/shipments', t.packer, { vehicle: 'race', orderIds: [order.id] })).body;
      const [closed, ...loads] = await Promise.all([
        call('POST', `/shipments/${shipment.id}/close`, t.manager, { overrideReason: 'race' }),
        ...order.codes.map((code: string) => load(shipment.id, code)),
      ]);
      expect(closed.status).toBe(200);
      const loaded = await sql(`SELECT code FROM packed_package WHERE shipment_id = $1 AND status = 'loaded'`, [
        shipment.id,
      ]);
      const [row] = await sql('SELECT missing FROM shipment WHERE id = $1', [shipment.id]);
      const missing = row.missing.map((m: any) => m.code);
      // every package is either loaded or missing, never both
      expect([...loaded.map((r: any) => r.code), ...missing].sort()).toEqual([...order.codes].sort());
      for (const res of loads) expect([201, 409]).toContain(res.status);
      expect(loads.filter((r) => r.status === 201)).toHaveLength(loaded.length);
    });
  });

  describe('auth', () => {
    it('answers 401 without a token and 403 to every role a route does not name, changing nothing', async () => {
      const order = await madeOrder('SO-AUTH', t);
      const shipment = (await call('POST', '/shipments', t.planner, { vehicle: 'auth', orderIds: [order.id] })).body;
      const routes: [string, string, unknown, string[]][] = [
        ['POST', '/shipments', { vehicle: 'v', orderIds: [order.id] }, ['operator', 'warehouse']],
        ['GET', '/shipments', undefined, ['operator', 'warehouse']],
        ['GET', `/shipments/${shipment.id}`, undefined, ['operator', 'warehouse']],
        [
          'POST',
          `/shipments/${shipment.id}/scans`,
          { scanId: randomUUID(), barcode: order.codes[0] },
          ['planner', 'operator', 'warehouse'],
        ],
        ['POST', `/shipments/${shipment.id}/close`, {}, ['planner', 'operator', 'warehouse']],
        ['POST', `/shipments/${shipment.id}/cancel`, undefined, ['operator', 'warehouse']],
        ['GET', `/shipments/${shipment.id}/manifest`, undefined, ['operator', 'warehouse']],
        ['GET', `/shipments/${shipment.id}/manifest.pdf`, undefined, ['operator', 'warehouse']],
      ];
      const before = { state: await snapshot(), scans: await scans() };
      for (const [method, path, body, refused] of routes) {
        expect({ path, status: (await call(method, path, undefined, body)).status }).toEqual({ path, status: 401 });
        for (const role of refused) {
          const res = await call(method, path, t[role as keyof Tokens], body);
          expect({ path, role, status: res.status }).toEqual({ path, role, status: 403 });
        }
      }
      expect(await snapshot()).toEqual(before.state);
      expect(await scans()).toBe(before.scans);
    });
  });

  it('answers as the OpenAPI document says: every status, problem and field of the shipment routes', () => {
    expect(undocumented).toEqual([]);
    // the answers the tests above met, each checked
    const route = '/api/v1/shipments/{id}';
    expect([...checked]).toEqual(
      expect.arrayContaining([
        'POST /api/v1/shipments 201',
        'POST /api/v1/shipments 400',
        'POST /api/v1/shipments 404',
        'POST /api/v1/shipments 409',
        'GET /api/v1/shipments 200',
        `GET ${route} 200`,
        `GET ${route} 404`,
        `GET ${route}/manifest 200`,
        ...[200, 201, 400, 404, 409, 422].map((status) => `POST ${route}/scans ${status}`),
        ...[200, 400, 403, 409].map((status) => `POST ${route}/close ${status}`),
        ...[200, 404, 409].map((status) => `POST ${route}/cancel ${status}`),
      ]),
    );
  });
});
