import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { localDate, plannedWindows } from '../domain/calendar';
import { HOUR, RollupSlot, sliceIntoSlots, STARTUP_SECONDS } from '../domain/rollup';
import { stateIntervals } from '../domain/state-intervals';
import { lockMachines } from '../machine-locks';
import {
  loadCalendar,
  loadCountSpans,
  loadCycleTimes,
  loadReasonLosses,
  loadStateSpans,
  runStartSql,
  type MachineSpan,
} from './oee-source';

const floorHour = (t: number) => Math.floor(t / HOUR) * HOUR;
const DAY = 24 * HOUR;
// how far back the calendar is read for an interval begun before the span (a stop counts where it began)
const CALENDAR_LOOKBACK = 400 * DAY;
const FACTORY_REFRESH_CHUNK = 10;

/** Time [from, to) of one machine that new events (or a change) touched. */
export interface RollupSpan {
  machineId: string;
  from: Date;
  to: Date;
}

/**
 * Keeps the OEE rollups (oee_rollup, oee_rollup_reason and their day sums) of machines up to date with their raw
 * state and count events (ADR 0010). Ingestion calls `refresh` / `refreshMany` inside its own transaction, under
 * the machines' locks, after inserting events; calendar changes call `refreshFactory` for the range they touch.
 * Only closed intervals are stored: the one still open grows with the clock, and the query adds it.
 */
@Injectable()
export class OeeRollups {
  constructor(private readonly dataSource: DataSource) {}

  /** Recomputes the slots of one machine that [from, to) touches, inside the caller's transaction. */
  refresh(manager: EntityManager, factoryId: string, machineId: string, from: Date, to: Date): Promise<void> {
    return this.refreshMany(manager, factoryId, [{ machineId, from, to }]);
  }

  /**
   * The same for several machines at once (a gateway's batch across the factory): a handful of statements in
   * all, not per machine. A span with state events is widened to whole hours and to the down runs crossing its
   * ends (their length decides minor stops); counts alone change only their own hours.
   */
  async refreshMany(manager: EntityManager, factoryId: string, spans: RollupSpan[]): Promise<void> {
    const merged = new Map<string, { from: number; to: number }>();
    for (const s of spans) {
      assertRange(s.from, s.to);
      const known = merged.get(s.machineId);
      merged.set(s.machineId, {
        from: Math.min(+s.from, known?.from ?? Infinity),
        to: Math.max(+s.to, known?.to ?? -Infinity),
      });
    }
    if (merged.size === 0) return;
    const asked = [...merged].map(([id, s]) => ({ id, ...s }));
    const bounds = await manager.query<
      { id: string; process: string; states: boolean; lo: Date | null; hi: Date | null; last: Date | null }[]
    >(
      `SELECT m.id, (SELECT process FROM machine WHERE factory_id = $1 AND id = m.id) AS process,
              EXISTS (SELECT 1 FROM machine_state_event
                       WHERE factory_id = $1 AND machine_id = m.id AND at >= m.a AND at <= m.b) AS states,
              ${runStartSql(`SELECT b.at, b.state, b.reason FROM machine_state_event b
                                WHERE b.factory_id = $1 AND b.machine_id = m.id AND b.at <= m.a AND b.state <> 'down'
                                ORDER BY b.at DESC LIMIT 1`)} AS lo,
              (SELECT min(at) FROM machine_state_event
                WHERE factory_id = $1 AND machine_id = m.id AND at >= m.b AND state <> 'down') AS hi,
              (SELECT max(at) FROM machine_state_event WHERE factory_id = $1 AND machine_id = m.id) AS last
         FROM unnest($2::uuid[], $3::timestamptz[], $4::timestamptz[]) AS m (id, a, b)`,
      [
        factoryId,
        asked.map((s) => s.id),
        asked.map((s) => new Date(s.from).toISOString()),
        asked.map((s) => new Date(s.to).toISOString()),
      ],
    );
    const machines = bounds.map((b) => {
      const span = merged.get(b.id) ?? { from: 0, to: 0 };
      // a count belongs to the instant before it: one at a whole hour is in the hour before
      const countsFrom = floorHour(span.from - 1);
      // counts alone change only their own hours: the intervals (read whole either way) stay as they were
      if (!b.states) return { id: b.id, process: b.process, from: countsFrom, to: floorHour(span.to) + HOUR };
      // from the start of the interval (run of repeats) in force at the span's start or of the down run there
      const from = Math.min(countsFrom, floorHour(b.lo ? +b.lo : span.from));
      // to the end of a down run crossing the span's end, and a setup's end decides its start-up rejects after it
      const to = floorHour(Math.max(span.to, +(b.hi ?? b.last ?? span.to)) + STARTUP_SECONDS * 1000) + HOUR;
      return { id: b.id, process: b.process, from, to };
    });
    await this.recompute(manager, factoryId, machines);
  }

  /**
   * Recomputes every machine of the factory over [from, to): a shift, holiday or maintenance changed. Each
   * machine only where it has rows to change: from its first event to its last (closed intervals end at an
   * event; the open one is not stored), so a change reaching far back or ahead costs no more than the history.
   */
  async refreshFactory(factoryId: string, from: Date, to: Date): Promise<void> {
    assertRange(from, to);
    const found = await this.dataSource.query<{ id: string; process: string; first: Date | null; last: Date | null }[]>(
      `SELECT m.id, m.process, least(s.first, c.first) AS first, greatest(s.last, c.last) AS last
         FROM machine m
         LEFT JOIN LATERAL (SELECT min(e.at) AS first, max(e.at) AS last FROM machine_state_event e
                             WHERE e.factory_id = m.factory_id AND e.machine_id = m.id) s ON true
         LEFT JOIN LATERAL (SELECT min(e.at) AS first, max(e.at) AS last FROM machine_count_event e
                             WHERE e.factory_id = m.factory_id AND e.machine_id = m.id) c ON true
        WHERE m.factory_id = $1 ORDER BY m.id`,
      [factoryId],
    );
    const machines = found.flatMap((m) => {
      if (!m.first || !m.last) return [];
      // a count at a whole hour belongs to the hour before
      const a = Math.max(floorHour(+from), floorHour(+m.first - 1));
      const b = Math.min(floorHour(+to - 1) + HOUR, floorHour(+m.last) + HOUR);
      return b > a ? [{ id: m.id, process: m.process, from: a, to: b }] : [];
    });
    // a few machines per transaction: ingestion of the others goes on meanwhile
    for (let i = 0; i < machines.length; i += FACTORY_REFRESH_CHUNK) {
      const chunk = machines.slice(i, i + FACTORY_REFRESH_CHUNK);
      await this.dataSource.transaction(async (manager) => {
        await lockMachines(
          manager,
          factoryId,
          chunk.map((m) => m.id),
        );
        await this.recompute(manager, factoryId, chunk);
      });
    }
  }

  private async recompute(
    manager: EntityManager,
    factoryId: string,
    machines: (MachineSpan & { process?: string })[],
  ): Promise<void> {
    const ids = machines.map((m) => m.id);
    // one after another: a transaction's connection runs one statement at a time
    const states = await loadStateSpans(manager, factoryId, machines);
    const counts = await loadCountSpans(manager, factoryId, machines);
    const cycleTimes = await loadCycleTimes(manager, factoryId, ids);
    const reasonLoss = await loadReasonLosses(manager, factoryId);
    // the calendar from the first interval's start, so that a stop begun before a span is not counted again
    const firstOf = (m: MachineSpan) =>
      Math.max(Math.min(states.get(m.id)?.[0]?.at ?? m.from, m.from), m.from - CALENDAR_LOOKBACK);
    const calendarFrom = Math.min(...machines.map(firstOf));
    const calendarTo = Math.max(...machines.map((m) => m.to));
    const calendar = await loadCalendar(manager, factoryId, new Date(calendarFrom), new Date(calendarTo));
    const slots = machines.map((m) => {
      const events = states.get(m.id) ?? [];
      return {
        ...m,
        slots: sliceIntoSlots({
          intervals: stateIntervals(events, events[0]?.at ?? m.from, m.to, Infinity),
          windows: plannedWindows(calendar, m.id, firstOf(m), m.to, m.process),
          counts: counts.get(m.id) ?? [],
          cycleTimes: cycleTimes.get(m.id) ?? [],
          reasonLoss,
          timeZone: calendar.timeZone,
          from: m.from,
          to: m.to,
          closedOnly: true,
        }),
        firstDay: localDate(m.from, calendar.timeZone),
        lastDay: localDate(m.to - 1, calendar.timeZone),
      };
    });
    await this.replace(manager, factoryId, slots);
    await this.replaceDays(manager, factoryId, slots);
  }

  private async replace(
    manager: EntityManager,
    factoryId: string,
    machines: (MachineSpan & { slots: RollupSlot[] })[],
  ): Promise<void> {
    const spans = [
      factoryId,
      machines.map((m) => m.id),
      machines.map((m) => new Date(m.from).toISOString()),
      machines.map((m) => new Date(m.to).toISOString()),
    ];
    for (const table of ['oee_rollup_reason', 'oee_rollup'])
      await manager.query(
        `DELETE FROM ${table} r USING unnest($2::uuid[], $3::timestamptz[], $4::timestamptz[]) AS s (id, a, b)
          WHERE r.factory_id = $1 AND r.machine_id = s.id AND r.slot_start >= s.a AND r.slot_start < s.b`,
        spans,
      );
    const rows = machines.flatMap((m) =>
      m.slots.map((s) => ({
        m: m.id,
        t: new Date(s.slotStart).toISOString(),
        c: s.shiftCode,
        d: s.shiftDate,
        l: s.localDay,
        p: s.planned,
        r: s.running,
        su: s.setup,
        dn: s.down,
        i: s.idle,
        ss: s.smallStop,
        ssn: s.smallStops,
        st: s.stops,
        g: s.good,
        sc: s.scrap,
        ug: s.unplannedGood,
        us: s.unplannedScrap,
        id: s.idealSeconds,
        scs: s.scrapSeconds,
        sus: s.startupScrapSeconds,
      })),
    );
    if (rows.length > 0)
      await manager.query(
        `INSERT INTO oee_rollup (factory_id, machine_id, slot_start, shift_code, shift_date, local_day, planned_s,
                running_s, setup_s, down_s, idle_s, small_stop_s, small_stops, stops, good, scrap, unplanned_good,
                unplanned_scrap, ideal_s, scrap_s, startup_scrap_s)
         SELECT $1, x.m, x.t, x.c, x.d, x.l, x.p, x.r, x.su, x.dn, x.i, x.ss, x.ssn, x.st, x.g, x.sc, x.ug, x.us, x.id,
                x.scs, x.sus
           FROM json_to_recordset($2::json) AS x (m uuid, t timestamptz, c text, d date, l date, p float8, r float8,
                su float8, dn float8, i float8, ss float8, ssn int, st int, g bigint, sc bigint, ug bigint, us bigint,
                id float8, scs float8, sus float8)`,
        [factoryId, JSON.stringify(rows)],
      );
    const reasons = machines.flatMap((m) =>
      m.slots.flatMap((s) =>
        s.reasons.map((r) => ({
          m: m.id,
          t: new Date(s.slotStart).toISOString(),
          c: s.shiftCode,
          d: s.shiftDate,
          ld: s.localDay,
          r: r.reason,
          l: r.loss,
          s: r.seconds,
          n: r.stops,
        })),
      ),
    );
    if (reasons.length > 0)
      await manager.query(
        `INSERT INTO oee_rollup_reason (factory_id, machine_id, slot_start, shift_code, shift_date, local_day, reason,
                loss, seconds, stops)
         SELECT $1, x.m, x.t, x.c, x.d, x.ld, x.r, x.l, x.s, x.n
           FROM json_to_recordset($2::json) AS x (m uuid, t timestamptz, c text, d date, ld date, r text, l text,
                s float8, n int)`,
        [factoryId, JSON.stringify(reasons)],
      );
  }

  /** The day rows of the local days each span touched, summed again from their hour rows. */
  private async replaceDays(
    manager: EntityManager,
    factoryId: string,
    machines: (MachineSpan & { firstDay: string; lastDay: string })[],
  ): Promise<void> {
    // the hours of those days lie within two days of the span: the key's slot range finds them
    const params = [
      factoryId,
      machines.map((m) => m.id),
      machines.map((m) => m.firstDay),
      machines.map((m) => m.lastDay),
      machines.map((m) => new Date(m.from - 2 * DAY).toISOString()),
      machines.map((m) => new Date(m.to + 2 * DAY).toISOString()),
    ];
    const days =
      'unnest($2::uuid[], $3::date[], $4::date[], $5::timestamptz[], $6::timestamptz[]) AS s (id, d1, d2, a, b)';
    for (const table of ['oee_rollup_day_reason', 'oee_rollup_day'])
      await manager.query(
        `DELETE FROM ${table} r USING ${days}
          WHERE r.factory_id = $1 AND r.machine_id = s.id AND r.local_day BETWEEN s.d1 AND s.d2`,
        params,
      );
    await manager.query(
      `INSERT INTO oee_rollup_day (factory_id, machine_id, local_day, shift_code, shift_date, planned_s, running_s,
              setup_s, down_s, idle_s, small_stop_s, small_stops, stops, good, scrap, unplanned_good, unplanned_scrap,
              ideal_s, scrap_s, startup_scrap_s)
       SELECT r.factory_id, r.machine_id, r.local_day, r.shift_code, r.shift_date, sum(r.planned_s), sum(r.running_s),
              sum(r.setup_s), sum(r.down_s), sum(r.idle_s), sum(r.small_stop_s), sum(r.small_stops), sum(r.stops),
              sum(r.good), sum(r.scrap), sum(r.unplanned_good), sum(r.unplanned_scrap), sum(r.ideal_s), sum(r.scrap_s),
              sum(r.startup_scrap_s)
         FROM ${days} JOIN oee_rollup r ON r.factory_id = $1 AND r.machine_id = s.id
          AND r.local_day BETWEEN s.d1 AND s.d2 AND r.slot_start >= s.a AND r.slot_start < s.b
        GROUP BY r.factory_id, r.machine_id, r.local_day, r.shift_code, r.shift_date`,
      params,
    );
    await manager.query(
      `INSERT INTO oee_rollup_day_reason (factory_id, machine_id, local_day, shift_code, shift_date, reason, loss,
              seconds, stops)
       SELECT r.factory_id, r.machine_id, r.local_day, r.shift_code, r.shift_date, r.reason, r.loss, sum(r.seconds),
              sum(r.stops)
         FROM ${days} JOIN oee_rollup_reason r ON r.factory_id = $1 AND r.machine_id = s.id
          AND r.local_day BETWEEN s.d1 AND s.d2 AND r.slot_start >= s.a AND r.slot_start < s.b
        GROUP BY r.factory_id, r.machine_id, r.local_day, r.shift_code, r.shift_date, r.reason, r.loss`,
      params,
    );
  }
}

function assertRange(from: Date, to: Date): void {
  if (!(from instanceof Date) || !(to instanceof Date) || Number.isNaN(+from) || Number.isNaN(+to))
    throw new Error('OeeRollups: from and to must be valid dates');
}
