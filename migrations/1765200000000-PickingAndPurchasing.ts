import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 15, pick lists and stores: an over-issue with its reason on the ledger row (what it took beyond the
 * pick list's need), the same counted on the pick-list line, the materials a list could not carry (no item, or
 * an item in a unit the need cannot be converted to) kept with the list, an item's purchase unit (包/捆/箱)
 * and its size in the item's unit, and an index to find work orders by their number.
 */
export class PickingAndPurchasing1765200000000 implements MigrationInterface {
  name = 'PickingAndPurchasing1765200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE stock_move
        ADD COLUMN over_issue_reason text,
        ADD COLUMN over_issued numeric,
        ADD CONSTRAINT stock_move_over_issue_ck
          CHECK ((over_issue_reason IS NULL) = (over_issued IS NULL) AND (over_issued IS NULL OR over_issued > 0))`);
    await db.query(
      `ALTER TABLE pick_list_line ADD COLUMN over_picked numeric NOT NULL DEFAULT 0 CHECK (over_picked >= 0)`,
    );
    await db.query(`ALTER TABLE pick_list ADD COLUMN unlisted jsonb NOT NULL DEFAULT '[]'`);
    await db.query(`
      ALTER TABLE item
        ADD COLUMN purchase_unit text,
        ADD COLUMN purchase_unit_size numeric NOT NULL DEFAULT 1 CONSTRAINT item_purchase_unit_size_ck CHECK (purchase_unit_size > 0)`);
    await db.query(`CREATE INDEX work_order_factory_number_ix ON work_order (factory_id, number)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX work_order_factory_number_ix`);
    await db.query(`ALTER TABLE item DROP COLUMN purchase_unit_size, DROP COLUMN purchase_unit`);
    await db.query(`ALTER TABLE pick_list DROP COLUMN unlisted`);
    await db.query(`ALTER TABLE pick_list_line DROP COLUMN over_picked`);
    await db.query(
      `ALTER TABLE stock_move DROP CONSTRAINT stock_move_over_issue_ck, DROP COLUMN over_issued, DROP COLUMN over_issue_reason`,
    );
  }
}
