import { createTestDatabase, TestDatabase, testRuntime } from '@mendao/platform/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TestApi } from './support/api';
import { loadCatalogue, splitFinished } from './support/splitting';
import { makeOrderLine } from '@mendao/splitting/testing';

/**
 * Every transition the order, split run and user state machines refuse, over HTTP: 409 with a code naming
 * the rule and its facts, and nothing changed. And every route taking an id answers 404 to an unknown one.
 */
describe('refused transitions of orders, split runs and users answer 409 and change nothing', () => {
  let db: TestDatabase;
  let api: TestApi;
  let tokens: Awaited<ReturnType<TestApi['factoryWithUsers']>>['tokens'];
  let seq = 0;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await TestApi.start(testRuntime(db.url));
    ({ tokens } = await api.factoryWithUsers('STATES', ['admin', 'planner']));
    await loadCatalogue(api, tokens.planner);
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const line = makeOrderLine();
  const call = (method: string, path: string, body?: unknown) =>
    api.request(method, `/api/v1${path}`, { token: tokens.planner, body });
  const ok = async (method: string, path: string, body?: unknown) => {
    const res = await call(method, path, body);
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };

  type Status = 'draft' | 'confirmed' | 'split' | 'cancelled' | 'in_production' | 'packed' | 'shipped';

  /** A fresh order brought to `status` the way a client would; the statuses production and shipping set, by SQL. */
  async function orderIn(status: Status): Promise<string> {
    seq += 1;
    const { id } = await ok('POST', '/orders', { orderNo: `SM-${seq}`, customer: '状态机', lines: [line] });
    if (status === 'draft') return id;
    if (status === 'cancelled') return (await ok('POST', `/orders/${id}/cancel`)).id;
    await ok('POST', `/orders/${id}/confirm`);
    if (status === 'confirmed') return id;
    const run = await ok('POST', '/split-runs', { orderIds: [id] });
    expect((await splitFinished(api, tokens.planner, run.id)).status).toBe('succeeded');
    if (status !== 'split')
      await api.app.get(DataSource).query('UPDATE sales_order SET status = $2 WHERE id = $1', [id, status]);
    return id;
  }

  /** What a refusal must leave as it was: the order as served, and its row's last change. */
  const snapshot = async (id: string) => ({
    order: await ok('GET', `/orders/${id}`),
    row: await api.app
      .get(DataSource)
      .query('SELECT status, split_stale, last_split_run_id, updated_at FROM sales_order WHERE id = $1', [id]),
    runs: await api.app.get(DataSource).query('SELECT count(*) FROM split_run WHERE $1 = ANY(order_ids)', [id]),
  });

  const edit = { customer: '改过的客户', lines: [{ ...line, quantity: 2 }] };
  const actions = {
    confirm: (id: string) => call('POST', `/orders/${id}/confirm`),
    cancel: (id: string) => call('POST', `/orders/${id}/cancel`),
    edit: (id: string) => call('PATCH', `/orders/${id}`, edit),
  };

  const refusedOrderTransitions: [Status, keyof typeof actions, string][] = [
    ['confirmed', 'confirm', 'order.already_confirmed'],
    ['split', 'confirm', 'order.already_confirmed'],
    ['in_production', 'confirm', 'order.already_confirmed'],
    ['packed', 'confirm', 'order.already_confirmed'],
    ['shipped', 'confirm', 'order.already_confirmed'],
    ['cancelled', 'confirm', 'order.not_confirmable'],
    ['cancelled', 'cancel', 'order.already_cancelled'],
    ['in_production', 'cancel', 'order.not_cancellable'],
    ['packed', 'cancel', 'order.not_cancellable'],
    ['shipped', 'cancel', 'order.not_cancellable'],
    ['cancelled', 'edit', 'order.not_editable'],
    ['in_production', 'edit', 'order.not_editable'],
    ['packed', 'edit', 'order.not_editable'],
    ['shipped', 'edit', 'order.not_editable'],
  ];

  it.each(refusedOrderTransitions)(
    'a %s order refuses to %s: 409 %s naming the status, and nothing changes',
    async (status, action, code) => {
      const id = await orderIn(status);
      const before = await snapshot(id);
      const res = await actions[action](id);
      expect(res.status).toBe(409);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body).toMatchObject({
        code,
        type: `https://mendao.dev/problems/${code}`,
        params: { status, action, allowedFrom: expect.any(Array) },
        detail: expect.stringMatching(/[\u4e00-\u9fff]/),
      });
      expect(res.body.params.allowedFrom).not.toContain(status);
      expect(await snapshot(id)).toEqual(before);
    },
  );

  it('allows what the state machine allows: edit a confirmed or split order (a split one goes stale), cancel a split one', async () => {
    const confirmed = await orderIn('confirmed');
    expect((await actions.edit(confirmed)).body).toMatchObject({ status: 'confirmed', customer: edit.customer });
    const split = await orderIn('split');
    expect((await actions.edit(split)).body).toMatchObject({ status: 'split', splitStale: true });
    expect((await actions.cancel(split)).body).toMatchObject({ status: 'cancelled' });
  });

  const refusedSplits: [Status, string][] = [
    ['draft', 'order.not_confirmed'],
    ['cancelled', 'order.not_splittable'],
    ['shipped', 'order.not_splittable'],
  ];

  it.each(refusedSplits)(
    'refuses to split a %s order: 409 split_run.orders_not_splittable listing it with %s; no run, order unchanged',
    async (status, orderCode) => {
      const splittable = await orderIn('confirmed');
      const refused = await orderIn(status);
      const before = [await snapshot(splittable), await snapshot(refused)];
      const res = await call('POST', '/split-runs', { orderIds: [splittable, refused] });
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({
        code: 'split_run.orders_not_splittable',
        params: { orders: [{ orderNo: before[1].order.orderNo, status, code: orderCode }] },
        errors: [{ field: 'orderIds[1]', message: expect.stringContaining(status) }],
      });
      expect([await snapshot(splittable), await snapshot(refused)]).toEqual(before);
    },
  );

  describe('users: an admin cannot lock themself out', () => {
    const me = async () =>
      (await api.request('GET', '/api/v1/users?limit=500', { token: tokens.admin })).body.items.find(
        (u: { username: string }) => u.username === 'admin',
      ) as { id: string };
    const refusals: [string, string, string, (id: string) => [string, string, unknown?]][] = [
      ['deactivating themself', 'user.cannot_deactivate_self', 'active', (id) => ['POST', `/users/${id}/deactivate`]],
      ['deleting themself', 'user.cannot_deactivate_self', 'active', (id) => ['DELETE', `/users/${id}`]],
      [
        'patching themself inactive',
        'user.cannot_deactivate_self',
        'active',
        (id) => ['PATCH', `/users/${id}`, { active: false }],
      ],
      [
        'dropping their own admin role',
        'user.cannot_drop_own_admin',
        'roles',
        (id) => ['PATCH', `/users/${id}`, { roles: ['planner'] }],
      ],
    ];

    it.each(refusals)(
      'refuses %s: 409 %s on field %s, and the user is unchanged',
      async (_what, code, field, request) => {
        const { id } = await me();
        const [method, path, body] = request(id);
        const before = await api.request('GET', `/api/v1/users/${id}`, { token: tokens.admin });
        const res = await api.request(method, `/api/v1${path}`, { token: tokens.admin, body });
        expect(res.status).toBe(409);
        expect(res.body).toMatchObject({ code, params: { userId: id }, errors: [{ field }] });
        expect(await api.request('GET', `/api/v1/users/${id}`, { token: tokens.admin })).toMatchObject({
          status: 200,
          body: before.body,
        });
      },
    );
  });

  describe('an unknown id answers 404 resource.not_found on every route that takes one', () => {
    const unknown = randomUUID();
    // every row has a body (undefined when none): jest would take a missing third argument for `done`
    const routes: [string, string, unknown][] = [
      ['GET', `/orders/${unknown}`, undefined],
      ['GET', '/orders/NO-SUCH-ORDER', undefined],
      ['PATCH', `/orders/${unknown}`, { customer: 'x' }],
      ['POST', `/orders/${unknown}/confirm`, undefined],
      ['POST', `/orders/${unknown}/cancel`, undefined],
      ['GET', `/split-runs/${unknown}`, undefined],
      ['GET', '/split-runs/not-a-uuid', undefined],
      ['GET', `/split-runs/${unknown}/parts`, undefined],
      ['GET', `/split-runs/${unknown}/materials`, undefined],
      ['GET', `/split-runs/${unknown}/cut-plans`, undefined],
      ['GET', `/split-runs/${unknown}/cut-plans.csv`, undefined],
      ['GET', `/split-runs/${unknown}/cut-plans/1.svg`, undefined],
      ['GET', `/split-runs/${unknown}/work-orders`, undefined],
      ['GET', `/split-runs/${unknown}/packages`, undefined],
      ['GET', '/products/NO-SUCH-PRODUCT', undefined],
      ['GET', '/products/PD-LVL01?version=99', undefined],
      ['GET', '/products/NO-SUCH-PRODUCT/versions', undefined],
      ['GET', '/materials/NO-SUCH-MATERIAL', undefined],
      ['GET', `/users/${unknown}`, undefined],
      ['GET', '/users/not-a-uuid', undefined],
      ['PATCH', `/users/${unknown}`, { displayName: 'x' }],
      ['DELETE', `/users/${unknown}`, undefined],
      ['POST', `/users/${unknown}/deactivate`, undefined],
      ['POST', `/users/${unknown}/activate`, undefined],
    ];

    it.each(routes)('%s %s', async (method, path, body) => {
      const token = path.startsWith('/users') ? tokens.admin : tokens.planner;
      const res = await api.request(method, `/api/v1${path}`, { token, body });
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 404, code: 'resource.not_found' });
      expect(res.body.params).toMatchObject({ resource: expect.any(String), key: expect.any(String) });
    });

    it("answers 404 for a cut plan the run does not have, and for another factory's order", async () => {
      const id = await orderIn('split');
      const run = (await ok('GET', `/orders/${id}`)).lastSplitRunId as string;
      const missingPlan = await call('GET', `/split-runs/${run}/cut-plans/999.svg`);
      expect({ status: missingPlan.status, code: missingPlan.body.code }).toEqual({
        status: 404,
        code: 'resource.not_found',
      });
      const other = await api.factoryWithUsers('STATES2', ['admin', 'planner']);
      for (const path of [`/orders/${id}`, `/orders/${id}/confirm`, `/split-runs/${run}`]) {
        const res = await api.request(path.endsWith('confirm') ? 'POST' : 'GET', `/api/v1${path}`, {
          token: other.tokens.planner,
        });
        expect({ path, status: res.status }).toEqual({ path, status: 404 });
      }
    });
  });
});
