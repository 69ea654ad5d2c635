import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A material's smallest reusable offcut (余料): the cutting reports offcuts at or above it as remnants, the rest as
 * waste. Existing versions keep none (null), which is what every plan reported before.
 */
export class MaterialRemnants1765000000000 implements MigrationInterface {
  name = 'MaterialRemnants1765000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE material ADD COLUMN min_remnant numeric CHECK (min_remnant > 0)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE material DROP COLUMN min_remnant`);
  }
}
