import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase, testRuntime } from '@mendao/platform/testing';
import { makeOrderLine } from '@mendao/splitting/testing';
import { DataSource } from 'typeorm';
import { TestApi } from './support/api';
import { confirmedOrder, loadCatalogue, splitFinished } from './support/splitting';

type Tokens = Awaited<ReturnType<TestApi['factoryWithUsers']>>['tokens'];

/**
 * Issue 17, the packing and shipping accuracy figures (GET /packing/accuracy): scans per day (the factory's days),
 * station and user, errors caught by kind, undone scans, shipments closed clean or with an override, orders shipped
 * complete; the range's bounds and defaults, another factory's records unseen, every refusal.
 * The records are written as the scan routes write them (packing_scan, shipment): the figures only read them.
 */
describe('packing accuracy figures', () => {
  let db: TestDatabase;
  let api: TestApi;
  let t: Tokens;
  let other: Tokens;
  let factoryId: string;
  let otherFactoryId: string;
  const users: Record<string, string> = {};
  const orders: Record<string, string> = {};

  // three days in Shanghai: 11-28, 11-29, 11-30 (local midnights are 16:00Z the day before)
  const FROM = '2026-11-28T00:00:00+08:00';
  const TO = '2026-12-01T00:00:00+08:00';

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await TestApi.start(testRuntime(db.url));
    let factory: { id: string };
    ({ tokens: t, factory } = await api.factoryWithUsers('AC'));
    factoryId = factory.id;
    ({ tokens: other, factory } = await api.factoryWithUsers('AX', ['admin', 'manager', 'packer', 'planner']));
    otherFactoryId = factory.id;
    for (const row of await sql('SELECT id, username, factory_id FROM "user"'))
      if (row.factory_id === factoryId) users[row.username] = row.id;
    await loadCatalogue(api, t.planner);
    for (const no of ['SO-准确率-1', 'SO-准确率-2', 'SO-准确率-3'])
      orders[no] = await confirmedOrder(api, t.planner, no, [makeOrderLine({ quantity: 1 })]);
    await sql(
      `INSERT INTO packing_station (factory_id, code, name) VALUES ($1, 'PACK-01', '包装线 1号'), ($1, 'PACK-02', '包装线 2号')`,
      [factoryId],
    );
    await seed();
  }, 180_000);

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const call = (method: string, path: string, token?: string, body?: unknown) =>
    api.request(method, `/api/v1${path}`, { token, body });
  function sql(text: string, values: unknown[] = []): Promise<any[]> {
    return api.app.get(DataSource).query(text, values);
  }
  const accuracy = (query: string, token = t.manager) => call('GET', `/packing/accuracy?${query}`, token);
  const range = (extra = '') =>
    `from=${encodeURIComponent(FROM)}&to=${encodeURIComponent(TO)}${extra ? `&${extra}` : ''}`;

  interface Scan {
    at: string;
    kind?: 'pack' | 'load';
    station?: string | null;
    shipment?: string | null;
    result?: string;
    reason?: string | null;
    user?: string;
    undone?: boolean;
    factory?: string;
  }

  async function scan(s: Scan): Promise<void> {
    const kind = s.kind ?? 'pack';
    const status = s.result === undefined || s.result === 'ok' ? 201 : s.result === 'unknown' ? 404 : 200;
    const user = s.user ?? 'packer';
    await sql(
      `INSERT INTO packing_scan (factory_id, scan_id, kind, station, shipment_id, barcode, result, reason, user_id,
                                 username, at, request, status, answer, undone_at, undone_by, undo_reason)
       VALUES ($1, $2, $3, $4, $5, 'P0000000017', $6, $7, $8, $9, $10, '{}', $11, '{}', $12, $13, $14)`,
      [
        s.factory ?? factoryId,
        randomUUID(),
        kind,
        kind === 'pack' ? (s.station ?? 'PACK-01') : null,
        s.shipment ?? null,
        s.result ?? 'ok',
        s.reason ?? null,
        s.factory ? null : users[user],
        user,
        s.at,
        status,
        s.undone ? s.at : null,
        s.undone ? users.manager : null,
        s.undone ? '装错了 wrong door' : null,
      ],
    );
  }

  async function shipment(number: string, closedAt: string | null, orderNos: string[], missing: unknown[] = []) {
    const [{ id }] = await sql(
      `INSERT INTO shipment (factory_id, number, vehicle, status, closed_at, override_reason, missing)
       VALUES ($1, $2, '沪A-12345', $3, $4, $5, $6) RETURNING id`,
      [
        factoryId,
        number,
        closedAt ? 'closed' : 'open',
        closedAt,
        missing.length ? '客户同意分批 customer agreed' : null,
        JSON.stringify(missing),
      ],
    );
    for (const [i, no] of orderNos.entries())
      await sql(`INSERT INTO shipment_order (factory_id, shipment_id, order_id, stop) VALUES ($1, $2, $3, $4)`, [
        factoryId,
        id,
        orders[no],
        i + 1,
      ]);
    return id as string;
  }

  /**
   * 11-28 (local): PACK-01 packer 4 ok (one undone), a duplicate, a bad check character;
   * 11-29 (17:30Z on 11-28 is 01:30 on 11-29 in Shanghai): PACK-02 admin 2 ok, a wrong order, a door not ready,
   *   a malformed code, an unknown; loading by packer: 5 ok, a duplicate, a not_in_shipment, a not_packed;
   * 11-30: nothing. Outside the range: one scan just before `from`, one at `to`; and another factory's scans.
   * Shipments closed in the range: S1 clean (order 1), S2 with an override missing order 3's package (orders 2, 3);
   * S3 still open, S4 closed before the range.
   */
  async function seed(): Promise<void> {
    const s1 = await shipment('SH-1', '2026-11-29T09:00:00+08:00', ['SO-准确率-1']);
    await shipment(
      'SH-2',
      '2026-11-29T10:00:00+08:00',
      ['SO-准确率-2', 'SO-准确率-3'],
      [
        {
          code: 'P0000000025',
          barcode: 'P0000000025',
          orderId: orders['SO-准确率-3'],
          orderNo: 'SO-准确率-3',
          lineNo: 1,
          doorNo: 1,
          k: 2,
          n: 3,
        },
      ],
    );
    await shipment('SH-3', null, []);
    await shipment('SH-4', '2026-11-20T10:00:00+08:00', ['SO-准确率-1']);
    const d28 = (hh: string) => `2026-11-28T${hh}:00:00+08:00`;
    const d29 = (hh: string) => `2026-11-29T${hh}:00:00+08:00`;
    for (let i = 0; i < 4; i++) await scan({ at: d28(`0${i + 8}`), undone: i === 0 });
    await scan({ at: d28('13'), result: 'duplicate' });
    await scan({ at: d28('14'), result: 'unknown', reason: 'bad_check' });
    for (const at of ['2026-11-28T17:30:00Z', d29('09')]) await scan({ at, station: 'PACK-02', user: 'admin' });
    await scan({ at: d29('10'), station: 'PACK-02', user: 'admin', result: 'not_expected', reason: 'wrong_order' });
    await scan({ at: d29('11'), station: 'PACK-02', user: 'admin', result: 'not_expected', reason: 'door_not_ready' });
    await scan({ at: d29('12'), station: 'PACK-02', user: 'admin', result: 'unknown', reason: 'malformed' });
    await scan({ at: d29('13'), station: 'PACK-02', user: 'admin', result: 'unknown' });
    for (let i = 0; i < 5; i++) await scan({ at: d29('15'), kind: 'load', shipment: s1 });
    await scan({ at: d29('16'), kind: 'load', shipment: s1, result: 'duplicate' });
    await scan({ at: d29('16'), kind: 'load', shipment: s1, result: 'not_in_shipment' });
    await scan({ at: d29('17'), kind: 'load', shipment: s1, result: 'not_packed' });
    await scan({ at: '2026-11-27T23:59:59+08:00' });
    await scan({ at: TO, result: 'duplicate' });
    await scan({ at: d29('09'), factory: otherFactoryId, station: null, kind: 'load', result: 'not_packed' });
    await scan({ at: d29('09'), factory: otherFactoryId, station: null, kind: 'load' });
  }

  it('counts scans per local day, every day of the range listed, with the errors caught by kind', async () => {
    const res = await accuracy(range('groupBy=day'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ from: '2026-11-27T16:00:00.000Z', to: '2026-11-30T16:00:00.000Z' });
    expect(res.body).toMatchObject({ groupBy: 'day', timeZone: 'Asia/Shanghai' });
    const days = res.body.groups.map((g: any) => [g.key, g.pack.scans, g.pack.ok, g.pack.undone, g.load.scans]);
    expect(days).toEqual([
      ['2026-11-28', 6, 4, 1, 0],
      ['2026-11-29', 6, 2, 0, 8],
      ['2026-11-30', 0, 0, 0, 0],
    ]);
    const [d28, d29, d30] = res.body.groups;
    expect(d28.pack.errors).toMatchObject({ duplicate: 1, bad_check: 1, wrong_order: 0 });
    expect(d28.packingAccuracy).toBe(0.75);
    expect(d29.pack.errors).toMatchObject({ wrong_order: 1, door_not_ready: 1, malformed: 1, unknown: 1 });
    expect(d29.load).toMatchObject({ ok: 5, errorsCaught: 3 });
    expect(d29.load.errors).toMatchObject({ duplicate: 1, not_in_shipment: 1, not_packed: 1 });
    expect(d30.packingAccuracy).toBeNull();
  });

  it('gives the totals: packing accuracy, errors caught, shipments clean vs override, orders shipped complete', async () => {
    const { body } = await accuracy(range());
    expect(body.totals).toMatchObject({
      packagesPacked: 6,
      packagesPackedCorrect: 5,
      packingAccuracy: 5 / 6,
      errorsCaught: 9,
      shipments: { closed: 2, clean: 1, withOverride: 1 },
      shippingAccuracy: 0.5,
      orders: { shipped: 3, shippedComplete: 2 },
    });
    expect(body.totals.pack).toMatchObject({ scans: 12, ok: 6, undone: 1, errorsCaught: 6 });
    expect(body.totals.pack.errors).toEqual({
      duplicate: 1,
      wrong_order: 1,
      door_not_ready: 1,
      not_released: 0,
      order_packed: 0,
      order_shipped: 0,
      stale: 0,
      unknown: 1,
      bad_check: 1,
      malformed: 1,
      other: 0,
    });
    expect(body.totals.load).toMatchObject({ scans: 8, ok: 5, errorsCaught: 3 });
  });

  it('groups by station with its name (the loading scans as no station), and by user with the username', async () => {
    const stations = (await accuracy(range('groupBy=station'))).body;
    expect(stations.groups.map((g: any) => [g.key, g.name, g.pack.scans, g.load.scans])).toEqual([
      ['PACK-01', '包装线 1号', 6, 0],
      ['PACK-02', '包装线 2号', 6, 0],
      [null, null, 0, 8],
    ]);
    const byUser = (await accuracy(range('groupBy=user'))).body;
    const rows = byUser.groups.map((g: any) => [g.name, g.pack.ok, g.pack.errorsCaught, g.load.scans]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['packer', 4, 2, 8],
        ['admin', 2, 4, 0],
      ]),
    );
    expect(byUser.groups.find((g: any) => g.name === 'packer').key).toBe(users.packer);
    // the totals do not depend on the grouping
    expect(byUser.totals).toEqual(stations.totals);
  });

  it('counts a scan at `from` and none at `to`; another factory sees only its own', async () => {
    const edge = await accuracy(
      `from=${encodeURIComponent('2026-11-27T23:59:59+08:00')}&to=${encodeURIComponent('2026-11-28T08:00:00+08:00')}`,
    );
    expect(edge.body.totals.pack.scans).toBe(1);
    const mine = await accuracy(range(), other.manager);
    expect(mine.status).toBe(200);
    expect(mine.body.totals).toMatchObject({ errorsCaught: 1, shipments: { closed: 0 }, shippingAccuracy: null });
    expect(mine.body.totals.pack.scans).toBe(0);
    expect(mine.body.totals.load).toMatchObject({ scans: 2, ok: 1 });
  });

  it('defaults to the last 30 days up to now, by day', async () => {
    const now = Date.now();
    await scan({
      at: new Date(now - 3_600_000).toISOString(),
      station: 'PACK-02',
      result: 'not_expected',
      reason: 'stale',
    });
    // a package left behind when its order shipped short: its own kind, not 'other'
    await scan({
      at: new Date(now - 7_200_000).toISOString(),
      station: 'PACK-02',
      result: 'not_expected',
      reason: 'order_shipped',
    });
    await scan({
      at: new Date(now - 31 * 86_400_000).toISOString(),
      station: 'PACK-02',
      result: 'not_expected',
      reason: 'not_released',
    });
    const res = await accuracy('', t.admin);
    expect(res.status).toBe(200);
    expect(Date.parse(res.body.to) - Date.parse(res.body.from)).toBe(30 * 86_400_000);
    expect(Math.abs(Date.parse(res.body.to) - now)).toBeLessThan(60_000);
    expect(res.body.groupBy).toBe('day');
    expect(res.body.groups.length).toBeGreaterThanOrEqual(30);
    expect(res.body.totals.pack.errors).toMatchObject({ stale: 1, not_released: 0, order_shipped: 1, other: 0 });
  });

  it('counts what the scan routes record: errors caught at the station, an undo, a load and a close', async () => {
    const { tokens: r } = await api.factoryWithUsers('AR');
    await loadCatalogue(api, r.planner);
    await api.request('PATCH', '/api/v1/processes/curing', { token: r.planner, body: { minWaitMinutes: 0 } });
    const orderId = await confirmedOrder(api, r.planner, 'SO-实扫-1', [makeOrderLine({ quantity: 1 })]);
    const run = await call('POST', '/split-runs', r.planner, { orderIds: [orderId] });
    expect((await splitFinished(api, r.planner, run.body.id)).status).toBe('succeeded');
    const released = await call('POST', `/split-runs/${run.body.id}/release`, r.planner);
    for (const wo of (released.body.workOrders as any[]).filter((w) => w.process !== 'packing'))
      await call('POST', '/production/reports', r.operator, {
        scanId: randomUUID(),
        barcode: wo.code,
        action: 'finish',
        good: wo.plannedQuantity,
      });
    expect((await call('POST', '/packing/stations', r.manager, { code: 'PACK-07', name: '包装线 7号' })).status).toBe(
      201,
    );
    const codes = (await call('GET', `/orders/${orderId}/packages`, r.packer)).body.map((p: any) => p.code as string);
    const pack = (barcode: string, scanId = randomUUID()) =>
      call('POST', '/packing/scans', r.packer, { scanId, station: 'PACK-07', barcode });
    const first = randomUUID();
    expect((await pack(codes[0], first)).status).toBe(201);
    expect((await pack(codes[0])).body.result).toBe('duplicate');
    expect((await pack(`${codes[1].slice(0, -1)}${(Number(codes[1].slice(-1)) + 1) % 10}`)).status).toBe(422);
    expect((await pack('P12')).status).toBe(422);
    expect((await call('POST', `/packing/scans/${first}/undo`, r.manager, { reason: '装错箱' })).status).toBe(200);
    for (const code of codes) expect((await pack(code)).status).toBe(201);
    const shipment = (await call('POST', '/shipments', r.packer, { vehicle: '沪B-1', orderIds: [orderId] })).body.id;
    for (const code of codes)
      expect(
        (await call('POST', `/shipments/${shipment}/scans`, r.packer, { scanId: randomUUID(), barcode: code })).status,
      ).toBe(201);
    expect((await call('POST', `/shipments/${shipment}/close`, r.packer, {})).status).toBe(200);

    const res = await accuracy('groupBy=user', r.manager);
    expect(res.status).toBe(200);
    const n = codes.length;
    expect(res.body.totals).toMatchObject({
      pack: { scans: n + 4, ok: n + 1, undone: 1, errorsCaught: 3 },
      load: { scans: n, ok: n, errorsCaught: 0 },
      packagesPacked: n + 1,
      packagesPackedCorrect: n,
      packingAccuracy: n / (n + 1),
      errorsCaught: 3,
      shipments: { closed: 1, clean: 1, withOverride: 0 },
      shippingAccuracy: 1,
      orders: { shipped: 1, shippedComplete: 1 },
    });
    expect(res.body.totals.pack.errors).toMatchObject({ duplicate: 1, bad_check: 1, malformed: 1 });
    expect(res.body.groups.map((g: any) => g.name)).toEqual(['packer']);
  }, 120_000);

  describe('refusals', () => {
    const expectProblem = (res: { status: number; body: any }, status: number, field?: string) => {
      expect(res.status).toBe(status);
      if (field) expect(res.body.errors.map((e: any) => e.field)).toContain(field);
    };

    it('400 naming `to` when it is not after `from`', async () => {
      expectProblem(await accuracy(`from=${encodeURIComponent(TO)}&to=${encodeURIComponent(FROM)}`), 400, 'to');
      expectProblem(await accuracy(`from=${encodeURIComponent(TO)}&to=${encodeURIComponent(TO)}`), 400, 'to');
    });

    it('400 naming `from` when the range is over 400 days, or `from` is after now with no `to`', async () => {
      const from = encodeURIComponent('2025-01-01T00:00:00Z');
      expectProblem(await accuracy(`from=${from}&to=${encodeURIComponent(TO)}`), 400, 'from');
      expectProblem(await accuracy(`from=${encodeURIComponent('2099-01-01T00:00:00Z')}`), 400, 'from');
    });

    it('400 naming the field for an instant without its zone, a date, a bad groupBy, an unknown field', async () => {
      expectProblem(await accuracy('from=2026-11-28T00:00:00'), 400, 'from');
      expectProblem(await accuracy('to=2026-11-28'), 400, 'to');
      expectProblem(await accuracy('groupBy=week'), 400, 'groupBy');
      expectProblem(await accuracy('station=PACK-01'), 400, 'station');
    });

    it('403 for a packer, a planner and an operator; 401 without a token', async () => {
      for (const role of ['packer', 'planner', 'operator', 'warehouse'] as const)
        expectProblem(await accuracy(range(), t[role]), 403);
      const anonymous = await call('GET', `/packing/accuracy?${range()}`);
      expect(anonymous.status).toBe(401);
    });
  });
});
