import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 16: a process carries its work instructions (作业要求), printed on every traveler (流转卡) of that process.
 * Empty rather than null for "none": a planner clears them by saving an empty text, and the PDF prints nothing.
 * The API bounds their length (2,000 characters as class-validator counts them); the table has no CHECK of its
 * own, since Postgres counts characters differently (a variation selector is one) and would turn a valid text
 * into a 500.
 */
export class ProcessInstructions1765325000000 implements MigrationInterface {
  name = 'ProcessInstructions1765325000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE process ADD COLUMN instructions text NOT NULL DEFAULT ''`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE process DROP COLUMN instructions`);
  }
}
