import type { EntityManager } from 'typeorm';
import type { FactoryCalendar } from '../domain/calendar';
import type { Loss } from '../domain/equipment-codes';
import { STARTUP_SECONDS, type CountEvent, type CycleTime } from '../domain/rollup';
import type { MachineState, StateEvent } from '../domain/state-intervals';

/**
 * The raw material of OEE read from the equipment tables for a span: a machine's calendar, cycle-time history,
 * reason losses, and its state and count events. Shared by the rollup refresh and the live edges of a query.
 * Every statement filters on the factory, given explicitly: it runs inside callers' transactions.
 */

/** The factory's calendar for [from, to): shifts, holidays a day around it, maintenance overlapping it. */
export async function loadCalendar(
  manager: EntityManager,
  factoryId: string,
  from: Date,
  to: Date,
): Promise<FactoryCalendar> {
  const [row] = await manager.query<
    {
      time_zone: string;
      shifts: FactoryCalendar['shifts'] | null;
      holidays: string[] | null;
      maintenance: { machineId: string | null; from: string; to: string }[] | null;
    }[]
  >(
    `SELECT f.time_zone,
            (SELECT json_agg(json_build_object('code', s.code, 'days', s.days, 'start', s.start_time,
                    'end', s.end_time, 'breaks', s.breaks, 'processes', s.processes,
                    -- switched off: planned until then (none switched off before that was recorded: never)
                    'activeUntil', CASE WHEN NOT s.active
                                        THEN coalesce((extract(epoch FROM s.active_until) * 1000)::float8, 0) END)
                    ORDER BY s.code)
               FROM shift s WHERE s.factory_id = $1) AS shifts,
            (SELECT json_agg(to_char(h.day, 'YYYY-MM-DD'))
               FROM holiday h WHERE h.factory_id = $1 AND h.day BETWEEN ($2::timestamptz - interval '2 days')::date
                                                         AND ($3::timestamptz + interval '2 days')::date) AS holidays,
            (SELECT json_agg(json_build_object('machineId', p.machine_id, 'from', p.starts_at, 'to', p.ends_at))
               FROM planned_maintenance p WHERE p.factory_id = $1 AND p.starts_at < $3 AND p.ends_at > $2) AS maintenance
       FROM factory f WHERE f.id = $1`,
    [factoryId, from, to],
  );
  return {
    timeZone: row?.time_zone ?? 'Asia/Shanghai',
    shifts: row?.shifts ?? [],
    holidays: row?.holidays ?? [],
    maintenance: (row?.maintenance ?? []).map((m) => ({
      machineId: m.machineId,
      from: Date.parse(m.from),
      to: Date.parse(m.to),
    })),
  };
}

export async function loadReasonLosses(manager: EntityManager, factoryId: string): Promise<Map<string, Loss>> {
  const rows = await manager.query<{ code: string; loss: Loss }[]>(
    'SELECT code, loss FROM downtime_reason WHERE factory_id = $1',
    [factoryId],
  );
  return new Map(rows.map((r) => [r.code, r.loss]));
}

/** Every machine's cycle-time history, by machine id. */
export async function loadCycleTimes(
  manager: EntityManager,
  factoryId: string,
  machineIds: string[],
): Promise<Map<string, CycleTime[]>> {
  const rows = await manager.query<{ machine_id: string; valid_from: Date; seconds: number }[]>(
    `SELECT machine_id, valid_from, ideal_cycle_seconds::float8 AS seconds FROM machine_cycle_time
      WHERE factory_id = $1 AND machine_id = ANY($2::uuid[]) ORDER BY valid_from`,
    [factoryId, machineIds],
  );
  const out = new Map<string, CycleTime[]>(machineIds.map((id) => [id, []]));
  for (const r of rows) out.get(r.machine_id)?.push({ validFrom: validFrom(r.valid_from), seconds: Number(r.seconds) });
  return out;
}

// '-infinity' (the creation's cycle time) comes back from pg as -Infinity or as a string
function validFrom(value: Date | string | number): number {
  if (value instanceof Date) return Number.isNaN(+value) ? -Infinity : +value;
  if (typeof value === 'number') return value;
  return value === '-infinity' ? -Infinity : Date.parse(value);
}

/**
 * SQL for the start of the run of equal (state, reason) events that the event `l` (a subquery of one row with
 * `at`, `state`, `reason`, of machine `m.id`) belongs to: repeated events extend one interval (ADR 0010), so the
 * interval in force at `l` began at the first of them, not at `l`. NULL when `l` has no row.
 */
export function runStartSql(l: string): string {
  return `(SELECT (SELECT min(r.at) FROM machine_state_event r
                    WHERE r.factory_id = $1 AND r.machine_id = m.id AND r.at <= l.at
                      AND r.at > coalesce((SELECT max(d.at) FROM machine_state_event d
                                            WHERE d.factory_id = $1 AND d.machine_id = m.id AND d.at < l.at
                                              AND (d.state <> l.state OR d.reason IS DISTINCT FROM l.reason)),
                                          '-infinity'))
             FROM (${l}) AS l)`;
}

/**
 * SQL for where a machine's state history must be read from to know [t, …) whole: the start of the run of the
 * last non-down event at or before t − STARTUP_SECONDS. So the down run in force at t is known from its start
 * (its length decides a minor stop), the interval in force from its first event (repeats extend it), and a
 * setup ending within the start-up window before t is seen (its scrap is a start-up reject). Where a refresh or
 * a query starts then does not change what it computes.
 */
export function historyStartSql(t: string): string {
  return `coalesce(${runStartSql(
    `SELECT b.at, b.state, b.reason FROM machine_state_event b
      WHERE b.factory_id = $1 AND b.machine_id = m.id AND b.at <= ${t} - interval '${STARTUP_SECONDS} seconds'
        AND b.state <> 'down' ORDER BY b.at DESC LIMIT 1`,
  )}, '-infinity')`;
}

/**
 * SQL for where a machine's state history must be read to, to know […, t) whole: the event ending the run of the
 * first non-down event at or after t. So a down run crossing t is known to its end, and so is the interval
 * crossing t, which repeats of its state may carry on past t (without its end it would look open, and be left out).
 */
export function historyEndSql(t: string): string {
  return `coalesce((SELECT (SELECT min(x.at) FROM machine_state_event x
                             WHERE x.factory_id = $1 AND x.machine_id = m.id AND x.at > h.at
                               AND (x.state <> h.state OR x.reason IS DISTINCT FROM h.reason))
                      FROM (SELECT c.at, c.state, c.reason FROM machine_state_event c
                             WHERE c.factory_id = $1 AND c.machine_id = m.id AND c.at >= ${t} AND c.state <> 'down'
                             ORDER BY c.at LIMIT 1) AS h), 'infinity')`;
}

/** A machine and a span of time to read its events over. */
export interface MachineSpan {
  id: string;
  from: number;
  to: number;
}

const spanArrays = (spans: MachineSpan[]) => [
  spans.map((s) => s.id),
  spans.map((s) => new Date(s.from).toISOString()),
  spans.map((s) => new Date(s.to).toISOString()),
];

// events travel as one JSON array per machine ([epoch ms, …]): a fraction of the cost of a row each in pg's parser
export function loadStates(
  manager: EntityManager,
  factoryId: string,
  machineIds: string[],
  from: Date,
  to: Date,
): Promise<Map<string, StateEvent[]>> {
  return loadStateSpans(
    manager,
    factoryId,
    machineIds.map((id) => ({ id, from: +from, to: +to })),
  );
}

/**
 * Per machine, like loadStates, each over its own span: the state events that make [from, to) whole, from
 * historyStartSql(from) to historyEndSql(to).
 */
export async function loadStateSpans(
  manager: EntityManager,
  factoryId: string,
  spans: MachineSpan[],
): Promise<Map<string, StateEvent[]>> {
  const rows = await manager.query<{ machine_id: string; events: [number, MachineState, string | null][] | null }[]>(
    `SELECT m.id AS machine_id,
            (SELECT json_agg(json_build_array((extract(epoch FROM e.at) * 1000)::bigint, e.state, e.reason) ORDER BY e.at)
               FROM machine_state_event e
              WHERE e.factory_id = $1 AND e.machine_id = m.id
                AND e.at >= ${historyStartSql('m.a')}
                AND e.at <= ${historyEndSql('m.b')}) AS events
       FROM unnest($2::uuid[], $3::timestamptz[], $4::timestamptz[]) AS m (id, a, b)`,
    [factoryId, ...spanArrays(spans)],
  );
  const out = new Map<string, StateEvent[]>(spans.map((s) => [s.id, []]));
  for (const r of rows)
    out.set(
      r.machine_id,
      (r.events ?? []).map(([at, state, reason]) => ({ at: Number(at), state, reason })),
    );
  return out;
}

export function loadCounts(
  manager: EntityManager,
  factoryId: string,
  machineIds: string[],
  from: Date,
  to: Date,
): Promise<Map<string, CountEvent[]>> {
  return loadCountSpans(
    manager,
    factoryId,
    machineIds.map((id) => ({ id, from: +from, to: +to })),
  );
}

/**
 * Per machine, the counts of its own span: those in (from, to]. A count reports production up to its timestamp,
 * so it belongs to the instant just before it (one at a shift's end counts in the shift; ADR 0010).
 */
export async function loadCountSpans(
  manager: EntityManager,
  factoryId: string,
  spans: MachineSpan[],
): Promise<Map<string, CountEvent[]>> {
  const rows = await manager.query<{ machine_id: string; counts: [number, number, number][] | null }[]>(
    `SELECT m.id AS machine_id,
            (SELECT json_agg(json_build_array((extract(epoch FROM c.at) * 1000)::bigint, c.good, c.scrap) ORDER BY c.at)
               FROM machine_count_event c
              WHERE c.factory_id = $1 AND c.machine_id = m.id AND c.at > m.a AND c.at <= m.b) AS counts
       FROM unnest($2::uuid[], $3::timestamptz[], $4::timestamptz[]) AS m (id, a, b)`,
    [factoryId, ...spanArrays(spans)],
  );
  const out = new Map<string, CountEvent[]>(spans.map((s) => [s.id, []]));
  for (const r of rows)
    out.set(
      r.machine_id,
      (r.counts ?? []).map(([at, good, scrap]) => ({ at: Number(at), good, scrap })),
    );
  return out;
}
