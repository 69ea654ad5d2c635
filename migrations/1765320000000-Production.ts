import { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 16, production tracking (报工): work-order status and quantities, progress reports. */
export class Production1765320000000 implements MigrationInterface {
  name = 'Production1765320000000';

  async up(_db: QueryRunner): Promise<void> {}

  async down(_db: QueryRunner): Promise<void> {}
}
