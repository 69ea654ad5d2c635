import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '@mendao/platform';
import { createTestDatabase, ManualClock, TestDatabase, testRuntime } from '@mendao/platform/testing';
import type { CountsFrom } from './domain/equipment-codes';
import { MachineEventsService } from './machine-events.service';
import { MachinesService } from './machines.service';
import { OeeRollups } from './oee/oee-rollups.service';
import { equipmentFactory, startEquipmentContext } from './testing/equipment-context';

const NOW = Date.UTC(2026, 10, 30, 2, 0, 0);
const iso = (minutesBeforeNow: number) => new Date(NOW - minutesBeforeNow * 60_000).toISOString();

describe(MachineEventsService.name, () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let events: MachineEventsService;
  let machines: MachinesService;
  let dataSource: DataSource;
  let as: <T>(work: () => Promise<T>) => Promise<T>;
  let other: <T>(work: () => Promise<T>) => Promise<T>;
  let n = 0;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await startEquipmentContext(testRuntime(db.url), new ManualClock(NOW));
    events = app.get(MachineEventsService);
    machines = app.get(MachinesService);
    dataSource = app.get(DataSource);
    as = (await equipmentFactory(app, 'EQ-EVENTS')).as;
    other = (await equipmentFactory(app, 'EQ-OTHER')).as;
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  /** A new machine per test, so the tests do not see each other's events. */
  const machine = async (active = true, countsFrom?: CountsFrom) => {
    const code = `M${++n}`;
    await as(() =>
      machines.create({
        code,
        name: `机 ${n}`,
        process: 'cutting',
        countUnit: 'sheet',
        idealCycleSeconds: 60,
        active,
        countsFrom,
      }),
    );
    return code;
  };
  const stored = async (code: string) => {
    const [row] = await dataSource.query<{ states: number; counts: number; good: number }[]>(
      `SELECT (SELECT count(*)::int FROM machine_state_event e WHERE e.machine_id = m.id) AS states,
              (SELECT count(*)::int FROM machine_count_event e WHERE e.machine_id = m.id) AS counts,
              (SELECT coalesce(sum(good), 0)::int FROM machine_count_event e WHERE e.machine_id = m.id) AS good
         FROM machine m WHERE m.code = $1`,
      [code],
    );
    return row;
  };
  const refusal = async (work: Promise<unknown>) => {
    const error = await work.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  };

  it('records states and counts once: the same event id, or a state at the same instant, is a duplicate', async () => {
    const code = await machine();
    const batch = {
      machine: code,
      states: [
        { at: iso(60), state: 'running' as const },
        { eventId: 'd1', at: iso(30), state: 'down' as const, reason: 'blade_broken' },
        { eventId: 'other-id', at: iso(60), state: 'idle' as const },
      ],
      counts: [
        { eventId: 'c1', at: iso(50), good: 10, scrap: 1 },
        { eventId: 'c1', at: iso(40), good: 99, scrap: 0 },
        { at: iso(45), good: 5, scrap: 0 },
      ],
    };
    expect(await as(() => events.ingest([batch], 'http'))).toEqual({ accepted: 4, duplicates: 2 });
    expect(await stored(code)).toEqual({ states: 2, counts: 2, good: 15 });
    // the whole batch again: nothing new
    expect(await as(() => events.ingest([batch], 'gateway'))).toEqual({ accepted: 0, duplicates: 6 });
    expect(await stored(code)).toEqual({ states: 2, counts: 2, good: 15 });
  });

  it('accepts events out of order: the current state is the latest by time, not by arrival', async () => {
    const code = await machine();
    await as(() =>
      events.ingest([{ machine: code, states: [{ at: iso(10), state: 'setup', reason: 'tool_change' }] }], 'http'),
    );
    await as(() =>
      events.ingest(
        [
          {
            machine: code,
            states: [
              { at: iso(100), state: 'running' },
              { at: iso(50), state: 'idle', reason: 'no_order' },
            ],
          },
        ],
        'http',
      ),
    );
    const view = await as(() => machines.get(code));
    expect(view.state).toEqual({ state: 'setup', reason: 'tool_change', since: new Date(iso(10)) });
    expect(await stored(code)).toMatchObject({ states: 3 });
  });

  it('keeps the start of a state that a gateway repeats', async () => {
    const code = await machine();
    await as(() =>
      events.ingest(
        [
          {
            machine: code,
            states: [
              { at: iso(90), state: 'down', reason: 'motor_bearing' },
              { at: iso(60), state: 'running' },
              { at: iso(30), state: 'running' },
              { at: iso(1), state: 'running' },
            ],
          },
        ],
        'gateway',
      ),
    );
    expect((await as(() => machines.get(code))).state).toEqual({
      state: 'running',
      reason: null,
      since: new Date(iso(60)),
    });
  });

  it('refuses a batch with any bad event whole: every bad field listed, nothing written', async () => {
    const code = await machine();
    const error = await refusal(
      as(() =>
        events.ingest(
          [
            {
              machine: code,
              states: [
                { at: iso(5), state: 'running' },
                { at: iso(4), state: 'down' },
                { at: iso(3), state: 'exploded' as 'down' },
                { at: iso(2), state: 'idle', reason: 'no_such_reason' },
                { at: iso(1), state: 'setup', reason: 'no_order' },
                { at: new Date(NOW + 6 * 60_000).toISOString(), state: 'running' },
              ],
              counts: [
                { at: iso(5), good: -1, scrap: 0 },
                { at: iso(5), good: 1.5, scrap: 0 },
                { at: 'yesterday', good: 1, scrap: 0 },
              ],
            },
          ],
          'http',
        ),
      ),
    );
    expect(error.code).toBe('machine_event.invalid');
    expect(error.errors.map((e) => e.field)).toEqual([
      'states[1].reason',
      'states[2].state',
      'states[3].reason',
      'states[4].reason',
      'states[5].at',
      'counts[0].good',
      'counts[1].good',
      'counts[2].at',
    ]);
    expect(await stored(code)).toEqual({ states: 0, counts: 0, good: 0 });
  });

  it('refuses lists that are no lists from an in-process caller (a gateway passing on a payload), 400 at the list', async () => {
    const code = await machine();
    const error = await refusal(
      as(() => events.ingest([{ machine: code, states: 'running' as unknown as [] }], 'gateway')),
    );
    expect([error.code, error.errors.map((e) => e.field)]).toEqual(['request.validation_failed', ['states']]);
    const many = await refusal(
      as(() => events.ingest([{ machine: code }, { machine: code, counts: {} as unknown as [] }], 'gateway')),
    );
    expect(many.errors.map((e) => e.field)).toEqual(['batch[1].counts']);
  });

  it('accepts a state up to 5 minutes ahead of its clock (device clocks drift)', async () => {
    const code = await machine();
    const at = new Date(NOW + 5 * 60_000).toISOString();
    expect(await as(() => events.ingest([{ machine: code, states: [{ at, state: 'running' }] }], 'http'))).toEqual({
      accepted: 1,
      duplicates: 0,
    });
  });

  it("refuses another factory's machine, and an inactive one, at the event's machine field", async () => {
    const code = await machine();
    const inactive = await machine(false);
    const error = await refusal(
      other(() =>
        events.ingestEvents(
          {
            events: [
              { machine: code, kind: 'state', at: iso(1), state: 'running' },
              { machine: 'nope', kind: 'count', at: iso(1), good: 1, scrap: 0 },
            ],
          },
          'http',
        ),
      ),
    );
    expect(error.errors.map((e) => e.field)).toEqual(['events[0].machine', 'events[1].machine']);
    const inactiveError = await refusal(
      as(() =>
        events.ingestEvents({ events: [{ machine: inactive, kind: 'state', at: iso(1), state: 'running' }] }, 'http'),
      ),
    );
    expect(inactiveError.errors).toEqual([
      { field: 'events[0].machine', message: expect.stringContaining('inactive') },
    ]);
    expect(await stored(code)).toEqual({ states: 0, counts: 0, good: 0 });
  });

  it('two batches for one machine at once lose nothing and double nothing', async () => {
    const code = await machine();
    const counts = (from: number) =>
      Array.from({ length: 400 }, (_, i) => ({ eventId: `c${from + i}`, at: iso(1000 - from - i), good: 1, scrap: 0 }));
    const states = (from: number) =>
      Array.from({ length: 200 }, (_, i) => ({ at: iso(2000 - from - i), state: 'running' as const }));
    // overlapping halves: 0..399 and 200..599 counts, 0..199 and 100..299 states
    const [a, b] = await Promise.all([
      as(() => events.ingest([{ machine: code, counts: counts(0), states: states(0) }], 'http')),
      as(() => events.ingest([{ machine: code, counts: counts(200), states: states(100) }], 'gateway')),
    ]);
    expect(a.accepted + b.accepted).toBe(600 + 300);
    expect(a.duplicates + b.duplicates).toBe(200 + 100);
    expect(await stored(code)).toEqual({ states: 300, counts: 600, good: 600 });
  });

  it('refreshes the OEE rollups of the span the new events touch, from the state before to the state after', async () => {
    const code = await machine();
    await as(() =>
      events.ingest(
        [
          {
            machine: code,
            states: [
              { at: iso(100), state: 'running' },
              { at: iso(10), state: 'idle' },
            ],
          },
        ],
        'http',
      ),
    );
    // one refreshMany for the batch's machines together (a call per machine cost a round of statements each)
    const refresh = jest.spyOn(app.get(OeeRollups), 'refreshMany');
    try {
      await as(() =>
        events.ingest(
          [
            {
              machine: code,
              states: [{ at: iso(50), state: 'down', reason: 'jam' }],
              counts: [{ at: iso(70), good: 3, scrap: 0 }],
            },
          ],
          'http',
        ),
      );
      expect(refresh).toHaveBeenCalledTimes(1);
      const [[span]] = refresh.mock.calls.map((call) => call[2]);
      expect([span.from.toISOString(), span.to.toISOString()]).toEqual([iso(100), iso(10)]);
      refresh.mockClear();
      // the duplicate changes nothing, so nothing is refreshed
      await as(() =>
        events.ingest([{ machine: code, states: [{ at: iso(50), state: 'down', reason: 'jam' }] }], 'http'),
      );
      expect(refresh).not.toHaveBeenCalled();
    } finally {
      refresh.mockRestore();
    }
  });

  describe('recordReportedCount', () => {
    it("writes a station report's counts inside the caller's transaction, once per event id", async () => {
      const code = await machine();
      const workOrderId = '00000000-0000-4000-8000-000000000001';
      const report = { machine: code, eventId: 'scan-1', at: new Date(iso(3)), good: 7, scrap: 1, workOrderId };
      expect(await as(() => dataSource.transaction((manager) => events.recordReportedCount(manager, report)))).toBe(
        true,
      );
      expect(await as(() => dataSource.transaction((manager) => events.recordReportedCount(manager, report)))).toBe(
        true,
      );
      expect(await stored(code)).toEqual({ states: 0, counts: 1, good: 7 });
      const [row] = await dataSource.query<{ source: string; work_order_id: string }[]>(
        `SELECT source, work_order_id FROM machine_count_event WHERE event_id = 'scan-1'`,
      );
      expect(row).toEqual({ source: 'report', work_order_id: workOrderId });
      // the caller's transaction rolls back: so does the count
      await expect(
        as(() =>
          dataSource.transaction(async (manager) => {
            await events.recordReportedCount(manager, { ...report, eventId: 'scan-2' });
            throw new Error('the report failed later');
          }),
        ),
      ).rejects.toThrow('the report failed later');
      expect(await stored(code)).toEqual({ states: 0, counts: 1, good: 7 });
    });

    it('refuses an unknown or inactive machine (422 at `machine`) and a fractional count (at `good`)', async () => {
      const inactive = await machine(false);
      const report = {
        eventId: 'x',
        at: new Date(iso(1)),
        good: 1,
        scrap: 0,
        workOrderId: '00000000-0000-4000-8000-000000000002',
      };
      const unknown = await refusal(
        as(() => dataSource.transaction((m) => events.recordReportedCount(m, { ...report, machine: 'NOPE' }))),
      );
      expect([unknown.code, unknown.errors[0].field]).toEqual(['machine.unknown', 'machine']);
      const off = await refusal(
        as(() => dataSource.transaction((m) => events.recordReportedCount(m, { ...report, machine: inactive }))),
      );
      expect([off.code, off.errors[0].field]).toEqual(['machine.inactive', 'machine']);
      const code = await machine();
      const fractional = await refusal(
        as(() => dataSource.transaction((m) => events.recordReportedCount(m, { ...report, machine: code, good: 0.5 }))),
      );
      expect([fractional.code, fractional.errors.map((e) => e.field)]).toEqual(['machine_event.invalid', ['good']]);
    });
  });

  describe('one source of counts per machine (countsFrom)', () => {
    const report = (machineCode: string, eventId: string, good = 4) => ({
      machine: machineCode,
      eventId,
      at: new Date(iso(2)),
      good,
      scrap: 0,
      workOrderId: '00000000-0000-4000-8000-000000000003',
    });
    const sources = async (code: string) =>
      (
        await dataSource.query<{ source: string }[]>(
          `SELECT e.source FROM machine_count_event e JOIN machine m ON m.id = e.machine_id
            WHERE m.code = $1 ORDER BY e.source`,
          [code],
        )
      ).map((r) => r.source);

    it('any (the default) takes the machine’s own counts and station reports alike', async () => {
      const code = await machine();
      expect((await as(() => machines.get(code))).countsFrom).toBe('any');
      await as(() => events.ingest([{ machine: code, counts: [{ at: iso(9), good: 3, scrap: 0 }] }], 'gateway'));
      const counted = await as(() =>
        dataSource.transaction((m) => events.recordReportedCount(m, report(code, 'scan-any'))),
      );
      expect(counted).toBe(true);
      expect(await sources(code)).toEqual(['machine', 'report']);
      expect(await stored(code)).toMatchObject({ counts: 2, good: 7 });
    });

    it('machine: its own counts count, a station report on it writes nothing (counted: false)', async () => {
      const code = await machine(true, 'machine');
      await as(() => events.ingest([{ machine: code, counts: [{ at: iso(9), good: 3, scrap: 0 }] }], 'gateway'));
      const counted = await as(() =>
        dataSource.transaction((m) => events.recordReportedCount(m, report(code, 'scan-machine'))),
      );
      expect(counted).toBe(false);
      expect(await sources(code)).toEqual(['machine']);
      expect(await stored(code)).toMatchObject({ counts: 1, good: 3 });
      // a bad count is still a refusal, not a silent "not counted"
      const fractional = await refusal(
        as(() => dataSource.transaction((m) => events.recordReportedCount(m, { ...report(code, 'x'), good: 0.5 }))),
      );
      expect(fractional.errors.map((e) => e.field)).toEqual(['good']);
    });

    it('reports: its count events are refused at counts[i] / events[i].kind, nothing written; states and reports count', async () => {
      const code = await machine(true, 'reports');
      const batch = {
        machine: code,
        states: [{ at: iso(10), state: 'running' as const }],
        counts: [
          { at: iso(9), good: 3, scrap: 0 },
          { at: iso(8), good: 2, scrap: 1 },
        ],
      };
      const error = await refusal(as(() => events.ingest([batch], 'gateway')));
      expect(error.code).toBe('machine_event.invalid');
      expect(error.errors).toEqual([
        { field: 'counts[0]', message: expect.stringContaining('station reports only') },
        { field: 'counts[1]', message: expect.stringContaining('只按报工计数') },
      ]);
      const factoryWide = await refusal(
        as(() =>
          events.ingestEvents(
            {
              events: [
                { machine: code, kind: 'state', at: iso(10), state: 'running' },
                { machine: code, kind: 'count', at: iso(9), good: 3, scrap: 0 },
              ],
            },
            'http',
          ),
        ),
      );
      expect(factoryWide.errors.map((e) => e.field)).toEqual(['events[1].kind']);
      expect(await stored(code)).toEqual({ states: 0, counts: 0, good: 0 });

      expect(await as(() => events.ingest([{ ...batch, counts: [] }], 'gateway'))).toEqual({
        accepted: 1,
        duplicates: 0,
      });
      const counted = await as(() =>
        dataSource.transaction((m) => events.recordReportedCount(m, report(code, 'scan-reports'))),
      );
      expect(counted).toBe(true);
      expect(await sources(code)).toEqual(['report']);
    });

    it('a change of countsFrom applies to the next events', async () => {
      const code = await machine();
      expect((await as(() => machines.update(code, { countsFrom: 'reports' }))).countsFrom).toBe('reports');
      await refusal(
        as(() => events.ingest([{ machine: code, counts: [{ at: iso(9), good: 3, scrap: 0 }] }], 'gateway')),
      );
      expect((await as(() => machines.update(code, { countsFrom: 'machine' }))).countsFrom).toBe('machine');
      expect(
        await as(() => events.ingest([{ machine: code, counts: [{ at: iso(9), good: 3, scrap: 0 }] }], 'gateway')),
      ).toEqual({ accepted: 1, duplicates: 0 });
    });
  });
});
