import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { metricsRegistry, TenancyContext } from '@mendao/platform';
import { createTestDatabase, eventually, TestDatabase, testRuntime } from '@mendao/platform/testing';
import { type LedgerEntry, type MoveAnswer, StockLedger } from '@mendao/warehouse';
import { TestApi } from './support/api';
import { confirmedOrder, loadCatalogue, splitFinished } from './support/splitting';
import { makeOrderLine } from '@mendao/splitting/testing';

describe('warehouse over HTTP: items, locations, the stock ledger, counts, pick lists, remnants', () => {
  let db: TestDatabase;
  let api: TestApi;
  let sql: Client;
  let tokens: Awaited<ReturnType<TestApi['factoryWithUsers']>>['tokens'];

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await TestApi.start(testRuntime(db.url));
    ({ tokens } = await api.factoryWithUsers('WH', ['admin', 'planner', 'warehouse', 'packer', 'manager']));
    sql = new Client({ connectionString: db.url });
    await sql.connect();
    for (const location of [
      { code: 'RCV', nameZh: '收货区', nameEn: 'Receiving', type: 'receiving' },
      { code: 'A-01', nameZh: 'A-01', nameEn: 'A-01', type: 'storage', barcode: 'LOC-A01' },
      { code: 'A-02', nameZh: 'A-02', nameEn: 'A-02', type: 'storage' },
      { code: 'B-01', nameZh: 'B-01', nameEn: 'B-01', type: 'storage' },
      { code: 'WS-CUT', nameZh: '开料车间', nameEn: 'Cutting shop', type: 'production' },
    ]) {
      await created('/api/v1/locations', location);
    }
    for (const item of [
      {
        code: 'HDF-8',
        nameZh: '高密度板 8mm',
        nameEn: 'HDF 8 mm',
        kind: 'board',
        unit: 'sheet',
        width: 1220,
        length: 2440,
        thickness: 8,
        standardCost: 65,
        reorderPoint: 30,
        barcodes: ['6901234567892'],
      },
      {
        code: 'VENEER-OAK',
        nameZh: '橡木木皮',
        nameEn: 'Oak veneer',
        kind: 'veneer',
        unit: 'm2',
        lotTracked: true,
        standardCost: 28,
      },
      {
        code: 'HINGE',
        nameZh: '合页',
        nameEn: 'Hinge set',
        kind: 'hardware',
        unit: 'set',
        standardCost: 18,
        reorderPoint: 500,
      },
      {
        code: 'JAMB-BOARD',
        nameZh: '门套板',
        nameEn: 'Jamb board',
        kind: 'moulding',
        unit: 'piece',
        length: 2750,
        standardCost: 42,
      },
    ]) {
      await created('/api/v1/items', item);
    }
  });

  afterAll(async () => {
    await sql?.end();
    await api?.close();
    await db?.drop();
  });

  async function created(path: string, body: unknown, token = tokens.warehouse) {
    const res = await api.request('POST', path, { token, body });
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  const move = (body: Record<string, unknown>, token = tokens.warehouse) =>
    api.request('POST', '/api/v1/stock/moves', { token, body: { scanId: randomUUID(), ...body } });

  async function balance(item: string, location: string, lot = ''): Promise<number> {
    const { rows } = await sql.query(
      `SELECT b.quantity FROM stock_balance b JOIN item i ON i.id = b.item_id JOIN location l ON l.id = b.location_id
        WHERE i.code = $1 AND l.code = $2 AND b.lot = $3`,
      [item, location, lot],
    );
    return rows.length ? Number(rows[0].quantity) : 0;
  }

  /** Every balance equals what the ledger says went in minus what went out. */
  async function ledgerMismatches(): Promise<unknown[]> {
    const { rows } = await sql.query(`
      WITH flows AS (
        SELECT factory_id, item_id, to_location_id AS location_id, lot, quantity FROM stock_move WHERE to_location_id IS NOT NULL
        UNION ALL
        SELECT factory_id, item_id, from_location_id, lot, -quantity FROM stock_move WHERE from_location_id IS NOT NULL
      ), ledger AS (
        SELECT factory_id, item_id, location_id, lot, sum(quantity) AS quantity FROM flows GROUP BY 1, 2, 3, 4
      )
      SELECT * FROM ledger l FULL JOIN stock_balance b USING (factory_id, item_id, location_id, lot)
       WHERE COALESCE(l.quantity, 0) <> COALESCE(b.quantity, 0)`);
    return rows;
  }

  const ledgerSize = async () => Number((await sql.query('SELECT count(*) FROM stock_move')).rows[0].count);

  it('records a receipt by barcodes, answers with the new balance, and replays the same scanId without a second move', async () => {
    const scanId = randomUUID();
    const body = { scanId, type: 'receipt', item: '6901234567892', quantity: 40, to: 'LOC-A01', reference: 'PO-1' };
    const first = await api.request('POST', '/api/v1/stock/moves', { token: tokens.warehouse, body });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      replayed: false,
      move: {
        type: 'receipt',
        item: 'HDF-8',
        quantity: 40,
        from: null,
        to: 'A-01',
        reference: 'PO-1',
        username: 'warehouse',
      },
      balances: [{ location: 'A-01', lot: '', quantity: 40 }],
    });
    const again = await api.request('POST', '/api/v1/stock/moves', { token: tokens.warehouse, body });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ ...first.body, replayed: true });
    expect(await balance('HDF-8', 'A-01')).toBe(40);
    // one audit row per request: the scan's own (written with its move), then the replay's
    const audit = async (requestId: string | null) =>
      (await sql.query('SELECT username, action, status, outcome FROM audit_log WHERE request_id = $1', [requestId]))
        .rows;
    expect(await audit(first.headers.get('x-request-id'))).toEqual([
      { username: 'warehouse', action: 'POST /api/v1/stock/moves', status: 201, outcome: 'success' },
    ]);
    expect(await audit(again.headers.get('x-request-id'))).toEqual([
      { username: 'warehouse', action: 'POST /api/v1/stock/moves', status: 200, outcome: 'success' },
    ]);
  });

  it('200 concurrent issues of 1 against a balance of 100: exactly 100 succeed, 100 get 409 with what is available', async () => {
    expect((await move({ type: 'receipt', item: 'HINGE', quantity: 100, to: 'B-01' })).status).toBe(201);
    const before = await ledgerSize();
    const audited = async () =>
      Number(
        (await sql.query(`SELECT count(*) FROM audit_log WHERE action = 'POST /api/v1/stock/moves'`)).rows[0].count,
      );
    const auditedBefore = await audited();
    const answers = await Promise.all(
      Array.from({ length: 200 }, () => move({ type: 'issue', item: 'HINGE', quantity: 1, from: 'B-01' })),
    );
    // every answer left after its audit row was written (in batches), none lost or doubled
    expect((await audited()) - auditedBefore).toBe(200);
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(100);
    expect(statuses.filter((s) => s === 409)).toHaveLength(100);
    const refused = answers.find((a) => a.status === 409);
    expect(refused?.headers.get('content-type')).toContain('application/problem+json');
    expect(refused?.body).toMatchObject({ status: 409, available: 0, requested: 1, item: 'HINGE', location: 'B-01' });
    expect(await balance('HINGE', 'B-01')).toBe(0);
    expect((await ledgerSize()) - before).toBe(100);
    expect(await ledgerMismatches()).toEqual([]);
  });

  it('concurrent replays of one scanId make one move, and all of them answer with it', async () => {
    const body = { scanId: randomUUID(), type: 'transfer', item: 'HDF-8', quantity: 3, from: 'A-01', to: 'A-02' };
    const before = await ledgerSize();
    const answers = await Promise.all(
      Array.from({ length: 25 }, () => api.request('POST', '/api/v1/stock/moves', { token: tokens.warehouse, body })),
    );
    expect(answers.every((a) => a.status === 201 || a.status === 200)).toBe(true);
    expect(new Set(answers.map((a) => a.body.move.id)).size).toBe(1);
    expect(answers.filter((a) => a.body.replayed === false)).toHaveLength(1);
    expect((await ledgerSize()) - before).toBe(1);
    expect(await balance('HDF-8', 'A-01')).toBe(37);
    expect(await balance('HDF-8', 'A-02')).toBe(3);
  });

  it('concurrent transfers both ways between two locations neither deadlock nor lose an update', async () => {
    // enough on both sides that every transfer can go through, whatever order they run in
    expect((await move({ type: 'receipt', item: 'HDF-8', quantity: 20, to: 'A-02' })).status).toBe(201);
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, k) =>
        move(
          k % 2 === 0
            ? { type: 'transfer', item: 'HDF-8', quantity: 1, from: 'A-01', to: 'A-02' }
            : { type: 'transfer', item: 'HDF-8', quantity: 1, from: 'A-02', to: 'A-01' },
        ),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(40).fill(201));
    expect(await balance('HDF-8', 'A-01')).toBe(37);
    expect(await balance('HDF-8', 'A-02')).toBe(23);
    expect(await ledgerMismatches()).toEqual([]);
  });

  // the scanned-key cache and its refresh-ahead: libs/warehouse/src/master-data.service.int-spec.ts (a ManualClock)

  describe('scans that arrive together share one statement, each with its own exact answer', () => {
    const codes = Array.from({ length: 30 }, (_, k) => `BURST-${String(k).padStart(2, '0')}`);
    const ids = new Map<string, string>();
    let factoryId: string;

    beforeAll(async () => {
      for (const code of codes) {
        const item = await created('/api/v1/items', {
          code,
          nameZh: code,
          nameEn: code,
          kind: 'hardware',
          unit: 'piece',
          standardCost: 2,
        });
        ids.set(code, item.id);
      }
      const { rows } = await sql.query(`SELECT id, code, factory_id FROM location WHERE code IN ('A-01', 'A-02')`);
      rows.forEach((r: { id: string; code: string; factory_id: string }) => ids.set(r.code, r.id));
      factoryId = rows[0].factory_id;
    });

    async function movesRecorded(statement: 'shared' | 'own'): Promise<number> {
      const metric = metricsRegistry.getSingleMetric('mendao_stock_moves_recorded_total');
      return (await metric!.get()).values.find((v) => v.labels.statement === statement)?.value ?? 0;
    }
    async function batchesUndone(): Promise<number> {
      const metric = metricsRegistry.getSingleMetric('mendao_stock_move_batches_undone_total');
      return (await metric!.get()).values[0]?.value ?? 0;
    }

    /** Moves straight on the ledger, all asked in one tick: the first two go alone, the rest wait and share. */
    function recordTogether(entries: LedgerEntry[]) {
      const ledger = api.app.get(StockLedger);
      return api.app
        .get(TenancyContext)
        .run({ factoryId, username: 'warehouse' }, () =>
          Promise.allSettled(entries.map((entry) => ledger.record(entry))),
        );
    }
    const receipt = (code: string): LedgerEntry => ({
      scanId: randomUUID(),
      type: 'receipt',
      item: { id: ids.get(code)!, code },
      quantity: 5,
      to: { id: ids.get('A-01')!, code: 'A-01' },
      lot: '',
    });
    const transfer = (code: string, quantity: number, scanId = randomUUID()): LedgerEntry => ({
      scanId,
      type: 'transfer',
      item: { id: ids.get(code)!, code },
      quantity,
      from: { id: ids.get('A-01')!, code: 'A-01' },
      to: { id: ids.get('A-02')!, code: 'A-02' },
      lot: '',
    });

    it('over HTTP: receipts, transfers, refusals, replays and twins in one burst', async () => {
      const receipts = codes
        .slice(0, 21)
        .map((item) => ({ scanId: randomUUID(), type: 'receipt', item, quantity: 5, to: 'A-01' }));
      const post = (body: unknown) => api.request('POST', '/api/v1/stock/moves', { token: tokens.warehouse, body });
      const received = await Promise.all(receipts.map(post));
      received.forEach((answer, k) => {
        expect(answer.status).toBe(201);
        expect(answer.body).toMatchObject({
          replayed: false,
          move: { scanId: receipts[k].scanId, item: codes[k], quantity: 5, to: 'A-01', username: 'warehouse' },
          balances: [{ location: 'A-01', lot: '', quantity: 5 }],
        });
      });
      const before = await ledgerSize();
      const twin = { scanId: randomUUID(), type: 'transfer', item: codes[20], quantity: 1, from: 'A-01', to: 'A-02' };
      const burst = [
        ...codes
          .slice(0, 8)
          .map((item) => ({ scanId: randomUUID(), type: 'transfer', item, quantity: 2, from: 'A-01', to: 'A-02' })),
        ...codes.slice(8, 12).map((item) => ({ scanId: randomUUID(), type: 'issue', item, quantity: 6, from: 'A-01' })),
        ...receipts.slice(12, 16),
        ...codes.slice(16, 20).map((item) => ({
          scanId: randomUUID(),
          type: 'adjustment',
          item,
          quantity: 1,
          from: 'A-01',
          reason: '破损 damaged',
        })),
        twin,
        twin,
        twin,
      ];
      const answers = await Promise.all(burst.map(post));
      answers.slice(0, 8).forEach((a) => {
        expect(a.status).toBe(201);
        expect(a.body.balances).toEqual([
          { location: 'A-01', lot: '', quantity: 3 },
          { location: 'A-02', lot: '', quantity: 2 },
        ]);
      });
      answers.slice(8, 12).forEach((a, k) => {
        expect(a.status).toBe(409);
        expect(a.body).toMatchObject({ available: 5, requested: 6, item: codes[8 + k], location: 'A-01' });
      });
      answers.slice(12, 16).forEach((a, k) => {
        expect(a.status).toBe(200);
        expect(a.body).toMatchObject({ replayed: true, move: { id: received[12 + k].body.move.id } });
      });
      answers.slice(16, 20).forEach((a) => {
        expect(a.status).toBe(201);
        expect(a.body.balances).toEqual([{ location: 'A-01', lot: '', quantity: 4 }]);
      });
      const twins = answers.slice(20);
      expect(new Set(twins.map((a) => a.body.move.id)).size).toBe(1);
      expect(twins.filter((a) => a.body.replayed === false)).toHaveLength(1);
      // 8 transfers, 4 adjustments, 1 twin
      expect((await ledgerSize()) - before).toBe(13);
      expect(await balance(codes[20], 'A-02')).toBe(1);
      expect(await ledgerMismatches()).toEqual([]);
      // every request has its audit row, written once
      const requestIds = [...received, ...answers].map((a) => a.headers.get('x-request-id'));
      const { rows } = await sql.query(
        `SELECT request_id, count(*)::int AS n FROM audit_log WHERE request_id = ANY($1) GROUP BY 1`,
        [requestIds],
      );
      expect(rows).toHaveLength(requestIds.length);
      expect(rows.every((r: { n: number }) => r.n === 1)).toBe(true);
    });

    it('on the ledger: moves that arrive together share statements, two on one balance never one; one short of stock is refused on its own', async () => {
      const stocked = await recordTogether(codes.slice(21, 25).map(receipt));
      expect(stocked.map((r) => r.status)).toEqual(Array(4).fill('fulfilled'));
      const shared = await movesRecorded('shared');
      const own = await movesRecorded('own');
      const results = await recordTogether([
        transfer(codes[21], 1),
        transfer(codes[22], 1),
        transfer(codes[23], 1),
        transfer(codes[21], 1), // the same balance as the first
        transfer(codes[22], 99),
        transfer(codes[24], 1),
      ]);
      expect(results.map((r) => r.status)).toEqual([
        'fulfilled',
        'fulfilled',
        'fulfilled',
        'fulfilled',
        'rejected',
        'fulfilled',
      ]);
      const answer = (k: number) => (results[k] as PromiseFulfilledResult<MoveAnswer>).value;
      expect(answer(2).balances).toEqual([
        { location: 'A-01', lot: '', quantity: 4 },
        { location: 'A-02', lot: '', quantity: 1 },
      ]);
      // two moves of one balance never share a statement: they go one after the other (which first is not fixed,
      // the two statements run at once and take the balance's lock in turn), each answered with what it left
      expect([answer(0).balances, answer(3).balances]).toEqual(
        expect.arrayContaining([
          [
            { location: 'A-01', lot: '', quantity: 4 },
            { location: 'A-02', lot: '', quantity: 1 },
          ],
          [
            { location: 'A-01', lot: '', quantity: 3 },
            { location: 'A-02', lot: '', quantity: 2 },
          ],
        ]),
      );
      expect((results[4] as PromiseRejectedResult).reason).toMatchObject({
        code: 'stock.insufficient',
        params: { available: 4, requested: 99 },
      });
      // the four on distinct balances in one statement; the two on balances already in it in the next, which leaves
      // the short one to be refused alone (so recorded by neither)
      expect((await movesRecorded('shared')) - shared).toBe(5);
      expect((await movesRecorded('own')) - own).toBe(0);
      expect(await ledgerMismatches()).toEqual([]);
    });

    it('on the ledger: a statement whose scanId a racing request recorded first is undone, and each move recorded on its own', async () => {
      const racing = new Client({ connectionString: db.url });
      await racing.connect();
      try {
        const stocked = await recordTogether(codes.slice(25).map(receipt));
        expect(stocked.map((r) => r.status)).toEqual(Array(5).fill('fulfilled'));
        const raced = randomUUID();
        await racing.query('BEGIN');
        await racing.query(
          `INSERT INTO stock_move (factory_id, scan_id, type, item_id, quantity, to_location_id, reference)
           VALUES ($1, $2, 'receipt', $3, 1, $4, 'racing')`,
          [factoryId, raced, ids.get(codes[28]), ids.get('A-02')],
        );
        await racing.query(
          `INSERT INTO stock_balance (factory_id, item_id, location_id, quantity) VALUES ($1, $2, $3, 1)`,
          [factoryId, ids.get(codes[28]), ids.get('A-02')],
        );
        const undone = await batchesUndone();
        const recording = recordTogether([
          transfer(codes[25], 1),
          transfer(codes[26], 1),
          transfer(codes[27], 1),
          transfer(codes[28], 1, raced),
          transfer(codes[29], 1),
        ]);
        // the shared statement now waits on the racing request's rows
        await eventually(
          async () => {
            const { rows } = await sql.query(
              `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`,
            );
            return rows[0].n > 0;
          },
          { what: 'the shared statement waiting on the racing rows', timeoutMs: 10_000, intervalMs: 20 },
        );
        await racing.query('COMMIT');
        const results = await recording;
        expect(results.map((r) => r.status)).toEqual(Array(5).fill('fulfilled'));
        const answers = results.map((r) => (r as PromiseFulfilledResult<MoveAnswer>).value);
        expect(answers.map((a) => a.replayed)).toEqual([false, false, false, true, false]);
        expect(answers[3].move).toMatchObject({ scanId: raced, type: 'receipt', reference: 'racing' });
        expect((await batchesUndone()) - undone).toBe(1);
        expect(await ledgerMismatches()).toEqual([]);
      } finally {
        await racing.end();
      }
    });
  });

  describe('refuses bad input with a 4xx problem naming the field, and writes nothing', () => {
    const cases: [string, Record<string, unknown>, number, string][] = [
      ['an unknown item barcode', { type: 'receipt', item: 'NO-SUCH-CODE', quantity: 1, to: 'A-01' }, 404, 'item'],
      ['an unknown location barcode', { type: 'receipt', item: 'HDF-8', quantity: 1, to: 'LOC-ZZ' }, 404, 'to'],
      ['a zero quantity', { type: 'receipt', item: 'HDF-8', quantity: 0, to: 'A-01' }, 400, 'quantity'],
      ['a negative quantity', { type: 'receipt', item: 'HDF-8', quantity: -5, to: 'A-01' }, 400, 'quantity'],
      ['a quantity given as text', { type: 'receipt', item: 'HDF-8', quantity: '5', to: 'A-01' }, 400, 'quantity'],
      ['a non-numeric quantity', { type: 'receipt', item: 'HDF-8', quantity: 'lots', to: 'A-01' }, 400, 'quantity'],
      [
        'a quantity with too many decimals',
        { type: 'receipt', item: 'HDF-8', quantity: 1.00001, to: 'A-01' },
        400,
        'quantity',
      ],
      [
        'a transfer to the same location',
        { type: 'transfer', item: 'HDF-8', quantity: 1, from: 'A-01', to: 'LOC-A01' },
        400,
        'to',
      ],
      [
        'a lot missing on a lot-tracked item',
        { type: 'receipt', item: 'VENEER-OAK', quantity: 10, to: 'A-01' },
        400,
        'lot',
      ],
      [
        'an adjustment without a reason',
        { type: 'adjustment', item: 'HDF-8', quantity: 1, from: 'A-01' },
        400,
        'reason',
      ],
      ['an issue without a location', { type: 'issue', item: 'HDF-8', quantity: 1 }, 400, 'from'],
      ['an unknown move type', { type: 'gift', item: 'HDF-8', quantity: 1, to: 'A-01' }, 400, 'type'],
      ['an unknown field', { type: 'receipt', item: 'HDF-8', quantity: 1, to: 'A-01', price: 3 }, 400, 'price'],
      [
        'a scanId that is not a UUID',
        { type: 'receipt', item: 'HDF-8', quantity: 1, to: 'A-01', scanId: '42' },
        400,
        'scanId',
      ],
    ];
    it.each(cases)('%s', async (_name, body, status, field) => {
      const before = { moves: await ledgerSize(), hdf: await balance('HDF-8', 'A-01') };
      const res = await move(body);
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      if (status === 404)
        expect(JSON.stringify(res.body)).toContain(String(body.item === 'NO-SUCH-CODE' ? 'NO-SUCH-CODE' : 'LOC-ZZ'));
      expect(await ledgerSize()).toBe(before.moves);
      expect(await balance('HDF-8', 'A-01')).toBe(before.hdf);
    });

    it('a malformed JSON body', async () => {
      const res = await api.request('POST', '/api/v1/stock/moves', { token: tokens.warehouse, rawBody: '{"type":' });
      expect(res.status).toBe(400);
    });
  });

  it('keeps lots apart, adjusts with a reason, and lets only the warehouse role move stock', async () => {
    expect((await move({ type: 'receipt', item: 'VENEER-OAK', quantity: 50, to: 'A-02', lot: 'V-2611' })).status).toBe(
      201,
    );
    expect((await move({ type: 'receipt', item: 'VENEER-OAK', quantity: 20, to: 'A-02', lot: 'V-2610' })).status).toBe(
      201,
    );
    const short = await move({ type: 'issue', item: 'VENEER-OAK', quantity: 30, from: 'A-02', lot: 'V-2610' });
    expect(short.status).toBe(409);
    expect(short.body.available).toBe(20);
    const loss = await move({
      type: 'adjustment',
      item: 'VENEER-OAK',
      quantity: 2.5,
      from: 'A-02',
      lot: 'V-2611',
      reason: '破损 damaged',
    });
    expect(loss.status).toBe(201);
    expect(loss.body.balances).toEqual([{ location: 'A-02', lot: 'V-2611', quantity: 47.5 }]);
    expect((await move({ type: 'receipt', item: 'HDF-8', quantity: 1, to: 'A-01' }, tokens.packer)).status).toBe(403);
    const balances = await api.request('GET', '/api/v1/stock/balances?item=VENEER-OAK', { token: tokens.manager });
    expect(balances.status).toBe(200);
    expect(balances.body.items.map((b: { lot: string; quantity: number }) => [b.lot, b.quantity])).toEqual([
      ['V-2610', 20],
      ['V-2611', 47.5],
    ]);
    expect(balances.body.totals).toEqual([{ item: 'VENEER-OAK', quantity: 67.5 }]);
  });

  it('answers who moved what: the ledger by user, item and type, newest first, in pages', async () => {
    const page1 = await api.request('GET', '/api/v1/stock/moves?item=HINGE&type=issue&user=warehouse&limit=60', {
      token: tokens.manager,
    });
    expect(page1.status).toBe(200);
    expect(page1.body.items).toHaveLength(60);
    const page2 = await api.request(
      'GET',
      `/api/v1/stock/moves?item=HINGE&type=issue&user=warehouse&limit=60&cursor=${page1.body.nextCursor}`,
      { token: tokens.manager },
    );
    expect(page2.body.items).toHaveLength(40);
    expect(page2.body.nextCursor).toBeNull();
    const ids = [...page1.body.items, ...page2.body.items].map((m: { id: string }) => m.id);
    expect(new Set(ids).size).toBe(100);
    const times = [...page1.body.items, ...page2.body.items].map((m: { createdAt: string }) => m.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(page1.body.items[0]).toMatchObject({ username: 'warehouse', item: 'HINGE', from: 'B-01', type: 'issue' });
  });

  it('audits requests carrying a NUL or a lone surrogate without losing their batch-mates', async () => {
    const marker = `probe-${randomUUID()}`;
    const [odd, login, normal] = await Promise.all([
      api.request('POST', '/api/v1/stock/counts/%00/scans', { body: {}, headers: { 'x-request-id': `${marker}-a` } }),
      api.request('POST', '/api/v1/auth/login', {
        body: { factory: 'WH', username: 'x\u0000\ud800y', password: 'wrong-password' },
        headers: { 'x-request-id': `${marker}-b` },
      }),
      move({ type: 'receipt', item: 'HDF-8', quantity: 1, to: 'A-01' }),
    ]);
    expect(odd.status).toBe(401);
    expect([400, 401]).toContain(login.status);
    expect(normal.status).toBe(201);
    const { rows } = await sql.query(
      `SELECT request_id, username, status, detail FROM audit_log WHERE request_id LIKE $1 ORDER BY request_id`,
      [`${marker}%`],
    );
    expect(rows.map((r: { request_id: string }) => r.request_id)).toEqual([`${marker}-a`, `${marker}-b`]);
    expect(rows[0].detail.params.id).toBe('\ufffd');
    expect(await balance('HDF-8', 'A-01')).toBeGreaterThan(0);
  });

  it('the ledger cannot be edited, even by SQL', async () => {
    await expect(sql.query(`UPDATE stock_move SET quantity = quantity + 1`)).rejects.toThrow(/append-only/);
    await expect(sql.query(`DELETE FROM stock_move`)).rejects.toThrow(/append-only/);
  });

  it('a blind count with differences turns them into the right adjustments, with a valued report', async () => {
    // books at B-01: jamb boards 10, oak veneer lot V-1 4; the count finds 8 boards, no veneer, and 2 hinges
    await move({ type: 'receipt', item: 'JAMB-BOARD', quantity: 10, to: 'B-01' });
    await move({ type: 'receipt', item: 'VENEER-OAK', quantity: 4, to: 'B-01', lot: 'V-1' });
    const count = await created('/api/v1/stock/counts', { location: 'B-01' });
    expect(count).toMatchObject({ status: 'open', location: 'B-01', counted: [], report: null });
    expect(
      (await api.request('POST', '/api/v1/stock/counts', { token: tokens.warehouse, body: { location: 'B-01' } }))
        .status,
    ).toBe(409);
    const scan = (body: Record<string, unknown>, scanId = randomUUID()) =>
      api.request('POST', `/api/v1/stock/counts/${count.id}/scans`, {
        token: tokens.warehouse,
        body: { scanId, ...body },
      });
    const first = await scan({ item: 'JAMB-BOARD', quantity: 5 });
    expect(first.status).toBe(201);
    expect(first.body).toEqual({
      replayed: false,
      counted: { location: 'B-01', item: 'JAMB-BOARD', lot: '', quantity: 5 },
    });
    expect(JSON.stringify(first.body)).not.toMatch(/expected|10/);
    const repeated = randomUUID();
    expect((await scan({ item: 'JAMB-BOARD', quantity: 3 }, repeated)).body.counted.quantity).toBe(8);
    const replay = await scan({ item: 'JAMB-BOARD', quantity: 3 }, repeated);
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual({
      replayed: true,
      counted: { location: 'B-01', item: 'JAMB-BOARD', lot: '', quantity: 8 },
    });
    expect((await scan({ item: 'HINGE', quantity: 2 })).status).toBe(201);
    expect((await scan({ item: 'VENEER-OAK', quantity: 1 })).status).toBe(400);

    // as many HTTP clients send it: a JSON content type and no body at all
    const closed = await api.request('POST', `/api/v1/stock/counts/${count.id}/close`, {
      token: tokens.warehouse,
      headers: { 'content-type': 'application/json' },
      rawBody: '',
    });
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('completed_with_discrepancies');
    expect(closed.body.report.lines).toEqual(
      expect.arrayContaining([
        { location: 'B-01', item: 'JAMB-BOARD', lot: '', expected: 10, counted: 8, difference: -2, value: -84 },
        { location: 'B-01', item: 'VENEER-OAK', lot: 'V-1', expected: 4, counted: 0, difference: -4, value: -112 },
        { location: 'B-01', item: 'HINGE', lot: '', expected: 0, counted: 2, difference: 2, value: 36 },
      ]),
    );
    expect(closed.body.report.lines).toHaveLength(3);
    expect(closed.body.report.totals).toEqual({ gain: 2, loss: 6, net: -4, value: -160 });
    expect(await balance('JAMB-BOARD', 'B-01')).toBe(8);
    expect(await balance('VENEER-OAK', 'B-01', 'V-1')).toBe(0);
    expect(await balance('HINGE', 'B-01')).toBe(2);
    const adjustments = await api.request('GET', `/api/v1/stock/moves?type=adjustment&reference=count:${count.id}`, {
      token: tokens.manager,
    });
    expect(adjustments.body.items).toHaveLength(3);
    expect(await ledgerMismatches()).toEqual([]);
    expect(
      (await api.request('POST', `/api/v1/stock/counts/${count.id}/close`, { token: tokens.warehouse })).status,
    ).toBe(409);
    expect((await scan({ item: 'HINGE', quantity: 1 })).status).toBe(409);
  });

  it('counts one item in every location: each scan names where, and each location is adjusted on its own', async () => {
    // oak veneer lot V-2611 lies at A-02 (47.5); put 5 more at A-01, then count it everywhere
    await move({ type: 'receipt', item: 'VENEER-OAK', quantity: 5, to: 'A-01', lot: 'V-2611' });
    const count = await created('/api/v1/stock/counts', { item: 'VENEER-OAK' });
    expect(count).toMatchObject({ location: null, item: 'VENEER-OAK', status: 'open' });
    // a location count of A-02 would adjust the same veneer twice
    expect(
      (await api.request('POST', '/api/v1/stock/counts', { token: tokens.warehouse, body: { location: 'A-02' } }))
        .status,
    ).toBe(409);
    const scan = (body: Record<string, unknown>) =>
      api.request('POST', `/api/v1/stock/counts/${count.id}/scans`, {
        token: tokens.warehouse,
        body: { scanId: randomUUID(), ...body },
      });
    const unplaced = await scan({ item: 'VENEER-OAK', lot: 'V-2611', quantity: 1 });
    expect(unplaced.status).toBe(400);
    expect(unplaced.body.errors[0].field).toBe('location');
    const otherItem = await scan({ item: 'HDF-8', location: 'A-01', quantity: 1 });
    expect(otherItem.status).toBe(409);
    expect(otherItem.body.code).toBe('count.item_not_counted');
    expect((await scan({ item: 'VENEER-OAK', lot: 'V-2611', location: 'A-02', quantity: 47.5 })).status).toBe(201);
    expect((await scan({ item: 'VENEER-OAK', lot: 'V-2611', location: 'LOC-A01', quantity: 4 })).status).toBe(201);
    expect((await scan({ item: 'VENEER-OAK', lot: 'V-2610', location: 'A-02', quantity: 20 })).status).toBe(201);
    // as many HTTP clients send it: a JSON content type and no body at all
    const closed = await api.request('POST', `/api/v1/stock/counts/${count.id}/close`, {
      token: tokens.warehouse,
      headers: { 'content-type': 'application/json' },
      rawBody: '',
    });
    expect(closed.status).toBe(200);
    expect(closed.body.report.lines.filter((l: { difference: number }) => l.difference !== 0)).toEqual([
      { location: 'A-01', item: 'VENEER-OAK', lot: 'V-2611', expected: 5, counted: 4, difference: -1, value: -28 },
    ]);
    expect(await balance('VENEER-OAK', 'A-01', 'V-2611')).toBe(4);
    expect(await balance('VENEER-OAK', 'A-02', 'V-2611')).toBe(47.5);
    expect(await ledgerMismatches()).toEqual([]);
  });

  it('a pick list for a split run lists what the run needs by location, flags shortages, and counts issues against it', async () => {
    await loadCatalogue(api, tokens.planner);
    const orderId = await confirmedOrder(api, tokens.planner, 'WH-0001', [makeOrderLine({ quantity: 4 })]);
    const run = await api.request('POST', '/api/v1/split-runs', {
      token: tokens.planner,
      body: { orderIds: [orderId] },
    });
    expect(run.status).toBe(202);
    expect((await splitFinished(api, tokens.planner, run.body.id)).status).toBe('succeeded');
    const materials = (
      await api.request('GET', `/api/v1/split-runs/${run.body.id}/materials`, { token: tokens.planner })
    ).body;
    const hdf = materials.find((m: { material: string }) => m.material === 'HDF-8');
    const jamb = materials.find((m: { material: string }) => m.material === 'JAMB-BOARD');
    expect(hdf.stockUsed).toBeGreaterThan(0);

    // HDF: 40 received, 3 moved to A-02 and back and forth; jamb boards: 8 left after the count
    const list = await created('/api/v1/stock/pick-lists', { splitRun: run.body.id }, tokens.planner);
    const lines = list.lines as {
      item: string;
      location: string | null;
      quantity: number;
      shortage: number;
      remaining: number;
    }[];
    const hdfLines = lines.filter((l) => l.item === 'HDF-8');
    expect(hdfLines.reduce((s, l) => s + l.quantity, 0)).toBe(hdf.stockUsed);
    const jambPicked = lines.filter((l) => l.item === 'JAMB-BOARD' && l.location).reduce((s, l) => s + l.quantity, 0);
    const jambShort = lines.filter((l) => l.item === 'JAMB-BOARD' && !l.location).reduce((s, l) => s + l.shortage, 0);
    expect(jambPicked + jambShort).toBe(jamb.stockUsed);
    expect(jambPicked).toBe(Math.min(8, jamb.stockUsed));
    const located = lines.filter((l) => l.location).map((l) => l.location as string);
    expect(located).toEqual([...located].sort());
    expect(lines.findIndex((l) => !l.location)).toBeGreaterThanOrEqual(located.length);
    // materials with no warehouse item of that code are named, not silently dropped
    expect(list.unmatched).toEqual(expect.arrayContaining(['LVL-40']));

    const line = lines.find((l) => l.item === 'HDF-8' && l.location) as { location: string; quantity: number };
    const issued = await move({
      type: 'issue',
      item: 'HDF-8',
      quantity: 1,
      from: line.location,
      pickList: list.id,
      splitRun: run.body.id,
    });
    expect(issued.status).toBe(201);
    const after = (await api.request('GET', `/api/v1/stock/pick-lists/${list.id}`, { token: tokens.warehouse })).body;
    const updated = after.lines.find(
      (l: { item: string; location: string }) => l.item === 'HDF-8' && l.location === line.location,
    );
    expect(updated.picked).toBe(1);
    expect(updated.remaining).toBe(line.quantity - 1);
    const notOnList = await move({ type: 'issue', item: 'HINGE', quantity: 1, from: 'B-01', pickList: list.id });
    expect(notOnList.status).toBe(409);
    expect(await balance('HINGE', 'B-01')).toBe(2);
  });

  it('receives a usable offcut as remnant stock and offers it to the next cutting run first', async () => {
    const res = await api.request('POST', '/api/v1/stock/remnants', {
      token: tokens.warehouse,
      body: { scanId: randomUUID(), material: 'JAMB-BOARD', length: 1180, quantity: 2, location: 'B-01' },
    });
    expect(res.status).toBe(201);
    expect(res.body.remnant.code).toBe('JAMB-BOARD-R1180');
    const item = (await api.request('GET', '/api/v1/items/JAMB-BOARD-R1180', { token: tokens.warehouse })).body;
    expect(item).toMatchObject({ kind: 'remnant', length: 1180, unit: 'piece' });
    expect(item.standardCost).toBeCloseTo((42 * 1180) / 2750, 3);
    const offered = await api.request('GET', '/api/v1/stock/remnants?material=JAMB-BOARD', { token: tokens.planner });
    expect(offered.body.stock).toEqual([{ length: 1180, quantity: 2, cost: 0 }]);
    const cut = await api.request('POST', '/api/v1/cutting/linear', {
      token: tokens.planner,
      body: {
        stock: [...offered.body.stock, { length: 2750, cost: 42 }],
        items: [{ id: 'head', length: 1000, quantity: 2 }],
      },
    });
    expect(cut.status).toBe(200);
    expect(cut.body.bars.map((b: { stockLength: number }) => b.stockLength)).toEqual([1180, 1180]);
  });

  it('values stock at standard cost and lists items below their reorder point', async () => {
    const value = (await api.request('GET', '/api/v1/stock/value', { token: tokens.manager })).body;
    const hdf = value.items.find((i: { item: string }) => i.item === 'HDF-8');
    expect(hdf.value).toBeCloseTo(hdf.quantity * 65, 2);
    expect(value.total).toBeCloseTo(
      value.items.reduce((s: number, i: { value: number }) => s + i.value, 0),
      2,
    );
    const low = (await api.request('GET', '/api/v1/items/below-reorder-point', { token: tokens.planner })).body;
    expect(low.map((i: { item: string }) => i.item)).toEqual(['HINGE']);
  });

  it("never shows one factory's stock to another", async () => {
    const other = await api.factoryWithUsers('WH2', ['admin', 'warehouse']);
    const res = await api.request('GET', '/api/v1/items/HDF-8', { token: other.tokens.warehouse });
    expect(res.status).toBe(404);
    const moved = await api.request('POST', '/api/v1/stock/moves', {
      token: other.tokens.warehouse,
      body: { scanId: randomUUID(), type: 'receipt', item: 'HDF-8', quantity: 1, to: 'A-01' },
    });
    expect(moved.status).toBe(404);
    const balances = await api.request('GET', '/api/v1/stock/balances', { token: other.tokens.warehouse });
    expect(balances.body.items).toEqual([]);
  });
});
