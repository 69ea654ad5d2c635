import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createTestDatabase, TestDatabase, testRuntime } from '@mendao/platform/testing';
import { makeOrderLine } from '@mendao/splitting/testing';
import { TestApi } from './support/api';
import { confirmedOrder, loadCatalogue, splitFinished } from './support/splitting';

type Tokens = Awaited<ReturnType<TestApi['factoryWithUsers']>>['tokens'];

/**
 * Issue 12: every id a stock move, a remnant or a pick list names must be a row of the caller's factory.
 * Another factory's split run, work order, pick list or count, or one that does not exist, is 404 naming
 * the field, and nothing is stored.
 */
describe('references to split runs, work orders, pick lists and counts stay in the caller’s factory', () => {
  let db: TestDatabase;
  let api: TestApi;
  let sql: Client;
  let a: Tokens;
  let b: Tokens;
  const ofB = { splitRun: '', workOrder: '', pickList: '', count: '' };
  const ofA = { splitRun: '', workOrder: '' };

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await TestApi.start(testRuntime(db.url));
    sql = new Client({ connectionString: db.url });
    await sql.connect();
    ({ tokens: a } = await api.factoryWithUsers('RA', ['admin', 'planner', 'warehouse']));
    ({ tokens: b } = await api.factoryWithUsers('RB', ['admin', 'planner', 'warehouse']));
    for (const tokens of [a, b]) {
      await created('/api/v1/locations', { code: 'A-01', nameZh: 'A-01', nameEn: 'A-01', type: 'storage' }, tokens);
      await created(
        '/api/v1/items',
        { code: 'HDF-8', nameZh: '高密度板', nameEn: 'HDF', kind: 'board', unit: 'sheet', width: 1220, length: 2440 },
        tokens,
      );
      await created(
        '/api/v1/items',
        { code: 'JAMB-BOARD', nameZh: '门套板', nameEn: 'Jamb board', kind: 'moulding', unit: 'piece', length: 2750 },
        tokens,
      );
      await loadCatalogue(api, tokens.planner);
    }
    for (const [tokens, refs] of [
      [b, ofB],
      [a, ofA],
    ] as const) {
      const order = await confirmedOrder(api, tokens.planner, 'REF-1', [makeOrderLine({ quantity: 1 })]);
      const run = await api.request('POST', '/api/v1/split-runs', {
        token: tokens.planner,
        body: { orderIds: [order] },
      });
      expect((await splitFinished(api, tokens.planner, run.body.id)).status).toBe('succeeded');
      refs.splitRun = run.body.id;
      const workOrders = await api.request('GET', `/api/v1/split-runs/${run.body.id}/work-orders`, {
        token: tokens.planner,
      });
      refs.workOrder = workOrders.body[0].id;
    }
    await move({ type: 'receipt', item: 'HDF-8', quantity: 5, to: 'A-01' }, b);
    ofB.pickList = (await created('/api/v1/stock/pick-lists', { splitRun: ofB.splitRun }, b)).id;
    ofB.count = (await created('/api/v1/stock/counts', { location: 'A-01' }, b)).id;
    await move({ type: 'receipt', item: 'HDF-8', quantity: 5, to: 'A-01' }, a);
  });

  afterAll(async () => {
    await sql?.end();
    await api?.close();
    await db?.drop();
  });

  async function created(path: string, body: unknown, tokens: Tokens) {
    const res = await api.request('POST', path, { token: tokens.warehouse, body });
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  function move(body: Record<string, unknown>, tokens: Tokens) {
    return api.request('POST', '/api/v1/stock/moves', {
      token: tokens.warehouse,
      body: { scanId: randomUUID(), ...body },
    });
  }

  const rows = async (table: string) => Number((await sql.query(`SELECT count(*) FROM ${table}`)).rows[0].count);

  function expectNotFound(res: { status: number; body: any }, field: string) {
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 404, code: 'resource.not_found' });
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
  }

  it.each([
    ['another factory’s split run', 'splitRun', () => ofB.splitRun],
    ['a split run that does not exist', 'splitRun', () => randomUUID()],
    ['another factory’s work order', 'workOrder', () => ofB.workOrder],
    ['a work order that does not exist', 'workOrder', () => randomUUID()],
  ])('a stock move naming %s is 404 on that field, and nothing is recorded', async (_what, field, id) => {
    const before = await rows('stock_move');
    for (const body of [
      { type: 'receipt', item: 'HDF-8', quantity: 1, to: 'A-01', [field]: id() },
      { type: 'issue', item: 'HDF-8', quantity: 1, from: 'A-01', [field]: id() },
    ]) {
      expectNotFound(await move(body, a), field);
    }
    expect(await rows('stock_move')).toBe(before);
  });

  it.each([
    ['another factory’s split run', () => ofB.splitRun],
    ['a split run that does not exist', () => randomUUID()],
  ])('a remnant received against %s is 404 on splitRun, and neither it nor its item is stored', async (_what, id) => {
    const [moves, items] = [await rows('stock_move'), await rows('item')];
    const res = await api.request('POST', '/api/v1/stock/remnants', {
      token: a.warehouse,
      body: { scanId: randomUUID(), material: 'JAMB-BOARD', length: 1180, location: 'A-01', splitRun: id() },
    });
    expectNotFound(res, 'splitRun');
    expect([await rows('stock_move'), await rows('item')]).toEqual([moves, items]);
  });

  it('its own split run and work order are recorded on the move and on a remnant', async () => {
    const res = await move(
      { type: 'issue', item: 'HDF-8', quantity: 1, from: 'A-01', splitRun: ofA.splitRun, workOrder: ofA.workOrder },
      a,
    );
    expect(res.status).toBe(201);
    expect(res.body.move).toMatchObject({ splitRunId: ofA.splitRun, workOrderId: ofA.workOrder });
    const remnant = await api.request('POST', '/api/v1/stock/remnants', {
      token: a.warehouse,
      body: { scanId: randomUUID(), material: 'JAMB-BOARD', length: 1180, location: 'A-01', splitRun: ofA.splitRun },
    });
    expect(remnant.status).toBe(201);
    expect(remnant.body.move).toMatchObject({ splitRunId: ofA.splitRun });
  });

  it('the database itself refuses a ledger row or a pick list naming another factory’s split run', async () => {
    const [{ id: factoryA }] = (await sql.query(`SELECT id FROM factory WHERE code = 'RA'`)).rows;
    const [{ id: item }] = (await sql.query(`SELECT id FROM item WHERE factory_id = $1 AND code = 'HDF-8'`, [factoryA]))
      .rows;
    const [{ id: location }] = (await sql.query(`SELECT id FROM location WHERE factory_id = $1`, [factoryA])).rows;
    await expect(
      sql.query(
        `INSERT INTO stock_move (factory_id, scan_id, type, item_id, quantity, to_location_id, split_run_id)
         VALUES ($1, gen_random_uuid(), 'receipt', $2, 1, $3, $4)`,
        [factoryA, item, location, ofB.splitRun],
      ),
    ).rejects.toThrow(/stock_move_split_run_fk/);
    await expect(
      sql.query(`INSERT INTO pick_list (factory_id, split_run_id) VALUES ($1, $2)`, [factoryA, ofB.splitRun]),
    ).rejects.toThrow(/pick_list_split_run_fk/);
  });

  it('every route under another factory’s pick list answers 404, and changes nothing', async () => {
    const before = await rows('stock_move');
    expectNotFound(await api.request('GET', `/api/v1/stock/pick-lists/${ofB.pickList}`, { token: a.warehouse }), 'id');
    // the state (type, lines) is not looked at before the list is found in the caller's factory
    for (const body of [
      { type: 'issue', item: 'HDF-8', quantity: 1, from: 'A-01', pickList: ofB.pickList },
      { type: 'receipt', item: 'HDF-8', quantity: 1, to: 'A-01', pickList: ofB.pickList },
      { type: 'issue', item: 'HDF-8', quantity: 1, from: 'A-01', pickList: randomUUID() },
    ]) {
      expectNotFound(await move(body, a), 'pickList');
    }
    expectNotFound(
      await api.request('POST', '/api/v1/stock/pick-lists', { token: a.planner, body: { splitRun: ofB.splitRun } }),
      'splitRun',
    );
    expect(await rows('stock_move')).toBe(before);
    const picked = await sql.query(`SELECT sum(picked)::int AS n FROM pick_list_line WHERE pick_list_id = $1`, [
      ofB.pickList,
    ]);
    expect(picked.rows).toEqual([{ n: 0 }]);
  });

  it('every route under another factory’s count answers 404, and changes nothing', async () => {
    const [scans, moves] = [await rows('stock_count_scan'), await rows('stock_move')];
    expectNotFound(await api.request('GET', `/api/v1/stock/counts/${ofB.count}`, { token: a.warehouse }), 'id');
    expectNotFound(
      await api.request('POST', `/api/v1/stock/counts/${ofB.count}/scans`, {
        token: a.warehouse,
        body: { scanId: randomUUID(), item: 'HDF-8', quantity: 4, location: 'A-01' },
      }),
      'id',
    );
    expectNotFound(await api.request('POST', `/api/v1/stock/counts/${ofB.count}/close`, { token: a.warehouse }), 'id');
    expect([await rows('stock_count_scan'), await rows('stock_move')]).toEqual([scans, moves]);
    const still = await api.request('GET', `/api/v1/stock/counts/${ofB.count}`, { token: b.warehouse });
    expect(still.body.status).toBe('open');
  });
});
