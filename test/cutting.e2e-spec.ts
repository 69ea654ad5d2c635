import { LinearRequest, SheetRequest, validateLinearPlan, validateSheetPlan } from '@mendao/cutting';
import { createTestDatabase, TestDatabase, testRuntime } from '@mendao/platform/testing';
import { TestApi } from './support/api';
import { runCli } from './support/processes';

describe('cutting over HTTP and the CLI', () => {
  let db: TestDatabase;
  let api: TestApi;
  let tokens: Awaited<ReturnType<TestApi['factoryWithUsers']>>['tokens'];

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await TestApi.start(testRuntime(db.url));
    ({ tokens } = await api.factoryWithUsers('CUT', ['admin', 'planner', 'packer']));
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const linear: LinearRequest = {
    stock: [{ length: 2400, cost: 30 }],
    kerf: 4,
    trim: 10,
    items: [
      { id: '门框-竖', length: 2090, quantity: 4 },
      { id: 'head', length: 900, quantity: 2 },
      { id: 'stop', length: 470, quantity: 6 },
    ],
    timeLimitMs: 300,
  };
  const sheets: SheetRequest = {
    sheets: [{ width: 2440, height: 1220 }],
    kerf: 4,
    trim: 10,
    items: [
      { id: 'skin', width: 2050, height: 860, quantity: 2 },
      { id: 'rail', width: 700, height: 120, quantity: 6, rotatable: true },
    ],
    timeLimitMs: 300,
  };

  it('plans a linear cut for a planner, valid by the independent validator, with SVG on request', async () => {
    const res = await api.request('POST', '/api/v1/cutting/linear?include=svg', {
      token: tokens.planner,
      body: linear,
    });
    expect(res.status).toBe(200);
    expect(validateLinearPlan(linear, res.body)).toEqual([]);
    expect(res.body.totals).toMatchObject({ bars: expect.any(Number), yield: expect.any(Number) });
    expect(res.body.bars[0].svg).toContain('<svg');
  });

  it('plans a guillotine sheet cut, valid by the independent validator', async () => {
    const res = await api.request('POST', '/api/v1/cutting/sheets', { token: tokens.planner, body: sheets });
    expect(res.status).toBe(200);
    expect(validateSheetPlan(sheets, res.body)).toEqual([]);
    expect(res.body.lowerBound).toBeLessThanOrEqual(res.body.totals.sheets);
  });

  it('is for planners (403 for a packer, 401 without a token)', async () => {
    expect((await api.request('POST', '/api/v1/cutting/linear', { token: tokens.packer, body: linear })).status).toBe(
      403,
    );
    expect((await api.request('POST', '/api/v1/cutting/linear', { body: linear })).status).toBe(401);
  });

  it.each([
    [
      'a piece longer than every stock',
      { ...linear, items: [{ id: 'x', length: 2381, quantity: 1 }] },
      422,
      'items[0].length',
    ],
    ['a zero size', { ...linear, items: [{ id: 'x', length: 0, quantity: 1 }] }, 400, 'items[0].length'],
    ['a negative kerf', { ...linear, kerf: -2 }, 400, 'kerf'],
    ['a non-numeric length', { ...linear, stock: [{ length: 'long' }] }, 400, 'stock[0].length'],
    ['an unknown field', { ...linear, grain: 'along' }, 400, 'grain'],
    ['more than 100,000 pieces', { ...linear, items: [{ id: 'x', length: 10, quantity: 100_001 }] }, 413, 'items'],
  ])('answers %s with a problem naming the field', async (_name, body, status, field) => {
    const res = await api.request('POST', '/api/v1/cutting/linear', { token: tokens.planner, body });
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('answers a sheet part that fits no sheet with 422 naming it', async () => {
    const body = { ...sheets, items: [{ id: 'big', width: 2500, height: 100, quantity: 1 }] };
    const res = await api.request('POST', '/api/v1/cutting/sheets', { token: tokens.planner, body });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].field).toBe('items[0]');
  });

  it('gives the same answer from the CLI (cut:linear < in.json), exit 2 with the field on bad input', () => {
    const ok = runCli(['cut:linear'], {}, JSON.stringify({ ...linear, timeLimitMs: 100 }));
    expect(ok.status).toBe(0);
    expect(validateLinearPlan(linear, JSON.parse(ok.stdout))).toEqual([]);
    const bad = runCli(['cut:sheets'], {}, JSON.stringify({ sheets: [{ width: -1, height: 10 }], items: [] }));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('sheets[0].width');
    expect(bad.stderr).toContain('items');
  });
});
