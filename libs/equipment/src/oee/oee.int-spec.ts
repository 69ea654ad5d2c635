import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '@mendao/platform';
import { createTestDatabase, ManualClock, TestDatabase, testRuntime } from '@mendao/platform/testing';
import { CalendarService } from '../calendar.service';
import { FactoryCalendar, plannedWindows } from '../domain/calendar';
import type { Loss } from '../domain/equipment-codes';
import { emptyTotals, oeeFigures } from '../domain/oee';
import { CountEvent, sliceIntoSlots } from '../domain/rollup';
import { StateEvent, stateIntervals } from '../domain/state-intervals';
import { MachineEventsService } from '../machine-events.service';
import { MachinesService } from '../machines.service';
import { equipmentFactory, startEquipmentContext } from '../testing/equipment-context';
import { OeeItem, OeeQueries } from './oee-queries.service';
import { OeeRollups } from './oee-rollups.service';

// Monday 2026-11-30, 10:30 in Shanghai (UTC+8): local times below carry their offset
const L = (hhmm: string, day = '2026-11-30') => `${day}T${hhmm}:00+08:00`;
const NOW = Date.parse(L('10:30'));

// the machine's morning, out of order on purpose: the expected figures below are worked out from it by hand
const STATES = [
  { at: L('09:20'), state: 'down', reason: 'jam' },
  { at: L('07:30'), state: 'running' },
  { at: L('08:30'), state: 'down', reason: 'motor_bearing' },
  { at: L('10:20'), state: 'idle', reason: 'no_order' },
  { at: L('09:00'), state: 'running' },
  { at: L('09:21'), state: 'running' },
  { at: L('09:45'), state: 'setup', reason: 'tool_change' },
  { at: L('10:05'), state: 'running' },
] as const;
const COUNTS = [
  { at: L('08:15'), good: 50, scrap: 0 },
  { at: L('09:30'), good: 40, scrap: 2 },
  { at: L('10:10'), good: 5, scrap: 0 }, // in the 10:00-10:15 break: outside PBT
];

describe(OeeQueries.name, () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let queries: OeeQueries;
  let events: MachineEventsService;
  let machines: MachinesService;
  let calendar: CalendarService;
  let dataSource: DataSource;
  let as: <T>(work: () => Promise<T>) => Promise<T>;
  let other: <T>(work: () => Promise<T>) => Promise<T>;
  let n = 0;
  let factoryId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await startEquipmentContext(testRuntime(db.url), new ManualClock(NOW));
    queries = app.get(OeeQueries);
    events = app.get(MachineEventsService);
    machines = app.get(MachinesService);
    calendar = app.get(CalendarService);
    dataSource = app.get(DataSource);
    const a = await equipmentFactory(app, 'OEE-A');
    as = a.as;
    factoryId = a.factoryId;
    other = (await equipmentFactory(app, 'OEE-B')).as;
    // one day shift, every day, with a quarter-hour break
    await as(() =>
      calendar.createShift({
        code: 'DAY',
        name: '白班',
        days: [1, 2, 3, 4, 5, 6, 7],
        start: '08:00',
        end: '17:00',
        breaks: [{ start: '10:00', end: '10:15' }],
      }),
    );
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  /** A new machine (30 s per unit) with the morning's events, sent in three batches, some twice. */
  const machineWithMorning = async () => {
    const code = `OEE${++n}`;
    await as(() =>
      machines.create({ code, name: `机 ${n}`, process: 'cnc', countUnit: 'part', idealCycleSeconds: 30 }),
    );
    await as(() =>
      events.ingest([{ machine: code, states: [...STATES.slice(0, 4)], counts: COUNTS.slice(2) }], 'http'),
    );
    await as(() =>
      events.ingest([{ machine: code, states: [...STATES.slice(4)], counts: COUNTS.slice(0, 2) }], 'http'),
    );
    const again = await as(() => events.ingest([{ machine: code, states: [...STATES.slice(2, 6)] }], 'http'));
    expect(again).toEqual({ accepted: 0, duplicates: 4 });
    return code;
  };

  const one = async (query: Parameters<OeeQueries['oee']>[0]): Promise<OeeItem> => {
    const { items } = await as(() => queries.oee({ bucket: 'none', ...query }));
    expect(items).toHaveLength(1);
    return items[0];
  };

  /** The same figures computed from scratch from the raw events, with no rollup: what the rollups must equal. */
  const fromScratch = (states: StateEvent[], counts: CountEvent[], from: number, to: number, pru = 30) => {
    const cal: FactoryCalendar = {
      timeZone: 'Asia/Shanghai',
      shifts: [
        {
          code: 'DAY',
          days: [1, 2, 3, 4, 5, 6, 7],
          start: '08:00',
          end: '17:00',
          breaks: [{ start: '10:00', end: '10:15' }],
        },
      ],
      holidays: [],
      maintenance: [],
    };
    const first = Math.min(...states.map((s) => s.at));
    const slots = sliceIntoSlots({
      intervals: stateIntervals(states, first, to, NOW),
      windows: plannedWindows(cal, null, first, Math.min(to, NOW)),
      counts,
      cycleTimes: [{ validFrom: -Infinity, seconds: pru }],
      reasonLoss: new Map<string, Loss>([
        ['motor_bearing', 'breakdown'],
        ['jam', 'small_stop'],
        ['tool_change', 'setup'],
        ['no_order', 'no_order'],
      ]),
      timeZone: 'Asia/Shanghai',
      from,
      to: Math.min(to, NOW),
    });
    const t = emptyTotals();
    for (const s of slots) {
      for (const k of [
        'planned',
        'running',
        'setup',
        'down',
        'idle',
        'smallStop',
        'good',
        'scrap',
        'idealSeconds',
      ] as const)
        t[k] += s[k];
    }
    return t;
  };
  const rawStates = (): StateEvent[] =>
    STATES.map((s) => ({ at: Date.parse(s.at), state: s.state, reason: 'reason' in s ? s.reason : null }));
  const rawCounts = (): CountEvent[] => COUNTS.map((c) => ({ ...c, at: Date.parse(c.at) }));

  it('answers the morning worked out by hand, from events sent out of order and twice', async () => {
    const code = await machineWithMorning();
    const item = await one({ machine: code, from: L('00:00'), to: L('12:00') });
    // PBT: 08:00-10:00 + 10:15-10:30 (now) = 7200 + 900 = 8100
    // APT: 08:00-08:30 1800 + 09:00-09:20 1200 + the 60 s jam (a minor stop) + 09:21-09:45 1440 + 10:15-10:20 300 = 4800
    // down 08:30-09:00 1800; setup 09:45-10:00 900 (10:00-10:05 is the break); idle 10:20-now 600, still open
    expect(item).toMatchObject({
      machine: code,
      process: 'cnc',
      plannedBusyTime: 8100,
      actualProductionTime: 4800,
      downTime: 1800,
      setupTime: 900,
      idleTime: 600,
      good: 90,
      scrap: 2,
      unplannedGood: 5,
      stops: 1,
      smallStops: 1,
    });
    expect(item.availability).toBeCloseTo(4800 / 8100, 12);
    // Σ PRU×PQ = 30 s × (50 + 42) = 2760
    expect(item.performance).toBeCloseTo(2760 / 4800, 12);
    expect(item.quality).toBeCloseTo(90 / 92, 12);
    expect(item.oee).toBeCloseTo((4800 / 8100) * (2760 / 4800) * (90 / 92), 12);
    expect(item.losses).toEqual({
      breakdowns: 1800,
      setup: 900,
      smallStops: 60,
      slowCycles: 4800 - 60 - 2760,
      startupRejects: 0,
      productionRejects: 60,
    });
    expect(item.downtimeByReason).toEqual([
      {
        reason: 'motor_bearing',
        nameZh: '电机/轴承故障',
        nameEn: 'Motor or bearing failure',
        loss: 'breakdown',
        seconds: 1800,
        stops: 1,
      },
      {
        reason: 'tool_change',
        nameZh: '换刀/换锯片',
        nameEn: 'Blade or tool change',
        loss: 'setup',
        seconds: 900,
        stops: 1,
      },
      { reason: 'no_order', nameZh: '无订单', nameEn: 'No order', loss: 'no_order', seconds: 600, stops: 1 },
      { reason: 'jam', nameZh: '卡料', nameEn: 'Jam or misfeed', loss: 'small_stop', seconds: 60, stops: 1 },
    ]);
  });

  it('equals the from-scratch figures for ranges cutting hours, shifts and the open interval anywhere', async () => {
    const code = await machineWithMorning();
    const ranges: [string, string][] = [
      [L('08:10'), L('10:30')],
      [L('08:00'), L('09:00')],
      [L('08:45'), L('09:20:30').replace(':00+', '+')],
      [L('09:20'), L('10:25')],
      [L('10:17'), L('11:00')],
      [L('09:59'), L('10:16')],
    ];
    for (const [from, to] of ranges) {
      const item = await one({ machine: code, from, to });
      const expected = fromScratch(rawStates(), rawCounts(), Date.parse(from), Date.parse(to));
      expect([from, to, item.plannedBusyTime, item.actualProductionTime, item.downTime, item.setupTime]).toEqual([
        from,
        to,
        expected.planned,
        expected.running,
        expected.down,
        expected.setup,
      ]);
      expect([item.idleTime, item.good, item.scrap]).toEqual([expected.idle, expected.good, expected.scrap]);
      const f = oeeFigures(expected);
      expect(item.availability).toBeCloseTo(f.availability ?? NaN, 12);
      // by hour, the buckets add up to the same
      const { items: hours } = await as(() => queries.oee({ machine: code, from, to, bucket: 'hour' }));
      expect(hours.reduce((s, h) => s + h.plannedBusyTime, 0)).toBeCloseTo(expected.planned, 6);
      expect(hours.reduce((s, h) => s + h.actualProductionTime, 0)).toBeCloseTo(expected.running, 6);
    }
  });

  it('keeps the rollups whole when batches of one machine arrive at the same time', async () => {
    const code = `OEE${++n}`;
    await as(() =>
      machines.create({ code, name: `机 ${n}`, process: 'cnc', countUnit: 'part', idealCycleSeconds: 30 }),
    );
    // one event per batch, all at once: each refresh must see the others' committed events
    await Promise.all([
      ...STATES.map((state) => as(() => events.ingest([{ machine: code, states: [state] }], 'http'))),
      ...COUNTS.map((count) => as(() => events.ingest([{ machine: code, counts: [count] }], 'http'))),
    ]);
    const item = await one({ machine: code, from: L('00:00'), to: L('12:00') });
    expect([item.plannedBusyTime, item.actualProductionTime, item.downTime, item.setupTime, item.idleTime]).toEqual([
      8100, 4800, 1800, 900, 600,
    ]);
    expect([item.good, item.scrap, item.unplannedGood, item.stops, item.smallStops]).toEqual([90, 2, 5, 1, 1]);
  });

  it('rebuilds the same rows when several machines are refreshed at once over a wider span', async () => {
    const codes = [await machineWithMorning(), await machineWithMorning()];
    const snapshot = () =>
      dataSource.query<Record<string, unknown>[]>(
        `SELECT m.code, t.* FROM (
           SELECT machine_id, 'hour' AS kind, slot_start::text AS at, shift_code, planned_s AS seconds, good
             FROM oee_rollup
           UNION ALL SELECT machine_id, 'reason', slot_start::text || reason || loss, shift_code, seconds, stops
             FROM oee_rollup_reason
           UNION ALL SELECT machine_id, 'day', local_day::text, shift_code, planned_s, good FROM oee_rollup_day
           UNION ALL SELECT machine_id, 'day-reason', local_day::text || reason || loss, shift_code, seconds, stops
             FROM oee_rollup_day_reason) t
         JOIN machine m ON m.id = t.machine_id WHERE m.code = ANY($1) ORDER BY 1, 3, 4, 5`,
        [codes],
      );
    const before = await snapshot();
    expect(before.length).toBeGreaterThan(20);
    const ids = await dataSource.query<{ id: string }[]>('SELECT id FROM machine WHERE code = ANY($1) ORDER BY code', [
      codes,
    ]);
    await dataSource.transaction((manager) =>
      app.get(OeeRollups).refreshMany(
        manager,
        factoryId,
        ids.map(({ id }, i) => ({
          machineId: id,
          from: new Date(L('00:00', '2026-11-29')),
          to: new Date(L(i ? '11:00' : '10:40')),
        })),
      ),
    );
    expect(await snapshot()).toEqual(before);
  });

  it('keeps the rollups right when a late event splits a stored interval, and when the ideal cycle changes', async () => {
    const code = await machineWithMorning();
    // the breakdown 08:30-09:00 turns out to have ended at 08:45
    await as(() => events.ingest([{ machine: code, states: [{ at: L('08:45'), state: 'running' }] }], 'http'));
    let item = await one({ machine: code, from: L('00:00'), to: L('12:00') });
    expect([item.downTime, item.actualProductionTime]).toEqual([900, 5700]);
    // from 09:00 on, 20 s per part: 50 × 30 + 42 × 20 = 2340
    await as(() => machines.update(code, { idealCycleSeconds: 20, effectiveFrom: L('09:00') }));
    item = await one({ machine: code, from: L('00:00'), to: L('12:00') });
    expect(item.performance).toBeCloseTo(2340 / 5700, 12);
  });

  it('refreshes the rollups when planned maintenance or a holiday changes the calendar', async () => {
    const code = await machineWithMorning();
    const maintenance = await as(() =>
      calendar.addMaintenance({ machine: code, from: L('08:00'), to: L('08:30'), reason: '月度保养' }),
    );
    let item = await one({ machine: code, from: L('00:00'), to: L('12:00') });
    // 08:00-08:30 (all running) leaves planned busy time
    expect([item.plannedBusyTime, item.actualProductionTime]).toEqual([8100 - 1800, 4800 - 1800]);
    // the 08:15 count is now outside PBT
    expect([item.good, item.unplannedGood]).toEqual([40, 55]);
    await as(() => calendar.removeMaintenance(maintenance.id));
    item = await one({ machine: code, from: L('00:00'), to: L('12:00') });
    expect(item.plannedBusyTime).toBe(8100);
    await as(() => calendar.addHoliday({ day: '2026-11-30', name: '停产' }));
    item = await one({ machine: code, from: L('00:00'), to: L('12:00') });
    expect([item.plannedBusyTime, item.availability, item.unplannedGood]).toEqual([0, null, 95]);
    await as(() => calendar.removeHoliday('2026-11-30'));
    item = await one({ machine: code, from: L('00:00'), to: L('12:00') });
    expect(item.plannedBusyTime).toBe(8100);
  });

  it('buckets by shift and day, groups by process and the factory, and the stored slots hold no open interval', async () => {
    const code = await machineWithMorning();
    const { items: shifts } = await as(() =>
      queries.oee({ machine: code, from: L('00:00'), to: L('23:00'), bucket: 'shift' }),
    );
    expect(shifts.map((s) => [s.shift, s.from, s.to, s.plannedBusyTime])).toEqual([
      [{ code: 'DAY', date: '2026-11-30' }, '2026-11-30T00:00:00.000Z', '2026-11-30T09:00:00.000Z', 8100],
    ]);
    const { items: days } = await as(() =>
      queries.oee({ machine: code, from: L('00:00'), to: L('23:00'), bucket: 'day' }),
    );
    expect(days.map((d) => [d.from, d.plannedBusyTime, d.unplannedGood])).toEqual([
      ['2026-11-29T16:00:00.000Z', 8100, 5],
    ]);
    const { items: factory } = await as(() => queries.oee({ groupBy: 'factory', bucket: 'none', from: L('00:00') }));
    expect(factory).toHaveLength(1);
    expect(factory[0].machine).toBeUndefined();
    expect(factory[0].plannedBusyTime % 8100).toBe(0);
    const { items: byProcess } = await as(() => queries.oee({ groupBy: 'process', bucket: 'none', from: L('00:00') }));
    expect(byProcess.map((p) => [p.process, p.plannedBusyTime])).toEqual([['cnc', factory[0].plannedBusyTime]]);
    // the open idle (10:20-now) is not stored: the stored idle seconds are 0
    const [stored] = await dataSource.query<{ idle: number; planned: number }[]>(
      `SELECT sum(r.idle_s)::float8 AS idle, sum(r.planned_s)::float8 AS planned
         FROM oee_rollup r JOIN machine m ON m.id = r.machine_id WHERE m.code = $1 AND m.factory_id = r.factory_id`,
      [code],
    );
    expect(stored).toEqual({ idle: 0, planned: 8100 - 600 });
  });

  it('reads whole local days from the day rows: a 3-day range by day, shift or none equals the sum of its hours', async () => {
    const code = `OEE${++n}`;
    await as(() =>
      machines.create({ code, name: `机 ${n}`, process: 'sanding', countUnit: 'part', idealCycleSeconds: 12 }),
    );
    await as(() =>
      events.ingest(
        [
          {
            machine: code,
            states: [
              { at: L('07:00', '2026-11-28'), state: 'running' },
              { at: L('09:00', '2026-11-28'), state: 'down', reason: 'motor_bearing' },
              { at: L('08:30', '2026-11-29'), state: 'running' },
              { at: L('16:00', '2026-11-29'), state: 'setup', reason: 'tool_change' },
              { at: L('16:30', '2026-11-29'), state: 'running' },
            ],
            counts: [
              { at: L('08:30', '2026-11-28'), good: 300, scrap: 3 },
              { at: L('11:00', '2026-11-29'), good: 200, scrap: 0 },
              { at: L('18:00', '2026-11-29'), good: 7, scrap: 1 },
              { at: L('09:00'), good: 100, scrap: 2 },
            ],
          },
        ],
        'http',
      ),
    );
    const range = { machine: code, from: L('06:40', '2026-11-28'), to: L('10:20') };
    const sum = (
      items: OeeItem[],
      k: 'plannedBusyTime' | 'actualProductionTime' | 'downTime' | 'setupTime' | 'good' | 'scrap' | 'unplannedGood',
    ) => items.reduce((s, i) => s + i[k], 0);
    const { items: hours } = await as(() => queries.oee({ ...range, bucket: 'hour' }));
    const whole = await one(range);
    const { items: days } = await as(() => queries.oee({ ...range, bucket: 'day' }));
    const { items: shifts } = await as(() => queries.oee({ ...range, bucket: 'shift' }));
    // PBT: 28th 08:00-10:00 + 10:15-17:00 = 8.75 h; 29th the same; 30th 08:00-10:00 + 10:15-10:20 = 2 h 5 min
    expect(whole.plannedBusyTime).toBe(2 * 8.75 * 3600 + 7500);
    // APT: 28th 08:00-09:00 1 h; 29th 08:30-10:00 + 10:15-16:00 + 16:30-17:00 = 1.5 + 5.75 + 0.5 h; 30th 2 h 5 min
    expect(whole.actualProductionTime).toBe((1 + 1.5 + 5.75 + 0.5) * 3600 + 7500);
    expect(whole.setupTime).toBe(1800);
    for (const k of ['plannedBusyTime', 'actualProductionTime', 'downTime', 'setupTime', 'good', 'scrap'] as const) {
      expect([k, sum(hours, k)]).toEqual([k, whole[k]]);
      expect([k, sum(days, k)]).toEqual([k, whole[k]]);
      expect([k, sum(shifts, k)]).toEqual([k, whole[k]]);
    }
    // 18:00 on the 29th is after the shift: unplanned, in the day bucket, not in a shift's
    expect([whole.unplannedGood, sum(days, 'unplannedGood'), sum(shifts, 'unplannedGood')]).toEqual([7, 7, 0]);
    expect(days.map((d) => [d.from, d.to])).toEqual([
      [new Date(L('06:40', '2026-11-28')).toISOString(), new Date(L('00:00', '2026-11-29')).toISOString()],
      [new Date(L('00:00', '2026-11-29')).toISOString(), new Date(L('00:00', '2026-11-30')).toISOString()],
      [new Date(L('00:00', '2026-11-30')).toISOString(), new Date(L('10:20')).toISOString()],
    ]);
    expect(whole.downtimeByReason.map((r) => [r.reason, r.seconds, r.stops])).toEqual([
      // 28th 09:00-10:00 + 10:15-17:00 = 7.75 h; 29th 08:00-08:30 → 8.25 h, one stop
      ['motor_bearing', 8.25 * 3600, 1],
      ['tool_change', 1800, 1],
    ]);
  });

  it('lists the timeline: consecutive intervals, unknown before the first state, the open one up to now', async () => {
    const code = await machineWithMorning();
    const { items } = await as(() => queries.timeline(code, { from: L('07:00'), to: L('12:00') }));
    expect(items.map((i) => [i.state, i.reason, i.from, i.to])).toEqual([
      ['unknown', null, new Date(L('07:00')).toISOString(), new Date(L('07:30')).toISOString()],
      ['running', null, new Date(L('07:30')).toISOString(), new Date(L('08:30')).toISOString()],
      ['down', 'motor_bearing', new Date(L('08:30')).toISOString(), new Date(L('09:00')).toISOString()],
      ['running', null, new Date(L('09:00')).toISOString(), new Date(L('09:20')).toISOString()],
      ['down', 'jam', new Date(L('09:20')).toISOString(), new Date(L('09:21')).toISOString()],
      ['running', null, new Date(L('09:21')).toISOString(), new Date(L('09:45')).toISOString()],
      ['setup', 'tool_change', new Date(L('09:45')).toISOString(), new Date(L('10:05')).toISOString()],
      ['running', null, new Date(L('10:05')).toISOString(), new Date(L('10:20')).toISOString()],
      ['idle', 'no_order', new Date(L('10:20')).toISOString(), new Date(NOW).toISOString()],
    ]);
    expect(items[2]).toMatchObject({ nameZh: '电机/轴承故障', nameEn: 'Motor or bearing failure' });
  });

  it("counts a shift for some processes only in those machines' planned time, and refreshes when it is added", async () => {
    const saw = `OEE${++n}`;
    const press = `OEE${++n}`;
    for (const [code, process] of [
      [saw, 'cutting'],
      [press, 'pressing'],
    ] as const) {
      await as(() => machines.create({ code, name: code, process, countUnit: 'sheet', idealCycleSeconds: 60 }));
      await as(() =>
        events.ingest([{ machine: code, states: [{ at: L('18:00', '2026-11-29'), state: 'running' }] }], 'http'),
      );
    }
    const evening = { from: L('18:00', '2026-11-29'), to: L('23:00', '2026-11-29') };
    const planned = async (machine: string) =>
      (await as(() => queries.oee({ machine, ...evening, bucket: 'none' }))).items.reduce(
        (t, i) => t + i.plannedBusyTime,
        0,
      );
    // no shift in the evening yet
    expect(await planned(saw)).toBe(0);
    // the saws get an evening shift 19:00-21:00 (added after the events: the rollups are recomputed)
    await as(() =>
      calendar.createShift({
        code: 'SAW-EVE',
        name: '开料晚班',
        days: [7],
        start: '19:00',
        end: '21:00',
        processes: ['cutting'],
      }),
    );
    expect(await planned(saw)).toBe(2 * 3600);
    expect(await planned(press)).toBe(0);
  });

  it("refuses an unknown or another factory's machine (404) and bad ranges naming the field", async () => {
    const code = await machineWithMorning();
    const refusal = (work: Promise<unknown>) =>
      work.then(
        () => null,
        (e: unknown) => (e instanceof DomainError ? { code: e.code, fields: e.errors.map((x) => x.field) } : e),
      );
    expect(await refusal(other(() => queries.oee({ machine: code })))).toEqual({
      code: 'resource.not_found',
      fields: ['machine'],
    });
    expect(await refusal(other(() => queries.timeline(code, {})))).toMatchObject({ code: 'resource.not_found' });
    expect(await refusal(as(() => queries.oee({ from: L('10:00'), to: L('09:00') })))).toEqual({
      code: 'request.validation_failed',
      fields: ['to'],
    });
    expect(await refusal(as(() => queries.oee({ from: '2025-01-01T00:00:00Z', to: '2026-02-06T00:00:01Z' })))).toEqual({
      code: 'request.validation_failed',
      fields: ['from'],
    });
    // another factory sees nothing of this one's machines
    expect(await other(() => queries.oee({ from: L('00:00') }))).toEqual({ items: [] });
  });
});
