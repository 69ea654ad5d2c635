import { Injectable } from '@nestjs/common';
import { Clock, FactorySql, NotFoundError, ValidationFailedError } from '@mendao/platform';
import { DataSource } from 'typeorm';
import { localDate, localDayBounds, plannedWindows, shiftOccurrence } from '../domain/calendar';
import type { Loss } from '../domain/equipment-codes';
import { emptyTotals, oeeFigures, OeeTotals, SixBigLosses } from '../domain/oee';
import { HOUR, RollupSlot, sliceIntoSlots } from '../domain/rollup';
import { MachineState, stateIntervals, StateInterval } from '../domain/state-intervals';
import { loadCalendar, loadCounts, loadCycleTimes, loadStates, runStartSql } from './oee-source';

export const OEE_BUCKETS = ['hour', 'shift', 'day', 'none'] as const;
export type OeeBucket = (typeof OEE_BUCKETS)[number];
export const OEE_GROUPS = ['machine', 'process', 'factory'] as const;
export type OeeGroupBy = (typeof OEE_GROUPS)[number];

export const MAX_RANGE_DAYS = 400;
export const MAX_HOURLY_DAYS = 31;
// how far before a query's range an open interval's or edge event's planned time is looked at
const CALENDAR_LOOKBACK_DAYS = 60;
const DAY = 24 * HOUR;

export interface OeeQuery {
  machine?: string;
  process?: string;
  from?: string;
  to?: string;
  bucket?: OeeBucket;
  groupBy?: OeeGroupBy;
}

export interface ReasonDowntime {
  reason: string;
  nameZh: string;
  nameEn: string;
  loss: Loss;
  seconds: number;
  stops: number;
}

export interface OeeItem {
  machine?: string;
  process?: string;
  from: string;
  to: string;
  shift?: { code: string; date: string };
  plannedBusyTime: number;
  actualProductionTime: number;
  setupTime: number;
  downTime: number;
  idleTime: number;
  availability: number | null;
  performance: number | null;
  quality: number | null;
  oee: number | null;
  good: number;
  scrap: number;
  unplannedGood: number;
  unplannedScrap: number;
  stops: number;
  smallStops: number;
  downtimeByReason: ReasonDowntime[];
  losses: SixBigLosses;
}

export interface TimelineItem {
  from: string;
  to: string;
  state: MachineState | 'unknown';
  reason: string | null;
  nameZh?: string;
  nameEn?: string;
}

interface MachineRow {
  id: string;
  code: string;
  process: string;
  timeZone: string;
}

/** The grouping columns a summed row may carry (which, depends on groupBy and bucket). */
interface SummedKeys {
  machine_id?: string;
  process?: string;
  slot_start?: Date;
  shift_code?: string;
  shift_date?: string;
  local_day?: string;
  first_slot: string | null;
}

interface SummedPlan {
  hours: [number, number][];
  /** Local days [first, end) read from the day rows. */
  days: [string, string] | null;
}

interface Bucket {
  group: string;
  bucket: string;
  totals: OeeTotals;
  unplannedGood: number;
  unplannedScrap: number;
  stops: number;
  smallStops: number;
  firstSlot: number;
  lastSlot: number;
  reasons: Map<string, { reason: string; loss: Loss; seconds: number; stops: number }>;
}

// reasons the states themselves stand for when none was given (see rollup.ts)
const STATE_NAMES: Record<string, { nameZh: string; nameEn: string }> = {
  off: { nameZh: '关机', nameEn: 'Switched off' },
  idle: { nameZh: '空闲（未注明原因）', nameEn: 'Idle (no reason given)' },
  setup: { nameZh: '换型调试', nameEn: 'Setup' },
  down: { nameZh: '停机（未注明原因）', nameEn: 'Down (no reason given)' },
};

const floorHour = (t: number) => Math.floor(t / HOUR) * HOUR;
const ceilHour = (t: number) => Math.ceil(t / HOUR) * HOUR;
const round = (x: number) => Math.round(x * 1000) / 1000;
const iso = (t: number) => new Date(t).toISOString();

/**
 * OEE and timelines read from the rollups (ADR 0010): whole hours inside the range are summed in SQL; what the
 * rollups cannot hold exactly is computed live with the same pure functions: the partial hours at the range's
 * edges, from the raw events of those hours, and each machine's interval still open, up to now.
 */
@Injectable()
export class OeeQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sql: FactorySql,
    private readonly clock: Clock,
  ) {}

  async oee(query: OeeQuery): Promise<{ items: OeeItem[] }> {
    const now = this.clock.now();
    const { from, to } = range(query.from, query.to, now);
    const bucket = query.bucket ?? 'day';
    const groupBy = query.groupBy ?? 'machine';
    // an hourly answer over months would be a million rows for a hundred machines
    if (bucket === 'hour' && to - from > MAX_HOURLY_DAYS * DAY)
      throw new ValidationFailedError([
        {
          field: 'bucket',
          message: `hour buckets span at most ${MAX_HOURLY_DAYS} days / 按小时统计最多 ${MAX_HOURLY_DAYS} 天`,
        },
      ]);
    const machines = await this.machines(query.machine, query.process);
    const end = Math.min(to, now);
    if (machines.length === 0 || end <= from) return { items: [] };
    const factoryId = this.sql.factoryId();
    const manager = this.dataSource.manager;
    const ids = machines.map((m) => m.id);
    // every machine of the factory: the rollups need no filter by machine
    const every = query.machine === undefined && query.process === undefined;
    const byId = new Map(machines.map((m) => [m.id, m]));
    const groupOf = (machineId: string) =>
      groupBy === 'machine' ? machineId : groupBy === 'process' ? (byId.get(machineId)?.process ?? '') : '';
    const buckets = new Map<string, Bucket>();
    const bucketFor = (group: string, key: string, slot: number | null): Bucket => {
      const id = `${group}|${key}`;
      let b = buckets.get(id);
      if (!b) {
        b = {
          group,
          bucket: key,
          totals: emptyTotals(),
          unplannedGood: 0,
          unplannedScrap: 0,
          stops: 0,
          smallStops: 0,
          firstSlot: slot ?? Infinity,
          lastSlot: slot ?? -Infinity,
          reasons: new Map(),
        };
        buckets.set(id, b);
      }
      if (slot !== null) {
        b.firstSlot = Math.min(b.firstSlot, slot);
        b.lastSlot = Math.max(b.lastSlot, slot);
      }
      return b;
    };

    const h1 = ceilHour(from);
    const h2 = floorHour(end);
    const whole = h1 < h2;
    const plan = this.plan(h1, h2, bucket, machines[0].timeZone);
    // the live part: partial hours at the edges (all their events) and the open intervals between them
    const edges = (whole ? [[from, h1] as const, [h2, end] as const] : [[from, end] as const]).filter(
      ([a, b]) => b > a,
    );
    // the calendar reaches back for intervals begun before `from` (a stop is counted where it began)
    const calendarFrom = from - CALENDAR_LOOKBACK_DAYS * DAY;
    const [summed, reasonRows, reasons, lastStates, loaded, calendar, cycleTimes] = await Promise.all([
      whole ? this.summedSlots(ids, every, plan, groupBy, bucket) : Promise.resolve([]),
      whole ? this.summedReasons(ids, every, plan, groupBy, bucket) : Promise.resolve([]),
      this.reasons(),
      this.lastStates(ids),
      Promise.all(
        edges.map(async ([a, b]) => {
          const [states, counts] = await Promise.all([
            loadStates(manager, factoryId, ids, new Date(a), new Date(b)),
            loadCounts(manager, factoryId, ids, new Date(a), new Date(b)),
          ]);
          return { from: a, to: b, states, counts };
        }),
      ),
      loadCalendar(manager, factoryId, new Date(calendarFrom), new Date(end)),
      loadCycleTimes(manager, factoryId, ids),
    ]);
    const names = reasons.names;
    const reasonLoss = reasons.losses;
    const keyOf = (r: SummedKeys) => ({
      group: groupBy === 'machine' ? (r.machine_id ?? '') : groupBy === 'process' ? (r.process ?? '') : '',
      bucket:
        bucket === 'hour'
          ? String(+(r.slot_start ?? 0))
          : bucket === 'shift'
            ? `${r.shift_code}|${r.shift_date}`
            : bucket === 'day'
              ? (r.local_day ?? '')
              : '',
      slot: r.first_slot === null || r.first_slot === undefined ? null : +r.first_slot,
    });
    for (const r of summed) {
      const k = keyOf(r);
      const b = bucketFor(k.group, k.bucket, k.slot);
      const t = b.totals;
      t.planned += r.planned;
      t.running += r.running;
      t.setup += r.setup;
      t.down += r.down;
      t.idle += r.idle;
      t.smallStop += r.small_stop;
      t.good += Number(r.good);
      t.scrap += Number(r.scrap);
      t.idealSeconds += r.ideal;
      t.scrapSeconds += r.scrap_s;
      t.startupScrapSeconds += r.startup_scrap_s;
      b.unplannedGood += Number(r.unplanned_good);
      b.unplannedScrap += Number(r.unplanned_scrap);
      b.stops += Number(r.stops);
      b.smallStops += Number(r.small_stops);
    }
    for (const r of reasonRows) {
      const k = keyOf(r);
      addReason(bucketFor(k.group, k.bucket, k.slot), r.reason, lossNow(r, reasonLoss), r.seconds, r.stops);
    }

    const addSlots = (machineId: string, slots: RollupSlot[]) => {
      for (const s of slots) {
        const key = bucketKey(bucket, s);
        if (key === null) continue;
        const b = bucketFor(groupOf(machineId), key, s.slotStart);
        const t = b.totals;
        t.planned += s.planned;
        t.running += s.running;
        t.setup += s.setup;
        t.down += s.down;
        t.idle += s.idle;
        t.smallStop += s.smallStop;
        t.good += s.good;
        t.scrap += s.scrap;
        t.idealSeconds += s.idealSeconds;
        t.scrapSeconds += s.scrapSeconds;
        t.startupScrapSeconds += s.startupScrapSeconds;
        b.unplannedGood += s.unplannedGood;
        b.unplannedScrap += s.unplannedScrap;
        b.stops += s.stops;
        b.smallStops += s.smallStops;
        for (const r of s.reasons) addReason(b, r.reason, r.loss, r.seconds, r.stops);
      }
    };
    for (const m of machines) {
      // planned windows only where the live part looks: an edge (from its first event's start) and the open interval
      const windows = (a: number, b: number) => plannedWindows(calendar, m.id, Math.max(a, calendarFrom), b, m.process);
      const common = { cycleTimes: cycleTimes.get(m.id) ?? [], reasonLoss, timeZone: calendar.timeZone };
      for (const edge of loaded) {
        const events = edge.states.get(m.id) ?? [];
        if (events.length === 0 && (edge.counts.get(m.id) ?? []).length === 0) continue;
        const start = Math.min(events[0]?.at ?? edge.from, edge.from);
        addSlots(
          m.id,
          sliceIntoSlots({
            ...common,
            windows: windows(start, edge.to),
            intervals: stateIntervals(events, start, end, now),
            counts: edge.counts.get(m.id) ?? [],
            from: edge.from,
            to: edge.to,
          }),
        );
      }
      const last = lastStates.get(m.id);
      if (whole && last && last.at < h2) {
        const open: StateInterval = { ...last, from: last.at, to: end, open: true, smallStop: false };
        addSlots(
          m.id,
          sliceIntoSlots({
            ...common,
            windows: windows(last.at, h2),
            intervals: [open],
            counts: [],
            from: Math.max(last.at, h1),
            to: h2,
          }),
        );
      }
    }

    const items = [...buckets.values()].map((b) => this.item(b, { bucket, groupBy, from, to, byId, calendar, names }));
    items.sort(
      (a, b) =>
        (a.machine ?? a.process ?? '').localeCompare(b.machine ?? b.process ?? '') ||
        a.from.localeCompare(b.from) ||
        (a.shift?.code ?? '').localeCompare(b.shift?.code ?? ''),
    );
    return { items };
  }

  /** The machine's states as consecutive intervals over [from, min(to, now)). */
  async timeline(machine: string, q: { from?: string; to?: string }): Promise<{ items: TimelineItem[] }> {
    const now = this.clock.now();
    const { from, to } = range(q.from, q.to, now);
    const [m] = await this.machines(machine, undefined);
    const factoryId = this.sql.factoryId();
    const [states, names] = await Promise.all([
      loadStates(this.dataSource.manager, factoryId, [m.id], new Date(from), new Date(to)),
      this.reasons().then((r) => r.names),
    ]);
    const intervals = stateIntervals(states.get(m.id) ?? [], from, to, now);
    const items: TimelineItem[] = [];
    for (const iv of intervals) {
      const last = items[items.length - 1];
      if (last && last.state === iv.state && last.reason === iv.reason && last.to === iso(iv.from)) {
        last.to = iso(iv.to);
        continue;
      }
      const name = iv.reason ? names.get(iv.reason) : undefined;
      items.push({ from: iso(iv.from), to: iso(iv.to), state: iv.state, reason: iv.reason, ...name });
    }
    return { items };
  }

  private item(
    b: Bucket,
    c: {
      bucket: OeeBucket;
      groupBy: OeeGroupBy;
      from: number;
      to: number;
      byId: Map<string, MachineRow>;
      calendar: Awaited<ReturnType<typeof loadCalendar>>;
      names: Map<string, { nameZh: string; nameEn: string }>;
    },
  ): OeeItem {
    let span = { from: c.from, to: c.to };
    let shift: OeeItem['shift'];
    if (c.bucket === 'hour') span = { from: +b.bucket, to: +b.bucket + HOUR };
    else if (c.bucket === 'day') span = localDayBounds(b.bucket, c.calendar.timeZone);
    else if (c.bucket === 'shift') {
      const [code, date] = b.bucket.split('|');
      shift = { code, date };
      const def = c.calendar.shifts.find((s) => s.code === code);
      span = def
        ? shiftOccurrence(def, date, c.calendar.timeZone)
        : Number.isFinite(b.firstSlot)
          ? { from: b.firstSlot, to: b.lastSlot + HOUR }
          : localDayBounds(date, c.calendar.timeZone);
    }
    for (const r of b.reasons.values()) b.totals.lossSeconds[r.loss] = (b.totals.lossSeconds[r.loss] ?? 0) + r.seconds;
    const figures = oeeFigures(b.totals);
    const machine = c.groupBy === 'machine' ? c.byId.get(b.group) : undefined;
    const t = b.totals;
    return {
      ...(machine ? { machine: machine.code, process: machine.process } : {}),
      ...(c.groupBy === 'process' ? { process: b.group } : {}),
      from: iso(Math.max(span.from, c.from)),
      to: iso(Math.min(span.to, c.to)),
      ...(shift ? { shift } : {}),
      plannedBusyTime: round(t.planned),
      actualProductionTime: round(t.running),
      setupTime: round(t.setup),
      downTime: round(t.down),
      idleTime: round(t.idle),
      availability: figures.availability,
      performance: figures.performance,
      quality: figures.quality,
      oee: figures.oee,
      good: t.good,
      scrap: t.scrap,
      unplannedGood: b.unplannedGood,
      unplannedScrap: b.unplannedScrap,
      stops: b.stops,
      smallStops: b.smallStops,
      downtimeByReason: [...b.reasons.values()]
        .map((r) => ({
          reason: r.reason,
          ...(c.names.get(r.reason) ?? STATE_NAMES[r.reason] ?? { nameZh: r.reason, nameEn: r.reason }),
          loss: r.loss,
          seconds: round(r.seconds),
          stops: r.stops,
        }))
        .sort((x, y) => y.seconds - x.seconds || x.reason.localeCompare(y.reason)),
      losses: {
        breakdowns: round(figures.losses.breakdowns),
        setup: round(figures.losses.setup),
        smallStops: round(figures.losses.smallStops),
        slowCycles: round(figures.losses.slowCycles),
        startupRejects: round(figures.losses.startupRejects),
        productionRejects: round(figures.losses.productionRejects),
      },
    };
  }

  private async machines(machine: string | undefined, process: string | undefined): Promise<MachineRow[]> {
    const rows = await this.sql.query<MachineRow>(
      `SELECT id, code, process, (SELECT f.time_zone FROM factory f WHERE f.id = $1) AS "timeZone" FROM machine
        WHERE factory_id = $1 AND ($2::text IS NULL OR id::text = $2 OR code = $2) AND ($3::text IS NULL OR process = $3)
        ORDER BY code`,
      [machine ?? null, process ?? null],
    );
    if (machine !== undefined && rows.length === 0) {
      const exists = await this.sql.query(
        'SELECT 1 FROM machine WHERE factory_id = $1 AND (id::text = $2 OR code = $2)',
        [machine],
      );
      if (exists.length === 0) throw new NotFoundError('machine', machine, 'machine');
    }
    return rows;
  }

  /** The columns a summed row is grouped by (raw, for Postgres to hash cheaply), keyed in Node. */
  private groupColumns(groupBy: OeeGroupBy, bucket: OeeBucket): string[] {
    const columns: string[] = [];
    if (groupBy === 'machine') columns.push('r.machine_id');
    if (groupBy === 'process') columns.push('m.process');
    if (bucket === 'hour') columns.push('r.slot_start');
    if (bucket === 'shift') columns.push('r.shift_code', "to_char(r.shift_date, 'YYYY-MM-DD') AS shift_date");
    if (bucket === 'day') columns.push("to_char(r.local_day, 'YYYY-MM-DD') AS local_day");
    return columns;
  }

  /**
   * Where the whole hours [h1, h2) are read from: the day rows for the whole local days inside (not by hour), the
   * hour rows for the rest.
   */
  private plan(h1: number, h2: number, bucket: OeeBucket, timeZone: string): SummedPlan {
    const none: SummedPlan = { hours: [[h1, h2]], days: null };
    if (bucket === 'hour') return none;
    let d1 = localDayBounds(localDate(h1, timeZone), timeZone).from;
    if (d1 < h1) d1 = localDayBounds(localDate(d1 + DAY + HOUR, timeZone), timeZone).from;
    const d2 = localDayBounds(localDate(h2, timeZone), timeZone).from;
    if (!(d1 < d2)) return none;
    return {
      hours: [
        [h1, d1],
        [d2, h2],
      ],
      days: [localDate(d1, timeZone), localDate(d2, timeZone)],
    };
  }

  private summedSql(plan: SummedPlan, select: string, group: OeeGroupBy, bucket: OeeBucket, reasons: boolean): string {
    const suffix = reasons ? '_reason' : '';
    const shiftOnly = bucket === 'shift' ? "AND r.shift_code <> ''" : '';
    const join = group === 'process' ? 'JOIN machine m ON m.factory_id = r.factory_id AND m.id = r.machine_id' : '';
    const part = (table: 'hour' | 'day', machines: string, where: string, slot: string) => {
      const columns = this.groupColumns(group, bucket);
      // grouped on the raw columns (a date hashes cheaper than its text), shown as text
      const raw = (c: string) => /^to_char\((r\.\w+),/.exec(c)?.[1] ?? c;
      const keys = [...columns.map(raw), ...(reasons ? ['r.reason', 'r.loss'] : [])];
      return `SELECT ${[...columns, `${slot} AS first_slot`, select].join(', ')}
         FROM ${table === 'hour' ? 'oee_rollup' : 'oee_rollup_day'}${suffix} r ${join}
        WHERE r.factory_id = $1 AND ${machines} AND ${where} ${shiftOnly}
        ${keys.length ? `GROUP BY ${keys.join(', ')}` : ''}`;
    };
    // the hour rows by machine (the key leads with it); the day rows of the whole factory need no such filter
    const hours = part(
      'hour',
      'r.machine_id = ANY($2::uuid[])',
      '((r.slot_start >= $3 AND r.slot_start < $4) OR (r.slot_start >= $5 AND r.slot_start < $6))',
      '(extract(epoch FROM min(r.slot_start)) * 1000)::bigint',
    );
    return plan.days
      ? `${hours} UNION ALL ${part(
          'day',
          '($7::boolean OR r.machine_id = ANY($2::uuid[]))',
          'r.local_day >= $8 AND r.local_day < $9',
          'NULL::bigint',
        )}`
      : hours;
  }

  private summedParams(ids: string[], every: boolean, plan: SummedPlan): unknown[] {
    const [a, b] = plan.hours;
    const second = b ?? [0, 0];
    const hours = [ids, new Date(a[0]), new Date(a[1]), new Date(second[0]), new Date(second[1])];
    return plan.days ? [...hours, every, ...plan.days] : hours;
  }

  private summedSlots(ids: string[], every: boolean, plan: SummedPlan, groupBy: OeeGroupBy, bucket: OeeBucket) {
    return this.sql.query<
      SummedKeys & {
        planned: number;
        running: number;
        setup: number;
        down: number;
        idle: number;
        small_stop: number;
        good: string;
        scrap: string;
        unplanned_good: string;
        unplanned_scrap: string;
        ideal: number;
        scrap_s: number;
        startup_scrap_s: number;
        stops: string;
        small_stops: string;
      }
    >(
      this.summedSql(
        plan,
        `sum(r.planned_s) AS planned, sum(r.running_s) AS running, sum(r.setup_s) AS setup, sum(r.down_s) AS down,
         sum(r.idle_s) AS idle, sum(r.small_stop_s) AS small_stop, sum(r.good) AS good, sum(r.scrap) AS scrap,
         sum(r.unplanned_good) AS unplanned_good, sum(r.unplanned_scrap) AS unplanned_scrap, sum(r.ideal_s) AS ideal,
         sum(r.scrap_s) AS scrap_s, sum(r.startup_scrap_s) AS startup_scrap_s, sum(r.stops) AS stops,
         sum(r.small_stops) AS small_stops`,
        groupBy,
        bucket,
        false,
      ),
      this.summedParams(ids, every, plan),
    );
  }

  private summedReasons(ids: string[], every: boolean, plan: SummedPlan, groupBy: OeeGroupBy, bucket: OeeBucket) {
    return this.sql.query<
      SummedKeys & {
        reason: string;
        loss: Loss;
        seconds: number;
        stops: number;
      }
    >(
      this.summedSql(
        plan,
        'r.reason, r.loss, sum(r.seconds) AS seconds, sum(r.stops)::int AS stops',
        groupBy,
        bucket,
        true,
      ),
      this.summedParams(ids, every, plan),
    );
  }

  private async reasons(): Promise<{
    names: Map<string, { nameZh: string; nameEn: string }>;
    losses: Map<string, Loss>;
  }> {
    const rows = await this.sql.query<{ code: string; name_zh: string; name_en: string; loss: Loss }>(
      'SELECT code, name_zh, name_en, loss FROM downtime_reason WHERE factory_id = $1',
    );
    return {
      names: new Map(rows.map((r) => [r.code, { nameZh: r.name_zh, nameEn: r.name_en }])),
      losses: new Map(rows.map((r) => [r.code, r.loss])),
    };
  }

  /**
   * Each machine's interval still open, which the rollups leave out: the state of its newest event, from the first
   * of the events repeating it (repeats extend one interval, and the rollups hold none of it).
   */
  private async lastStates(
    ids: string[],
  ): Promise<Map<string, { at: number; state: MachineState; reason: string | null }>> {
    const newest = `SELECT at, state, reason FROM machine_state_event
                     WHERE factory_id = $1 AND machine_id = m.id ORDER BY at DESC LIMIT 1`;
    const rows = await this.sql.query<{ machine_id: string; at: Date; state: MachineState; reason: string | null }>(
      `SELECT m.id AS machine_id, ${runStartSql(newest)} AS at, e.state, e.reason
         FROM unnest($2::uuid[]) AS m (id)
         CROSS JOIN LATERAL (${newest}) AS e`,
      [ids],
    );
    return new Map(rows.map((r) => [r.machine_id, { at: +r.at, state: r.state, reason: r.reason }]));
  }
}

/**
 * The loss a stored reason row counts as today: its reason's loss now (a changed loss applies to the past too,
 * with nothing to refresh), except a minor stop, which is small_stop by its length, whatever its reason.
 * Codes that are no reason of the factory (the states standing for one: off, idle, setup, down) keep theirs.
 */
function lossNow(r: { reason: string; loss: Loss }, reasonLoss: ReadonlyMap<string, Loss>): Loss {
  if (r.loss === 'small_stop') return r.loss;
  return reasonLoss.get(r.reason) ?? r.loss;
}

function addReason(b: Bucket, reason: string, loss: Loss, seconds: number, stops: number): void {
  const key = `${reason}|${loss}`;
  const row = b.reasons.get(key);
  if (row) {
    row.seconds += seconds;
    row.stops += stops;
  } else b.reasons.set(key, { reason, loss, seconds, stops });
}

/** The bucket a live slot adds to (null: counts outside any shift, which a by-shift answer has no bucket for). */
function bucketKey(bucket: OeeBucket, s: RollupSlot): string | null {
  switch (bucket) {
    case 'hour':
      return String(s.slotStart);
    case 'shift':
      return s.shiftCode === '' ? null : `${s.shiftCode}|${s.shiftDate}`;
    case 'day':
      return s.localDay;
    case 'none':
      return '';
  }
}

/** from/to of a query: ISO instants, to after from, at most MAX_RANGE_DAYS apart; default the last 24 h. */
export function range(
  fromText: string | undefined,
  toText: string | undefined,
  now: number,
): { from: number; to: number } {
  const to = toText === undefined ? now : Date.parse(toText);
  const from = fromText === undefined ? to - DAY : Date.parse(fromText);
  if (!(to > from))
    throw new ValidationFailedError([
      { field: toText === undefined ? 'from' : 'to', message: 'must be after from / 结束时间须晚于开始时间' },
    ]);
  if (to - from > MAX_RANGE_DAYS * DAY)
    throw new ValidationFailedError([
      { field: 'from', message: `at most ${MAX_RANGE_DAYS} days before to / 时间范围最多 ${MAX_RANGE_DAYS} 天` },
    ]);
  return { from, to };
}
