import { MigrationInterface, QueryRunner } from 'typeorm';

/** New foreign keys: [table, constraint, columns, target (factory_id, id)], each with the factory in it. */
const KEYS: [string, string, string, string][] = [
  ['stock_move', 'stock_move_split_run_fk', 'split_run_id', 'split_run'],
  ['stock_move', 'stock_move_pick_list_fk', 'pick_list_id', 'pick_list'],
  ['stock_move', 'stock_move_count_fk', 'count_id', 'stock_count'],
  ['pick_list', 'pick_list_split_run_fk', 'split_run_id', 'split_run'],
  ['pick_list_line', 'pick_list_line_pick_list_fk', 'pick_list_id', 'pick_list'],
  ['pick_list_line', 'pick_list_line_item_fk', 'item_id', 'item'],
  ['pick_list_line', 'pick_list_line_location_fk', 'location_id', 'location'],
  ['stock_count', 'stock_count_item_fk', 'item_id', 'item'],
  ['stock_count', 'stock_count_location_fk', 'location_id', 'location'],
  ['stock_count_scan', 'stock_count_scan_count_fk', 'count_id', 'stock_count'],
  ['stock_count_scan', 'stock_count_scan_item_fk', 'item_id', 'item'],
  ['stock_count_scan', 'stock_count_scan_location_fk', 'location_id', 'location'],
];

/** The id-only foreign keys the composite ones above replace (Postgres's default names), as they were. */
const REPLACED: [string, string, string, string][] = [
  ['pick_list_line', 'pick_list_line_pick_list_id_fkey', 'pick_list_id', 'pick_list'],
  ['pick_list_line', 'pick_list_line_item_id_fkey', 'item_id', 'item'],
  ['pick_list_line', 'pick_list_line_location_id_fkey', 'location_id', 'location'],
  ['stock_count', 'stock_count_item_id_fkey', 'item_id', 'item'],
  ['stock_count', 'stock_count_location_id_fkey', 'location_id', 'location'],
  ['stock_count_scan', 'stock_count_scan_count_id_fkey', 'count_id', 'stock_count'],
  ['stock_count_scan', 'stock_count_scan_item_id_fkey', 'item_id', 'item'],
  ['stock_count_scan', 'stock_count_scan_location_id_fkey', 'location_id', 'location'],
];

/**
 * Every id the warehouse records of a split run, a pick list, a count, an item or a location names a row of
 * the same factory: (factory_id, x_id) → x (factory_id, id), so Postgres itself refuses another factory's
 * (or no) row, whatever code path wrote it. Work orders get no key: a re-run of the split replaces them (new
 * ids), which a key from the append-only ledger would forbid; the service checks them when a move is made.
 *
 * The keys are added NOT VALID (new rows are checked at once) and then validated where the rows already
 * there allow it: ledger rows written before this release may name another factory's run, and the ledger is
 * never rewritten, so on such a database the key stays NOT VALID and a notice says which.
 */
export class ReferencesInFactory1764820000000 implements MigrationInterface {
  name = 'ReferencesInFactory1764820000000';

  async up(db: QueryRunner): Promise<void> {
    for (const table of ['split_run', 'pick_list', 'stock_count'])
      await db.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_factory_id_uq UNIQUE (factory_id, id)`);
    for (const [table, constraint] of REPLACED) await db.query(`ALTER TABLE ${table} DROP CONSTRAINT ${constraint}`);
    for (const [table, constraint, column, target] of KEYS) {
      await db.query(
        `ALTER TABLE ${table} ADD CONSTRAINT ${constraint}
           FOREIGN KEY (factory_id, ${column}) REFERENCES ${target} (factory_id, id) NOT VALID`,
      );
      await db.query(`
        DO $$ BEGIN
          ALTER TABLE ${table} VALIDATE CONSTRAINT ${constraint};
        EXCEPTION WHEN foreign_key_violation THEN
          RAISE NOTICE '${constraint} left NOT VALID: rows written before it name another factory''s row or none';
        END $$`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const [table, constraint] of [...KEYS].reverse())
      await db.query(`ALTER TABLE ${table} DROP CONSTRAINT ${constraint}`);
    for (const [table, constraint, column, target] of REPLACED)
      await db.query(
        `ALTER TABLE ${table} ADD CONSTRAINT ${constraint} FOREIGN KEY (${column}) REFERENCES ${target} (id)`,
      );
    for (const table of ['stock_count', 'pick_list', 'split_run'])
      await db.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_factory_id_uq`);
  }
}
