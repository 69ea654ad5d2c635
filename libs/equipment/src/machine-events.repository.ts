import { Injectable } from '@nestjs/common';
import { FactorySql, isUuid } from '@mendao/platform';
import type { EntityManager } from 'typeorm';
import type { CountEvent, ReasonRule, StateEvent } from './domain/machine-events';
import type { CountsFrom, CountSource, ReasonState, StateSource } from './domain/equipment-codes';

export interface MachineRef {
  id: string;
  code: string;
  active: boolean;
  countsFrom: CountsFrom;
}

export interface InsertedStates {
  machineId: string;
  accepted: number;
  from: Date;
  to: Date;
  previous: Date | null;
  next: Date | null;
}

export interface InsertedCounts {
  machineId: string;
  accepted: number;
  from: Date;
  to: Date;
}

/** What a batch needs to be checked: the machines it names and the factory's reasons. */
export interface EventLookup {
  machines: Map<string, MachineRef>;
  reasons: Map<string, ReasonRule>;
}

type ReasonRow = { code: string; active: boolean; appliesTo: ReasonState[] };

const MACHINES = `SELECT id, code, active, counts_from AS "countsFrom" FROM machine
                   WHERE factory_id = $1 AND (code = ANY ($2::text[]) OR id = ANY ($3::uuid[]))`;
const REASONS = `SELECT code, active, applies_to AS "appliesTo" FROM downtime_reason WHERE factory_id = $1`;
// both in one round trip, as a prepared statement on the pool: every batch reads them before anything else
const LOOKUP = `SELECT (SELECT coalesce(json_agg(m), '[]') FROM (${MACHINES}) m) AS machines,
                       (SELECT coalesce(json_agg(r), '[]') FROM (${REASONS}) r) AS reasons`;

/*
 * A batch's new states and counts in one statement, each kind sent as one JSON array (JSON.stringify is native;
 * a Postgres array literal per column is escaped element by element in JS). A known event id, or an instant
 * that already has a state, is skipped (a duplicate). Per machine and kind: how many went in, their first and
 * last instant and, for states, the stored states just around them: the statement's snapshot is from before its
 * own inserts, so these are the states from before the batch.
 */
const INSERT_EVENTS = `
  WITH new_states AS (
    INSERT INTO machine_state_event (factory_id, machine_id, event_id, at, state, reason, source)
    SELECT $1, t."machineId", t."eventId", t.at, t.state, t.reason, $4
      FROM json_to_recordset($2::json) AS t ("machineId" uuid, "eventId" text, at timestamptz, state text, reason text)
    ON CONFLICT DO NOTHING
    RETURNING machine_id, at),
  new_counts AS (
    INSERT INTO machine_count_event (factory_id, machine_id, event_id, at, good, scrap, source, work_order_id)
    SELECT $1, t."machineId", t."eventId", t.at, t.good, t.scrap, $5, t."workOrderId"
      FROM json_to_recordset($3::json)
        AS t ("machineId" uuid, "eventId" text, at timestamptz, good int, scrap int, "workOrderId" uuid)
    ON CONFLICT DO NOTHING
    RETURNING machine_id, at),
  states AS (SELECT machine_id, count(*)::int AS accepted, min(at) AS lo, max(at) AS hi FROM new_states GROUP BY 1),
  counts AS (SELECT machine_id, count(*)::int AS accepted, min(at) AS lo, max(at) AS hi FROM new_counts GROUP BY 1)
  SELECT 'state' AS kind, s.machine_id AS "machineId", s.accepted, s.lo AS "from", s.hi AS "to",
         (SELECT max(p.at) FROM machine_state_event p
           WHERE p.factory_id = $1 AND p.machine_id = s.machine_id AND p.at < s.lo) AS previous,
         (SELECT min(n.at) FROM machine_state_event n
           WHERE n.factory_id = $1 AND n.machine_id = s.machine_id AND n.at > s.hi) AS next
    FROM states s
  UNION ALL
  SELECT 'count', c.machine_id, c.accepted, c.lo, c.hi, NULL, NULL FROM counts c`;

/** The events' SQL: every statement runs in the caller's factory ($1), set-based (one statement per batch). */
@Injectable()
export class MachineEventsRepository {
  constructor(private readonly sql: FactorySql) {}

  /** The machines named by code or id (a code wins: codes are what people and gateways send). */
  async findMachines(keys: string[], manager?: EntityManager): Promise<Map<string, MachineRef>> {
    return byKey(keys, await this.sql.query<MachineRef>(MACHINES, machineParams(keys), manager));
  }

  async reasonRules(manager?: EntityManager): Promise<Map<string, ReasonRule>> {
    return byCode(await this.sql.query<ReasonRow>(REASONS, [], manager));
  }

  /** The machines a batch names and the factory's reasons, in one round trip on the pool. */
  async lookup(keys: string[]): Promise<EventLookup> {
    const [row] = await this.sql.prepared<{ machines: MachineRef[]; reasons: ReasonRow[] }>(
      LOOKUP,
      machineParams(keys),
    );
    return { machines: byKey(keys, row.machines), reasons: byCode(row.reasons) };
  }

  /** New states and counts of a batch, in one statement: see INSERT_EVENTS. */
  async insertEvents(
    states: { machineId: string; event: StateEvent }[],
    counts: { machineId: string; event: CountEvent; workOrderId?: string | null }[],
    sources: { states?: StateSource; counts: CountSource },
    manager: EntityManager,
  ): Promise<{ states: InsertedStates[]; counts: InsertedCounts[] }> {
    if (states.length + counts.length === 0) return { states: [], counts: [] };
    const rows = await this.sql.query<InsertedStates & { kind: 'state' | 'count' }>(
      INSERT_EVENTS,
      [
        JSON.stringify(states.map(({ machineId, event }) => ({ machineId, ...event }))),
        JSON.stringify(counts.map(({ machineId, event, workOrderId }) => ({ machineId, workOrderId, ...event }))),
        sources.states ?? null,
        sources.counts,
      ],
      manager,
    );
    return {
      states: rows.filter((r) => r.kind === 'state'),
      counts: rows.filter((r) => r.kind === 'count'),
    };
  }
}

function machineParams(keys: string[]): unknown[] {
  return [keys, keys.filter(isUuid).map((k) => k.toLowerCase())];
}

function byKey(keys: string[], rows: MachineRef[]): Map<string, MachineRef> {
  const found = new Map<string, MachineRef>();
  for (const key of keys) {
    const row = rows.find((r) => r.code === key) ?? rows.find((r) => r.id === key.toLowerCase());
    if (row) found.set(key, row);
  }
  return found;
}

function byCode(rows: ReasonRow[]): Map<string, ReasonRule> {
  return new Map(rows.map((r) => [r.code, { active: r.active, appliesTo: r.appliesTo }]));
}
