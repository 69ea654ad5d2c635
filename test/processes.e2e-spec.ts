import { DEMO_FACTORY_CODE, DEMO_PASSWORD, DemoSeedService } from '@mendao/platform';
import { createTestDatabase, TestDatabase, testRuntime } from '@mendao/platform/testing';
import { TestApi } from './support/api';

type Body = Record<string, any>;

const NINE = ['cutting', 'pressing', 'edge_banding', 'cnc', 'sanding', 'veneering', 'painting', 'assembly', 'packing'];

/** Issue 14, routes: processes (工序) are the factory's own list, not a fixed nine. */
describe('/api/v1/processes', () => {
  let db: TestDatabase;
  let api: TestApi;
  let tokens: Record<string, string>;
  let other: Record<string, string>;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await TestApi.start(testRuntime(db.url));
    tokens = (await api.factoryWithUsers('PRC-A')).tokens;
    other = (await api.factoryWithUsers('PRC-B', ['admin', 'planner'])).tokens;
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const list = async (token = tokens.planner, query = '') => {
    const res = await api.request('GET', `/api/v1/processes${query}`, { token });
    expect(res.status).toBe(200);
    return res.body as Body[];
  };
  const codes = async (token = tokens.planner, query = '') => (await list(token, query)).map((p) => p.code);
  const create = (body: Body, token: string | null = tokens.planner) =>
    api.request('POST', '/api/v1/processes', { token: token ?? undefined, body });
  const patch = (code: string, body: Body, token: string | null = tokens.planner) =>
    api.request('PATCH', `/api/v1/processes/${encodeURIComponent(code)}`, { token: token ?? undefined, body });
  const reorder = (order: unknown, token: string | null = tokens.planner) =>
    api.request('PUT', '/api/v1/processes/order', { token: token ?? undefined, body: { codes: order } });
  const curing = { code: 'curing', nameZh: '养生', nameEn: 'Curing', minWaitMinutes: 1440 };

  it('gives a new factory the nine defaults, in shop order, to every role that plans or works', async () => {
    const processes = await list(tokens.admin);
    expect(processes.map((p) => p.code)).toEqual(NINE);
    expect(processes[0]).toMatchObject({ code: 'cutting', nameZh: '开料', nameEn: 'Cutting', minWaitMinutes: 0 });
    expect(processes.map((p) => p.sort)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(processes.every((p) => p.active === true && typeof p.id === 'string' && !('factoryId' in p))).toBe(true);
    for (const role of ['planner', 'manager', 'warehouse', 'packer']) expect(await codes(tokens[role])).toEqual(NINE);
    // asking again does not add them twice
    expect(await codes(tokens.planner, '?all=true')).toEqual(NINE);
  });

  it('answers 401 without a token, on every route', async () => {
    expect((await api.request('GET', '/api/v1/processes')).status).toBe(401);
    expect((await create(curing, null)).status).toBe(401);
    expect((await patch('cutting', { nameEn: 'Sawing' }, null)).status).toBe(401);
    expect((await reorder(NINE, null)).status).toBe(401);
  });

  it('adds a process at the end of the list (201), with its minimum wait', async () => {
    const res = await create(curing);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ ...curing, sort: 10, active: true });
    expect(await codes()).toEqual([...NINE, 'curing']);
    const chinese = await create({ code: '雕刻', nameZh: '雕刻', nameEn: 'Carving' }, tokens.admin);
    expect(chinese.status).toBe(201);
    expect(chinese.body).toMatchObject({ code: '雕刻', minWaitMinutes: 0, sort: 11 });
  });

  it('refuses a code already taken, in any letter case, with 409 process.already_exists at `code`', async () => {
    for (const code of ['curing', 'CURING', 'Cutting']) {
      const res = await create({ ...curing, code, nameZh: '另一个' });
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ code: 'process.already_exists', errors: [{ field: 'code' }] });
    }
    const stored = (await list()).filter((p) => p.code.toLowerCase() === 'curing');
    expect(stored).toEqual([expect.objectContaining({ code: 'curing', nameZh: '养生' })]);
  });

  it('refuses a malformed new process with 400 naming each field, and adds nothing', async () => {
    const before = await list(tokens.planner, '?all=true');
    const cases: [Body, string][] = [
      [{ ...curing, code: 'edge banding' }, 'code'],
      [{ ...curing, code: 'a'.repeat(41) }, 'code'],
      [{ ...curing, code: '' }, 'code'],
      [{ ...curing, code: 7 }, 'code'],
      [{ ...curing, code: 'c1', nameZh: '' }, 'nameZh'],
      [{ ...curing, code: 'c2', nameEn: 'x'.repeat(61) }, 'nameEn'],
      [{ ...curing, code: 'c3', nameEn: 'tab\u0007' }, 'nameEn'],
      [{ ...curing, code: 'c4', minWaitMinutes: -1 }, 'minWaitMinutes'],
      [{ ...curing, code: 'c5', minWaitMinutes: 1.5 }, 'minWaitMinutes'],
      [{ ...curing, code: 'c6', minWaitMinutes: 43_201 }, 'minWaitMinutes'],
      [{ ...curing, code: 'c7', minWaitMinutes: null }, 'minWaitMinutes'],
      [{ ...curing, code: 'c8', sort: 1 }, 'sort'],
      [{ code: 'c9', nameEn: 'No Chinese name' }, 'nameZh'],
    ];
    for (const [body, field] of cases) {
      const res = await create(body);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    }
    expect(await list(tokens.planner, '?all=true')).toEqual(before);
  });

  it('lets planners and admins change the list: 403 for manager, warehouse and packer', async () => {
    for (const role of ['manager', 'warehouse', 'packer']) {
      expect((await create({ ...curing, code: `by-${role}` }, tokens[role])).status).toBe(403);
      expect((await patch('cutting', { nameEn: role }, tokens[role])).status).toBe(403);
      expect((await reorder(await codes(), tokens[role])).status).toBe(403);
    }
    expect((await list()).find((p) => p.code === 'cutting')).toMatchObject({ nameEn: 'Cutting' });
  });

  it('changes names and the minimum wait in place with PATCH; a field left out stays', async () => {
    const before = (await list()).find((p) => p.code === 'curing')!;
    const res = await patch('curing', { nameEn: 'Glue curing', minWaitMinutes: 720 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: before.id,
      code: 'curing',
      nameZh: '养生',
      nameEn: 'Glue curing',
      minWaitMinutes: 720,
      sort: before.sort,
      active: true,
    });
    // a Chinese code in the path
    expect((await patch('雕刻', { nameEn: 'Wood carving' }, tokens.admin)).body).toMatchObject({ code: '雕刻' });
  });

  it('keeps a process’s instructions (作业要求, several lines) for its travelers: set, changed, cleared', async () => {
    expect((await list()).find((p) => p.code === 'cutting')).toMatchObject({ instructions: '' });
    const text = '胶水均匀涂布，冷压 8 小时以上；\n出压后检查开胶、鼓包。\tGlue evenly, press ≥ 8 h.';
    // a factory of its own, so the other tests' lists stay as they expect
    const fresh = (await api.factoryWithUsers('PRC-I', ['admin', 'planner', 'packer'])).tokens;
    const created = await create(
      { code: 'gluing', nameZh: '涂胶', nameEn: 'Gluing', instructions: text },
      fresh.planner,
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ code: 'gluing', instructions: text });
    expect((await list(fresh.packer)).find((p) => p.code === 'gluing')).toMatchObject({ instructions: text });
    const changed = await patch('cutting', { instructions: '先核对板材厚度。' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ code: 'cutting', nameEn: 'Cutting', instructions: '先核对板材厚度。' });
    // another change leaves them as they are
    expect((await patch('cutting', { minWaitMinutes: 0 })).body).toMatchObject({ instructions: '先核对板材厚度。' });
    expect((await patch('gluing', { instructions: '' }, fresh.planner)).body).toMatchObject({ instructions: '' });
    expect((await list(fresh.planner)).find((p) => p.code === 'gluing')).toMatchObject({ instructions: '' });
  });

  it('refuses instructions that are too long, not text or hold control characters (400 naming `instructions`)', async () => {
    const cases: Body[] = [
      { instructions: '字'.repeat(2001) },
      { instructions: 42 },
      { instructions: null },
      { instructions: 'bell\u0007' },
    ];
    for (const body of cases) {
      const res = await patch('cutting', body);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
      expect(res.body.errors.map((e: Body) => e.field)).toEqual(expect.arrayContaining(['instructions']));
      expect(res.body.errors.every((e: Body) => e.field === 'instructions')).toBe(true);
    }
    const bad = await create({ code: 'too-long', nameZh: '长', nameEn: 'Long', instructions: 'x'.repeat(2001) });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'instructions' })]);
    expect(await codes()).not.toContain('too-long');
    expect((await patch('cutting', { instructions: '字'.repeat(2000) })).status).toBe(200);
    expect((await patch('cutting', { instructions: '先核对板材厚度。' }, tokens.manager)).status).toBe(403);
    expect((await list()).find((p) => p.code === 'cutting')).toMatchObject({ instructions: '字'.repeat(2000) });
  });

  it('switches a process off (listed only with ?all=true) and on again; nothing is deleted', async () => {
    expect((await patch('veneering', { active: false })).body).toMatchObject({ code: 'veneering', active: false });
    expect(await codes()).not.toContain('veneering');
    const all = await list(tokens.warehouse, '?all=true');
    expect(all.find((p) => p.code === 'veneering')).toMatchObject({ active: false, sort: 6 });
    expect(await codes(tokens.planner, '?all=false')).not.toContain('veneering');
    expect((await patch('veneering', { active: true })).body).toMatchObject({ active: true });
    expect(await codes()).toContain('veneering');
    expect((await api.request('DELETE', '/api/v1/processes/veneering', { token: tokens.admin })).status).toBe(404);
  });

  it('refuses a malformed change with 400 naming the field; the code is the path’s, not the body’s', async () => {
    const cases: [Body, string][] = [
      [{ minWaitMinutes: -5 }, 'minWaitMinutes'],
      [{ minWaitMinutes: '24h' }, 'minWaitMinutes'],
      [{ active: 'yes' }, 'active'],
      [{ active: null }, 'active'],
      [{ nameZh: '' }, 'nameZh'],
      [{ code: 'renamed' }, 'code'],
      [{ sort: 1 }, 'sort'],
    ];
    for (const [body, field] of cases) {
      const res = await patch('curing', body);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    }
    expect((await list()).find((p) => p.code === 'curing')).toMatchObject({ minWaitMinutes: 720, active: true });
    expect((await api.request('GET', '/api/v1/processes?all=yes', { token: tokens.planner })).status).toBe(400);
  });

  it('answers 404 for a code the factory does not have, and for another factory’s process', async () => {
    const unknown = await patch('no-such', { nameEn: 'x' });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'resource.not_found', errors: [{ field: 'code' }] });
    const theirs = await create({ code: 'framing', nameZh: '组框', nameEn: 'Frame assembly' }, other.planner);
    expect(theirs.status).toBe(201);
    expect((await patch('framing', { nameEn: 'mine now' })).status).toBe(404);
    expect((await reorder([...(await codes(tokens.planner, '?all=true')), 'framing'])).status).toBe(422);
    // the same code in each factory is each factory's own
    expect((await patch('cutting', { nameEn: 'Sawing' }, other.planner)).status).toBe(200);
    expect((await list()).find((p) => p.code === 'cutting')).toMatchObject({ nameEn: 'Cutting' });
    expect(await codes(other.planner)).toEqual([...NINE, 'framing']);
    expect(await codes()).not.toContain('framing');
  });

  it('reorders the whole list with PUT /processes/order, switched-off processes included', async () => {
    await patch('cnc', { active: false });
    const order = ['cutting', 'pressing', 'curing', 'edge_banding', 'cnc', '雕刻', 'sanding', 'veneering'];
    const wanted = [...order, 'painting', 'assembly', 'packing'];
    const res = await reorder(wanted);
    expect(res.status).toBe(200);
    expect((res.body as Body[]).map((p) => [p.code, p.sort])).toEqual(wanted.map((code, i) => [code, i + 1]));
    expect(await codes(tokens.planner, '?all=true')).toEqual(wanted);
    expect(await codes()).toEqual(wanted.filter((code) => code !== 'cnc'));
    // a process added after a reorder goes to the end
    expect((await create({ code: 'trimming', nameZh: '精裁', nameEn: 'Finish trimming' })).body.sort).toBe(12);
    expect((await reorder([...wanted, 'trimming'])).status).toBe(200);
  });

  it('refuses a reorder that does not list each process exactly once (422 naming `codes`), changing nothing', async () => {
    const current = await codes(tokens.planner, '?all=true');
    const before = await list(tokens.planner, '?all=true');
    const missing = await reorder(current.slice(1));
    expect(missing.status).toBe(422);
    expect(missing.body).toMatchObject({
      code: 'process.reorder_mismatch',
      params: { missing: [current[0]], unknown: [], repeated: [] },
      errors: [{ field: 'codes' }],
    });
    const unknown = await reorder([...current, 'carving']);
    expect(unknown.status).toBe(422);
    expect(unknown.body).toMatchObject({
      params: { unknown: ['carving'] },
      errors: [{ field: `codes[${current.length}]` }],
    });
    const twice = await reorder([current[1], ...current]);
    expect(twice.status).toBe(422);
    expect(twice.body).toMatchObject({ params: { repeated: [current[1]] }, errors: [{ field: 'codes[2]' }] });
    expect((await reorder([])).status).toBe(422);
    for (const body of [{ codes: 'cutting' }, { codes: [1, 2] }, {}, { codes: current, extra: 1 }]) {
      const res = await api.request('PUT', '/api/v1/processes/order', { token: tokens.planner, body });
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
      expect(res.body.errors.length).toBeGreaterThan(0);
    }
    expect(await list(tokens.planner, '?all=true')).toEqual(before);
  });

  it('concurrent creates of one code: exactly one 201, the others 409; the list holds it once', async () => {
    const fresh = (await api.factoryWithUsers('PRC-C', ['admin', 'planner'])).tokens;
    // the factory's first use too: its defaults are filled once, whoever comes first
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        create({ code: '养生', nameZh: '养生', nameEn: `Curing ${i}`, minWaitMinutes: 1440 }, fresh.planner),
      ),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([201, ...Array<number>(11).fill(409)]);
    expect(answers.filter((a) => a.status === 409).every((a) => a.body.code === 'process.already_exists')).toBe(true);
    const processes = await list(fresh.planner, '?all=true');
    expect(processes.map((p) => p.code)).toEqual([...NINE, '养生']);
    expect(processes.map((p) => p.sort)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('concurrent creates of different codes each get their own place at the end', async () => {
    const fresh = (await api.factoryWithUsers('PRC-D', ['admin', 'planner'])).tokens;
    const answers = await Promise.all(
      ['p1', 'p2', 'p3', 'p4', 'p5'].map((code) => create({ code, nameZh: code, nameEn: code }, fresh.planner)),
    );
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201, 201]);
    expect(answers.map((a) => a.body.sort as number).sort((x, y) => x - y)).toEqual([10, 11, 12, 13, 14]);
  });
  it('seeds the demo factory with 精裁, 养生 (24 h), 组框 and 雕刻 among the nine, in shop order', async () => {
    await api.app.get(DemoSeedService).seed();
    const processes = await list(await api.login(DEMO_FACTORY_CODE, 'planner', DEMO_PASSWORD));
    expect(processes.map((p) => p.nameZh)).toEqual([
      '开料',
      '精裁',
      '组框',
      '冷压',
      '养生',
      '封边',
      'CNC',
      '雕刻',
      '砂光',
      '贴皮',
      '喷涂',
      '组装',
      '包装',
    ]);
    expect(processes.find((p) => p.nameZh === '养生')).toMatchObject({
      code: 'curing',
      minWaitMinutes: 1440,
      instructions: expect.stringContaining('静置 24 小时'),
    });
    // the demo's own steps come with instructions for their travelers; the nine defaults with none
    expect(processes.filter((p) => p.instructions !== '').map((p) => p.nameZh)).toEqual([
      '精裁',
      '组框',
      '养生',
      '雕刻',
    ]);
  });
});
