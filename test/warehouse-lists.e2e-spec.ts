import { randomUUID } from 'node:crypto';
import { createTestDatabase, TestDatabase, testRuntime } from '@mendao/platform/testing';
import { makeOrderLine } from '@mendao/splitting/testing';
import { TestApi } from './support/api';
import { confirmedOrder, loadCatalogue, splitFinished } from './support/splitting';

type Tokens = Awaited<ReturnType<TestApi['factoryWithUsers']>>['tokens'];

describe('warehouse lists over HTTP: counts and pick lists, newest first, in pages', () => {
  let db: TestDatabase;
  let api: TestApi;
  let tokens: Tokens;
  let other: Tokens;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await TestApi.start(testRuntime(db.url));
    ({ tokens } = await api.factoryWithUsers('WHL'));
    ({ tokens: other } = await api.factoryWithUsers('WHL2', ['admin', 'warehouse', 'manager']));
    for (const location of [
      { code: 'A-01', nameZh: 'A-01 库位', nameEn: 'Location A-01', type: 'storage' },
      { code: 'A-02', nameZh: 'A-02', nameEn: 'A-02', type: 'storage' },
      { code: 'B-01', nameZh: 'B-01', nameEn: 'B-01', type: 'storage' },
    ])
      await created('/api/v1/locations', location);
    await created('/api/v1/items', {
      code: 'HDF-8',
      nameZh: '高密度板 8mm',
      nameEn: 'HDF 8 mm',
      kind: 'board',
      unit: 'sheet',
      standardCost: 65,
    });
    await created('/api/v1/items', { code: 'HINGE', nameZh: '合页', nameEn: 'Hinge', kind: 'hardware', unit: 'set' });
    await created('/api/v1/stock/moves', {
      scanId: randomUUID(),
      type: 'receipt',
      item: 'HDF-8',
      quantity: 5,
      to: 'A-01',
    });
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  async function created(path: string, body: unknown, token = tokens.warehouse) {
    const res = await api.request('POST', path, { token, body });
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  const get = (path: string, token = tokens.warehouse) => api.request('GET', path, { token });

  /** Every page of a list, following its cursor, `limit` at a time. */
  async function allPages(path: string, limit: number, token = tokens.warehouse) {
    const ids: string[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 20; pages += 1) {
      const sep = path.includes('?') ? '&' : '?';
      const res = await get(`${path}${sep}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`, token);
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(limit);
      ids.push(...res.body.items.map((i: { id: string }) => i.id));
      cursor = res.body.nextCursor;
      if (!cursor) return ids;
    }
    throw new Error('more than 20 pages');
  }

  it('names items and locations in both languages in balances, the reorder list and pick-list lines', async () => {
    const balances = await get('/api/v1/stock/balances?item=HDF-8');
    expect(balances.body.items[0]).toMatchObject({
      item: 'HDF-8',
      itemName: '高密度板 8mm',
      itemNameEn: 'HDF 8 mm',
      location: 'A-01',
      locationName: 'A-01 库位',
      locationNameEn: 'Location A-01',
    });
    expect(
      (await api.request('PATCH', '/api/v1/items/HINGE', { token: tokens.warehouse, body: { reorderPoint: 10 } }))
        .status,
    ).toBe(200);
    expect((await get('/api/v1/items/below-reorder-point', tokens.manager)).body).toEqual([
      { item: 'HINGE', name: '合页', nameEn: 'Hinge', unit: 'set', reorderPoint: 10, onHand: 0 },
    ]);
  });

  describe('GET /api/v1/stock/counts', () => {
    let closedId: string;
    let openIds: string[];

    beforeAll(async () => {
      const closing = await created('/api/v1/stock/counts', { location: 'A-01' });
      await created(`/api/v1/stock/counts/${closing.id}/scans`, { scanId: randomUUID(), item: 'HDF-8', quantity: 3 });
      const closed = await api.request('POST', `/api/v1/stock/counts/${closing.id}/close`, { token: tokens.warehouse });
      expect(closed.status).toBe(200);
      closedId = closing.id;
      openIds = [
        (await created('/api/v1/stock/counts', { location: 'A-02' })).id,
        (await created('/api/v1/stock/counts', { location: 'B-01', item: 'HINGE' })).id,
      ];
    });

    it('lists the counts newest first, a closed one with its totals and an open one blind', async () => {
      const res = await get('/api/v1/stock/counts');
      expect(res.status).toBe(200);
      expect(res.body.items.map((c: { id: string }) => c.id)).toEqual([...openIds].reverse().concat(closedId));
      const [hinges, , closed] = res.body.items;
      expect(hinges).toMatchObject({
        location: 'B-01',
        item: 'HINGE',
        status: 'open',
        openedBy: 'warehouse',
        closedBy: null,
        closedAt: null,
        scans: 0,
        totals: null,
      });
      expect(closed).toMatchObject({
        location: 'A-01',
        item: null,
        status: 'completed_with_discrepancies',
        closedBy: 'warehouse',
        scans: 1,
        totals: { gain: 0, loss: 2, net: -2, value: -130 },
      });
      expect(Date.parse(closed.closedAt)).toBeGreaterThanOrEqual(Date.parse(closed.createdAt));
      expect(Object.keys(closed)).not.toContain('report');
      expect(Object.keys(closed)).not.toContain('counted');
    });

    it('pages with its cursor without skipping or repeating a count, and filters by status', async () => {
      expect(await allPages('/api/v1/stock/counts', 1)).toEqual([...openIds].reverse().concat(closedId));
      expect(await allPages('/api/v1/stock/counts?status=open', 1)).toEqual([...openIds].reverse());
      const done = await get('/api/v1/stock/counts?status=completed_with_discrepancies');
      expect(done.body.items.map((c: { id: string }) => c.id)).toEqual([closedId]);
      expect((await get('/api/v1/stock/counts?status=completed')).body).toEqual({ items: [], nextCursor: null });
    });

    it('refuses a bad status, limit or cursor with a 400 naming the field', async () => {
      for (const [query, field] of [
        ['status=closed', 'status'],
        ['limit=0', 'limit'],
        ['cursor=not-a-cursor', 'cursor'],
        [`cursor=${Buffer.from(JSON.stringify(['yesterday', 'x'])).toString('base64url')}`, 'cursor'],
      ]) {
        const res = await get(`/api/v1/stock/counts?${query}`);
        expect({ query, status: res.status, type: res.headers.get('content-type') }).toEqual({
          query,
          status: 400,
          type: expect.stringContaining('application/problem+json'),
        });
        expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      }
    });

    it('lets the warehouse and managers read it, not planners or packers, nor anyone signed out', async () => {
      expect((await get('/api/v1/stock/counts', tokens.manager)).status).toBe(200);
      expect((await get('/api/v1/stock/counts', tokens.admin)).status).toBe(200);
      expect((await get('/api/v1/stock/counts', tokens.planner)).status).toBe(403);
      expect((await get('/api/v1/stock/counts', tokens.packer)).status).toBe(403);
      expect((await api.request('GET', '/api/v1/stock/counts')).status).toBe(401);
    });

    it("never lists another factory's counts, nor counts of its own to it", async () => {
      await created(
        '/api/v1/locations',
        { code: 'A-01', nameZh: 'A-01', nameEn: 'A-01', type: 'storage' },
        other.warehouse,
      );
      const theirs = await created('/api/v1/stock/counts', { location: 'A-01' }, other.warehouse);
      expect((await get('/api/v1/stock/counts', other.manager)).body.items.map((c: { id: string }) => c.id)).toEqual([
        theirs.id,
      ]);
      const ours = (await get('/api/v1/stock/counts', tokens.manager)).body.items.map((c: { id: string }) => c.id);
      expect(ours).toHaveLength(3);
      expect(ours).not.toContain(theirs.id);
    });
  });

  describe('GET /api/v1/stock/pick-lists', () => {
    let runs: string[];
    let lists: { id: string; splitRunId: string }[];

    beforeAll(async () => {
      await loadCatalogue(api, tokens.planner);
      runs = [];
      for (const orderNo of ['WHL-0001', 'WHL-0002']) {
        const order = await confirmedOrder(api, tokens.planner, orderNo, [makeOrderLine({ quantity: 2 })]);
        const run = await api.request('POST', '/api/v1/split-runs', {
          token: tokens.planner,
          body: { orderIds: [order] },
        });
        expect(run.status).toBe(202);
        expect((await splitFinished(api, tokens.planner, run.body.id)).status).toBe('succeeded');
        runs.push(run.body.id);
      }
      lists = [
        await created('/api/v1/stock/pick-lists', { splitRun: runs[0] }, tokens.planner),
        await created('/api/v1/stock/pick-lists', { splitRun: runs[1] }),
      ];
    });

    it('lists the pick lists newest first with how far picking has got', async () => {
      const res = await get('/api/v1/stock/pick-lists');
      expect(res.status).toBe(200);
      expect(res.body.nextCursor).toBeNull();
      expect(res.body.items.map((l: { id: string }) => l.id)).toEqual([lists[1].id, lists[0].id]);
      const full = (await get(`/api/v1/stock/pick-lists/${lists[0].id}`)).body;
      const summary = res.body.items[1];
      expect(summary).toEqual({
        id: lists[0].id,
        splitRunId: runs[0],
        createdBy: 'planner',
        createdAt: full.createdAt,
        status: 'open',
        lines: full.lines.length,
        linesPicked: 0,
        shortageLines: full.lines.filter((l: { location: string | null }) => l.location === null).length,
      });
      // HDF-8: 5 in stock at A-01 and some short; the jamb boards and the rest have no warehouse item
      expect(summary.lines).toBeGreaterThan(0);
      expect(full.lines[0]).toMatchObject({ item: 'HDF-8', itemName: '高密度板 8mm', itemNameEn: 'HDF 8 mm' });
    });

    it('counts a line as picked once issues against the list cover it, and filters by run and status', async () => {
      const list = (await get(`/api/v1/stock/pick-lists/${lists[1].id}`)).body;
      const line = list.lines.find((l: { location: string | null }) => l.location === 'A-01');
      expect(line).toBeDefined();
      await created('/api/v1/stock/moves', {
        scanId: randomUUID(),
        type: 'issue',
        item: line.item,
        quantity: line.quantity,
        from: 'A-01',
        pickList: list.id,
      });
      const [after] = (await get(`/api/v1/stock/pick-lists?splitRun=${runs[1]}`)).body.items;
      expect(after).toMatchObject({
        id: list.id,
        linesPicked: 1,
        status: list.lines.length === 1 ? 'complete' : 'open',
      });
      const byRun = await get(`/api/v1/stock/pick-lists?splitRun=${runs[0]}`);
      expect(byRun.body.items.map((l: { id: string }) => l.id)).toEqual([lists[0].id]);
      const open = await get('/api/v1/stock/pick-lists?status=open');
      expect(open.body.items.map((l: { id: string }) => l.id)).toContain(lists[0].id);
      expect((await get(`/api/v1/stock/pick-lists?splitRun=${randomUUID()}`)).body).toEqual({
        items: [],
        nextCursor: null,
      });
    });

    it('pages with its cursor without skipping or repeating a list', async () => {
      expect(await allPages('/api/v1/stock/pick-lists', 1)).toEqual([lists[1].id, lists[0].id]);
    });

    it('refuses a bad run, status, limit or cursor with a 400 naming the field', async () => {
      for (const [query, field] of [
        ['splitRun=run-1', 'splitRun'],
        ['status=done', 'status'],
        ['limit=501', 'limit'],
        [
          `cursor=${Buffer.from(JSON.stringify(['2026-11-30T00:00:00Z', 'not-a-uuid'])).toString('base64url')}`,
          'cursor',
        ],
      ]) {
        const res = await get(`/api/v1/stock/pick-lists?${query}`);
        expect({ query, status: res.status }).toEqual({ query, status: 400 });
        expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      }
    });

    it('lets the warehouse, planners and managers read it, not packers', async () => {
      for (const role of ['warehouse', 'planner', 'manager', 'admin'] as const)
        expect((await get('/api/v1/stock/pick-lists', tokens[role])).body.items).toHaveLength(2);
      expect((await get('/api/v1/stock/pick-lists', tokens.packer)).status).toBe(403);
      expect((await api.request('GET', '/api/v1/stock/pick-lists')).status).toBe(401);
    });

    it("never lists another factory's pick lists", async () => {
      expect((await get('/api/v1/stock/pick-lists', other.warehouse)).body).toEqual({ items: [], nextCursor: null });
      expect((await get(`/api/v1/stock/pick-lists?splitRun=${runs[0]}`, other.manager)).body.items).toEqual([]);
    });
  });
});
