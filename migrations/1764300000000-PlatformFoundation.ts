import { MigrationInterface, QueryRunner } from 'typeorm';

export class PlatformFoundation1764300000000 implements MigrationInterface {
  name = 'PlatformFoundation1764300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE factory (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code        varchar(32) NOT NULL,
        name        text NOT NULL,
        time_zone   text NOT NULL DEFAULT 'Asia/Shanghai',
        created_at  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT factory_code_uq UNIQUE (code),
        CONSTRAINT factory_code_ck CHECK (code ~ '^[A-Z0-9][A-Z0-9_-]*$')
      )`);
    await db.query(`
      CREATE TABLE "user" (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        factory_id     uuid NOT NULL CONSTRAINT user_factory_fk REFERENCES factory (id),
        username       varchar(64) NOT NULL,
        display_name   text,
        password_hash  text NOT NULL,
        roles          text[] NOT NULL,
        active         boolean NOT NULL DEFAULT true,
        created_at     timestamptz NOT NULL DEFAULT now(),
        updated_at     timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT user_factory_username_uq UNIQUE (factory_id, username),
        CONSTRAINT user_factory_id_uq UNIQUE (factory_id, id),
        CONSTRAINT user_roles_ck CHECK (
          cardinality(roles) > 0 AND roles <@ ARRAY['admin', 'planner', 'warehouse', 'packer', 'manager']::text[])
      )`);
    // Not factory-owned: throttling must work before we know (or when there is no) factory.
    await db.query(`
      CREATE TABLE login_failure (
        id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        factory_code  text NOT NULL,
        username      text NOT NULL,
        ip            text NOT NULL,
        at            timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX login_failure_account_idx ON login_failure (factory_code, username, at)`);
    await db.query(`CREATE INDEX login_failure_ip_idx ON login_failure (ip, at)`);
    await db.query(`
      CREATE TABLE audit_log (
        id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        factory_id   uuid CONSTRAINT audit_log_factory_fk REFERENCES factory (id),
        user_id      uuid,
        username     text,
        action       text NOT NULL,
        path         text NOT NULL,
        status       int NOT NULL,
        outcome      text NOT NULL CONSTRAINT audit_log_outcome_ck CHECK (outcome IN ('success', 'failure')),
        request_id   text,
        ip           text,
        duration_ms  int,
        detail       jsonb,
        at           timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX audit_log_factory_at_idx ON audit_log (factory_id, at DESC)`);
    await db.query(`
      CREATE TABLE job (
        id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        factory_id        uuid NOT NULL CONSTRAINT job_factory_fk REFERENCES factory (id),
        type              text NOT NULL,
        payload           jsonb NOT NULL,
        status            text NOT NULL DEFAULT 'queued'
                          CONSTRAINT job_status_ck CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
        progress          real NOT NULL DEFAULT 0 CONSTRAINT job_progress_ck CHECK (progress BETWEEN 0 AND 1),
        progress_message  text,
        attempts          int NOT NULL DEFAULT 0,
        max_attempts      int NOT NULL CONSTRAINT job_max_attempts_ck CHECK (max_attempts >= 1),
        error             text,
        result            jsonb,
        locked_by         text,
        run_after         timestamptz NOT NULL DEFAULT now(),
        heartbeat_at      timestamptz,
        created_by        uuid,
        created_at        timestamptz NOT NULL DEFAULT now(),
        updated_at        timestamptz NOT NULL DEFAULT now(),
        started_at        timestamptz,
        finished_at       timestamptz,
        CONSTRAINT job_factory_id_uq UNIQUE (factory_id, id)
      )`);
    await db.query(`CREATE INDEX job_factory_created_idx ON job (factory_id, created_at DESC)`);
    // The reconciler scans across factories for unfinished jobs; a small partial index serves it.
    await db.query(`CREATE INDEX job_unfinished_idx ON job (status, updated_at) WHERE status IN ('queued', 'running')`);
    await db.query(`
      CREATE TABLE job_attempt (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        factory_id   uuid NOT NULL,
        job_id       uuid NOT NULL,
        attempt      int NOT NULL,
        worker       text NOT NULL,
        outcome      text NOT NULL DEFAULT 'running'
                     CONSTRAINT job_attempt_outcome_ck CHECK (outcome IN ('running', 'succeeded', 'failed', 'stalled')),
        error        text,
        started_at   timestamptz NOT NULL DEFAULT now(),
        finished_at  timestamptz,
        CONSTRAINT job_attempt_job_fk FOREIGN KEY (factory_id, job_id) REFERENCES job (factory_id, id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX job_attempt_job_idx ON job_attempt (factory_id, job_id, attempt)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE job_attempt`);
    await db.query(`DROP TABLE job`);
    await db.query(`DROP TABLE audit_log`);
    await db.query(`DROP TABLE login_failure`);
    await db.query(`DROP TABLE "user"`);
    await db.query(`DROP TABLE factory`);
  }
}
