import { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 16: operators at process stations and machines (报工, machine states) get a role of their own. */
export class OperatorRole1765300000000 implements MigrationInterface {
  name = 'OperatorRole1765300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "user" DROP CONSTRAINT user_roles_ck`);
    await db.query(`
      ALTER TABLE "user" ADD CONSTRAINT user_roles_ck CHECK (
        cardinality(roles) > 0
        AND roles <@ ARRAY['admin', 'planner', 'warehouse', 'packer', 'manager', 'operator']::text[])`);
  }

  async down(db: QueryRunner): Promise<void> {
    // an operator-only user cannot keep a role the old schema lacks: it is switched off rather than deleted
    await db.query(`UPDATE "user" SET active = false, roles = ARRAY['packer'] WHERE roles = ARRAY['operator']`);
    await db.query(`UPDATE "user" SET roles = array_remove(roles, 'operator')`);
    await db.query(`ALTER TABLE "user" DROP CONSTRAINT user_roles_ck`);
    await db.query(`
      ALTER TABLE "user" ADD CONSTRAINT user_roles_ck CHECK (
        cardinality(roles) > 0 AND roles <@ ARRAY['admin', 'planner', 'warehouse', 'packer', 'manager']::text[])`);
  }
}
