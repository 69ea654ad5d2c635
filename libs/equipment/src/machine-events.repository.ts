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

/** The events' SQL: every statement runs in the caller's factory ($1), set-based (one statement per batch). */
@Injectable()
export class MachineEventsRepository {
  constructor(private readonly sql: FactorySql) {}

  /** The machines named by code or id (a code wins: codes are what people and gateways send). */
  async findMachines(keys: string[], manager?: EntityManager): Promise<Map<string, MachineRef>> {
    const ids = keys.filter(isUuid).map((k) => k.toLowerCase());
    const rows = await this.sql.query<MachineRef>(
      `SELECT id, code, active, counts_from AS "countsFrom" FROM machine
        WHERE factory_id = $1 AND (code = ANY ($2::text[]) OR id = ANY ($3::uuid[]))`,
      [keys, ids],
      manager,
    );
    const found = new Map<string, MachineRef>();
    for (const key of keys) {
      const row = rows.find((r) => r.code === key) ?? rows.find((r) => r.id === key.toLowerCase());
      if (row) found.set(key, row);
    }
    return found;
  }

  async reasonRules(manager?: EntityManager): Promise<Map<string, ReasonRule>> {
    const rows = await this.sql.query<{ code: string; active: boolean; applies_to: ReasonState[] }>(
      'SELECT code, active, applies_to FROM downtime_reason WHERE factory_id = $1',
      [],
      manager,
    );
    return new Map(rows.map((r) => [r.code, { active: r.active, appliesTo: r.applies_to }]));
  }

  /**
   * New states; a known event id or an instant that already has a state is skipped (a duplicate). Per machine:
   * how many went in, their first and last instant, and the stored states just around them (from before).
   */
  async insertStates(
    rows: { machineId: string; event: StateEvent }[],
    source: StateSource,
    manager: EntityManager,
  ): Promise<InsertedStates[]> {
    if (rows.length === 0) return [];
    const result = await this.sql.query<InsertedStates>(
      `WITH ins AS (
         INSERT INTO machine_state_event (factory_id, machine_id, event_id, at, state, reason, source)
         SELECT $1, t.machine_id, t.event_id, t.at, t.state, t.reason, $7
           FROM unnest($2::uuid[], $3::text[], $4::timestamptz[], $5::text[], $6::text[])
             AS t (machine_id, event_id, at, state, reason)
         ON CONFLICT DO NOTHING
         RETURNING machine_id, at),
       agg AS (SELECT machine_id, count(*)::int AS accepted, min(at) AS lo, max(at) AS hi FROM ins GROUP BY machine_id)
       SELECT a.machine_id AS "machineId", a.accepted, a.lo AS "from", a.hi AS "to",
              (SELECT max(p.at) FROM machine_state_event p
                WHERE p.factory_id = $1 AND p.machine_id = a.machine_id AND p.at < a.lo) AS previous,
              (SELECT min(n.at) FROM machine_state_event n
                WHERE n.factory_id = $1 AND n.machine_id = a.machine_id AND n.at > a.hi) AS next
         FROM agg a`,
      [
        rows.map((r) => r.machineId),
        rows.map((r) => r.event.eventId),
        rows.map((r) => r.event.at.toISOString()),
        rows.map((r) => r.event.state),
        rows.map((r) => r.event.reason),
        source,
      ],
      manager,
    );
    return result;
  }

  /** New counts; a known event id is skipped (a duplicate). Per machine: how many went in, first and last instant. */
  async insertCounts(
    rows: { machineId: string; event: CountEvent; workOrderId?: string | null }[],
    source: CountSource,
    manager: EntityManager,
  ): Promise<InsertedCounts[]> {
    if (rows.length === 0) return [];
    return this.sql.query<InsertedCounts>(
      `WITH ins AS (
         INSERT INTO machine_count_event (factory_id, machine_id, event_id, at, good, scrap, source, work_order_id)
         SELECT $1, t.machine_id, t.event_id, t.at, t.good, t.scrap, $7, t.work_order_id
           FROM unnest($2::uuid[], $3::text[], $4::timestamptz[], $5::int[], $6::int[], $8::uuid[])
             AS t (machine_id, event_id, at, good, scrap, work_order_id)
         ON CONFLICT DO NOTHING
         RETURNING machine_id, at)
       SELECT machine_id AS "machineId", count(*)::int AS accepted, min(at) AS "from", max(at) AS "to"
         FROM ins GROUP BY machine_id`,
      [
        rows.map((r) => r.machineId),
        rows.map((r) => r.event.eventId),
        rows.map((r) => r.event.at.toISOString()),
        rows.map((r) => r.event.good),
        rows.map((r) => r.event.scrap),
        source,
        rows.map((r) => r.workOrderId ?? null),
      ],
      manager,
    );
  }
}
