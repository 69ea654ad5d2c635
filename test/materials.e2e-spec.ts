import { createTestDatabase, TestDatabase, testRuntime } from '@mendao/platform/testing';
import { TestApi } from './support/api';
import { confirmedOrder, loadCatalogue, splitFinished } from './support/splitting';
import { makeOrderLine } from '@mendao/splitting/testing';

type Body = Record<string, any>;

/** Issue 13, planner's desk: materials are created once per code and changed in place by PUT. */
describe('/api/v1/materials', () => {
  let db: TestDatabase;
  let api: TestApi;
  let tokens: Record<string, string>;
  let other: Record<string, string>;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await TestApi.start(testRuntime(db.url));
    tokens = (await api.factoryWithUsers('MAT-A', ['admin', 'planner', 'warehouse', 'manager'])).tokens;
    other = (await api.factoryWithUsers('MAT-B', ['admin', 'planner'])).tokens;
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const mdf = (overrides: Body = {}): Body => ({
    code: 'MDF-18',
    nameZh: '中纤板 18厘',
    nameEn: 'MDF 18 mm',
    cutKind: 'sheet',
    sheetWidth: 1220,
    sheetLength: 2440,
    thickness: 18,
    kerf: 4,
    trim: 5,
    ...overrides,
  });
  const create = (body: Body, token = tokens.planner) => api.request('POST', '/api/v1/materials', { token, body });
  const put = (code: string, body: Body, token: string | null = tokens.planner) =>
    api.request('PUT', `/api/v1/materials/${code}`, { token: token ?? undefined, body });
  const get = (code: string, token = tokens.planner) => api.request('GET', `/api/v1/materials/${code}`, { token });
  const { code: _code, ...mdfBody } = mdf();

  it('creates a material (201) and refuses the same code again with 409 material.already_exists at `code`', async () => {
    const created = await create(mdf());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ code: 'MDF-18', sheetWidth: 1220, sheetLength: 2440, kerf: 4, trim: 5 });

    const again = await create(mdf({ nameZh: '另一种板', sheetWidth: 915 }));
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      code: 'material.already_exists',
      params: { code: 'MDF-18' },
      errors: [{ field: 'code' }],
    });
    // the first one is untouched: a create never overwrites
    expect((await get('MDF-18')).body).toMatchObject({ nameZh: '中纤板 18厘', sheetWidth: 1220 });
  });

  it('changes a material in place with PUT: same id and code, new sizes, kerf and trim', async () => {
    const before = (await get('MDF-18')).body;
    const res = await put('MDF-18', { ...mdfBody, nameEn: 'MDF board 18 mm', sheetWidth: 1830, kerf: 3.2, trim: 0 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: before.id,
      code: 'MDF-18',
      nameEn: 'MDF board 18 mm',
      sheetWidth: 1830,
      kerf: 3.2,
      trim: 0,
    });
    expect((await get('MDF-18')).body).toMatchObject({ sheetWidth: 1830, kerf: 3.2 });
    // a field left out is cleared, as a replacement does: kerf and trim default to 0, thickness to none
    const { thickness: _t, kerf: _k, trim: _tr, ...bare } = mdfBody;
    expect((await put('MDF-18', bare)).body).toMatchObject({ thickness: null, kerf: 0, trim: 0 });
  });

  it('turns a sheet into a linear material only with its stock length (400 naming stockLength)', async () => {
    const res = await put('MDF-18', { ...mdfBody, cutKind: 'linear' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'request.validation_failed', errors: [{ field: 'stockLength' }] });
    const sheet = await put('MDF-18', { ...mdfBody, sheetLength: undefined });
    expect(sheet.status).toBe(400);
    expect(sheet.body.errors).toEqual([expect.objectContaining({ field: 'sheetLength' })]);
  });

  it('refuses a malformed body with 400 naming each field, and the code in the body (it is the path’s)', async () => {
    const res = await put('MDF-18', { ...mdfBody, kerf: -1, cutKind: 'laser', nameZh: '' });
    expect(res.status).toBe(400);
    const fields = (res.body.errors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['kerf', 'cutKind', 'nameZh']));
    const renamed = await put('MDF-18', { ...mdfBody, code: 'MDF-19' });
    expect(renamed.status).toBe(400);
    expect(renamed.body.errors).toEqual([expect.objectContaining({ field: 'code' })]);
  });

  it('answers 404 for a code the factory does not have, and for another factory’s material', async () => {
    const unknown = await put('NO-SUCH', mdfBody);
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('resource.not_found');
    const theirs = await put('MDF-18', { ...mdfBody, nameZh: '别厂改的' }, other.planner);
    expect(theirs.status).toBe(404);
    expect((await get('MDF-18')).body.nameZh).toBe('中纤板 18厘');
    // the other factory may create its own MDF-18: codes are per factory
    expect((await create(mdf({ nameZh: '乙厂中纤板' }), other.planner)).status).toBe(201);
    expect((await get('MDF-18')).body.nameZh).toBe('中纤板 18厘');
  });

  it('lets planners and admins change materials: 403 for manager and warehouse, 401 without a token', async () => {
    expect((await put('MDF-18', mdfBody, tokens.manager)).status).toBe(403);
    expect((await put('MDF-18', mdfBody, tokens.warehouse)).status).toBe(403);
    expect((await create(mdf({ code: 'MDF-25' }), tokens.manager)).status).toBe(403);
    expect((await put('MDF-18', mdfBody, null)).status).toBe(401);
    expect((await put('MDF-18', { ...mdfBody, nameEn: 'by the admin' }, tokens.admin)).status).toBe(200);
  });

  it('keeps the cut plans of a run already split; the next split cuts from the new stock length', async () => {
    const stack = (await api.factoryWithUsers('MAT-C', ['admin', 'planner'])).tokens;
    await loadCatalogue(api, stack.planner);
    const order = await confirmedOrder(api, stack.planner, 'MAT-0001', [makeOrderLine({ quantity: 2 })]);
    const split = async () => {
      const run = await api.request('POST', '/api/v1/split-runs', {
        token: stack.planner,
        body: { orderIds: [order] },
      });
      expect(run.status).toBe(202);
      expect((await splitFinished(api, stack.planner, run.body.id)).status).toBe('succeeded');
      return run.body.id as string;
    };
    const stockLengths = async (run: string) => {
      const plans = (await api.request('GET', `/api/v1/split-runs/${run}/cut-plans`, { token: stack.planner })).body;
      const lvl = plans.find((p: Body) => p.material === 'LVL-40');
      return [...new Set((lvl.plan.bars as Body[]).map((b) => b.stockLength))];
    };
    const first = await split();
    expect(await stockLengths(first)).toEqual([2700]);

    const lvl = (await get('LVL-40', stack.planner)).body;
    const { id: _id, code: _c, createdAt: _a, updatedAt: _u, ...stored } = lvl;
    // a material answers its unused sizes as null; a body leaves them out
    const body = Object.fromEntries(Object.entries(stored).filter(([, v]) => v !== null));
    expect((await put('LVL-40', { ...body, stockLength: 3000 }, stack.planner)).status).toBe(200);

    expect(await stockLengths(first)).toEqual([2700]);
    expect(await stockLengths(await split())).toEqual([3000]);
  });
});
