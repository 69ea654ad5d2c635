import { randomUUID } from 'node:crypto';
import type { OpenAPIObject } from '@nestjs/swagger';
import { createTestDatabase, type TestDatabase, testRuntime } from '@mendao/platform/testing';
import { makeOrderLine } from '@mendao/splitting/testing';
import { DataSource } from 'typeorm';
import { createOpenApiDocument } from '../apps/api/src/openapi/openapi-document';
import { TestApi } from './support/api';
import { answerProblems } from './support/openapi-answers';
import { confirmedOrder, loadCatalogue, splitFinished } from './support/splitting';

type Tokens = Awaited<ReturnType<TestApi['factoryWithUsers']>>['tokens'];

/**
 * One source of counts per machine (countsFrom), over HTTP: a machine's own count events (the events routes) and
 * the station reports (报工) on it count as its countsFrom says — any: both; machine: its own only, a report on it
 * adds nothing to its counts; reports: reports only, its count events refused at their field with nothing written.
 */
describe('a machine’s counts come from where countsFrom says', () => {
  let db: TestDatabase;
  let api: TestApi;
  let t: Tokens;
  let document: OpenAPIObject;
  let workOrder: { code: string; plannedQuantity: number };
  const undocumented: string[] = [];
  const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

  /** Every answer is also checked against the OpenAPI document (the last test lists what differed). */
  const call = async (method: string, path: string, route: string, token: string, body?: unknown) => {
    const res = await api.request(method, `/api/v1${path}`, { token, body });
    const type = res.headers.get('content-type') ?? '';
    for (const problem of answerProblems(document, method, `/api/v1${route}`, res.status, type, res.body))
      undocumented.push(`${method} ${path} → ${res.status}: ${problem}`);
    return res;
  };
  const createMachine = (code: string, countsFrom?: string) =>
    call('POST', '/machines', '/machines', t.manager, {
      code,
      name: code,
      // the station reports on the run's first work order, cutting: a machine of another process is refused there
      process: 'cutting',
      countUnit: 'part',
      idealCycleSeconds: 20,
      countsFrom,
    });
  const countEvent = (code: string, eventId: string) =>
    call('POST', `/machines/${code}/events`, '/machines/{code}/events', t.operator, {
      counts: [{ eventId, at: minutesAgo(5), good: 3, scrap: 0 }],
    });
  const stationReport = (machine: string) =>
    call('POST', '/production/reports', '/production/reports', t.operator, {
      scanId: randomUUID(),
      barcode: workOrder.code,
      action: 'report',
      good: 1,
      machine,
    });
  /** The machine's count rows by source, e.g. {machine: 3, report: 1} (sum of good). */
  const counted = async (code: string) => {
    const rows = await api.app.get(DataSource).query<{ source: string; good: number }[]>(
      `SELECT e.source, sum(e.good)::int AS good FROM machine_count_event e JOIN machine m ON m.id = e.machine_id
          WHERE m.code = $1 GROUP BY e.source`,
      [code],
    );
    return Object.fromEntries(rows.map((r) => [r.source, r.good]));
  };

  beforeAll(async () => {
    document = await createOpenApiDocument();
    db = await createTestDatabase();
    api = await TestApi.start(testRuntime(db.url));
    ({ tokens: t } = await api.factoryWithUsers('EQC'));
    await loadCatalogue(api, t.planner);
    const order = await confirmedOrder(api, t.planner, 'SO-计数-1', [makeOrderLine({ quantity: 4 })]);
    const run = await api.request('POST', '/api/v1/split-runs', { token: t.planner, body: { orderIds: [order] } });
    expect((await splitFinished(api, t.planner, run.body.id as string)).status).toBe('succeeded');
    const released = await api.request('POST', `/api/v1/split-runs/${run.body.id as string}/release`, {
      token: t.planner,
    });
    expect(released.status).toBe(200);
    workOrder = released.body.workOrders[0];
  }, 180_000);

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('any (the default): the machine’s count events and a station report on it both count', async () => {
    const created = await createMachine('EB-ANY');
    expect(created.status).toBe(201);
    expect(created.body.countsFrom).toBe('any');
    expect((await countEvent('EB-ANY', 'c-1')).body).toEqual({ accepted: 1, duplicates: 0 });
    expect((await stationReport('EB-ANY')).status).toBe(201);
    expect(await counted('EB-ANY')).toEqual({ machine: 3, report: 1 });
  });

  it('machine: its own count events count; a station report on it is recorded as a report but not as its count', async () => {
    expect((await createMachine('EB-GW', 'machine')).body.countsFrom).toBe('machine');
    expect((await countEvent('EB-GW', 'c-1')).body).toEqual({ accepted: 1, duplicates: 0 });
    const report = await stationReport('EB-GW');
    expect(report.status).toBe(201);
    expect(report.body.report).toMatchObject({ good: 1 });
    expect(await counted('EB-GW')).toEqual({ machine: 3 });
  });

  it('reports: its count events are refused (422 at counts[i] and events[i].kind, nothing written); a station report counts', async () => {
    expect((await createMachine('EB-RPT', 'reports')).body.countsFrom).toBe('reports');
    const own = await countEvent('EB-RPT', 'c-1');
    expect(own.status).toBe(422);
    expect(own.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(own.body).toMatchObject({
      code: 'machine_event.invalid',
      errors: [{ field: 'counts[0]', message: expect.stringContaining('station reports only') }],
    });
    const gateway = await call('POST', '/machine-events', '/machine-events', t.operator, {
      events: [
        { machine: 'EB-RPT', kind: 'state', at: minutesAgo(6), state: 'running' },
        { machine: 'EB-RPT', kind: 'count', at: minutesAgo(5), good: 3, scrap: 0 },
      ],
    });
    expect(gateway.status).toBe(422);
    expect(gateway.body.errors.map((e: { field: string }) => e.field)).toEqual(['events[1].kind']);
    expect(await counted('EB-RPT')).toEqual({});
    expect((await stationReport('EB-RPT')).status).toBe(201);
    expect(await counted('EB-RPT')).toEqual({ report: 1 });
  });

  it('PATCH countsFrom changes where the next counts come from; an unknown value is 400 at countsFrom', async () => {
    const patched = await call('PATCH', '/machines/EB-RPT', '/machines/{code}', t.manager, { countsFrom: 'any' });
    expect(patched.body.countsFrom).toBe('any');
    expect((await countEvent('EB-RPT', 'c-2')).status).toBe(200);
    const bad = await call('PATCH', '/machines/EB-RPT', '/machines/{code}', t.manager, { countsFrom: 'plc' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['countsFrom']);
    const badCreate = await createMachine('EB-BAD', 'both');
    expect(badCreate.status).toBe(400);
    expect(badCreate.body.errors.map((e: { field: string }) => e.field)).toEqual(['countsFrom']);
  });

  it('answers every call above as the OpenAPI document says', () => {
    expect(undocumented).toEqual([]);
  });
});
