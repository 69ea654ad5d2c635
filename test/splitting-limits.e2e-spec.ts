import { DEMO_PRODUCTS } from '@mendao/splitting';
import { createTestDatabase, TestDatabase, testRuntime } from '@mendao/platform/testing';
import { DataSource } from 'typeorm';
import { TestApi } from './support/api';
import { confirmedOrder } from './support/splitting';

type Body = Record<string, any>;

/** Issue 12, points 2, 8 and 10: a door model and a split run are bounded at entry; bad product bodies are 400s. */
describe('splitting limits over HTTP: components, pieces per door and per run, product bodies', () => {
  let db: TestDatabase;
  let api: TestApi;
  let token: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await TestApi.start(testRuntime(db.url));
    token = (await api.factoryWithUsers('LIMITS', ['admin', 'planner'])).tokens.planner!;
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const demo = (code: string): Body => ({
    ...structuredClone(DEMO_PRODUCTS.find((p) => p.code === 'PD-LVL01')!),
    code,
  });
  /** A model of `count` hardware components of `quantity` pieces per door each (nothing to cut, no material). */
  const hardwareModel = (code: string, count: number, quantity: string): Body => ({
    ...demo(code),
    components: Array.from({ length: count }, (_, i) => ({
      name: `screw ${i + 1}`,
      kind: 'hardware',
      material: 'SCREW',
      length: '0',
      width: '0',
      thickness: '0',
      quantity,
      cutKind: 'none',
      grain: 'free',
      route: ['packing'],
      packageGroup: 'hardware',
    })),
  });
  const postProduct = (body: unknown) => api.request('POST', '/api/v1/products', { token, body });
  const stored = async (code: string) => (await api.request('GET', `/api/v1/products/${code}`, { token })).status;

  it('refuses a model of 200 components (the cap is 100): 422 product.too_many_components naming cap and count', async () => {
    const res = await postProduct(hardwareModel('HW-200', 200, '1'));
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      code: 'product.too_many_components',
      params: { code: 'HW-200', components: 200, max: 100 },
      errors: [{ field: 'components' }],
    });
    expect(await stored('HW-200')).toBe(404);
    // PUT is the same save
    const put = await api.request('PUT', '/api/v1/products/HW-200', {
      token,
      body: (({ code: _c, ...rest }) => rest)(hardwareModel('HW-200', 101, '1')),
    });
    expect(put.status).toBe(422);
    expect(put.body.code).toBe('product.too_many_components');
  });

  it('refuses a component of more than 1,000 pieces per door: 422 product.quantity_too_large naming rule, cap and value', async () => {
    const body = hardwareModel('HW-Q', 3, '2');
    body.parameters = { ...body.parameters, boxes: 50 };
    body.components[2].quantity = 'boxes * 40';
    const res = await postProduct(body);
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      code: 'product.quantity_too_large',
      params: { code: 'HW-Q', rule: 'screw 3', field: 'components[2].quantity', quantity: 2000, max: 1000 },
      errors: [{ field: 'components[2].quantity' }],
    });
    expect(await stored('HW-Q')).toBe(404);
  });

  it('refuses a split run over 1,500,000 pieces before queueing it: 422 split_run.too_many_pieces naming cap and count', async () => {
    // 100 components × 1,000 pieces: exactly at both model caps, so the model is accepted
    expect((await postProduct(hardwareModel('HW-MAX', 100, '1000'))).status).toBe(201);
    const line = {
      productCode: 'HW-MAX',
      width: 900,
      height: 2100,
      wallThickness: 120,
      swing: '左内开',
      finish: 'OAK',
    };
    // each order alone is within the cap (an order over it is refused at entry: next test); together they are not
    const first = await confirmedOrder(api, token, 'SO-BIG-1', [{ ...line, quantity: 10 }]);
    const second = await confirmedOrder(api, token, 'SO-BIG-2', [{ ...line, quantity: 6 }]);
    const res = await api.request('POST', '/api/v1/split-runs', {
      token,
      body: { orderIds: ['SO-BIG-1', 'SO-BIG-2'] },
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      code: 'split_run.too_many_pieces',
      params: { pieces: 1_600_000, max: 1_500_000 },
      errors: [{ field: 'orderIds' }],
    });
    // nothing was queued, and the orders are as they were
    const runs = await api.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM split_run WHERE $1 = ANY(order_ids) OR $2 = ANY(order_ids)`, [
        first,
        second,
      ]);
    expect(runs[0].n).toBe(0);
    for (const id of [first, second])
      expect((await api.request('GET', `/api/v1/orders/${id}`, { token })).body.status).toBe('confirmed');
  });

  it('refuses an order no split run could take (over 1,500,000 pieces) at entry and at edit: 422 naming lines', async () => {
    const line = {
      productCode: 'HW-MAX',
      width: 900,
      height: 2100,
      wallThickness: 120,
      swing: '左内开',
      finish: 'OAK',
    };
    const body = {
      orderNo: 'SO-HUGE',
      customer: '江山客户',
      lines: [
        { ...line, quantity: 10 },
        { ...line, quantity: 6 },
      ],
    };
    const res = await api.request('POST', '/api/v1/orders', { token, body });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'order.lines_rejected', errors: [{ field: 'lines' }] });
    expect(res.body.errors[0].message).toContain('1600000 pieces');
    expect((await api.request('GET', '/api/v1/orders/SO-HUGE', { token })).status).toBe(404);
    // an edit that would take an order over the cap is refused the same way, and the order keeps its lines
    const ok = await api.request('POST', '/api/v1/orders', {
      token,
      body: { ...body, lines: [{ ...line, quantity: 1 }] },
    });
    expect(ok.status).toBe(201);
    const edit = await api.request('PATCH', '/api/v1/orders/SO-HUGE', { token, body: { lines: body.lines } });
    expect(edit.status).toBe(422);
    expect(edit.body.code).toBe('order.lines_rejected');
    const after = await api.request('GET', '/api/v1/orders/SO-HUGE', { token });
    expect(after.body.lines).toHaveLength(1);
  });

  describe('product bodies: every nested object is checked (400 naming the field), never a 500', () => {
    it.each([
      ['without widthRange', 'widthRange', (b: Body) => delete b.widthRange],
      ['with widthRange []', 'widthRange', (b: Body) => (b.widthRange = [])],
      ['with widthRange.min -1', 'widthRange.min', (b: Body) => (b.widthRange.min = -1)],
      ['with heightRange.max 1e308', 'heightRange.max', (b: Body) => (b.heightRange.max = 1e308)],
      [
        'with wallThicknessRange min above max',
        'wallThicknessRange.max',
        (b: Body) => (b.wallThicknessRange = { min: 300, max: 80 }),
      ],
      ['with a component that is an array', 'components', (b: Body) => (b.components[1] = [b.components[1]])],
      ['with a component that is null', 'components', (b: Body) => (b.components[1] = null)],
      ['with parameters that are an array', 'parameters', (b: Body) => (b.parameters = [25])],
      ['with a route that is a string', 'components[0].route', (b: Body) => (b.components[0].route = 'cutting')],
    ])('POST /products %s → 400 naming %s; nothing stored', async (_what, field, change) => {
      const body = demo('BAD-BODY');
      change(body);
      const res = await postProduct(body);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('request.validation_failed');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(await stored('BAD-BODY')).toBe(404);
    });
  });
});
