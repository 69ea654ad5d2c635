import { MigrationInterface, QueryRunner } from 'typeorm';

const PROCESSES = `'cutting', 'pressing', 'edge_banding', 'cnc', 'sanding', 'painting', 'assembly', 'packing'`;
const HH_MM = `'^([01][0-9]|2[0-3]):[0-5][0-9]$'`;

/**
 * Issue 16, equipment: machines with the history of their ideal cycle time (ISO 22400's PRU), shifts (each for
 * every machine or for the machines of some processes: a night shift for the saws only), holidays
 * and planned maintenance (what is outside planned busy time), the downtime reason tree, and the state and count
 * events machines, gateways and tablets send. A machine's counts_from says which of its own count events and
 * station reports count, so no unit is counted twice. Every reference to a machine or reason carries the factory
 * ((factory_id, x) → (factory_id, id)), so Postgres itself refuses another factory's row (the events' references
 * by a check per statement, below). Reasons are filled per factory on first use by the equipment context (like
 * processes), not here.
 */
export class Equipment1765310000000 implements MigrationInterface {
  name = 'Equipment1765310000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE machine (
        id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        factory_id           uuid NOT NULL REFERENCES factory (id),
        code                 text NOT NULL,
        name                 text NOT NULL,
        name_en              text,
        process              text NOT NULL CONSTRAINT machine_process_ck CHECK (process IN (${PROCESSES})),
        count_unit           text NOT NULL
                             CONSTRAINT machine_count_unit_ck CHECK (count_unit IN ('sheet', 'part', 'm', 'm2', 'cycle')),
        ideal_cycle_seconds  numeric NOT NULL CONSTRAINT machine_ideal_cycle_ck CHECK (ideal_cycle_seconds > 0),
        counts_from          text NOT NULL DEFAULT 'any'
                             CONSTRAINT machine_counts_from_ck CHECK (counts_from IN ('any', 'machine', 'reports')),
        active               boolean NOT NULL DEFAULT true,
        created_at           timestamptz NOT NULL DEFAULT now(),
        updated_at           timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT machine_factory_code_uq UNIQUE (factory_id, code),
        CONSTRAINT machine_factory_id_uq UNIQUE (factory_id, id)
      )`);
    await db.query(`
      CREATE TABLE machine_cycle_time (
        factory_id           uuid NOT NULL,
        machine_id           uuid NOT NULL,
        valid_from           timestamptz NOT NULL,
        ideal_cycle_seconds  numeric NOT NULL CONSTRAINT machine_cycle_time_seconds_ck CHECK (ideal_cycle_seconds > 0),
        CONSTRAINT machine_cycle_time_pkey PRIMARY KEY (machine_id, valid_from),
        CONSTRAINT machine_cycle_time_machine_fk FOREIGN KEY (factory_id, machine_id) REFERENCES machine (factory_id, id)
      )`);
    await db.query(`
      CREATE TABLE shift (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        factory_id  uuid NOT NULL REFERENCES factory (id),
        code        text NOT NULL,
        name        text NOT NULL,
        name_en     text,
        days        int[] NOT NULL
                    CONSTRAINT shift_days_ck CHECK (cardinality(days) > 0 AND days <@ ARRAY[1, 2, 3, 4, 5, 6, 7]),
        start_time  text NOT NULL CONSTRAINT shift_start_time_ck CHECK (start_time ~ ${HH_MM}),
        end_time    text NOT NULL CONSTRAINT shift_end_time_ck CHECK (end_time ~ ${HH_MM}),
        breaks      jsonb NOT NULL DEFAULT '[]' CONSTRAINT shift_breaks_ck CHECK (jsonb_typeof(breaks) = 'array'),
        processes   text[] CONSTRAINT shift_processes_ck CHECK (processes <@ ARRAY[${PROCESSES}]),
        active      boolean NOT NULL DEFAULT true,
        -- when it was switched off: planned time before then stays planned (past OEE by shift keeps it)
        active_until timestamptz,
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT shift_factory_code_uq UNIQUE (factory_id, code)
      )`);
    await db.query(`
      CREATE TABLE holiday (
        factory_id  uuid NOT NULL REFERENCES factory (id),
        day         date NOT NULL,
        name        text NOT NULL,
        CONSTRAINT holiday_pkey PRIMARY KEY (factory_id, day)
      )`);
    await db.query(`
      CREATE TABLE planned_maintenance (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        factory_id  uuid NOT NULL REFERENCES factory (id),
        machine_id  uuid,
        starts_at   timestamptz NOT NULL,
        ends_at     timestamptz NOT NULL,
        reason      text NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT planned_maintenance_span_ck CHECK (ends_at > starts_at),
        CONSTRAINT planned_maintenance_machine_fk FOREIGN KEY (factory_id, machine_id) REFERENCES machine (factory_id, id)
      )`);
    await db.query(`CREATE INDEX planned_maintenance_factory_starts_ix ON planned_maintenance (factory_id, starts_at)`);
    await db.query(`
      CREATE TABLE downtime_reason (
        factory_id   uuid NOT NULL REFERENCES factory (id),
        code         text NOT NULL,
        parent_code  text,
        name_zh      text NOT NULL,
        name_en      text NOT NULL,
        applies_to   text[] NOT NULL
                     CONSTRAINT downtime_reason_applies_to_ck
                     CHECK (cardinality(applies_to) > 0 AND applies_to <@ ARRAY['down', 'idle', 'setup']),
        loss         text NOT NULL CONSTRAINT downtime_reason_loss_ck CHECK (loss IN (
                       'breakdown', 'setup', 'small_stop', 'slow_cycle', 'startup_reject', 'production_reject',
                       'no_order', 'planned')),
        active       boolean NOT NULL DEFAULT true,
        sort         int NOT NULL DEFAULT 0,
        CONSTRAINT downtime_reason_pkey PRIMARY KEY (factory_id, code),
        CONSTRAINT downtime_reason_parent_fk FOREIGN KEY (factory_id, parent_code)
          REFERENCES downtime_reason (factory_id, code),
        CONSTRAINT downtime_reason_not_own_parent_ck CHECK (parent_code IS DISTINCT FROM code)
      )`);
    await db.query(`
      CREATE TABLE machine_state_event (
        factory_id   uuid NOT NULL,
        machine_id   uuid NOT NULL,
        event_id     text NOT NULL,
        at           timestamptz NOT NULL,
        state        text NOT NULL
                     CONSTRAINT machine_state_event_state_ck CHECK (state IN ('running', 'idle', 'setup', 'down', 'off')),
        reason       text,
        source       text NOT NULL
                     CONSTRAINT machine_state_event_source_ck CHECK (source IN ('tablet', 'gateway', 'http')),
        received_at  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT machine_state_event_pkey PRIMARY KEY (machine_id, event_id),
        CONSTRAINT machine_state_event_machine_at_uq UNIQUE (machine_id, at),
        CONSTRAINT machine_state_event_reason_ck CHECK (
          CASE state WHEN 'down' THEN reason IS NOT NULL WHEN 'running' THEN reason IS NULL
                     WHEN 'off' THEN reason IS NULL ELSE true END)
      )`);
    await db.query(`
      CREATE TABLE machine_count_event (
        factory_id     uuid NOT NULL,
        machine_id     uuid NOT NULL,
        event_id       text NOT NULL,
        at             timestamptz NOT NULL,
        good           int NOT NULL CONSTRAINT machine_count_event_good_ck CHECK (good >= 0),
        scrap          int NOT NULL CONSTRAINT machine_count_event_scrap_ck CHECK (scrap >= 0),
        source         text NOT NULL CONSTRAINT machine_count_event_source_ck CHECK (source IN ('machine', 'report')),
        work_order_id  uuid,
        received_at    timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT machine_count_event_pkey PRIMARY KEY (machine_id, event_id)
      )`);
    await db.query(`CREATE INDEX machine_count_event_machine_at_ix ON machine_count_event (machine_id, at)`);
    /*
     * The events' references ((factory_id, machine_id) → machine, (factory_id, reason) → downtime_reason) are
     * checked once per INSERT statement over its new rows, not by foreign keys: a batch of 5,000 events names one
     * machine and a few reasons, and a key would look each up 5,000 times (about a third of the insert's time).
     * What a key also did on the other side, refusing to delete a machine or reason that has events, is moot:
     * neither is ever deleted (they are switched off).
     */
    await db.query(`
      CREATE FUNCTION machine_event_machine_ck() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (
          SELECT FROM (SELECT DISTINCT factory_id, machine_id FROM new_rows) n
           WHERE NOT EXISTS (SELECT FROM machine m WHERE m.factory_id = n.factory_id AND m.id = n.machine_id)
        ) THEN
          RAISE EXCEPTION '% names a machine not in its factory', TG_TABLE_NAME
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = TG_TABLE_NAME || '_machine_fk';
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE FUNCTION machine_state_event_reason_ck() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (
          SELECT FROM (SELECT DISTINCT factory_id, reason FROM new_rows WHERE reason IS NOT NULL) n
           WHERE NOT EXISTS (SELECT FROM downtime_reason r WHERE r.factory_id = n.factory_id AND r.code = n.reason)
        ) THEN
          RAISE EXCEPTION 'machine_state_event names a reason not in its factory'
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'machine_state_event_reason_fk';
        END IF;
        RETURN NULL;
      END $$`);
    for (const [table, check] of [
      ['machine_state_event', 'machine_event_machine_ck'],
      ['machine_count_event', 'machine_event_machine_ck'],
      ['machine_state_event', 'machine_state_event_reason_ck'],
    ])
      await db.query(`
        CREATE TRIGGER ${check.replace('machine_event', table)} AFTER INSERT ON ${table}
          REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${check}()`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'machine_count_event',
      'machine_state_event',
      'downtime_reason',
      'planned_maintenance',
      'holiday',
      'shift',
      'machine_cycle_time',
      'machine',
    ])
      await db.query(`DROP TABLE ${table}`);
    await db.query('DROP FUNCTION machine_event_machine_ck(), machine_state_event_reason_ck()');
  }
}
