import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A factory's unfinished jobs: each claim counts the factory's running jobs (JOB_MAX_RUNNING_PER_FACTORY)
 * and each finished job looks up the factory's oldest queued one to wake. Without it both read the
 * factory's whole job history, which only grows.
 */
export class JobFactoryUnfinishedIndex1764830000000 implements MigrationInterface {
  name = 'JobFactoryUnfinishedIndex1764830000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX job_factory_unfinished_idx ON job (factory_id, status, created_at)
        WHERE status IN ('queued', 'running')`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX job_factory_unfinished_idx`);
  }
}
