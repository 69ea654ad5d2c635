import { DEMO_PRODUCTS } from '@mendao/splitting';
import { createTestDatabase, TestDatabase, testRuntime } from '@mendao/platform/testing';
import { TestApi } from './support/api';
import { loadDemoProcesses } from './support/splitting';

type Body = Record<string, any>;

/** Issue 13, planner's desk: the live preview of a door model being edited — the parts its rules give, stored nowhere. */
describe('POST /api/v1/products/preview', () => {
  let db: TestDatabase;
  let api: TestApi;
  let tokens: Record<string, string>;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await TestApi.start(testRuntime(db.url));
    tokens = (await api.factoryWithUsers('PREVIEW', ['admin', 'planner', 'warehouse'])).tokens;
    await loadDemoProcesses(api, tokens.planner);
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  /** PD-LVL01 as an editor holds it: no code yet. */
  const draft = (): Body => {
    const { code: _code, ...rest } = structuredClone(DEMO_PRODUCTS.find((p) => p.code === 'PD-LVL01')!);
    return rest;
  };
  const door = { width: 900, height: 2100, wallThickness: 120, finish: 'OAK' };
  const preview = (body: unknown, token: string | null = tokens.planner) =>
    api.request('POST', '/api/v1/products/preview', { token: token ?? undefined, body });
  const part = (body: Body, component: string) =>
    (body.parts as Body[]).find((p) => p.component === component) ?? { component, missing: true };

  it('gives the parts of the demo single door at 900 × 2100 × 120, sized by its formulas', async () => {
    const res = await preview({ product: draft(), line: door });
    expect(res.status).toBe(200);
    // leaf W = 900 − 2·25 − 2·3 = 844, leaf H = 2100 − 25 − 3 − 5 = 2067, rails = 844 − 2·120 = 604, frame 45 − 2·8
    expect(part(res.body, '门边(合页侧) hinge stile')).toMatchObject({
      component: '门边(合页侧) hinge stile',
      kind: 'stile',
      material: 'LVL-40',
      length: 2067,
      width: 120,
      thickness: 29,
      perDoor: 1,
      quantity: 1,
      cutKind: 'linear',
      grain: 'length',
      route: [
        'cutting',
        'pressing',
        'curing',
        'trimming',
        'edge_banding',
        'cnc',
        'sanding',
        'painting',
        'assembly',
        'packing',
      ],
      packageGroup: 'leaf',
      // no handing given: the pockets stay on the side called "hinge"
      features: [{ kind: 'hinge_pocket', quantity: 3, side: 'hinge' }],
    });
    expect(part(res.body, '上帽头 top rail')).toMatchObject({ length: 604, width: 150, thickness: 29, quantity: 1 });
    expect(part(res.body, '面板 skin')).toMatchObject({ length: 2067, width: 844, thickness: 8, cutKind: 'sheet' });
    // core = 2067 − 150 − 200
    expect(part(res.body, '门芯 honeycomb core')).toMatchObject({ length: 1717, width: 604, thickness: 29 });
    // casing head = (900 − 2·25) + 2·60; leaf 2067 mm ≤ 2100 mm: three hinges
    expect(part(res.body, '横套线 casing head')).toMatchObject({ length: 970, width: 60, quantity: 2 });
    expect(part(res.body, '合页 hinge')).toMatchObject({ kind: 'hardware', quantity: 3, packageGroup: 'hardware' });
    expect(part(res.body, '木皮 veneer')).toMatchObject({ material: 'VENEER-OAK', thickness: 0.6 });
    // no handing: the lock with the flat 平口 faceplate
    expect(part(res.body, '插芯锁 mortise lock')).toMatchObject({ material: 'LOCK-MORTISE' });
    expect(res.body.totals).toEqual({ parts: 16, pieces: 26 });
  });

  it('follows the width, the doors, the finish and the handing of the line', async () => {
    const res = await preview({
      product: draft(),
      line: { ...door, width: 1000, quantity: 2, finish: 'OAK', swing: '右内开' },
    });
    expect(res.status).toBe(200);
    // rails = 1000 − 50 − 6 − 240; head jamb = clear W 1000 − 2·25; casing head 950 + 120, two faces × 2 doors
    expect(part(res.body, '上帽头 top rail')).toMatchObject({ length: 704, perDoor: 1, quantity: 2 });
    expect(part(res.body, '横套 head jamb')).toMatchObject({ length: 950, width: 120 });
    expect(part(res.body, '横套线 casing head')).toMatchObject({ length: 1070, quantity: 4 });
    expect(part(res.body, '木皮 veneer')).toMatchObject({ material: 'VENEER-OAK', quantity: 4 });
    expect(part(res.body, '插芯锁 mortise lock')).toMatchObject({ material: 'LOCK-MORTISE-R' });
    expect(part(res.body, '门边(合页侧) hinge stile').features).toEqual([
      { kind: 'hinge_pocket', quantity: 3, side: 'right' },
    ]);
    expect(res.body.totals).toEqual({ parts: 16, pieces: 52 });
  });

  it('stores nothing, even with a code: the product list stays as it was', async () => {
    const before = await api.request('GET', '/api/v1/products', { token: tokens.planner });
    const res = await preview({ product: { ...draft(), code: 'PV-NEW' }, line: door }, tokens.admin);
    expect(res.status).toBe(200);
    expect((await api.request('GET', '/api/v1/products', { token: tokens.planner })).body).toEqual(before.body);
    expect((await api.request('GET', '/api/v1/products/PV-NEW', { token: tokens.planner })).status).toBe(404);
  });

  it('refuses a malformed body with 400 request.validation_failed naming the field', async () => {
    const body = draft();
    body.components[1].cutKind = 'laser';
    const res = await preview({ product: body, line: { ...door, height: 'tall' } });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('request.validation_failed');
    const fields = (res.body.errors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['product.components[1].cutKind', 'line.height']));

    const missing = await preview({ product: draft() });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'line' })]));
  });

  it('refuses a formula that does not parse as saving does: 422 product.formula_invalid under product.', async () => {
    const body = draft();
    body.components[6].length = 'W - 2*stileW +';
    const res = await preview({ product: body, line: door });
    const saved = await api.request('POST', '/api/v1/products', {
      token: tokens.planner,
      body: { ...body, code: 'PV-BAD' },
    });
    expect(saved.status).toBe(422);
    expect(res.status).toBe(422);
    expect(res.body.code).toBe(saved.body.code);
    expect(res.body).toMatchObject({
      code: 'product.formula_invalid',
      params: { rule: '下帽头 bottom rail', field: 'product.components[6].length' },
      errors: [{ field: 'product.components[6].length' }],
    });
    expect(saved.body.params.field).toBe('components[6].length');
  });

  it('refuses a model over the caps as saving does: 422 product.too_many_components / quantity_too_large', async () => {
    const many = draft();
    many.components = Array.from({ length: 101 }, (_, i) => ({ ...many.components[33], name: `screw ${i}` }));
    const res = await preview({ product: many, line: door });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      code: 'product.too_many_components',
      params: { components: 101, max: 100 },
      errors: [{ field: 'product.components' }],
    });

    const heavy = draft();
    heavy.components[2].quantity = '1001';
    const quantity = await preview({ product: heavy, line: door });
    expect(quantity.status).toBe(422);
    expect(quantity.body).toMatchObject({
      code: 'product.quantity_too_large',
      params: { field: 'product.components[2].quantity', quantity: 1001, max: 1000 },
      errors: [{ field: 'product.components[2].quantity' }],
    });
  });

  it('refuses sizes outside the model ranges: 422 product.preview_line_rejected naming line.width', async () => {
    const res = await preview({ product: draft(), line: { ...door, width: 2500, wallThickness: 50 } });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      code: 'product.preview_line_rejected',
      params: { field: 'line.width' },
      errors: [{ field: 'line.width' }, { field: 'line.wallThickness' }],
    });
  });

  it('refuses a line without a finish when the model picks its materials by finish: 422 naming line.finish', async () => {
    const { finish: _finish, ...unfinished } = door;
    const res = await preview({ product: draft(), line: unfinished });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'product.preview_line_rejected', errors: [{ field: 'line.finish' }] });
  });

  it('names the rule that gives no possible part at this size (in range, but a rail comes out negative)', async () => {
    const body = draft();
    body.parameters.stileW = 500; // the top rail (rule 5) = 844 − 2·500 < 0
    const res = await preview({ product: body, line: door });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      code: 'product.preview_line_rejected',
      errors: [{ field: 'product.components[5].length' }],
    });
  });

  it('is for planners and admins: 403 for the warehouse role, 401 without a token', async () => {
    expect((await preview({ product: draft(), line: door }, tokens.warehouse)).status).toBe(403);
    const anonymous = await preview({ product: draft(), line: door }, null);
    expect(anonymous.status).toBe(401);
  });
});
