import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Door series: a model's typed inputs, derived variables and tables; an order line's input values; a part's
 * handing, end cuts, edge banding, machining features and leaf; a package's leaf, handing and the packer's view
 * of its contents. Old rows read as they did: models with no inputs, lines with none, parts with no attributes.
 * A line's `swing` is left as written (a split parses it; text no parser reads is handing `none`). Old packages'
 * contents were raw parts: they move to `parts`, and `contents` says what the packer puts in, by group.
 */
export class SeriesRules1764920000000 implements MigrationInterface {
  name = 'SeriesRules1764920000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE product
        ADD COLUMN inputs jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN derived jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN tables jsonb NOT NULL DEFAULT '[]'`);
    await db.query(`ALTER TABLE order_line ADD COLUMN options jsonb NOT NULL DEFAULT '{}'`);
    await db.query(`
      ALTER TABLE split_part
        ADD COLUMN handing text,
        ADD COLUMN end_cuts jsonb,
        ADD COLUMN edge_banding jsonb,
        ADD COLUMN features jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN leaf text`);
    await db.query(`
      ALTER TABLE door_package
        ADD COLUMN leaf_no int,
        ADD COLUMN handing text,
        ADD COLUMN parts jsonb NOT NULL DEFAULT '[]'`);
    await db.query(`
      UPDATE door_package SET
        parts = contents,
        contents = jsonb_build_array(jsonb_build_object(
          'item', CASE package_group WHEN 'leaf' THEN '门扇' WHEN 'frame' THEN '门套' WHEN 'casing' THEN '门套线'
                                     WHEN 'hardware' THEN '五金包' ELSE '玻璃' END,
          'itemEn', CASE package_group WHEN 'leaf' THEN 'door leaf' WHEN 'frame' THEN 'door frame set'
                                       WHEN 'casing' THEN 'casing' WHEN 'hardware' THEN 'hardware kit' ELSE 'glass' END,
          'quantity', CASE WHEN package_group IN ('casing', 'glass')
                           THEN (SELECT coalesce(sum((e->>'quantity')::int), 0) FROM jsonb_array_elements(contents) e)
                           ELSE 1 END,
          'unit', CASE package_group WHEN 'leaf' THEN '扇' WHEN 'frame' THEN '套' WHEN 'casing' THEN '根'
                                     WHEN 'hardware' THEN '包' ELSE '片' END))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE door_package SET contents = parts`);
    await db.query(`ALTER TABLE door_package DROP COLUMN leaf_no, DROP COLUMN handing, DROP COLUMN parts`);
    await db.query(
      `ALTER TABLE split_part DROP COLUMN handing, DROP COLUMN end_cuts, DROP COLUMN edge_banding, DROP COLUMN features, DROP COLUMN leaf`,
    );
    await db.query(`ALTER TABLE order_line DROP COLUMN options`);
    await db.query(`ALTER TABLE product DROP COLUMN inputs, DROP COLUMN derived, DROP COLUMN tables`);
  }
}
