import { createTestDatabase, TestDatabase, testRuntime } from '@mendao/platform/testing';
import { makeOrderLine } from '@mendao/splitting/testing';
import { TestApi } from './support/api';
import { confirmedOrder, loadCatalogue, splitFinished } from './support/splitting';

describe('GET /api/v1/split-runs: the factory’s split runs, newest first, cursor-paged', () => {
  let db: TestDatabase;
  let api: TestApi;
  let tokens: Awaited<ReturnType<TestApi['factoryWithUsers']>>['tokens'];
  const runs: string[] = [];
  let orderA: string;

  const list = (query = '', token = tokens.planner) => api.request('GET', `/api/v1/split-runs${query}`, { token });

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await TestApi.start(testRuntime(db.url));
    ({ tokens } = await api.factoryWithUsers('RUNLIST'));
    await loadCatalogue(api, tokens.planner);
    orderA = await confirmedOrder(api, tokens.planner, 'RL-A', [makeOrderLine({ quantity: 1 })]);
    const orderB = await confirmedOrder(api, tokens.planner, 'RL-B', [makeOrderLine({ quantity: 2 })]);
    // three runs, one after the other: A, then B, then A and B together
    for (const orderIds of [[orderA], ['RL-B'], [orderA, orderB]]) {
      const accepted = await api.request('POST', '/api/v1/split-runs', { token: tokens.planner, body: { orderIds } });
      expect(accepted.status).toBe(202);
      await splitFinished(api, tokens.planner, accepted.body.id);
      runs.push(accepted.body.id);
    }
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('lists the runs newest first with their job status, order numbers and who started them', async () => {
    const res = await list();
    expect(res.status).toBe(200);
    expect(res.body.nextCursor).toBeNull();
    expect(res.body.items.map((r: { id: string }) => r.id)).toEqual([...runs].reverse());
    const [both] = res.body.items;
    expect(both).toMatchObject({
      status: 'succeeded',
      progress: 1,
      error: null,
      summary: { orders: 2, doors: 3 },
      createdBy: { username: 'planner' },
    });
    expect(both.orders.map((o: { orderNo: string }) => o.orderNo).sort()).toEqual(['RL-A', 'RL-B']);
    // the single run's answer carries the same new fields
    const one = await api.request('GET', `/api/v1/split-runs/${runs[0]}`, { token: tokens.planner });
    expect(one.body).toMatchObject({ orders: [{ id: orderA, orderNo: 'RL-A' }], createdBy: { username: 'planner' } });
  });

  it('pages with limit and the cursor it gives, without repeating or skipping a run', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await list(`?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      expect(res.body.items).toHaveLength(1);
      seen.push(res.body.items[0].id);
      cursor = res.body.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(seen).toEqual([...runs].reverse());
  });

  it('keeps the runs of one order, named by number or by id', async () => {
    const byNumber = await list('?order=RL-B');
    expect(byNumber.status).toBe(200);
    expect(byNumber.body.items.map((r: { id: string }) => r.id)).toEqual([runs[2], runs[1]]);
    const byId = await list(`?order=${orderA}`);
    expect(byId.body.items.map((r: { id: string }) => r.id)).toEqual([runs[2], runs[0]]);
  });

  it.each([
    ['?limit=0', 'limit'],
    ['?limit=501', 'limit'],
    ['?limit=ten', 'limit'],
    ['?cursor=not-a-cursor', 'cursor'],
    [`?cursor=${Buffer.from(JSON.stringify(['yesterday', 'x'])).toString('base64url')}`, 'cursor'],
    ['?status=running', 'status'],
    [`?order=${'x'.repeat(81)}`, 'order'],
  ])('refuses %s with 400 naming the field', async (query, field) => {
    const res = await list(query);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('answers 404 naming `order` for an order not in the factory', async () => {
    const res = await list('?order=NO-SUCH-ORDER');
    expect(res.status).toBe(404);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'order' })]);
  });

  it('lets planners, managers, admins and the stores (picking for a run) read it; refuses packers (403) and no token (401)', async () => {
    for (const role of ['planner', 'manager', 'admin', 'warehouse'] as const)
      expect((await list('', tokens[role])).status).toBe(200);
    expect((await list('', tokens.packer)).status).toBe(403);
    // the stores read the runs, not their results
    const [run] = (await list('', tokens.warehouse)).body.items;
    expect((await api.request('GET', `/api/v1/split-runs/${run.id}`, { token: tokens.warehouse })).status).toBe(200);
    expect((await api.request('GET', `/api/v1/split-runs/${run.id}/parts`, { token: tokens.warehouse })).status).toBe(
      403,
    );
    expect((await api.request('GET', '/api/v1/split-runs')).status).toBe(401);
  });

  it('shows another factory none of these runs, and none of its orders as a filter', async () => {
    const other = await api.factoryWithUsers('RUNLIST-2', ['admin', 'planner']);
    const theirs = await list('', other.tokens.planner);
    expect(theirs.status).toBe(200);
    expect(theirs.body.items).toEqual([]);
    expect((await list('?order=RL-A', other.tokens.planner)).status).toBe(404);
    // a cursor of ours does not open our runs to them either
    const ours = await list('?limit=1');
    const next = await list(`?limit=5&cursor=${ours.body.nextCursor}`, other.tokens.planner);
    expect(next.body.items).toEqual([]);
  });
});
