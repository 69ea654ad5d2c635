import { randomUUID } from 'node:crypto';
import { createTestDatabase, TestDatabase, testRuntime } from '@mendao/platform/testing';
import { TestApi } from './support/api';
import { confirmedOrder, loadCatalogue, splitFinished } from './support/splitting';
import { makeOrderLine } from '@mendao/splitting/testing';

type Body = Record<string, any>;

/** Issue 14: materials are versioned (PUT replaces, PATCH changes some fields, each a new version), with units and stock sizes. */
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
    unit: 'm2',
    stockSizes: [
      { width: 1220, length: 2440, cost: 85 },
      { width: 1220, length: 2745, cost: 96, quantity: 20 },
    ],
    thickness: 18,
    kerf: 4,
    trim: 5,
    ...overrides,
  });
  const create = (body: Body, token = tokens.planner) => api.request('POST', '/api/v1/materials', { token, body });
  const put = (code: string, body: Body, token: string | null = tokens.planner) =>
    api.request('PUT', `/api/v1/materials/${encodeURIComponent(code)}`, { token: token ?? undefined, body });
  const patch = (code: string, body: Body, token: string | null = tokens.planner) =>
    api.request('PATCH', `/api/v1/materials/${encodeURIComponent(code)}`, { token: token ?? undefined, body });
  const get = (code: string, token = tokens.planner, query = '') =>
    api.request('GET', `/api/v1/materials/${encodeURIComponent(code)}${query}`, { token });
  const versions = async (code: string, token = tokens.planner) =>
    api.request('GET', `/api/v1/materials/${encodeURIComponent(code)}/versions`, { token });
  const { code: _code, ...mdfBody } = mdf();

  it('creates version 1 with its unit and stock sizes (the first one also as the shorthand); 409 for the same code', async () => {
    const created = await create(mdf());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      code: 'MDF-18',
      version: 1,
      unit: 'm2',
      profile: null,
      stockSizes: [
        { width: 1220, length: 2440, cost: 85 },
        { width: 1220, length: 2745, cost: 96, quantity: 20 },
      ],
      sheetWidth: 1220,
      sheetLength: 2440,
      stockLength: null,
      createdAt: expect.any(String),
    });

    const again = await create(mdf({ nameZh: '另一种板' }));
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      code: 'material.already_exists',
      params: { code: 'MDF-18' },
      errors: [{ field: 'code' }],
    });
    expect((await versions('MDF-18')).body).toHaveLength(1);
  });

  it('takes Chinese codes, trims names and codes, and refuses a code with a space inside (400 at code)', async () => {
    const veneer = await create({
      code: ' VENEER-胡桃木 ',
      nameZh: ' 黑胡桃木皮 ',
      nameEn: 'Walnut veneer ',
      cutKind: 'none',
      unit: 'm2',
    });
    expect(veneer.status).toBe(201);
    expect(veneer.body).toMatchObject({
      code: 'VENEER-胡桃木',
      nameZh: '黑胡桃木皮',
      nameEn: 'Walnut veneer',
      unit: 'm2',
      stockSizes: [],
    });
    expect((await get('VENEER-胡桃木')).body.version).toBe(1);
    for (const code of ['VENEER 胡桃木', 'X\u0000Y', '-LEADING', 'A'.repeat(81), '']) {
      const res = await create({ code, nameZh: '木皮', nameEn: 'veneer', cutKind: 'none' });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'code' })]);
    }
    // the unit defaults from the cut kind: pieces for what is not cut
    expect((await create({ code: 'HINGE-4', nameZh: '合页', nameEn: 'Hinge', cutKind: 'none' })).body.unit).toBe('pcs');
  });

  it('PUT replaces the whole material as a new version; the same content again adds none', async () => {
    const v1 = (await get('MDF-18')).body;
    const res = await put('MDF-18', {
      ...mdfBody,
      nameEn: 'MDF board 18 mm',
      stockSizes: [{ width: 1830, length: 2440 }],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 2, nameEn: 'MDF board 18 mm', sheetWidth: 1830, kerf: 4 });
    expect(res.body.id).not.toBe(v1.id);
    const same = await put('MDF-18', {
      ...mdfBody,
      nameEn: 'MDF board 18 mm',
      stockSizes: [{ width: 1830, length: 2440 }],
    });
    expect(same.status).toBe(200);
    expect(same.body).toMatchObject({ id: res.body.id, version: 2 });
    // a field left out takes its default, as a replacement does
    const { thickness: _t, kerf: _k, trim: _tr, ...bare } = mdfBody;
    expect((await put('MDF-18', bare)).body).toMatchObject({ version: 3, thickness: null, kerf: 0, trim: 0 });

    expect((await get('MDF-18')).body.version).toBe(3);
    expect((await get('MDF-18', tokens.planner, '?version=1')).body).toMatchObject({ version: 1, sheetWidth: 1220 });
    const all = (await versions('MDF-18')).body as Body[];
    expect(all.map((v) => [v.version, v.sheetWidth, v.kerf])).toEqual([
      [1, 1220, 4],
      [2, 1830, 4],
      [3, 1220, 0],
    ]);
  });

  it('PATCH changes only the fields given, carrying the rest from the latest version', async () => {
    const res = await patch('MDF-18', { kerf: 3.2, nameZh: ' 中纤板 ' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      version: 4,
      kerf: 3.2,
      nameZh: '中纤板',
      nameEn: 'MDF 18 mm',
      unit: 'm2',
      stockSizes: (await get('MDF-18', tokens.planner, '?version=3')).body.stockSizes,
    });
    expect((await patch('MDF-18', { kerf: 3.2 })).body.version).toBe(4);
    expect((await patch('MDF-18', {})).body.version).toBe(4);
    // the shorthand replaces the sizes with one
    expect((await patch('MDF-18', { sheetWidth: 915, sheetLength: 1830 })).body).toMatchObject({
      version: 5,
      stockSizes: [{ width: 915, length: 1830 }],
    });
    // a null is refused, not taken as "left out"
    const nulls = await patch('MDF-18', { nameZh: null, thickness: null });
    expect(nulls.status).toBe(400);
    expect((nulls.body.errors as Body[]).map((e) => e.field)).toEqual(expect.arrayContaining(['nameZh', 'thickness']));
    expect((await get('MDF-18')).body.version).toBe(5);
  });

  it('keeps a minimum reusable offcut (余料) per version; refuses it on an uncut material, and 0 or below', async () => {
    const bar = await create({
      code: 'REM-1',
      nameZh: '门套板',
      nameEn: 'Jamb board',
      cutKind: 'linear',
      unit: 'm',
      stockSizes: [{ length: 2750 }],
      minRemnant: 300,
    });
    expect(bar.status).toBe(201);
    expect(bar.body).toMatchObject({ version: 1, minRemnant: 300 });
    // PATCH carries it over; a new minimum is a new version
    expect((await patch('REM-1', { kerf: 3 })).body).toMatchObject({ version: 2, minRemnant: 300 });
    expect((await patch('REM-1', { minRemnant: 400 })).body).toMatchObject({ version: 3, minRemnant: 400 });
    const uncut = await create({
      code: 'REM-2',
      nameZh: '合页',
      nameEn: 'Hinge',
      cutKind: 'none',
      unit: 'pcs',
      minRemnant: 10,
    });
    expect(uncut.status).toBe(422);
    expect(uncut.body.errors).toEqual([expect.objectContaining({ field: 'minRemnant' })]);
    const zero = await patch('REM-1', { minRemnant: 0 });
    expect(zero.status).toBe(400);
    expect(zero.body.errors).toEqual([expect.objectContaining({ field: 'minRemnant' })]);
    expect((await get('REM-1')).body).toMatchObject({ version: 3, minRemnant: 400 });
    expect((await get('REM-2')).status).toBe(404);
  });

  it('refuses a unit that does not fit the cut kind: 422 material.definition_invalid naming unit, nothing saved', async () => {
    const bar = await patch('MDF-18', { cutKind: 'linear', unit: 'm2', stockSizes: [{ length: 2440 }] });
    expect(bar.status).toBe(422);
    expect(bar.body).toMatchObject({
      code: 'material.definition_invalid',
      params: { code: 'MDF-18', field: 'unit' },
      errors: [{ field: 'unit', message: expect.stringMatching(/counted in m.*\/ 线材按米计/) }],
    });
    const sheet = await create(mdf({ code: 'MDF-25', unit: 'pcs' }));
    expect(sheet.status).toBe(422);
    expect(sheet.body.errors).toEqual([expect.objectContaining({ field: 'unit' })]);
    expect((await get('MDF-25')).status).toBe(404);
    expect((await get('MDF-18')).body.version).toBe(5);
    // a new cut kind starts afresh: its default unit and profile, the sizes given
    expect((await patch('MDF-18', { cutKind: 'linear', stockSizes: [{ length: 2440 }] })).body).toMatchObject({
      version: 6,
      unit: 'm',
      profile: 'rip',
      stockLength: 2440,
      sheetWidth: null,
    });
  });

  it('refuses stock sizes that do not fit the cut kind, and a shorthand that contradicts them', async () => {
    const cases: [Body, number, string][] = [
      [{ code: 'B1', cutKind: 'linear' }, 422, 'stockSizes'],
      [{ code: 'B2', cutKind: 'none', stockSizes: [{ length: 100 }] }, 422, 'stockSizes'],
      [{ code: 'B3', cutKind: 'sheet', stockSizes: [{ length: 2440 }] }, 422, 'stockSizes[0].width'],
      [{ code: 'B4', cutKind: 'linear', stockSizes: [{ length: 2440, width: 60 }] }, 422, 'stockSizes[0].width'],
      [{ code: 'B5', cutKind: 'linear', profile: 'fixed', stockSizes: [{ length: 2440 }] }, 422, 'width'],
      [{ code: 'B6', cutKind: 'sheet', profile: 'rip', stockSizes: [{ length: 2440, width: 1220 }] }, 422, 'profile'],
      [{ code: 'B7', cutKind: 'linear', stockLength: 2700, stockSizes: [{ length: 3000 }] }, 400, 'stockLength'],
      [{ code: 'B8', cutKind: 'sheet', sheetWidth: 1220 }, 400, 'sheetLength'],
      [{ code: 'B9', cutKind: 'linear', sheetWidth: 1220, stockLength: 2440 }, 400, 'sheetWidth'],
      [{ code: 'B10', cutKind: 'linear', stockSizes: [{ length: 2440, quantity: -1 }] }, 400, 'stockSizes[0].quantity'],
      [{ code: 'B11', cutKind: 'linear', stockSizes: [{ length: 2440, cost: 'cheap' }] }, 400, 'stockSizes[0].cost'],
      [{ code: 'B12', cutKind: 'linear', stockSizes: {} }, 400, 'stockSizes'],
      [{ code: 'B13', cutKind: 'linear', unit: 'ft', stockLength: 2440 }, 400, 'unit'],
      [{ code: 'B14', cutKind: 'linear', profile: 'round', stockLength: 2440 }, 400, 'profile'],
    ];
    for (const [overrides, status, field] of cases) {
      const res = await create({ nameZh: '料', nameEn: 'stock', ...overrides });
      expect({ code: overrides.code, status: res.status }).toEqual({ code: overrides.code, status });
      expect((res.body.errors as Body[]).map((e) => e.field)).toContain(field);
      expect((await get(overrides.code as string)).status).toBe(404);
    }
    // the shorthand may repeat the first size: what a client reads it may send back
    const agreed = await create({
      code: 'LVL-45',
      nameZh: 'LVL 45',
      nameEn: 'LVL 45',
      cutKind: 'linear',
      profile: 'fixed',
      width: 45,
      thickness: 45,
      stockLength: 2700,
      stockSizes: [{ length: 2700 }, { length: 3600, quantity: 10 }],
    });
    expect(agreed.status).toBe(201);
    expect(agreed.body).toMatchObject({ unit: 'm', profile: 'fixed', width: 45, stockLength: 2700 });
    const { id: _id, code: _c, version: _v, createdAt: _a, updatedAt: _u, ...view } = agreed.body;
    const echoed = await put('LVL-45', Object.fromEntries(Object.entries(view).filter(([, v]) => v !== null)));
    expect(echoed.body.version).toBe(1);
  });

  it('refuses a malformed body with 400 naming each field, and the code in a PUT body (it is the path’s)', async () => {
    const res = await put('MDF-18', { ...mdfBody, kerf: -1, cutKind: 'laser', nameZh: '' });
    expect(res.status).toBe(400);
    const fields = (res.body.errors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['kerf', 'cutKind', 'nameZh']));
    const renamed = await patch('MDF-18', { code: 'MDF-19' });
    expect(renamed.status).toBe(400);
    expect(renamed.body.errors).toEqual([expect.objectContaining({ field: 'code' })]);
    for (const query of ['?version=0', '?version=x', '?version=1.5']) {
      const bad = await get('MDF-18', tokens.planner, query);
      expect(bad.status).toBe(400);
      expect(bad.body.errors.length).toBeGreaterThan(0);
      expect((bad.body.errors as Body[]).every((e) => e.field === 'version')).toBe(true);
    }
  });

  it('answers 404 for a code or version the factory does not have, and for another factory’s material', async () => {
    for (const res of [
      await put('NO-SUCH', mdfBody),
      await patch('NO-SUCH', { kerf: 1 }),
      await get('NO-SUCH'),
      await versions('NO-SUCH'),
      await get('MDF-18', tokens.planner, '?version=99'),
      await get('MDF-18', other.planner),
      await versions('MDF-18', other.planner),
      await patch('MDF-18', { nameZh: '别厂改的' }, other.planner),
      await put('MDF-18', { ...mdfBody, nameZh: '别厂改的' }, other.planner),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('resource.not_found');
    }
    expect((await get('MDF-18')).body.nameZh).toBe('中纤板');
    // the other factory may create its own MDF-18: codes are per factory, versions too
    expect((await create(mdf({ nameZh: '乙厂中纤板' }), other.planner)).body.version).toBe(1);
    expect((await get('MDF-18')).body).toMatchObject({ nameZh: '中纤板', version: 6 });
  });

  it('lets planners and admins write: 403 for manager and warehouse (who may read), 401 without a token', async () => {
    for (const token of [tokens.manager, tokens.warehouse]) {
      expect((await put('MDF-18', mdfBody, token)).status).toBe(403);
      expect((await patch('MDF-18', { kerf: 1 }, token)).status).toBe(403);
      expect((await create(mdf({ code: 'MDF-30' }), token)).status).toBe(403);
      expect((await get('MDF-18', token)).status).toBe(200);
      expect((await versions('MDF-18', token)).status).toBe(200);
    }
    expect((await put('MDF-18', mdfBody, null)).status).toBe(401);
    expect((await patch('MDF-18', { kerf: 1 }, null)).status).toBe(401);
    expect((await get('MDF-30')).status).toBe(404);
    expect((await get('MDF-18')).body.version).toBe(6);
    expect((await patch('MDF-18', { nameEn: 'by the admin' }, tokens.admin)).body.version).toBe(7);
  });

  it('12 concurrent PATCHes of one code each get their own version, none lost, no 500', async () => {
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => patch('MDF-18', { nameEn: `concurrent ${i}` })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(12).fill(200));
    expect(answers.map((a) => a.body.version as number).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 12 }, (_, i) => 8 + i),
    );
    const all = (await versions('MDF-18')).body as Body[];
    expect(all.map((v) => v.version)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
  });

  it('a split records the versions it cut from, units and quantities, and rip widths; an old run keeps them', async () => {
    const stack = (await api.factoryWithUsers('MAT-C', ['admin', 'planner', 'warehouse'])).tokens;
    await loadCatalogue(api, stack.planner);
    const order = await confirmedOrder(api, stack.planner, 'MAT-0001', [
      makeOrderLine({ quantity: 2 }),
      makeOrderLine({ finish: 'WALNUT', width: 800 }),
    ]);
    const split = async () => {
      const run = await api.request('POST', '/api/v1/split-runs', {
        token: stack.planner,
        body: { orderIds: [order] },
      });
      expect(run.status).toBe(202);
      const done = await splitFinished(api, stack.planner, run.body.id);
      expect(done).toMatchObject({ status: 'succeeded' });
      return done as Body;
    };
    const results = async (run: string, what: string) =>
      (await api.request('GET', `/api/v1/split-runs/${run}/${what}`, { token: stack.planner })).body as Body[];

    const first = await split();
    expect(first.summary.materialVersions).toMatchObject({ 'LVL-40': 1, 'HDF-8': 1 });
    const required = await results(first.id, 'materials');
    expect(required.find((m) => m.material === 'HDF-8')).toMatchObject({ unit: 'm2', version: 1 });
    expect(required.find((m) => m.material === 'LVL-40')).toMatchObject({ unit: 'm', version: 1 });
    for (const m of required) expect(typeof m.quantity).toBe('number');
    const lvlPlans = (await results(first.id, 'cut-plans')).filter((p) => p.material === 'LVL-40');
    // one plan per (rip width, thickness) the parts need
    expect(lvlPlans.every((p) => typeof p.ripWidth === 'number' && typeof p.thickness === 'number')).toBe(true);
    expect(new Set(lvlPlans.map((p) => `${p.ripWidth} × ${p.thickness}`)).size).toBe(lvlPlans.length);

    expect((await patch('LVL-40', { stockSizes: [{ length: 3000 }] }, stack.planner)).body.version).toBe(2);
    const second = await split();
    expect(second.summary.materialVersions).toMatchObject({ 'LVL-40': 2 });
    const bars = (plans: Body[]) =>
      new Set(
        plans.filter((p) => p.material === 'LVL-40').flatMap((p) => (p.plan.bars as Body[]).map((b) => b.stockLength)),
      );
    expect([...bars(await results(second.id, 'cut-plans'))]).toEqual([3000]);
    // the first run's results still say what it used
    expect((await results(first.id, 'materials')).find((m) => m.material === 'LVL-40')?.version).toBe(1);
    expect([...bars(await results(first.id, 'cut-plans'))].every((l) => l === 2700 || l === 3000)).toBe(true);
    const firstAgain = (await api.request('GET', `/api/v1/split-runs/${first.id}`, { token: stack.planner })).body;
    expect(firstAgain.summary.materialVersions['LVL-40']).toBe(1);

    // the warehouse takes the Chinese material code as an item (and a Chinese location code), trimmed: the pick
    // list of the run finds the veneer and asks for it in m², the material's unit
    const warehouse = (method: string, path: string, body: Body) =>
      api.request(method, path, { token: stack.warehouse, body });
    const item = await warehouse('POST', '/api/v1/items', {
      code: ' VENEER-胡桃木 ',
      nameZh: '黑胡桃木皮',
      nameEn: 'Walnut veneer',
      kind: 'veneer',
      unit: 'm2',
    });
    expect(item.status).toBe(201);
    expect(item.body.code).toBe('VENEER-胡桃木');
    const store = { code: '木皮库-1', nameZh: '木皮库', nameEn: 'Veneer store', type: 'storage' };
    expect((await warehouse('POST', '/api/v1/locations', store)).status).toBe(201);
    const receipt = { scanId: randomUUID(), type: 'receipt', item: 'VENEER-胡桃木', quantity: 100, to: '木皮库-1' };
    expect((await warehouse('POST', '/api/v1/stock/moves', receipt)).status).toBe(201);
    const list = await warehouse('POST', '/api/v1/stock/pick-lists', { splitRun: second.id });
    expect(list.status).toBe(201);
    expect(list.body.unmatched).not.toContain('VENEER-胡桃木');
    const veneer = (await results(second.id, 'materials')).find((m) => m.material === 'VENEER-胡桃木');
    expect(veneer).toMatchObject({ unit: 'm2', version: 1 });
    const picked = (list.body.lines as Body[]).filter((l) => l.item === 'VENEER-胡桃木');
    expect(picked.map((l) => [l.location, l.quantity, l.unit])).toEqual([['木皮库-1', veneer?.quantity, 'm2']]);
  });
});
