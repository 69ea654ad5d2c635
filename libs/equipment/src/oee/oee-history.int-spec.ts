import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createTestDatabase, ManualClock, TestDatabase, testRuntime } from '@mendao/platform/testing';
import { CalendarService } from '../calendar.service';
import { DowntimeReasonsService } from '../downtime-reasons.service';
import { MachineEventsService } from '../machine-events.service';
import { MachinesService } from '../machines.service';
import { equipmentFactory, startEquipmentContext } from '../testing/equipment-context';
import { OeeItem, OeeQueries } from './oee-queries.service';
import { OeeRollups } from './oee-rollups.service';

// Tuesday 2026-12-01, 15:30 in Shanghai (UTC+8); the day shift is 08:00-17:00 without breaks, the evening shift
// 17:00-21:00, every day
const L = (hhmm: string, day = '2026-12-01') => `${day}T${hhmm}:00+08:00`;
const NOW = Date.parse(L('15:30'));

type State = { at: string; state: 'running' | 'idle' | 'setup' | 'down' | 'off'; reason?: string };
type Count = { at: string; good: number; scrap: number };

describe('OEE over a history built event by event', () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let clock: ManualClock;
  let queries: OeeQueries;
  let events: MachineEventsService;
  let machines: MachinesService;
  let calendar: CalendarService;
  let rollups: OeeRollups;
  let dataSource: DataSource;
  let as: <T>(work: () => Promise<T>) => Promise<T>;
  let factoryId: string;
  let n = 0;

  beforeAll(async () => {
    db = await createTestDatabase();
    clock = new ManualClock(NOW);
    app = await startEquipmentContext(testRuntime(db.url), clock);
    queries = app.get(OeeQueries);
    events = app.get(MachineEventsService);
    machines = app.get(MachinesService);
    calendar = app.get(CalendarService);
    rollups = app.get(OeeRollups);
    dataSource = app.get(DataSource);
    ({ as, factoryId } = await equipmentFactory(app, 'OEE-H'));
    const every = [1, 2, 3, 4, 5, 6, 7];
    await as(() => calendar.createShift({ code: 'DAY', name: '白班', days: every, start: '08:00', end: '17:00' }));
    await as(() => calendar.createShift({ code: 'EVE', name: '晚班', days: every, start: '17:00', end: '21:00' }));
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  /** A new machine (30 s per unit) whose events arrive one batch each, in the order given. */
  const machineWith = async (batches: { states?: State[]; counts?: Count[] }[]) => {
    const code = `H${++n}`;
    await as(() =>
      machines.create({ code, name: `机 ${n}`, process: 'cnc', countUnit: 'part', idealCycleSeconds: 30 }),
    );
    for (const b of batches) await as(() => events.ingest([{ machine: code, ...b }], 'http'));
    return code;
  };

  const one = async (code: string, from: string, to: string): Promise<OeeItem> => {
    const { items } = await as(() => queries.oee({ machine: code, from, to, bucket: 'none' }));
    expect(items).toHaveLength(1);
    return items[0];
  };

  /** Every stored rollup row of a machine (hour and day, with their reasons), for comparing refreshes. */
  const stored = async (code: string) => {
    const rows: unknown[] = [];
    for (const table of ['oee_rollup', 'oee_rollup_reason', 'oee_rollup_day', 'oee_rollup_day_reason'])
      rows.push(
        await dataSource.query(
          `SELECT r.* FROM ${table} r JOIN machine m ON m.id = r.machine_id AND m.code = $2
            WHERE r.factory_id = $1 ORDER BY 3, 4, 5, 6, 7`,
          [factoryId, code],
        ),
      );
    return JSON.parse(JSON.stringify(rows)) as unknown[];
  };

  /** What ingestion stored equals what a refresh of the whole history stores. */
  const expectRebuiltTheSame = async (code: string) => {
    const before = await stored(code);
    await rollups.refreshFactory(factoryId, new Date(L('00:00', '2026-11-01')), new Date(NOW + 3_600_000));
    expect(await stored(code)).toEqual(before);
  };

  it('counts a state repeated later from its first event (the open interval starts where the run does)', async () => {
    const code = await machineWith([
      { states: [{ at: L('08:00'), state: 'running' }] },
      { states: [{ at: L('09:20'), state: 'running' }] },
    ]);
    const item = await one(code, L('00:00'), L('15:30'));
    // 08:00-15:30 planned, all of it running
    expect([item.plannedBusyTime, item.actualProductionTime, item.downTime, item.idleTime]).toEqual([
      27000, 27000, 0, 0,
    ]);
    const { items: hours } = await as(() =>
      queries.oee({ machine: code, from: L('00:00'), to: L('15:30'), bucket: 'hour' }),
    );
    expect(hours.reduce((s, h) => s + h.actualProductionTime, 0)).toBe(27000);
    // a range starting inside the run and ending in a partial hour
    expect((await one(code, L('09:10'), L('14:45'))).actualProductionTime).toBe(5 * 3600 + 35 * 60);
    await expectRebuiltTheSame(code);
  });

  it('keeps a repeated down with the same reason one stop, and a repeated run across an hour and the shift start', async () => {
    const down = await machineWith([
      { states: [{ at: L('08:00'), state: 'down', reason: 'motor_bearing' }] },
      { states: [{ at: L('08:30'), state: 'down', reason: 'motor_bearing' }] },
      { states: [{ at: L('09:00'), state: 'running' }] },
    ]);
    const d = await one(down, L('00:00'), L('15:30'));
    expect([d.plannedBusyTime, d.actualProductionTime, d.downTime, d.stops]).toEqual([27000, 23400, 3600, 1]);
    expect(d.downtimeByReason).toEqual([expect.objectContaining({ reason: 'motor_bearing', seconds: 3600, stops: 1 })]);
    await expectRebuiltTheSame(down);

    // running since before the shift, repeated inside it, then closed by idle: 08:00-11:30 running, then idle
    const run = await machineWith([
      { states: [{ at: L('07:00'), state: 'running' }] },
      { states: [{ at: L('09:20'), state: 'running' }] },
      { states: [{ at: L('10:40'), state: 'running' }] },
      { states: [{ at: L('11:30'), state: 'idle', reason: 'no_order' }] },
    ]);
    const r = await one(run, L('00:00'), L('15:30'));
    expect([r.plannedBusyTime, r.actualProductionTime, r.idleTime]).toEqual([27000, 12600, 14400]);
    await expectRebuiltTheSame(run);

    // a count alone refreshes its hour, inside a run whose repeat lies after that hour: the run is read to its end
    const counted = await machineWith([
      {
        states: [
          { at: L('10:00'), state: 'running' },
          { at: L('11:30'), state: 'running' },
          { at: L('14:00'), state: 'idle', reason: 'no_order' },
        ],
      },
      { counts: [{ at: L('10:30'), good: 1, scrap: 0 }] },
    ]);
    const c = await one(counted, L('00:00'), L('15:30'));
    expect([c.actualProductionTime, c.idleTime, c.good]).toEqual([14400, 5400, 1]);
    await expectRebuiltTheSame(counted);
  });

  it('counts a start-up reject the same whether the refresh starts before or after the setup ended', async () => {
    // the setup ends at 09:55; the count at 10:03 arrives alone, and its refresh starts at 10:00
    const code = await machineWith([
      {
        states: [
          { at: L('09:00'), state: 'running' },
          { at: L('09:40'), state: 'setup', reason: 'tool_change' },
          { at: L('09:55'), state: 'running' },
        ],
      },
      { counts: [{ at: L('10:03'), good: 10, scrap: 2 }] },
    ]);
    const item = await one(code, L('00:00'), L('15:30'));
    expect(item.losses.startupRejects).toBe(60);
    expect(item.losses.productionRejects).toBe(0);
    await expectRebuiltTheSame(code);
  });

  it('counts a count stamped at a shift end in the shift, and one stamped at its start before it', async () => {
    const day = '2026-11-30';
    const code = await machineWith([
      { states: [{ at: L('07:00', day), state: 'running' }] },
      {
        counts: [
          { at: L('08:00', day), good: 3, scrap: 0 },
          { at: L('12:00', day), good: 5, scrap: 0 },
          { at: L('17:00', day), good: 4, scrap: 0 },
          { at: L('21:00', day), good: 7, scrap: 0 },
        ],
      },
    ]);
    // 08:00 reports production before the shift; 17:00 the day shift's last minutes, 21:00 the evening's
    const whole = await one(code, L('00:00', day), L('00:00'));
    expect([whole.good, whole.unplannedGood]).toEqual([16, 3]);
    const { items: shifts } = await as(() =>
      queries.oee({ machine: code, from: L('00:00', day), to: L('00:00'), bucket: 'shift' }),
    );
    expect(shifts.map((s) => [s.shift?.code, s.good])).toEqual([
      ['DAY', 9],
      ['EVE', 7],
    ]);
    // a range holds the counts in (from, to]
    expect((await one(code, L('12:00', day), L('17:00', day))).good).toBe(4);
    expect((await one(code, L('11:00', day), L('17:00', day))).good).toBe(9);
    const { items: hours } = await as(() =>
      queries.oee({ machine: code, from: L('16:00', day), to: L('18:00', day), bucket: 'hour' }),
    );
    expect(hours.map((h) => [h.from, h.good])).toEqual([
      [new Date(L('16:00', day)).toISOString(), 4],
      [new Date(L('17:00', day)).toISOString(), 0],
    ]);
    await expectRebuiltTheSame(code);
  });

  it("applies a reason's new loss to the stored past, with nothing to refresh", async () => {
    const reasons = app.get(DowntimeReasonsService);
    await as(() =>
      reasons.create({
        code: 'belt_worn',
        nameZh: '砂带磨损',
        nameEn: 'Belt worn',
        appliesTo: ['down'],
        loss: 'breakdown',
      }),
    );
    const code = await machineWith([
      {
        states: [
          { at: L('09:00'), state: 'running' },
          { at: L('10:00'), state: 'down', reason: 'belt_worn' },
          { at: L('11:00'), state: 'running' },
        ],
      },
    ]);
    expect((await one(code, L('00:00'), L('15:30'))).losses.breakdowns).toBe(3600);
    await as(() => reasons.update('belt_worn', { loss: 'setup' }));
    const after = await one(code, L('00:00'), L('15:30'));
    expect([after.losses.breakdowns, after.losses.setup]).toEqual([0, 3600]);
    expect(after.downtimeByReason).toEqual([expect.objectContaining({ reason: 'belt_worn', loss: 'setup' })]);
    // a query of partial hours (computed live) says the same
    const partial = await one(code, L('09:30'), L('11:30'));
    expect([partial.losses.breakdowns, partial.losses.setup]).toEqual([0, 3600]);
  });

  it('refreshes only the span that holds events, however wide the change', async () => {
    const code = await machineWith([
      {
        states: [
          { at: L('09:00'), state: 'running' },
          { at: L('10:00'), state: 'idle' },
        ],
      },
    ]);
    const before = await stored(code);
    const started = Date.now();
    await rollups.refreshFactory(factoryId, new Date('1900-01-01T00:00:00Z'), new Date('2100-01-01T00:00:00Z'));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(await stored(code)).toEqual(before);
    // a calendar change in a factory with no events at all
    const empty = await equipmentFactory(app, 'OEE-H-EMPTY');
    await empty.as(() =>
      machines.create({ code: 'E1', name: '空', process: 'cnc', countUnit: 'part', idealCycleSeconds: 30 }),
    );
    const t0 = Date.now();
    await empty.as(() =>
      calendar.createShift({ code: 'DAY', name: '白班', days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' }),
    );
    await rollups.refreshFactory(empty.factoryId, new Date('1900-01-01T00:00:00Z'), new Date('2100-01-01T00:00:00Z'));
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  // last: it moves the clock
  it('switches a shift off for the future only: its past planned time and shift buckets stay', async () => {
    const day = '2026-11-30';
    const code = await machineWith([{ states: [{ at: L('16:00', day), state: 'running' }] }]);
    const shiftsOf = async () =>
      (
        await as(() => queries.oee({ machine: code, from: L('00:00', day), to: L('00:00'), bucket: 'shift' }))
      ).items.map((s) => [s.shift?.code, s.from, s.to, s.plannedBusyTime]);
    const expected = [
      ['DAY', new Date(L('08:00', day)).toISOString(), new Date(L('17:00', day)).toISOString(), 3600],
      ['EVE', new Date(L('17:00', day)).toISOString(), new Date(L('21:00', day)).toISOString(), 4 * 3600],
    ];
    expect(await shiftsOf()).toEqual(expected);
    const rows = await stored(code);
    await as(() => calendar.deactivateShift('EVE'));
    expect(await shiftsOf()).toEqual(expected);
    expect(await stored(code)).toEqual(rows);
    // a refresh of that past (a holiday elsewhere, say) still knows the shift was planned then
    await rollups.refreshFactory(factoryId, new Date(L('00:00', day)), new Date(L('00:00')));
    expect(await shiftsOf()).toEqual(expected);
    // tonight, after it was switched off, the evening is no planned time
    clock.advance(7 * 3_600_000);
    const tonight = await one(code, L('16:00'), L('22:00'));
    expect([tonight.plannedBusyTime, tonight.actualProductionTime]).toEqual([3600, 3600]);
  });
});
