import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase, testRuntime } from '@mendao/platform/testing';
import { makeOrderLine } from '@mendao/splitting/testing';
import { DataSource } from 'typeorm';
import { TestApi } from './support/api';
import { confirmedOrder, loadCatalogue, splitFinished } from './support/splitting';

type Tokens = Awaited<ReturnType<TestApi['factoryWithUsers']>>['tokens'];

/**
 * Issue 17, the supervisor's scan log (扫描记录): GET /packing/scans lists the pack and load scans newest first, refusals
 * too, filtered by station, shipment and result, a page at a time; an undone scan says when and why; every refusal.
 */
describe('scan log (扫描记录)', () => {
  let db: TestDatabase;
  let api: TestApi;
  let t: Tokens;
  let other: Tokens;
  let codes: string[];
  const scanIds: string[] = [];
  let loadScanId: string;
  let shipmentNumber: string;

  const call = (method: string, path: string, token?: string, body?: unknown) =>
    api.request(method, `/api/v1${path}`, { token, body });
  const sql = (text: string, values: unknown[] = []) => api.app.get(DataSource).query(text, values);

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await TestApi.start(testRuntime(db.url));
    ({ tokens: t } = await api.factoryWithUsers('SL'));
    ({ tokens: other } = await api.factoryWithUsers('SLX', ['admin', 'manager', 'packer']));
    await loadCatalogue(api, t.planner);
    expect((await call('PATCH', '/processes/curing', t.planner, { minWaitMinutes: 0 })).status).toBe(200);
    expect((await call('POST', '/packing/stations', t.manager, { code: 'PACK-01', name: '包装线 1号' })).status).toBe(
      201,
    );
    const id = await confirmedOrder(api, t.planner, 'SO-记录-1', [makeOrderLine({ quantity: 1 })]);
    const run = await call('POST', '/split-runs', t.planner, { orderIds: [id] });
    expect((await splitFinished(api, t.planner, run.body.id)).status).toBe('succeeded');
    const released = await call('POST', `/split-runs/${run.body.id}/release`, t.planner);
    expect(released.status).toBe(200);
    for (const wo of (released.body.workOrders as any[]).filter((w) => w.process !== 'packing'))
      expect(
        (
          await call('POST', '/production/reports', t.operator, {
            scanId: randomUUID(),
            barcode: wo.code,
            action: 'finish',
            good: wo.plannedQuantity,
          })
        ).status,
      ).toBe(201);
    codes = (
      await sql(`SELECT barcode FROM door_package WHERE order_id = $1 AND split_run_id = $2 ORDER BY k`, [
        id,
        run.body.id,
      ])
    ).map((r: any) => r.barcode as string);
    for (const code of codes) {
      const scanId = randomUUID();
      scanIds.push(scanId);
      expect(
        (await call('POST', '/packing/scans', t.packer, { scanId, station: 'PACK-01', barcode: code })).status,
      ).toBe(201);
    }
    // a duplicate, then a package loaded on a truck
    const duplicate = randomUUID();
    scanIds.push(duplicate);
    expect(
      (await call('POST', '/packing/scans', t.packer, { scanId: duplicate, station: 'PACK-01', barcode: codes[0] }))
        .status,
    ).toBe(200);
    const shipment = await call('POST', '/shipments', t.planner, { vehicle: '沪A·12345', orderIds: [id] });
    expect(shipment.status).toBe(201);
    shipmentNumber = shipment.body.number;
    loadScanId = randomUUID();
    expect(
      (await call('POST', `/shipments/${shipment.body.id}/scans`, t.packer, { scanId: loadScanId, barcode: codes[0] }))
        .status,
    ).toBe(201);
  }, 180_000);

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('lists every scan newest first, each with its station or shipment, package, order, result and who', async () => {
    for (const token of [t.manager, t.packer, t.admin]) {
      const res = await call('GET', '/packing/scans', token);
      expect(res.status).toBe(200);
      expect(res.body.items.map((s: any) => s.scanId)).toEqual([loadScanId, ...[...scanIds].reverse()]);
      expect(res.body.nextCursor).toBeNull();
    }
    const res = await call('GET', '/packing/scans', t.manager);
    expect(res.body.items[0]).toEqual({
      scanId: loadScanId,
      kind: 'load',
      station: null,
      shipmentNumber,
      barcode: codes[0],
      packageCode: codes[0],
      orderNo: 'SO-记录-1',
      result: 'ok',
      reason: null,
      username: expect.any(String),
      at: expect.any(String),
      undoneAt: null,
      undoReason: null,
    });
    expect(res.body.items[1]).toMatchObject({ kind: 'pack', station: 'PACK-01', result: 'duplicate' });
    // another factory sees none of them
    expect((await call('GET', '/packing/scans', other.manager)).body.items).toEqual([]);
  });

  it('filters by station, shipment (number or id) and result', async () => {
    const pack = await call('GET', '/packing/scans?station=PACK-01', t.manager);
    expect(pack.body.items).toHaveLength(scanIds.length);
    const byNumber = await call('GET', `/packing/scans?shipment=${shipmentNumber}`, t.manager);
    expect(byNumber.body.items.map((s: any) => s.scanId)).toEqual([loadScanId]);
    const [{ id }] = await sql('SELECT id FROM shipment WHERE number = $1', [shipmentNumber]);
    const byId = await call('GET', `/packing/scans?shipment=${id}`, t.manager);
    expect(byId.body.items.map((s: any) => s.scanId)).toEqual([loadScanId]);
    const duplicates = await call('GET', '/packing/scans?result=duplicate', t.manager);
    expect(duplicates.body.items.map((s: any) => s.scanId)).toEqual([scanIds.at(-1)]);
    expect((await call('GET', '/packing/scans?station=PACK-09', t.manager)).body.items).toEqual([]);
  });

  it('pages with a cursor: every scan once, in order', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const res = await call('GET', `/packing/scans?limit=1${query}`, t.manager);
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(1);
      seen.push(...res.body.items.map((s: any) => s.scanId));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([loadScanId, ...[...scanIds].reverse()]);
  });

  it('shows an undone scan with when and why', async () => {
    const undo = await call('POST', `/packing/scans/${loadScanId}/undo`, t.manager, { reason: '装错车 wrong truck' });
    expect(undo.status).toBe(200);
    const res = await call('GET', `/packing/scans?shipment=${shipmentNumber}`, t.manager);
    expect(res.body.items[0]).toMatchObject({ undoneAt: expect.any(String), undoReason: '装错车 wrong truck' });
  });

  it('refuses a bad query (400 naming the field), no token (401), and other roles (403)', async () => {
    for (const [query, field] of [
      ['limit=0', 'limit'],
      ['limit=501', 'limit'],
      ['limit=x', 'limit'],
      ['result=bogus', 'result'],
      ['cursor=not-a-cursor', 'cursor'],
      [`cursor=${Buffer.from(JSON.stringify(['x', 'y'])).toString('base64url')}`, 'cursor'],
      // an instant JavaScript reads (2001) but Postgres would refuse: 400, never a 500
      [
        `cursor=${Buffer.from(JSON.stringify(['1', '0b5e2d4c-3f1a-4c7e-9a6b-1d2e3f4a5b6c'])).toString('base64url')}`,
        'cursor',
      ],
      [`station=${'S'.repeat(41)}`, 'station'],
      [`shipment=${'S'.repeat(81)}`, 'shipment'],
      ['kind=pack', 'kind'],
    ]) {
      const res = await call('GET', `/packing/scans?${query}`, t.manager);
      expect({ query, status: res.status, code: res.body.code }).toEqual({
        query,
        status: 400,
        code: 'request.validation_failed',
      });
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const anonymous = await call('GET', '/packing/scans');
    expect({ status: anonymous.status, code: anonymous.body.code }).toEqual({
      status: 401,
      code: 'auth.unauthenticated',
    });
    for (const token of [t.planner, t.operator]) {
      const res = await call('GET', '/packing/scans', token);
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 403, code: 'auth.forbidden' });
    }
  });
});
