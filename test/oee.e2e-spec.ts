import { createTestDatabase, TestDatabase, testRuntime } from '@mendao/platform/testing';
import { TestApi } from './support/api';

type Body = Record<string, any>;
const MINUTE = 60_000;

/** Issue 16: events posted through HTTP show up in GET /oee and the timeline; every refusal of both routes. */
describe('GET /api/v1/oee and /api/v1/machines/{code}/timeline', () => {
  let db: TestDatabase;
  let api: TestApi;
  let tokens: Record<string, string>;
  let other: Record<string, string>;
  // whole minutes, an hour and a bit ago: the events and the query range are fixed instants in the past
  const t0 = Math.floor(Date.now() / MINUTE) * MINUTE - 70 * MINUTE;
  const at = (minutes: number) => new Date(t0 + minutes * MINUTE).toISOString();

  const get = (path: string, token: string | undefined = tokens.manager) => api.request('GET', path, { token });
  const oee = (query: Record<string, string>, token?: string) =>
    get(`/api/v1/oee?${new URLSearchParams(query).toString()}`, token);
  const expectRefused = (res: { status: number; body: any; headers: Headers }, status: number, fields: string[]) => {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(((res.body as Body).errors ?? []).map((e: Body) => e.field)).toEqual(fields);
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await TestApi.start(testRuntime(db.url));
    tokens = (await api.factoryWithUsers('OEE-E2E')).tokens;
    other = (await api.factoryWithUsers('OEE-OTHER', ['admin', 'manager', 'operator'])).tokens;
    for (const [token, code] of [
      [tokens.manager, 'CNC-01'],
      [other.manager, 'THEIRS'],
    ]) {
      const res = await api.request('POST', '/api/v1/machines', {
        token,
        body: { code, name: code, process: 'cnc', countUnit: 'part', idealCycleSeconds: 6 },
      });
      expect(res.status).toBe(201);
    }
    // two 12-hour shifts, every day: all time is planned busy time
    for (const [code, start, end] of [
      ['A', '00:00', '12:00'],
      ['B', '12:00', '00:00'],
    ]) {
      const res = await api.request('POST', '/api/v1/shifts', {
        token: tokens.manager,
        body: { code, name: `${code} 班`, days: [1, 2, 3, 4, 5, 6, 7], start, end },
      });
      expect(res.status).toBe(201);
    }
    const posted = await api.request('POST', '/api/v1/machines/CNC-01/events', {
      token: tokens.operator,
      body: {
        states: [
          { at: at(50), state: 'running' },
          { at: at(0), state: 'running' },
          { at: at(30), state: 'down', reason: 'motor_bearing' },
        ],
        counts: [
          { at: at(10), good: 100, scrap: 5 },
          { at: at(55), good: 50, scrap: 0 },
        ],
      },
    });
    expect(posted.body).toEqual({ accepted: 5, duplicates: 0 });
    // another factory's events never reach this one's answers
    await api.request('POST', '/api/v1/machines/THEIRS/events', {
      token: other.operator,
      body: { states: [{ at: at(0), state: 'down', reason: 'blade_broken' }] },
    });
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('answers the OEE of what was posted: 0-30 running, 30-50 down, then running', async () => {
    const res = await oee({ machine: 'CNC-01', from: at(0), to: at(60), bucket: 'none' });
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(1);
    const item = res.body.items[0] as Body;
    // PBT 3600 s; APT 30 + 10 min = 2400 s; down 20 min = 1200 s; Σ PRU×PQ = 6 s × 155 = 930 s
    expect(item).toMatchObject({
      machine: 'CNC-01',
      process: 'cnc',
      from: at(0),
      to: at(60),
      plannedBusyTime: 3600,
      actualProductionTime: 2400,
      downTime: 1200,
      good: 150,
      scrap: 5,
      stops: 1,
      losses: { breakdowns: 1200, productionRejects: 30 },
    });
    expect(item.availability).toBeCloseTo(2400 / 3600, 12);
    expect(item.performance).toBeCloseTo(930 / 2400, 12);
    expect(item.quality).toBeCloseTo(150 / 155, 12);
    expect(item.downtimeByReason).toEqual([
      {
        reason: 'motor_bearing',
        nameZh: '电机/轴承故障',
        nameEn: 'Motor or bearing failure',
        loss: 'breakdown',
        seconds: 1200,
        stops: 1,
      },
    ]);
    // by hour and for the factory, the same seconds
    const hours = await oee({ from: at(0), to: at(60), bucket: 'hour' });
    expect(hours.body.items.reduce((s: number, i: Body) => s + i.downTime, 0)).toBe(1200);
    const factory = await oee({ from: at(0), to: at(60), bucket: 'none', groupBy: 'factory' }, tokens.planner);
    expect(factory.body.items).toMatchObject([{ plannedBusyTime: 3600, downTime: 1200 }]);
    expect(factory.body.items[0].machine).toBeUndefined();
  });

  it('lists the timeline, the open interval up to the range end', async () => {
    const res = await get(
      `/api/v1/machines/CNC-01/timeline?from=${encodeURIComponent(at(-10))}&to=${encodeURIComponent(at(60))}`,
      tokens.operator,
    );
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: Body) => [i.state, i.reason, i.from, i.to])).toEqual([
      ['unknown', null, at(-10), at(0)],
      ['running', null, at(0), at(30)],
      ['down', 'motor_bearing', at(30), at(50)],
      ['running', null, at(50), at(60)],
    ]);
  });

  it('refuses bad queries with 400 naming the field', async () => {
    expectRefused(await oee({ from: 'yesterday' }), 400, ['from']);
    expectRefused(await oee({ to: '2026-13-01T00:00:00Z' }), 400, ['to']);
    expectRefused(await oee({ bucket: 'week' }), 400, ['bucket']);
    // without a zone the server would read it in its own zone, not the factory's
    expectRefused(await oee({ from: '2026-11-07T08:00:00' }), 400, ['from']);
    expectRefused(await oee({ to: '2026-11-07' }), 400, ['to']);
    expectRefused(await oee({ groupBy: 'line' }), 400, ['groupBy']);
    expectRefused(await oee({ process: 'welding' }), 400, ['process']);
    expectRefused(await oee({ from: at(60), to: at(0) }), 400, ['to']);
    expectRefused(await oee({ from: at(0), to: at(0) }), 400, ['to']);
    expectRefused(await oee({ from: '2024-01-01T00:00:00Z', to: '2025-03-01T00:00:00Z' }), 400, ['from']);
    expectRefused(await oee({ colour: 'red' }), 400, ['colour']);
    expectRefused(await oee({ bucket: 'hour', from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:01Z' }), 400, [
      'bucket',
    ]);
    expectRefused(
      await get(`/api/v1/machines/CNC-01/timeline?from=${encodeURIComponent(at(60))}&to=${encodeURIComponent(at(0))}`),
      400,
      ['to'],
    );
  });

  it("answers 404 for an unknown machine and for another factory's", async () => {
    expectRefused(await oee({ machine: 'NOPE' }), 404, ['machine']);
    expectRefused(await oee({ machine: 'THEIRS' }), 404, ['machine']);
    expect((await get('/api/v1/machines/THEIRS/timeline')).status).toBe(404);
    expect((await get('/api/v1/machines/NOPE/timeline')).status).toBe(404);
    // the other factory reads its own machine, and nothing of this one's (it has no shifts: no planned time)
    expect((await oee({ machine: 'THEIRS' }, other.manager)).status).toBe(200);
    const theirs = await oee({ from: at(0), to: at(60), bucket: 'none', groupBy: 'factory' }, other.manager);
    expect(theirs.body).toEqual({ items: [] });
    const timeline = await get(
      `/api/v1/machines/THEIRS/timeline?from=${encodeURIComponent(at(-10))}&to=${encodeURIComponent(at(10))}`,
      other.operator,
    );
    expect(timeline.body.items.map((i: Body) => [i.state, i.reason])).toEqual([
      ['unknown', null],
      ['down', 'blade_broken'],
    ]);
  });

  it('needs a token (401) and a fitting role (403)', async () => {
    expect((await oee({}, '')).status).toBe(401);
    expect((await get('/api/v1/machines/CNC-01/timeline', '')).status).toBe(401);
    for (const role of ['warehouse', 'packer']) {
      expect((await oee({}, tokens[role])).status).toBe(403);
      expect((await get('/api/v1/machines/CNC-01/timeline', tokens[role])).status).toBe(403);
    }
    for (const role of ['manager', 'planner', 'operator', 'admin'])
      expect((await oee({}, tokens[role])).status).toBe(200);
  });
});
