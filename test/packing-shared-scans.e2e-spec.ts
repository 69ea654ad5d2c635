import { randomUUID } from 'node:crypto';
import { metricsRegistry, TenancyContext } from '@mendao/platform';
import { createTestDatabase, type TestDatabase, testRuntime } from '@mendao/platform/testing';
import { SharedScans, type SharedScan, type Together } from '@mendao/packing';
import { makeOrderLine } from '@mendao/splitting/testing';
import { DataSource } from 'typeorm';
import { TestApi } from './support/api';
import { confirmedOrder, loadCatalogue, splitFinished } from './support/splitting';

type Tokens = Awaited<ReturnType<TestApi['factoryWithUsers']>>['tokens'];
type Order = { id: string; orderNo: string; codes: string[] };

const STATIONS = 8;

/**
 * Issue 17, pack and load scans decided together (SharedScans, ADR 0011): many stations scanning at once share
 * transactions, and every answer, count, completion, record and audit row is what scans decided one by one give;
 * scans that are not the plain case in a batch (a duplicate, a wrong order, a replay) are decided alone; a batch
 * undone (a racing scanId, a failure) decides each of its scans alone, losing and doubling nothing.
 */
describe('pack and load scans decided together (打包、装车并发扫描)', () => {
  let db: TestDatabase;
  let api: TestApi;
  let t: Tokens;
  let orders: Order[];

  const call = (method: string, path: string, token?: string, body?: unknown) =>
    api.request(method, `/api/v1${path}`, { token, body });
  const sql = (text: string, values: unknown[] = []) => api.app.get(DataSource).query(text, values);
  const station = (s: number) => `PACK-S${s + 1}`;

  async function decided(kind: 'pack' | 'load', statement: 'shared' | 'own'): Promise<number> {
    const metric = metricsRegistry.getSingleMetric('mendao_packing_scans_decided_total');
    return (
      (await metric!.get()).values.find((v) => v.labels.kind === kind && v.labels.statement === statement)?.value ?? 0
    );
  }

  /** Every station scans its list back to back, all stations at once: the answers per station, in order. */
  async function together<T>(lists: T[][], send: (item: T, s: number) => Promise<any>): Promise<any[][]> {
    return Promise.all(
      lists.map(async (list, s) => {
        const answers: any[] = [];
        for (const item of list) answers.push(await send(item, s));
        return answers;
      }),
    );
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await TestApi.start(testRuntime(db.url));
    ({ tokens: t } = await api.factoryWithUsers('PKT'));
    await loadCatalogue(api, t.planner);
    expect((await call('PATCH', '/processes/curing', t.planner, { minWaitMinutes: 0 })).status).toBe(200);
    for (let s = 0; s < STATIONS; s += 1)
      expect(
        (await call('POST', '/packing/stations', t.manager, { code: station(s), name: `线 ${s + 1}` })).status,
      ).toBe(201);
    // one order per station (two doors each), split in one run, released, and made up to packing
    const ids: string[] = [];
    for (let s = 0; s < STATIONS; s += 1)
      ids.push(
        await confirmedOrder(api, t.planner, `SH-${s + 1}`, [
          makeOrderLine({ quantity: 1 }),
          makeOrderLine({ quantity: 1, width: 800, swing: 'right-in' }),
        ]),
      );
    const run = await call('POST', '/split-runs', t.planner, { orderIds: ids });
    expect((await splitFinished(api, t.planner, run.body.id)).status).toBe('succeeded');
    const released = await call('POST', `/split-runs/${run.body.id}/release`, t.planner);
    expect(released.status).toBe(200);
    for (const wo of (released.body.workOrders as any[]).filter((w) => w.process !== 'packing')) {
      const res = await call('POST', '/production/reports', t.operator, {
        scanId: randomUUID(),
        barcode: wo.code,
        action: 'finish',
        good: wo.plannedQuantity,
      });
      expect(res.status).toBe(201);
    }
    orders = [];
    for (const [s, id] of ids.entries()) {
      const rows = await sql(
        `SELECT d.barcode FROM door_package d JOIN order_line l ON l.id = d.line_id
          WHERE d.order_id = $1 ORDER BY l.line_no, d.door_no, d.k`,
        [id],
      );
      orders.push({ id, orderNo: `SH-${s + 1}`, codes: rows.map((r: any) => r.barcode) });
    }
  }, 240_000);

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('packs the orders of many stations scanning at once as one by one would: counts, k of n, completion, records', async () => {
    const shared = await decided('pack', 'shared');
    const audited = (
      await sql(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'POST /api/v1/packing/scans'`)
    )[0].n as number;
    const scans = orders.map((o) => o.codes.map((code) => ({ code, scanId: randomUUID() })));
    const answers = await together(scans, ({ code, scanId }, s) =>
      call('POST', '/packing/scans', t.packer, { scanId, station: station(s), barcode: code }),
    );
    // some went together: stations scanning at once share transactions
    expect(await decided('pack', 'shared')).toBeGreaterThan(shared);
    for (const [s, list] of answers.entries()) {
      const order = orders[s];
      const n = order.codes.length;
      expect(list.map((a) => a.status)).toEqual(order.codes.map(() => 201));
      expect(list.map((a) => a.body.result)).toEqual(order.codes.map(() => 'ok'));
      // the order's count as its scans took turns, the last one completing it and closing it at the station
      expect(list.map((a) => a.body.order.packed)).toEqual(order.codes.map((_, k) => k + 1));
      expect(list.map((a) => a.body.order.expected)).toEqual(order.codes.map(() => n));
      expect(list.map((a) => a.body.order.complete)).toEqual(order.codes.map((_, k) => k === n - 1));
      expect(list.map((a) => a.body.station.openOrder?.id ?? null)).toEqual(
        order.codes.map((_, k) => (k === n - 1 ? null : order.id)),
      );
      for (const [k, a] of list.entries()) {
        expect(a.body.package).toMatchObject({
          code: order.codes[k],
          status: 'packed',
          station: station(s),
          packedBy: 'packer',
        });
        expect(a.body.door.packed).toBeGreaterThanOrEqual(1);
        expect(a.body.door.packed + a.body.door.missing.length).toBe(a.body.door.n);
        expect(a.body.replayed).toBe(false);
      }
      // each door ends with every k packed
      const last = new Map<string, any>();
      for (const a of list) last.set(`${a.body.door.lineNo}/${a.body.door.doorNo}`, a.body.door);
      for (const door of last.values()) expect(door).toMatchObject({ packed: door.n, missing: [] });
    }
    const statuses = await sql(`SELECT status FROM sales_order WHERE id = ANY($1::uuid[])`, [orders.map((o) => o.id)]);
    expect(statuses.map((r: any) => r.status)).toEqual(orders.map(() => 'packed'));
    // each scan recorded once, with the answer it gave; one audit row per request
    const total = orders.reduce((sum, o) => sum + o.codes.length, 0);
    const rows = await sql(`SELECT scan_id, result, status, answer FROM packing_scan WHERE scan_id = ANY($1::uuid[])`, [
      scans.flat().map((x) => x.scanId),
    ]);
    expect(rows).toHaveLength(total);
    const byScan = new Map(rows.map((r: any) => [r.scan_id, r]));
    for (const [s, list] of scans.entries())
      for (const [k, { scanId }] of list.entries()) {
        const { replayed: _replayed, ...body } = answers[s][k].body;
        expect(byScan.get(scanId)).toMatchObject({ result: 'ok', status: 201, answer: body });
      }
    expect(
      (await sql(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'POST /api/v1/packing/scans'`))[0].n,
    ).toBe(audited + total);
    const packed = await sql(
      `SELECT count(*)::int AS n FROM packed_package WHERE status = 'packed' AND order_id = ANY($1::uuid[])`,
      [orders.map((o) => o.id)],
    );
    expect(packed[0].n).toBe(total);

    // the same scans again at once: replays answer as first, with replayed: true; another scanId is a duplicate
    const again = await together(scans, ({ code, scanId }, s) =>
      call('POST', '/packing/scans', t.packer, { scanId, station: station(s), barcode: code }),
    );
    for (const [s, list] of again.entries())
      for (const [k, a] of list.entries()) {
        expect(a.status).toBe(200);
        expect(a.body).toEqual({ ...answers[s][k].body, replayed: true });
      }
    const duplicates = await together(
      orders.map((o) => o.codes.slice(0, 2)),
      (code, s) =>
        call('POST', '/packing/scans', t.packer, { scanId: randomUUID(), station: station(s), barcode: code }),
    );
    expect(duplicates.flat().map((a) => [a.status, a.body.result])).toEqual(
      duplicates.flat().map(() => [200, 'duplicate']),
    );
    expect((await sql(`SELECT count(*)::int AS n FROM packing_scan`))[0].n).toBe(total + 2 * STATIONS);
  });

  it('loads many trucks at once as one by one would, a package of another truck refused among them', async () => {
    const shipments: string[] = [];
    for (const o of orders) {
      const res = await call('POST', '/shipments', t.packer, { vehicle: `浙H-${o.orderNo}`, orderIds: [o.id] });
      expect(res.status).toBe(201);
      shipments.push(res.body.id);
    }
    const shared = await decided('load', 'shared');
    // each truck loads its order, with the next truck's first package slipped in after its own first
    const lists = orders.map((o, s) => [o.codes[0], orders[(s + 1) % STATIONS].codes[0], ...o.codes.slice(1)]);
    const answers = await together(lists, (code, s) =>
      call('POST', `/shipments/${shipments[s]}/scans`, t.packer, { scanId: randomUUID(), barcode: code }),
    );
    expect(await decided('load', 'shared')).toBeGreaterThan(shared);
    for (const [s, list] of answers.entries()) {
      const n = orders[s].codes.length;
      expect(list.map((a) => a.body.result)).toEqual(lists[s].map((_, k) => (k === 1 ? 'not_in_shipment' : 'ok')));
      const ok = list.filter((a) => a.body.result === 'ok');
      expect(ok.map((a) => a.status)).toEqual(ok.map(() => 201));
      expect(ok.map((a) => a.body.loaded)).toEqual(ok.map((_, k) => k + 1));
      expect(ok.map((a) => a.body.expected)).toEqual(ok.map(() => n));
      expect(ok.map((a) => a.body.order.complete)).toEqual(ok.map((_, k) => k === n - 1));
      expect(ok[0].body.package).toMatchObject({ status: 'loaded', shipment: { id: shipments[s] } });
    }
    for (const id of shipments) expect((await call('POST', `/shipments/${id}/close`, t.packer, {})).status).toBe(200);
    const states = await sql(`SELECT DISTINCT status FROM packed_package WHERE order_id = ANY($1::uuid[])`, [
      orders.map((o) => o.id),
    ]);
    expect(states).toEqual([{ status: 'loaded' }]);
  });

  describe('a batch that does not go through', () => {
    interface Probe extends SharedScan {
      n: number;
    }
    let tenancy: TenancyContext;
    let factoryId: string;

    beforeAll(async () => {
      tenancy = api.app.get(TenancyContext);
      factoryId = (await sql(`SELECT id FROM factory WHERE code = 'PKT'`))[0].id;
    });

    /**
     * Submits `count` scans of a probe kind at once, in one turn of the event loop: they share a transaction (up to
     * the batch limit), decided as `decide` says; a scan it leaves undecided goes alone (slowly). Answers per scan:
     * what it got, and how.
     */
    async function submitTogether(count: number, decide: Together<Probe>['decide']) {
      const shared = api.app.get(SharedScans);
      const probe: Together<Probe> = { kind: 'pack', claimsOf: (p) => [`probe ${p.n}`], decide };
      // each scan asked in a request of its own (its own user), as the api does
      return Promise.all(
        Array.from({ length: count }, (_, n) =>
          tenancy.run({ factoryId, username: `probe-${n}` }, () => {
            const scanId = randomUUID();
            const scan = { scanId, kind: 'pack' as const, station: station(0), barcode: `X${n}`, request: {} };
            return shared.submit(probe, { scan, n }, async () => {
              await new Promise((r) => setTimeout(r, 30));
              return { how: 'alone', username: tenancy.actor()?.username };
            });
          }),
        ),
      );
    }

    it('decides a plain scan that arrives alone with the shared statement too, and records it', async () => {
      const before = (await sql(`SELECT count(*)::int AS n FROM packing_scan`))[0].n;
      const sizes: number[] = [];
      const [answer] = await submitTogether(1, (scans) => {
        sizes.push(scans.length);
        return Promise.resolve(
          scans.map((p) => ({ body: { result: 'ok', n: p.n }, packageCode: 'X', orderId: orders[0].id })),
        );
      });
      expect(sizes).toEqual([1]);
      expect(answer).toEqual({ result: 'ok', n: 0, replayed: false });
      expect((await sql(`SELECT count(*)::int AS n FROM packing_scan`))[0].n).toBe(before + 1);
    });

    it('decides every scan of it alone when a scanId of it was recorded meanwhile, writing nothing of the batch', async () => {
      const taken = randomUUID();
      await sql(
        `INSERT INTO packing_scan (factory_id, scan_id, kind, station, barcode, request, result, status, answer)
         VALUES ($1, $2, 'pack', 'PACK-S1', 'X', '{}', 'ok', 201, '{}')`,
        [factoryId, taken],
      );
      const before = (await sql(`SELECT count(*)::int AS n FROM packing_scan`))[0].n;
      let batches = 0;
      const answers = await submitTogether(6, (scans) => {
        batches += 1;
        // the first scan of the batch claims the scanId recorded already (as a racing request would have)
        scans[0].scan.scanId = taken;
        return Promise.resolve(
          scans.map((p) => ({ body: { result: 'ok', n: p.n }, packageCode: 'X', orderId: orders[0].id })),
        );
      });
      expect(batches).toBe(1);
      expect(answers.map((a: any) => a.how)).toEqual(answers.map(() => 'alone'));
      // decided alone in each scan's own request context (its user), not in the one of the request that ran the batch
      expect(answers.map((a: any) => a.username)).toEqual(answers.map((_, n) => `probe-${n}`));
      expect((await sql(`SELECT count(*)::int AS n FROM packing_scan`))[0].n).toBe(before);
    });

    it('decides every scan of it alone when deciding it fails, and those it leaves undecided alone too', async () => {
      const failing = await submitTogether(5, () => Promise.reject(new Error('lost the connection')));
      expect(failing.map((a: any) => a.how)).toEqual(failing.map(() => 'alone'));
      const left = await submitTogether(5, (scans) => Promise.resolve(scans.map(() => null)));
      expect(left.map((a: any) => a.how)).toEqual(left.map(() => 'alone'));
    });
  });
});
