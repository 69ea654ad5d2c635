import type { OpenAPIObject } from '@nestjs/swagger';
import { OeeRollups } from '@mendao/equipment';
import { createTestDatabase, TestDatabase, testRuntime } from '@mendao/platform/testing';
import { DataSource } from 'typeorm';
import { createOpenApiDocument } from '../apps/api/src/openapi/openapi-document';
import { TestApi } from './support/api';
import { answerProblems } from './support/openapi-answers';

/** The document's route of a path: its last segment after these prefixes is a parameter. */
const ROUTES: [RegExp, string][] = [
  [/^\/machines\/[^/]+$/, '/machines/{code}'],
  [/^\/downtime-reasons\/[^/]+$/, '/downtime-reasons/{code}'],
  [/^\/shifts\/[^/]+$/, '/shifts/{code}'],
  [/^\/calendar\/holidays\/[^/]+$/, '/calendar/holidays/{day}'],
  [/^\/calendar\/maintenance\/[^/]+$/, '/calendar/maintenance/{id}'],
];

type Body = Record<string, any>;
type Answer = { status: number; body: any; headers: Headers };

/** Issue 16, equipment master data: machines, downtime reasons, shifts, holidays and planned maintenance. */
describe('equipment master data routes', () => {
  let db: TestDatabase;
  let api: TestApi;
  let tokens: Record<string, string>;
  let other: Record<string, string>;
  let dataSource: DataSource;
  let document: OpenAPIObject;
  const undocumented: string[] = [];

  beforeAll(async () => {
    document = await createOpenApiDocument();
    db = await createTestDatabase();
    api = await TestApi.start(testRuntime(db.url));
    dataSource = api.app.get(DataSource);
    tokens = (await api.factoryWithUsers('EQM-A')).tokens;
    other = (await api.factoryWithUsers('EQM-B', ['admin', 'manager'])).tokens;
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  /** Every answer is also checked against the OpenAPI document (the last test lists what differed). */
  const call = async (method: string, path: string, body?: unknown, token: string | null = tokens.manager) => {
    const res = await api.request(method, `/api/v1${path}`, { token: token ?? undefined, body });
    const route = ROUTES.find(([pattern]) => pattern.test(path.split('?')[0]))?.[1] ?? path.split('?')[0];
    const type = res.headers.get('content-type') ?? '';
    for (const problem of answerProblems(document, method, `/api/v1${route}`, res.status, type, res.body))
      undocumented.push(`${method} ${path} → ${res.status}: ${problem}`);
    return res;
  };
  const refused = (res: Answer, status: number, fields: string[]) => {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect((res.body as Body).errors.map((e: Body) => e.field)).toEqual(fields);
  };
  const saw = {
    code: 'SAW-01',
    name: '电子开料锯',
    nameEn: 'Panel saw',
    process: 'cutting',
    countUnit: 'sheet',
    idealCycleSeconds: 90,
  };
  const count = async (table: string) =>
    (await dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  describe('/machines', () => {
    it('creates a machine (201) that every role can list and read by code or id, with no state yet', async () => {
      const created = await call('POST', '/machines', saw);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ ...saw, active: true, state: null });
      for (const role of ['planner', 'warehouse', 'packer', 'operator', 'admin']) {
        const list = await call('GET', '/machines', undefined, tokens[role]);
        expect(list.status).toBe(200);
        expect(list.body.items.map((m: Body) => m.code)).toEqual(['SAW-01']);
      }
      expect((await call('GET', `/machines/${created.body.id}`, undefined, tokens.operator)).body.code).toBe('SAW-01');
    });

    it('changes the ideal cycle as a new row of its history, valid from effectiveFrom', async () => {
      const past = new Date(Date.now() - 86_400_000).toISOString();
      const res = await call('PATCH', '/machines/SAW-01', {
        idealCycleSeconds: 80,
        effectiveFrom: past,
        nameEn: 'Beam saw',
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ idealCycleSeconds: 80, nameEn: 'Beam saw', name: '电子开料锯' });
      const future = new Date(Date.now() + 86_400_000).toISOString();
      // planned for tomorrow: today's value stays the one valid now
      expect(
        (await call('PATCH', '/machines/SAW-01', { idealCycleSeconds: 70, effectiveFrom: future })).body,
      ).toMatchObject({ idealCycleSeconds: 80 });
      const history = await dataSource.query<{ seconds: string }[]>(
        `SELECT c.ideal_cycle_seconds AS seconds FROM machine_cycle_time c JOIN machine m ON m.id = c.machine_id
          WHERE m.code = 'SAW-01' ORDER BY c.valid_from`,
      );
      expect(history.map((h) => Number(h.seconds))).toEqual([90, 80, 70]);
    });

    it('refuses a taken code (409 machine.already_exists), bad fields (400 at each) and effectiveFrom alone', async () => {
      refused(await call('POST', '/machines', saw), 409, ['code']);
      refused(
        await call('POST', '/machines', {
          ...saw,
          code: 'a/b',
          process: 'welding',
          countUnit: 'kg',
          idealCycleSeconds: 0,
        }),
        400,
        ['code', 'process', 'countUnit', 'idealCycleSeconds'],
      );
      refused(await call('PATCH', '/machines/SAW-01', { idealCycleSeconds: -1 }), 400, ['idealCycleSeconds']);
      refused(await call('PATCH', '/machines/SAW-01', { effectiveFrom: new Date().toISOString() }), 400, [
        'effectiveFrom',
      ]);
      expect(await count('machine')).toBe(1);
    });

    it('refuses an effectiveFrom without its zone, more than 400 days back, or in year 0, at effectiveFrom; nothing written', async () => {
      const rows = await count('machine_cycle_time');
      const longAgo = new Date(Date.now() - 401 * 86_400_000).toISOString();
      for (const [effectiveFrom, status] of [
        ['2026-11-07T08:00:00', 400],
        ['2026-11-07', 400],
        [longAgo, 400],
        ['1900-01-01T00:00:00Z', 400],
        ['0000-01-01T00:00:00Z', 400],
      ] as const)
        refused(await call('PATCH', '/machines/SAW-01', { idealCycleSeconds: 60, effectiveFrom }), status, [
          'effectiveFrom',
        ]);
      expect(await count('machine_cycle_time')).toBe(rows);
      // 399 days back is a back-dated correction, still taken
      const recent = new Date(Date.now() - 399 * 86_400_000).toISOString();
      expect((await call('PATCH', '/machines/SAW-01', { idealCycleSeconds: 85, effectiveFrom: recent })).status).toBe(
        200,
      );
    });

    it("answers 404 for another factory's machine and for none", async () => {
      refused(await call('GET', '/machines/SAW-01', undefined, other.manager), 404, ['code']);
      refused(await call('PATCH', '/machines/SAW-01', { name: 'x' }, other.manager), 404, ['code']);
      refused(await call('GET', '/machines/NOPE'), 404, ['code']);
    });

    it('answers 401 without a token and 403 to roles that do not manage machines', async () => {
      expect((await call('GET', '/machines', undefined, null)).status).toBe(401);
      expect((await call('POST', '/machines', saw, null)).status).toBe(401);
      for (const role of ['planner', 'operator', 'warehouse', 'packer']) {
        expect((await call('POST', '/machines', { ...saw, code: `X-${role}` }, tokens[role])).status).toBe(403);
        expect((await call('PATCH', '/machines/SAW-01', { name: 'x' }, tokens[role])).status).toBe(403);
      }
    });

    it("reads a machine's state and cycle time from its own factory's rows only, even were another's to name it", async () => {
      const before = (await call('GET', '/machines/SAW-01')).body;
      const [{ id: machineId }] = await dataSource.query<{ id: string }[]>(
        `SELECT id FROM machine WHERE code = 'SAW-01'`,
      );
      const [{ id: otherFactory }] = await dataSource.query<{ id: string }[]>(
        `SELECT id FROM factory WHERE code = 'EQM-B'`,
      );
      const at = new Date(Date.now() - 60_000);
      // rows the foreign keys would refuse (factory B's, for factory A's machine): written with them off, so that
      // only the queries' own factory_id conditions keep them out
      await dataSource.transaction(async (manager) => {
        await manager.query('SET LOCAL session_replication_role = replica');
        await manager.query(
          `INSERT INTO machine_state_event (factory_id, machine_id, event_id, at, state, reason, source)
           VALUES ($1, $2, 'foreign', $3, 'down', 'blade_broken', 'http')`,
          [otherFactory, machineId, at],
        );
        await manager.query(
          `INSERT INTO machine_cycle_time (factory_id, machine_id, valid_from, ideal_cycle_seconds) VALUES ($1, $2, $3, 1)`,
          [otherFactory, machineId, at],
        );
      });
      try {
        const after = await call('GET', '/machines/SAW-01');
        expect(after.body).toEqual(before);
        const listed = (await call('GET', '/machines')).body.items.find((m: Body) => m.code === 'SAW-01');
        expect(listed).toEqual(before);
      } finally {
        await dataSource.query(`DELETE FROM machine_state_event WHERE factory_id = $1`, [otherFactory]);
        await dataSource.query(`DELETE FROM machine_cycle_time WHERE factory_id = $1`, [otherFactory]);
      }
    });
  });

  describe('/downtime-reasons', () => {
    it('gives each factory the door-plant tree once, to every role', async () => {
      const res = await call('GET', '/downtime-reasons', undefined, tokens.operator);
      expect(res.status).toBe(200);
      const byCode = new Map<string, Body>(res.body.items.map((r: Body) => [r.code, r]));
      expect(byCode.get('blade_broken')).toMatchObject({
        parentCode: 'breakdown',
        nameZh: '锯片断裂/崩刃',
        appliesTo: ['down'],
        loss: 'breakdown',
        active: true,
      });
      expect(byCode.get('no_order')).toMatchObject({ appliesTo: ['idle'], loss: 'no_order' });
      expect((await call('GET', '/downtime-reasons', undefined, other.manager)).body.items).toHaveLength(byCode.size);
      expect((await call('GET', '/downtime-reasons')).body.items).toHaveLength(byCode.size);
    });

    it('adds a reason under a parent (201), and switches one off (200)', async () => {
      const res = await call('POST', '/downtime-reasons', {
        code: 'belt_worn',
        parentCode: 'breakdown',
        nameZh: '砂带磨损',
        nameEn: 'Sanding belt worn',
        appliesTo: ['down'],
        loss: 'breakdown',
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ code: 'belt_worn', parentCode: 'breakdown', active: true });
      expect((await call('PATCH', '/downtime-reasons/belt_worn', { active: false })).body.active).toBe(false);
    });

    it('refuses a taken code (409), an unknown parent or a cycle (422 at parentCode), bad fields (400), nothing written', async () => {
      const before = await count('downtime_reason');
      const reason = { code: 'jam', nameZh: '卡料', nameEn: 'Jam', appliesTo: ['down'], loss: 'small_stop' };
      refused(await call('POST', '/downtime-reasons', reason), 409, ['code']);
      refused(await call('POST', '/downtime-reasons', { ...reason, code: 'x1', parentCode: 'nope' }), 422, [
        'parentCode',
      ]);
      refused(await call('PATCH', '/downtime-reasons/breakdown', { parentCode: 'blade_broken' }), 422, ['parentCode']);
      refused(await call('PATCH', '/downtime-reasons/breakdown', { parentCode: 'breakdown' }), 422, ['parentCode']);
      refused(
        await call('POST', '/downtime-reasons', { ...reason, code: 'x2', appliesTo: ['running'], loss: 'laziness' }),
        400,
        ['appliesTo', 'loss'],
      );
      refused(await call('PATCH', '/downtime-reasons/nope', { active: false }), 404, ['code']);
      expect(await count('downtime_reason')).toBe(before);
    });

    it('answers 401 without a token and 403 to roles that do not manage reasons', async () => {
      expect((await call('GET', '/downtime-reasons', undefined, null)).status).toBe(401);
      for (const role of ['planner', 'operator'])
        expect((await call('PATCH', '/downtime-reasons/jam', { active: false }, tokens[role])).status).toBe(403);
    });
  });

  describe('/shifts and /calendar', () => {
    const day = {
      code: 'day',
      name: '白班',
      days: [1, 2, 3, 4, 5, 6],
      start: '08:00',
      end: '17:30',
      breaks: [{ start: '12:00', end: '13:00' }],
    };

    it('creates a day shift and a night shift crossing midnight for some processes, and switches one off on DELETE', async () => {
      expect((await call('POST', '/shifts', day)).status).toBe(201);
      const night = await call('POST', '/shifts', {
        code: 'night',
        name: '夜班',
        days: [1, 2, 3, 4, 5],
        start: '20:00',
        end: '05:00',
        breaks: [{ start: '00:00', end: '00:30' }],
        processes: ['cutting', 'edge_banding'],
      });
      expect(night.status).toBe(201);
      expect(night.body).toMatchObject({
        start: '20:00',
        end: '05:00',
        processes: ['cutting', 'edge_banding'],
        active: true,
      });
      const list = await call('GET', '/shifts', undefined, tokens.operator);
      expect(list.body.items.map((s: Body) => s.code)).toEqual(['day', 'night']);
      expect((await call('PATCH', '/shifts/night', { end: '06:00' })).body.end).toBe('06:00');
      expect((await call('DELETE', '/shifts/night')).body).toMatchObject({ code: 'night', active: false });
    });

    it('refuses impossible times at their field (422), a taken code (409), nothing written', async () => {
      const before = await count('shift');
      refused(await call('POST', '/shifts', { ...day, code: 'x', start: '25:00' }), 422, ['start']);
      refused(await call('POST', '/shifts', { ...day, code: 'x', breaks: [{ start: '18:00', end: '18:30' }] }), 422, [
        'breaks[0]',
      ]);
      refused(await call('PATCH', '/shifts/day', { end: '12:30' }), 422, ['breaks[0]']);
      refused(await call('POST', '/shifts', { ...day, days: [8] }), 400, ['days']);
      refused(await call('POST', '/shifts', day), 409, ['code']);
      refused(await call('PATCH', '/shifts/nope', { name: 'x' }), 404, ['code']);
      expect(await count('shift')).toBe(before);
      expect((await call('GET', '/shifts')).body.items.find((s: Body) => s.code === 'day').end).toBe('17:30');
    });

    it('adds and removes a holiday; a second one the same day is 409, an unknown one 404', async () => {
      const res = await call('POST', '/calendar/holidays', { day: '2026-10-01', name: '国庆节' });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ day: '2026-10-01', name: '国庆节' });
      refused(await call('POST', '/calendar/holidays', { day: '2026-10-01', name: 'again' }), 409, ['day']);
      refused(await call('POST', '/calendar/holidays', { day: '2026-02-30', name: 'x' }), 400, ['day']);
      expect((await call('GET', '/calendar/holidays', undefined, tokens.planner)).body.items).toEqual([
        { day: '2026-10-01', name: '国庆节' },
      ]);
      expect((await call('DELETE', '/calendar/holidays/2026-10-01')).body).toEqual({
        day: '2026-10-01',
        name: '国庆节',
      });
      refused(await call('DELETE', '/calendar/holidays/2026-10-01'), 404, ['day']);
    });

    it('adds planned maintenance for one machine or all; to <= from is 422 at `to`, an unknown machine 422', async () => {
      const one = await call('POST', '/calendar/maintenance', {
        machine: 'SAW-01',
        from: '2026-12-05T08:00:00+08:00',
        to: '2026-12-05T12:00:00+08:00',
        reason: '换主轴',
      });
      expect(one.status).toBe(201);
      expect(one.body).toMatchObject({ machine: 'SAW-01', reason: '换主轴' });
      const all = await call('POST', '/calendar/maintenance', {
        from: '2026-12-06T08:00:00+08:00',
        to: '2026-12-06T10:00:00+08:00',
        reason: '全厂停电检修',
      });
      expect(all.body.machine).toBeNull();
      const before = await count('planned_maintenance');
      refused(
        await call('POST', '/calendar/maintenance', {
          from: '2026-12-05T12:00:00Z',
          to: '2026-12-05T12:00:00Z',
          reason: 'x',
        }),
        422,
        ['to'],
      );
      refused(
        await call('POST', '/calendar/maintenance', {
          machine: 'NOPE',
          from: '2026-12-05T08:00:00Z',
          to: '2026-12-05T09:00:00Z',
          reason: 'x',
        }),
        422,
        ['machine'],
      );
      expect(await count('planned_maintenance')).toBe(before);
      const listed = await call('GET', '/calendar/maintenance?from=2026-12-06T00:00:00Z', undefined, tokens.operator);
      expect(listed.body.items.map((m: Body) => m.id)).toEqual([all.body.id]);
      expect((await call('DELETE', `/calendar/maintenance/${one.body.id}`)).body).toMatchObject({
        id: one.body.id,
        machine: 'SAW-01',
      });
      refused(await call('DELETE', `/calendar/maintenance/${one.body.id}`), 404, ['id']);
      refused(await call('DELETE', '/calendar/maintenance/not-a-uuid'), 404, ['id']);
      // another factory's maintenance is none of this one's
      refused(await call('DELETE', `/calendar/maintenance/${all.body.id}`, undefined, other.manager), 404, ['id']);
    });

    it('refuses maintenance times without their zone, more than 400 days back or in year 0, at their field; nothing written', async () => {
      const before = await count('planned_maintenance');
      const span = (from: string, to: string) => ({ from, to, reason: '保养' });
      refused(await call('POST', '/calendar/maintenance', span('2026-12-07T08:00:00', '2026-12-07')), 400, [
        'from',
        'to',
      ]);
      for (const from of [
        new Date(Date.now() - 401 * 86_400_000).toISOString(),
        '1900-01-01T00:00:00Z',
        '0000-01-01T00:00:00Z',
      ])
        refused(await call('POST', '/calendar/maintenance', span(from, '2026-12-07T10:00:00Z')), 400, ['from']);
      expect(await count('planned_maintenance')).toBe(before);
      refused(await call('GET', '/calendar/maintenance?from=2026-12-06'), 400, ['from']);
      refused(await call('GET', '/calendar/maintenance?to=2026-12-06T00:00:00'), 400, ['to']);
    });

    it("refreshes a shift change's history from the factory's own first event, never another's naming its machine", async () => {
      const [{ id: machineId }] = await dataSource.query<{ id: string }[]>(
        `SELECT id FROM machine WHERE code = 'SAW-01'`,
      );
      const [{ id: otherFactory }] = await dataSource.query<{ id: string }[]>(
        `SELECT id FROM factory WHERE code = 'EQM-B'`,
      );
      const at = new Date(Date.now() - 300 * 86_400_000);
      // a row the foreign keys would refuse, written with them off: only the query's factory_id keeps it out
      await dataSource.transaction(async (manager) => {
        await manager.query('SET LOCAL session_replication_role = replica');
        await manager.query(
          `INSERT INTO machine_count_event (factory_id, machine_id, event_id, at, good, scrap, source)
           VALUES ($1, $2, 'foreign', $3, 1, 0, 'machine')`,
          [otherFactory, machineId, at],
        );
      });
      const refreshed = jest.spyOn(api.app.get(OeeRollups), 'refreshFactory');
      try {
        const res = await call('POST', '/shifts', { ...day, code: 'history' });
        expect(res.status).toBe(201);
        expect(refreshed.mock.calls.map((c) => +c[1])).not.toContain(+at);
      } finally {
        refreshed.mockRestore();
        await dataSource.query(`DELETE FROM machine_count_event WHERE factory_id = $1`, [otherFactory]);
      }
    });

    it('answers 401 without a token and 403 to roles that do not plan the calendar', async () => {
      expect((await call('GET', '/shifts', undefined, null)).status).toBe(401);
      expect((await call('GET', '/calendar/holidays', undefined, null)).status).toBe(401);
      for (const role of ['planner', 'operator', 'warehouse']) {
        expect((await call('POST', '/shifts', { ...day, code: 'z' }, tokens[role])).status).toBe(403);
        expect((await call('DELETE', '/shifts/day', undefined, tokens[role])).status).toBe(403);
        expect((await call('POST', '/calendar/holidays', { day: '2026-10-02', name: 'x' }, tokens[role])).status).toBe(
          403,
        );
        expect((await call('POST', '/calendar/maintenance', {}, tokens[role])).status).toBe(403);
      }
    });
  });

  it('documents the bodies so that the generated client types are right: a nullable parentCode is a string, optional fields stay optional', () => {
    const schemas = document.components!.schemas as Record<string, Body>;
    for (const name of ['CreateDowntimeReasonDto', 'UpdateDowntimeReasonDto'])
      expect(schemas[name].properties.parentCode).toMatchObject({ type: 'string', nullable: true });
    // openapi-typescript makes a property with a `default` required in the client types
    for (const name of ['CreateDowntimeReasonDto', 'CreateMachineDto', 'CreateShiftDto']) {
      const withDefault = Object.entries(schemas[name].properties as Record<string, Body>)
        .filter(([key, property]) => !(schemas[name].required ?? []).includes(key) && 'default' in property)
        .map(([key]) => `${name}.${key}`);
      expect(withDefault).toEqual([]);
    }
  });

  it('answers every call above as the OpenAPI document says (success and refusal alike)', () => {
    expect(undocumented).toEqual([]);
  });
});
