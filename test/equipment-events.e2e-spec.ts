import type { OpenAPIObject } from '@nestjs/swagger';
import { createTestDatabase, TestDatabase, testRuntime } from '@mendao/platform/testing';
import { OeeRollups } from '@mendao/equipment';
import { DataSource } from 'typeorm';
import { createOpenApiDocument } from '../apps/api/src/openapi/openapi-document';
import { TestApi } from './support/api';
import { answerProblems } from './support/openapi-answers';

type Body = Record<string, any>;

/** Issue 16, acceptance 4: state and count events through HTTP, refused whole and at their field, or recorded once. */
describe('POST /api/v1/machines/{code}/events and /api/v1/machine-events', () => {
  let db: TestDatabase;
  let api: TestApi;
  let tokens: Record<string, string>;
  let other: Record<string, string>;
  let dataSource: DataSource;

  const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
  let document: OpenAPIObject;
  const undocumented: string[] = [];
  /** Every answer is also checked against the OpenAPI document (the last test lists what differed). */
  const send = async (path: string, route: string, body: unknown, token: string | null) => {
    const res = await api.request('POST', `/api/v1${path}`, { token: token ?? undefined, body });
    const type = res.headers.get('content-type') ?? '';
    for (const problem of answerProblems(document, 'POST', `/api/v1${route}`, res.status, type, res.body))
      undocumented.push(`POST ${path} → ${res.status}: ${problem}`);
    return res;
  };
  const post = (code: string, body: unknown, token: string | null = tokens.operator) =>
    send(`/machines/${encodeURIComponent(code)}/events`, '/machines/{code}/events', body, token);
  const postFactory = (events: unknown, token: string | null = tokens.operator) =>
    send('/machine-events', '/machine-events', { events }, token);
  const stored = async (code: string) => {
    const [row] = await dataSource.query<{ states: number; counts: number }[]>(
      `SELECT (SELECT count(*)::int FROM machine_state_event e WHERE e.machine_id = m.id) AS states,
              (SELECT count(*)::int FROM machine_count_event e WHERE e.machine_id = m.id) AS counts
         FROM machine m WHERE m.code = $1`,
      [code],
    );
    return row;
  };
  const expectRefused = (res: { status: number; body: any; headers: Headers }, status: number, fields: string[]) => {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect((res.body as Body).errors.map((e: Body) => e.field)).toEqual(fields);
  };

  beforeAll(async () => {
    document = await createOpenApiDocument();
    db = await createTestDatabase();
    api = await TestApi.start(testRuntime(db.url));
    dataSource = api.app.get(DataSource);
    tokens = (await api.factoryWithUsers('EQE-A')).tokens;
    other = (await api.factoryWithUsers('EQE-B', ['admin', 'operator', 'manager'])).tokens;
    for (const [code, process] of [
      ['SAW-01', 'cutting'],
      ['EB-01', 'edge_banding'],
    ])
      expect(
        (
          await api.request('POST', '/api/v1/machines', {
            token: tokens.manager,
            body: { code, name: code, process, countUnit: 'part', idealCycleSeconds: 12 },
          })
        ).status,
      ).toBe(201);
    await api.request('POST', '/api/v1/machines', {
      token: other.manager,
      body: { code: 'THEIRS', name: 'theirs', process: 'cnc', countUnit: 'part', idealCycleSeconds: 30 },
    });
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('records a tablet batch (200 accepted/duplicates) and shows the machine down with its reason', async () => {
    const body = {
      states: [
        { at: minutesAgo(30), state: 'running' },
        { at: minutesAgo(10), state: 'down', reason: 'blade_broken' },
      ],
      counts: [{ eventId: 'c-1', at: minutesAgo(20), good: 40, scrap: 2 }],
    };
    const first = await post('SAW-01', body);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ accepted: 3, duplicates: 0 });
    const again = await post('SAW-01', body, tokens.manager);
    expect(again.body).toEqual({ accepted: 0, duplicates: 3 });
    const machine = await api.request('GET', '/api/v1/machines/SAW-01', { token: tokens.planner });
    expect(machine.body.state).toMatchObject({ state: 'down', reason: 'blade_broken' });
    expect(await stored('SAW-01')).toEqual({ states: 2, counts: 1 });
  });

  it('records a gateway batch across machines', async () => {
    const res = await postFactory(
      [
        { machine: 'EB-01', kind: 'state', at: minutesAgo(15), state: 'setup', reason: 'edge_band_colour' },
        { machine: 'EB-01', kind: 'count', eventId: 'eb-1', at: minutesAgo(5), good: 12, scrap: 0 },
        { machine: 'SAW-01', kind: 'state', at: minutesAgo(2), state: 'running' },
      ],
      tokens.admin,
    );
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ accepted: 3, duplicates: 0 });
  });

  it('refreshes the OEE rollups of a batch across machines in one call (refreshMany), not machine by machine', async () => {
    const rollups = api.app.get(OeeRollups);
    const perMachine = jest.spyOn(rollups, 'refresh');
    const together = jest.spyOn(rollups, 'refreshMany');
    try {
      const res = await postFactory(
        [
          { machine: 'SAW-01', kind: 'state', eventId: 'many-1', at: minutesAgo(3), state: 'idle', reason: 'no_order' },
          { machine: 'EB-01', kind: 'count', eventId: 'many-2', at: minutesAgo(3), good: 2, scrap: 0 },
        ],
        tokens.admin,
      );
      expect(res.body).toEqual({ accepted: 2, duplicates: 0 });
      expect(perMachine).not.toHaveBeenCalled();
      expect(together).toHaveBeenCalledTimes(1);
      expect(together.mock.calls[0][2].map((span) => span.machineId)).toHaveLength(2);
    } finally {
      perMachine.mockRestore();
      together.mockRestore();
    }
  });

  it('refuses unknown states and reasons, a down without reason, bad counts and a far-future time: 422 at each field, nothing written', async () => {
    const before = await stored('EB-01');
    const res = await post('EB-01', {
      states: [
        { at: minutesAgo(1), state: 'running' },
        { at: minutesAgo(2), state: 'sleeping' },
        { at: minutesAgo(3), state: 'down', reason: 'gremlins' },
        { at: minutesAgo(4), state: 'down' },
        { at: new Date(Date.now() + 3_600_000).toISOString(), state: 'running' },
      ],
      counts: [
        { at: minutesAgo(1), good: -3, scrap: 0 },
        { at: minutesAgo(1), good: 2, scrap: 0.5 },
      ],
    });
    expectRefused(res, 422, [
      'states[1].state',
      'states[2].reason',
      'states[3].reason',
      'states[4].at',
      'counts[0].good',
      'counts[1].scrap',
    ]);
    expect(res.body.code ?? res.body.type).toMatch(/machine_event.invalid/);
    expect(await stored('EB-01')).toEqual(before);
  });

  it('refuses times more than 400 days back (1900, year 0 too) with 422 at states[i].at / counts[i].at / events[i].at, nothing written', async () => {
    const before = await stored('EB-01');
    const longAgo = new Date(Date.now() - 401 * 86_400_000).toISOString();
    const res = await post('EB-01', {
      states: [
        { at: minutesAgo(1), state: 'running' },
        { at: '1900-01-01T00:00:00Z', state: 'running' },
        { at: '0000-01-01T00:00:00Z', state: 'idle' },
      ],
      counts: [{ at: longAgo, good: 1, scrap: 0 }],
    });
    expectRefused(res, 422, ['states[1].at', 'states[2].at', 'counts[0].at']);
    expect(await stored('EB-01')).toEqual(before);
    const gateway = await postFactory([
      { machine: 'EB-01', kind: 'count', at: minutesAgo(1), good: 1, scrap: 0 },
      { machine: 'EB-01', kind: 'state', at: '0000-01-01T00:00:00Z', state: 'running' },
    ]);
    expectRefused(gateway, 422, ['events[1].at']);
    expect(await stored('EB-01')).toEqual(before);
  });

  it("answers 404 for another factory's machine (or none) on the machine's route, nothing written", async () => {
    const body = { states: [{ at: minutesAgo(1), state: 'running' }] };
    expectRefused(await post('THEIRS', body), 404, ['code']);
    expectRefused(await post('NOPE', body), 404, ['code']);
    const [theirs] = await dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM machine_state_event e JOIN machine m ON m.id = e.machine_id WHERE m.code = 'THEIRS'`,
    );
    expect(theirs.n).toBe(0);
  });

  it("refuses another factory's or an unknown machine in the gateway batch at events[i].machine (422), nothing written", async () => {
    const before = await stored('SAW-01');
    const res = await postFactory([
      { machine: 'SAW-01', kind: 'state', at: minutesAgo(1), state: 'idle', reason: 'no_order' },
      { machine: 'THEIRS', kind: 'state', at: minutesAgo(1), state: 'running' },
      { machine: 'GHOST', kind: 'count', at: minutesAgo(1), good: 1, scrap: 0 },
      { machine: 'SAW-01', kind: 'noise', at: minutesAgo(1) },
      'running',
    ]);
    expectRefused(res, 422, ['events[3].kind', 'events[4]', 'events[1].machine', 'events[2].machine']);
    expect(await stored('SAW-01')).toEqual(before);
  });

  it('refuses a malformed body with 400 at its field, and more than 5000 events with 413', async () => {
    expectRefused(await post('SAW-01', { states: 'running' }), 400, ['states']);
    expectRefused(await post('SAW-01', { states: [], extra: 1 }), 400, ['extra']);
    expectRefused(await postFactory('all of them'), 400, ['events']);
    const many = Array.from({ length: 5001 }, (_, i) => ({ eventId: `x${i}`, at: minutesAgo(1), good: 1, scrap: 0 }));
    const res = await post('SAW-01', { counts: many });
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ max: 5000, received: 5001 });
  });

  it('answers 401 without a token and 403 to roles that do not run machines', async () => {
    const body = { states: [{ at: minutesAgo(1), state: 'running' }] };
    expect((await post('SAW-01', body, null)).status).toBe(401);
    expect((await postFactory([], null)).status).toBe(401);
    for (const role of ['planner', 'warehouse', 'packer']) {
      expect((await post('SAW-01', body, tokens[role])).status).toBe(403);
      expect((await postFactory([], tokens[role])).status).toBe(403);
    }
  });

  it('answers every call above as the OpenAPI document says (success and refusal alike)', () => {
    expect(undocumented).toEqual([]);
  });
});
