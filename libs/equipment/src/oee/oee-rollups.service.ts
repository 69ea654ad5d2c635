import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { localDate, plannedWindows } from '../domain/calendar';
import { HOUR, RollupSlot, sliceIntoSlots } from '../domain/rollup';
import { stateIntervals } from '../domain/state-intervals';
import { lockMachines } from '../machine-locks';
import { loadCalendar, loadCounts, loadCycleTimes, loadReasonLosses, loadStates } from './oee-source';

const floorHour = (t: number) => Math.floor(t / HOUR) * HOUR;
const DAY = 24 * HOUR;

/**
 * Keeps the OEE rollups (oee_rollup, oee_rollup_reason) of a machine up to date with its raw state and count
 * events (ADR 0010). Ingestion calls `refresh` inside its own transaction, under the machine's lock, after
 * inserting events; calendar changes call `refreshFactory` for the range they touch. Only closed intervals are
 * stored: the one still open grows with the clock, and the query adds it.
 */
@Injectable()
export class OeeRollups {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Recomputes the slots of one machine that [from, to) touches, inside the caller's transaction (which holds
   * the machine's lock). The span is widened to whole hours and to the down runs crossing its ends, whose
   * length decides whether they are minor stops.
   */
  async refresh(manager: EntityManager, factoryId: string, machineId: string, from: Date, to: Date): Promise<void> {
    assertRange(from, to);
    const [bounds] = await manager.query<
      { lo: Date | null; hi: Date | null; last: Date | null; process: string; states: boolean }[]
    >(
      `SELECT (SELECT process FROM machine WHERE factory_id = $1 AND id = $2) AS process,
              EXISTS (SELECT 1 FROM machine_state_event
                       WHERE factory_id = $1 AND machine_id = $2 AND at >= $3 AND at <= $4) AS states,
              (SELECT max(at) FROM machine_state_event
                WHERE factory_id = $1 AND machine_id = $2 AND at <= $3 AND state <> 'down') AS lo,
              (SELECT min(at) FROM machine_state_event
                WHERE factory_id = $1 AND machine_id = $2 AND at >= $4 AND state <> 'down') AS hi,
              (SELECT max(at) FROM machine_state_event WHERE factory_id = $1 AND machine_id = $2) AS last`,
      [factoryId, machineId, from, to],
    );
    const machine = { id: machineId, process: bounds?.process };
    // counts alone change only their own hours: the intervals (read whole either way) stay as they were
    if (!bounds?.states) return this.recompute(manager, factoryId, machine, floorHour(+from), floorHour(+to) + HOUR);
    const start = floorHour(Math.min(+from, bounds.lo ? +bounds.lo : +from));
    const end = floorHour(Math.max(+to, +(bounds.hi ?? bounds.last ?? to))) + HOUR;
    await this.recompute(manager, factoryId, machine, start, end);
  }

  /** Recomputes every machine of the factory over [from, to): a shift, holiday or maintenance changed. */
  async refreshFactory(factoryId: string, from: Date, to: Date): Promise<void> {
    assertRange(from, to);
    const machines = await this.dataSource.query<{ id: string; process: string }[]>(
      'SELECT id, process FROM machine WHERE factory_id = $1 ORDER BY id',
      [factoryId],
    );
    // one machine per transaction: ingestion of the others goes on meanwhile
    for (const machine of machines)
      await this.dataSource.transaction(async (manager) => {
        await lockMachines(manager, factoryId, [machine.id]);
        await this.recompute(manager, factoryId, machine, floorHour(+from), floorHour(+to - 1) + HOUR);
      });
  }

  private async recompute(
    manager: EntityManager,
    factoryId: string,
    machine: { id: string; process?: string },
    start: number,
    end: number,
  ): Promise<void> {
    const machineId = machine.id;
    // one after another: a transaction's connection runs one statement at a time
    const states = await loadStates(manager, factoryId, [machineId], new Date(start), new Date(end));
    const counts = await loadCounts(manager, factoryId, [machineId], new Date(start), new Date(end));
    const cycleTimes = await loadCycleTimes(manager, factoryId, [machineId]);
    const reasonLoss = await loadReasonLosses(manager, factoryId);
    const events = states.get(machineId) ?? [];
    // the calendar from the first interval's start, so that a stop begun before `start` is not counted again
    const calendarFrom = Math.max(Math.min(events[0]?.at ?? start, start), start - 400 * 24 * HOUR);
    const calendar = await loadCalendar(manager, factoryId, new Date(calendarFrom), new Date(end));
    const slots = sliceIntoSlots({
      intervals: stateIntervals(events, events[0]?.at ?? start, end, Infinity),
      windows: plannedWindows(calendar, machineId, calendarFrom, end, machine.process),
      counts: counts.get(machineId) ?? [],
      cycleTimes: cycleTimes.get(machineId) ?? [],
      reasonLoss,
      timeZone: calendar.timeZone,
      from: start,
      to: end,
      closedOnly: true,
    });
    await this.replace(manager, factoryId, machineId, start, end, slots);
    await this.replaceDays(
      manager,
      factoryId,
      machineId,
      localDate(start, calendar.timeZone),
      localDate(end - 1, calendar.timeZone),
      start,
      end,
    );
  }

  /** The day rows of the local days [firstDay, lastDay], summed again from their hour rows. */
  private async replaceDays(
    manager: EntityManager,
    factoryId: string,
    machineId: string,
    firstDay: string,
    lastDay: string,
    start: number,
    end: number,
  ): Promise<void> {
    // the hours of those days lie within a day of [start, end): the key's slot range finds them
    const params = [factoryId, machineId, firstDay, lastDay, new Date(start - 2 * DAY), new Date(end + 2 * DAY)];
    await manager.query(
      'DELETE FROM oee_rollup_day_reason WHERE factory_id = $1 AND machine_id = $2 AND local_day BETWEEN $3 AND $4',
      params.slice(0, 4),
    );
    await manager.query(
      'DELETE FROM oee_rollup_day WHERE factory_id = $1 AND machine_id = $2 AND local_day BETWEEN $3 AND $4',
      params.slice(0, 4),
    );
    await manager.query(
      `INSERT INTO oee_rollup_day (factory_id, machine_id, local_day, shift_code, shift_date, planned_s, running_s, setup_s,
              down_s, idle_s, small_stop_s, small_stops, stops, good, scrap, unplanned_good, unplanned_scrap, ideal_s,
              scrap_s, startup_scrap_s)
       SELECT factory_id, machine_id, local_day, shift_code, shift_date, sum(planned_s), sum(running_s), sum(setup_s),
              sum(down_s), sum(idle_s), sum(small_stop_s), sum(small_stops), sum(stops), sum(good), sum(scrap),
              sum(unplanned_good), sum(unplanned_scrap), sum(ideal_s), sum(scrap_s), sum(startup_scrap_s)
         FROM oee_rollup
        WHERE factory_id = $1 AND machine_id = $2 AND local_day BETWEEN $3 AND $4 AND slot_start >= $5 AND slot_start < $6
        GROUP BY factory_id, machine_id, local_day, shift_code, shift_date`,
      params,
    );
    await manager.query(
      `INSERT INTO oee_rollup_day_reason (factory_id, machine_id, local_day, shift_code, shift_date, reason, loss, seconds,
              stops)
       SELECT factory_id, machine_id, local_day, shift_code, shift_date, reason, loss, sum(seconds), sum(stops)
         FROM oee_rollup_reason
        WHERE factory_id = $1 AND machine_id = $2 AND local_day BETWEEN $3 AND $4 AND slot_start >= $5 AND slot_start < $6
        GROUP BY factory_id, machine_id, local_day, shift_code, shift_date, reason, loss`,
      params,
    );
  }

  private async replace(
    manager: EntityManager,
    factoryId: string,
    machineId: string,
    start: number,
    end: number,
    slots: RollupSlot[],
  ): Promise<void> {
    const params = [factoryId, machineId, new Date(start), new Date(end)];
    await manager.query(
      'DELETE FROM oee_rollup_reason WHERE factory_id = $1 AND machine_id = $2 AND slot_start >= $3 AND slot_start < $4',
      params,
    );
    await manager.query(
      'DELETE FROM oee_rollup WHERE factory_id = $1 AND machine_id = $2 AND slot_start >= $3 AND slot_start < $4',
      params,
    );
    if (slots.length === 0) return;
    const rows = slots.map((s) => ({
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
    }));
    await manager.query(
      `INSERT INTO oee_rollup (factory_id, machine_id, slot_start, shift_code, shift_date, local_day, planned_s,
              running_s, setup_s, down_s, idle_s, small_stop_s, small_stops, stops, good, scrap, unplanned_good,
              unplanned_scrap, ideal_s, scrap_s, startup_scrap_s)
       SELECT $1, $2, x.t, x.c, x.d, x.l, x.p, x.r, x.su, x.dn, x.i, x.ss, x.ssn, x.st, x.g, x.sc, x.ug, x.us, x.id,
              x.scs, x.sus
         FROM json_to_recordset($3::json) AS x (t timestamptz, c text, d date, l date, p float8, r float8, su float8,
              dn float8, i float8, ss float8, ssn int, st int, g bigint, sc bigint, ug bigint, us bigint, id float8,
              scs float8, sus float8)`,
      [factoryId, machineId, JSON.stringify(rows)],
    );
    const reasons = slots.flatMap((s) =>
      s.reasons.map((r) => ({
        t: new Date(s.slotStart).toISOString(),
        c: s.shiftCode,
        d: s.shiftDate,
        ld: s.localDay,
        r: r.reason,
        l: r.loss,
        s: r.seconds,
        n: r.stops,
      })),
    );
    if (reasons.length > 0)
      await manager.query(
        `INSERT INTO oee_rollup_reason (factory_id, machine_id, slot_start, shift_code, shift_date, local_day, reason, loss,
                seconds, stops)
         SELECT $1, $2, x.t, x.c, x.d, x.ld, x.r, x.l, x.s, x.n
           FROM json_to_recordset($3::json) AS x (t timestamptz, c text, d date, ld date, r text, l text, s float8, n int)`,
        [factoryId, machineId, JSON.stringify(reasons)],
      );
  }
}

function assertRange(from: Date, to: Date): void {
  if (!(from instanceof Date) || !(to instanceof Date) || Number.isNaN(+from) || Number.isNaN(+to))
    throw new Error('OeeRollups: from and to must be valid dates');
}
