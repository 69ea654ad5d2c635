import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createTestDatabase, TestDatabase, testRuntime } from '@mendao/platform/testing';
import { TestApi } from './support/api';
import { confirmedOrder, loadCatalogue, splitFinished } from './support/splitting';
import { makeOrderLine } from '@mendao/splitting/testing';

/**
 * The warehouse's state machines over HTTP: every refused transition of counts and pick lists answers
 * 409 with the code of the rule it breaks and changes nothing; every route taking an id answers 404 for
 * one this factory does not have; and the rules a stock controller expects of counts and pick lists.
 */
describe('warehouse state machines over HTTP: refusals change nothing, unknown ids are 404', () => {
  let db: TestDatabase;
  let api: TestApi;
  let sql: Client;
  let token: string;
  let planner: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await TestApi.start(testRuntime(db.url));
    const { tokens } = await api.factoryWithUsers('SM', ['admin', 'planner', 'warehouse']);
    token = tokens.warehouse;
    planner = tokens.planner;
    sql = new Client({ connectionString: db.url });
    await sql.connect();
    for (const code of ['RCV', 'A-01', 'A-02', 'B-01', 'C-01', 'OLD'])
      await created('/api/v1/locations', {
        code,
        nameZh: code,
        nameEn: code,
        type: code === 'RCV' ? 'receiving' : 'storage',
      });
    const item = (code: string, extra: Record<string, unknown> = {}) =>
      created('/api/v1/items', { code, nameZh: code, nameEn: code, kind: 'board', unit: 'piece', ...extra });
    await item('HDF-8', { unit: 'sheet', standardCost: 65 });
    await item('JAMB-BOARD', { standardCost: 42 });
    await item('HINGE', { kind: 'hardware', unit: 'set', standardCost: 18 });
    await item('VENEER-OAK', { kind: 'veneer', unit: 'm2', lotTracked: true, standardCost: 28 });
  });

  afterAll(async () => {
    await sql?.end();
    await api?.close();
    await db?.drop();
  });

  async function created(path: string, body: unknown, as = token) {
    const res = await api.request('POST', path, { token: as, body });
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }
  const post = (path: string, body?: unknown) => api.request('POST', path, { token, body });
  const move = (body: Record<string, unknown>) => post('/api/v1/stock/moves', { scanId: randomUUID(), ...body });
  const moved = async (body: Record<string, unknown>) => {
    const res = await move(body);
    if (res.status !== 201) throw new Error(`move: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const openCount = (body: Record<string, unknown>) => created('/api/v1/stock/counts', body);
  const scan = (count: string, body: Record<string, unknown>) =>
    post(`/api/v1/stock/counts/${count}/scans`, { scanId: randomUUID(), ...body });
  const close = (count: string) => post(`/api/v1/stock/counts/${count}/close`);

  async function balance(item: string, location: string, lot = ''): Promise<number> {
    const { rows } = await sql.query(
      `SELECT b.quantity FROM stock_balance b JOIN item i ON i.id = b.item_id JOIN location l ON l.id = b.location_id
        WHERE i.code = $1 AND l.code = $2 AND b.lot = $3`,
      [item, location, lot],
    );
    return rows.length ? Number(rows[0].quantity) : 0;
  }

  /** Everything a refusal could have changed: balances, the ledger, counts and their scans, pick-list lines. */
  async function everything() {
    const rows = async (text: string) => (await sql.query(text)).rows;
    return {
      balances: await rows(`SELECT item_id, location_id, lot, quantity::text FROM stock_balance ORDER BY 1, 2, 3`),
      moves: await rows(`SELECT id FROM stock_move ORDER BY id`),
      counts: await rows(`SELECT id, status, closed_at, report FROM stock_count ORDER BY id`),
      countScans: await rows(`SELECT scan_id, quantity::text FROM stock_count_scan ORDER BY scan_id`),
      pickLists: await rows(`SELECT id FROM pick_list ORDER BY id`),
      pickLines: await rows(`SELECT id, picked::text FROM pick_list_line ORDER BY id`),
    };
  }

  /** The request answers 409 with the rule's code (and its facts), and nothing changed. */
  async function refusedUnchanged(
    request: () => Promise<{ status: number; body: any; headers: Headers }>,
    code: string,
    params: Record<string, unknown> = {},
  ) {
    const before = await everything();
    const res = await request();
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 409, code });
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.params).toMatchObject(params);
    expect(await everything()).toEqual(before);
    return res.body;
  }

  describe('counts (盘点): open → scan* → closed, once', () => {
    let locationCount: string;
    let itemCount: string;

    beforeAll(async () => {
      await moved({ type: 'receipt', item: 'HINGE', quantity: 10, to: 'B-01' });
      await moved({ type: 'receipt', item: 'VENEER-OAK', quantity: 6, to: 'C-01', lot: 'V-1' });
      locationCount = (await openCount({ location: 'B-01', item: 'HINGE' })).id;
      itemCount = (await openCount({ item: 'VENEER-OAK' })).id;
    });

    it('refuses a second count of a location being counted: count.overlaps_open_count naming the open one', async () => {
      await refusedUnchanged(() => post('/api/v1/stock/counts', { location: 'B-01' }), 'count.overlaps_open_count', {
        count: locationCount,
      });
      await refusedUnchanged(
        () => post('/api/v1/stock/counts', { item: 'HINGE', location: 'B-01' }),
        'count.overlaps_open_count',
        {
          count: locationCount,
        },
      );
      // another item at the same location too: one open count per location (the rule, not the unique index)
      await refusedUnchanged(
        () => post('/api/v1/stock/counts', { item: 'HDF-8', location: 'B-01' }),
        'count.overlaps_open_count',
        { count: locationCount },
      );
    });

    it('refuses a count of an item everywhere while a location count covers it, and the reverse', async () => {
      await refusedUnchanged(() => post('/api/v1/stock/counts', { item: 'HINGE' }), 'count.overlaps_open_count', {
        count: locationCount,
      });
      await refusedUnchanged(() => post('/api/v1/stock/counts', { location: 'C-01' }), 'count.overlaps_open_count', {
        count: itemCount,
      });
    });

    it('refuses a scan of an item the count does not cover: count.item_not_counted', async () => {
      const body = await refusedUnchanged(
        () => scan(itemCount, { item: 'HINGE', location: 'B-01', quantity: 1 }),
        'count.item_not_counted',
        { count: itemCount, item: 'HINGE' },
      );
      expect(body.errors).toEqual([expect.objectContaining({ field: 'item' })]);
    });

    it('refuses a scan at another location than the count covers: count.location_not_counted', async () => {
      await refusedUnchanged(
        () => scan(locationCount, { item: 'HINGE', location: 'A-01', quantity: 1 }),
        'count.location_not_counted',
        { count: locationCount, location: 'A-01' },
      );
    });

    it('refuses a scan into a closed count and a second close: count.closed with its status', async () => {
      expect((await scan(locationCount, { item: 'HINGE', quantity: 10 })).status).toBe(201);
      expect((await close(locationCount)).status).toBe(200);
      await refusedUnchanged(() => scan(locationCount, { item: 'HINGE', quantity: 1 }), 'count.closed', {
        count: locationCount,
        status: 'completed',
        event: 'scan',
      });
      await refusedUnchanged(() => close(locationCount), 'count.closed', {
        count: locationCount,
        status: 'completed',
      });
    });

    it('applies the one lot rule of moves to count scans: stock.lot_required naming the field', async () => {
      const before = await everything();
      const res = await scan(itemCount, { item: 'VENEER-OAK', location: 'C-01', quantity: 1 });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'stock.lot_required', errors: [{ field: 'lot' }] });
      expect(await everything()).toEqual(before);
      expect((await close(itemCount)).status).toBe(200);
    });
  });

  describe('pick lists (拣货单): open → issue* → complete', () => {
    let list: { id: string; lines: { item: string; location: string | null; quantity: number; shortage: number }[] };
    let hdfNeeded: number;
    let jambNeeded: number;

    beforeAll(async () => {
      await loadCatalogue(api, planner);
      const orderId = await confirmedOrder(api, planner, 'SM-0001', [makeOrderLine({ quantity: 2 })]);
      const run = await api.request('POST', '/api/v1/split-runs', { token: planner, body: { orderIds: [orderId] } });
      expect((await splitFinished(api, planner, run.body.id)).status).toBe('succeeded');
      // HDF in stock, jamb boards none at all: the list is made with a shortage
      await moved({ type: 'receipt', item: 'HDF-8', quantity: 100, to: 'A-01' });
      list = await created('/api/v1/stock/pick-lists', { splitRun: run.body.id }, planner);
      const of = (item: string) => list.lines.filter((l) => l.item === item);
      hdfNeeded = of('HDF-8').reduce((s, l) => s + l.quantity, 0);
      jambNeeded = of('JAMB-BOARD').reduce((s, l) => s + l.quantity, 0);
      expect(hdfNeeded).toBeGreaterThan(0);
      expect(of('JAMB-BOARD')).toEqual([
        expect.objectContaining({ location: null, quantity: jambNeeded, shortage: jambNeeded }),
      ]);
    });

    const issue = (item: string, quantity: number, from: string, scanId = randomUUID()) =>
      move({ scanId, type: 'issue', item, quantity, from, pickList: list.id });

    it('refuses an issue of an item not on the list: pick_list.item_not_listed', async () => {
      await moved({ type: 'receipt', item: 'HINGE', quantity: 5, to: 'A-02' });
      await refusedUnchanged(() => issue('HINGE', 1, 'A-02'), 'pick_list.item_not_listed', {
        item: 'HINGE',
        pickList: list.id,
      });
    });

    it('refuses an issue beyond what the run still needs: pick_list.beyond_need with what remains', async () => {
      const body = await refusedUnchanged(() => issue('HDF-8', hdfNeeded + 1, 'A-01'), 'pick_list.beyond_need', {
        remaining: hdfNeeded,
        requested: hdfNeeded + 1,
      });
      expect(body.errors).toEqual([expect.objectContaining({ field: 'quantity' })]);
    });

    it('counts an item that was short when the list was made against its line once stock arrives', async () => {
      await moved({ type: 'receipt', item: 'JAMB-BOARD', quantity: jambNeeded + 3, to: 'RCV' });
      const res = await issue('JAMB-BOARD', jambNeeded, 'RCV');
      expect(res.status).toBe(201);
      const after = (await api.request('GET', `/api/v1/stock/pick-lists/${list.id}`, { token })).body;
      expect(after.lines.find((l: { item: string }) => l.item === 'JAMB-BOARD')).toMatchObject({
        location: null,
        quantity: jambNeeded,
        picked: jambNeeded,
        remaining: 0,
      });
      expect(after.status).toBe('open');
      expect(await balance('JAMB-BOARD', 'RCV')).toBe(3);
    });

    it('completes with the last issue, then refuses any other (pick_list.complete) but still replays a scan', async () => {
      // whatever else the run needs (veneer, lot-tracked) arrives and is issued against the list too
      const open = (await api.request('GET', `/api/v1/stock/pick-lists/${list.id}`, { token })).body.lines.filter(
        (l: { item: string; remaining: number }) => l.item !== 'HDF-8' && l.remaining > 0,
      );
      for (const line of open as { item: string; remaining: number }[]) {
        const lot = line.item === 'VENEER-OAK' ? 'V-9' : undefined;
        await moved({ type: 'receipt', item: line.item, quantity: line.remaining, to: 'RCV', lot });
        expect(
          (
            await move({
              type: 'issue',
              item: line.item,
              quantity: line.remaining,
              from: 'RCV',
              lot,
              pickList: list.id,
            })
          ).status,
        ).toBe(201);
      }
      const last = randomUUID();
      expect((await issue('HDF-8', hdfNeeded, 'A-01', last)).status).toBe(201);
      const after = (await api.request('GET', `/api/v1/stock/pick-lists/${list.id}`, { token })).body;
      expect(after.lines.filter((l: { remaining: number }) => l.remaining !== 0)).toEqual([]);
      expect({ status: after.status, complete: after.complete }).toEqual({ status: 'complete', complete: true });
      await refusedUnchanged(() => issue('HDF-8', 1, 'A-01'), 'pick_list.complete', {
        status: 'complete',
        pickList: list.id,
      });
      const replay = await issue('HDF-8', hdfNeeded, 'A-01', last);
      expect({ status: replay.status, replayed: replay.body.replayed }).toEqual({ status: 200, replayed: true });
      expect(await balance('HDF-8', 'A-01')).toBe(100 - hdfNeeded);
    });
  });

  describe('every warehouse route that takes an id answers 404 for one this factory does not have', () => {
    const unknown = randomUUID();
    // every case has a body (null: none), so jest never takes the test's fourth argument for `done`
    const cases: [string, string, string, unknown][] = [
      ['GET', '/api/v1/items/NO-SUCH-ITEM', 'item', null],
      ['GET', `/api/v1/items/${unknown}`, 'item', null],
      ['PATCH', '/api/v1/items/NO-SUCH-ITEM', 'item', { nameEn: 'x' }],
      ['GET', '/api/v1/locations/NO-SUCH-LOCATION', 'location', null],
      ['PATCH', '/api/v1/locations/NO-SUCH-LOCATION', 'location', { nameEn: 'x' }],
      ['GET', `/api/v1/stock/counts/${unknown}`, 'count', null],
      ['GET', '/api/v1/stock/counts/not-a-uuid', 'count', null],
      ['POST', `/api/v1/stock/counts/${unknown}/scans`, 'count', { scanId: randomUUID(), item: 'HINGE', quantity: 1 }],
      ['POST', `/api/v1/stock/counts/${unknown}/close`, 'count', null],
      ['GET', `/api/v1/stock/pick-lists/${unknown}`, 'pick list', null],
      ['GET', '/api/v1/stock/pick-lists/not-a-uuid', 'pick list', null],
      [
        'POST',
        '/api/v1/stock/moves',
        'pick list',
        { scanId: randomUUID(), type: 'issue', item: 'HINGE', quantity: 1, from: 'A-02', pickList: unknown },
      ],
      ['POST', '/api/v1/stock/counts', 'location', { location: 'NO-SUCH-LOCATION' }],
      ['GET', '/api/v1/stock/balances?item=NO-SUCH-ITEM', 'item', null],
      ['GET', '/api/v1/stock/moves?location=NO-SUCH-LOCATION', 'location', null],
    ];

    it.each(cases)('%s %s → 404 (%s)', async (method, path, resource, body) => {
      const before = await everything();
      const res = await api.request(method, path, { token, body: body ?? undefined });
      expect({ status: res.status, code: res.body.code, resource: res.body.params?.resource }).toEqual({
        status: 404,
        code: 'resource.not_found',
        resource,
      });
      expect(await everything()).toEqual(before);
    });
  });

  describe('rules a stock controller expects of counts', () => {
    it('stock received into a location while it is counted is neither written off nor counted twice', async () => {
      // 5 hinges (from the pick-list tests); HDF received before its first scan, hinges after theirs
      await moved({ type: 'receipt', item: 'HINGE', quantity: 5, to: 'A-02' });
      const count = (await openCount({ location: 'A-02' })).id;
      await moved({ type: 'receipt', item: 'HDF-8', quantity: 4, to: 'A-02' });
      expect((await scan(count, { item: 'HINGE', quantity: 10 })).status).toBe(201);
      expect((await scan(count, { item: 'HDF-8', quantity: 4 })).status).toBe(201);
      await moved({ type: 'receipt', item: 'HINGE', quantity: 7, to: 'A-02' });
      await moved({ type: 'issue', item: 'HDF-8', quantity: 1, from: 'A-02' });
      const closed = await close(count);
      expect(closed.status).toBe(200);
      expect(closed.body.status).toBe('completed');
      expect(closed.body.report.lines).toEqual(
        expect.arrayContaining([
          { location: 'A-02', item: 'HINGE', lot: '', expected: 10, counted: 10, difference: 0, value: 0 },
          { location: 'A-02', item: 'HDF-8', lot: '', expected: 4, counted: 4, difference: 0, value: 0 },
        ]),
      );
      expect(await balance('HINGE', 'A-02')).toBe(17);
      expect(await balance('HDF-8', 'A-02')).toBe(3);
    });

    it('a difference found while stock moved is applied to the book as it is now', async () => {
      const count = (await openCount({ location: 'A-02' })).id;
      expect((await scan(count, { item: 'HINGE', quantity: 15 })).status).toBe(201); // books say 17: 2 lost
      await moved({ type: 'receipt', item: 'HINGE', quantity: 3, to: 'A-02' });
      const closed = await close(count);
      // hinges: 17 when scanned, 15 found → 2 lost, taken from the 20 there now; HDF never scanned: none found
      expect(closed.body.report.lines).toEqual(
        expect.arrayContaining([
          { location: 'A-02', item: 'HDF-8', lot: '', expected: 3, counted: 0, difference: -3, value: -195 },
          { location: 'A-02', item: 'HINGE', lot: '', expected: 17, counted: 15, difference: -2, value: -36 },
        ]),
      );
      expect(closed.body.report.lines).toHaveLength(2);
      expect(await balance('HINGE', 'A-02')).toBe(18);
      expect(await balance('HDF-8', 'A-02')).toBe(0);
    });

    it('a count of an item everywhere leaves stock in inactive locations alone (nobody can scan there)', async () => {
      await moved({ type: 'receipt', item: 'HINGE', quantity: 7, to: 'OLD' });
      expect((await api.request('PATCH', '/api/v1/locations/OLD', { token, body: { active: false } })).status).toBe(
        200,
      );
      const count = (await openCount({ item: 'HINGE' })).id;
      const closed = await close(count);
      expect(closed.status).toBe(200);
      const locations = closed.body.report.lines.map((l: { location: string }) => l.location);
      expect(locations).not.toContain('OLD');
      expect(locations).toEqual(expect.arrayContaining(['A-02', 'B-01']));
      expect(await balance('HINGE', 'OLD')).toBe(7);
      expect(await balance('HINGE', 'B-01')).toBe(0);
    });
  });
});
