import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 16, OEE: rollups of each machine's state and count events per UTC hour ∩ shift occurrence (ADR 0010),
 * kept up to date by the ingestion's transaction, so an OEE query sums a few thousand rows instead of reading
 * raw events. Slots outside any shift (shift_code '', shift_date the local day) hold only the counts made outside planned
 * busy time. Derived rows, rebuilt per machine by the refresh only: no foreign keys (a per-row check on every rewrite
 * of a month's slots, for rows no one else writes); the keys alone serve the queries (factory, machine, time).
 */
export class OeeRollups1765315000000 implements MigrationInterface {
  name = 'OeeRollups1765315000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE oee_rollup (
        factory_id              uuid NOT NULL,
        machine_id              uuid NOT NULL,
        slot_start              timestamptz NOT NULL,
        shift_code              text NOT NULL,
        shift_date              date NOT NULL,
        local_day               date NOT NULL,
        planned_s               double precision NOT NULL DEFAULT 0,
        running_s               double precision NOT NULL DEFAULT 0,
        setup_s                 double precision NOT NULL DEFAULT 0,
        down_s                  double precision NOT NULL DEFAULT 0,
        idle_s                  double precision NOT NULL DEFAULT 0,
        small_stop_s            double precision NOT NULL DEFAULT 0,
        small_stops             int NOT NULL DEFAULT 0,
        stops                   int NOT NULL DEFAULT 0,
        good                    bigint NOT NULL DEFAULT 0,
        scrap                   bigint NOT NULL DEFAULT 0,
        unplanned_good          bigint NOT NULL DEFAULT 0,
        unplanned_scrap         bigint NOT NULL DEFAULT 0,
        ideal_s                 double precision NOT NULL DEFAULT 0,
        scrap_s                 double precision NOT NULL DEFAULT 0,
        startup_scrap_s         double precision NOT NULL DEFAULT 0,
        CONSTRAINT oee_rollup_pkey PRIMARY KEY (factory_id, machine_id, slot_start, shift_code, shift_date)
      )`);
    await db.query(`
      CREATE TABLE oee_rollup_reason (
        factory_id   uuid NOT NULL,
        machine_id   uuid NOT NULL,
        slot_start   timestamptz NOT NULL,
        shift_code   text NOT NULL,
        shift_date   date NOT NULL,
        local_day    date NOT NULL,
        reason       text NOT NULL,
        loss         text NOT NULL,
        seconds      double precision NOT NULL,
        stops        int NOT NULL,
        CONSTRAINT oee_rollup_reason_pkey PRIMARY KEY (factory_id, machine_id, slot_start, shift_code, shift_date, reason, loss)
      )`);
    // the same summed per machine × local day × shift occurrence (from the hour rows, in the same transaction):
    // a month's query reads a day's few rows per machine instead of its 24 hours
    await db.query(`
      CREATE TABLE oee_rollup_day (
        factory_id              uuid NOT NULL,
        machine_id              uuid NOT NULL,
        local_day               date NOT NULL,
        shift_code              text NOT NULL,
        shift_date              date NOT NULL,
        planned_s               double precision NOT NULL,
        running_s               double precision NOT NULL,
        setup_s                 double precision NOT NULL,
        down_s                  double precision NOT NULL,
        idle_s                  double precision NOT NULL,
        small_stop_s            double precision NOT NULL,
        small_stops             int NOT NULL,
        stops                   int NOT NULL,
        good                    bigint NOT NULL,
        scrap                   bigint NOT NULL,
        unplanned_good          bigint NOT NULL,
        unplanned_scrap         bigint NOT NULL,
        ideal_s                 double precision NOT NULL,
        scrap_s                 double precision NOT NULL,
        startup_scrap_s         double precision NOT NULL,
        CONSTRAINT oee_rollup_day_pkey PRIMARY KEY (factory_id, machine_id, local_day, shift_code, shift_date)
      )`);
    await db.query(`CREATE INDEX oee_rollup_day_factory_day_ix ON oee_rollup_day (factory_id, local_day)`);
    await db.query(`
      CREATE TABLE oee_rollup_day_reason (
        factory_id   uuid NOT NULL,
        machine_id   uuid NOT NULL,
        local_day    date NOT NULL,
        shift_code   text NOT NULL,
        shift_date   date NOT NULL,
        reason       text NOT NULL,
        loss         text NOT NULL,
        seconds      double precision NOT NULL,
        stops        int NOT NULL,
        CONSTRAINT oee_rollup_day_reason_pkey
          PRIMARY KEY (factory_id, machine_id, local_day, shift_code, shift_date, reason, loss)
      )`);
    await db.query(
      `CREATE INDEX oee_rollup_day_reason_factory_day_ix ON oee_rollup_day_reason (factory_id, local_day)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE oee_rollup_day_reason`);
    await db.query(`DROP TABLE oee_rollup_day`);
    await db.query(`DROP TABLE oee_rollup_reason`);
    await db.query(`DROP TABLE oee_rollup`);
  }
}
