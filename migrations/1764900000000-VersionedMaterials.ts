import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Materials become versioned like door models (a save adds a version; split runs record the ones they used),
 * with a unit for what is not cut, several stock sizes, and a profile for bars. Existing rows become version 1;
 * their one stock size moves into `stock_sizes` (the old columns stay as its mirror). Existing bars are ripped:
 * a bar that carried parts of several widths (LVL stiles and rails, jamb legs) can only have been ripped, and a
 * ripped bar with one width cuts exactly as before. Split results gain the unit, quantity and version of each
 * requirement (old rows computed from their totals) and the rip width of each bar plan (null for old rows).
 */
export class VersionedMaterials1764900000000 implements MigrationInterface {
  name = 'VersionedMaterials1764900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE material
        ADD COLUMN version int NOT NULL DEFAULT 1,
        ADD COLUMN unit text,
        ADD COLUMN profile text,
        ADD COLUMN width numeric,
        ADD COLUMN stock_sizes jsonb,
        ADD COLUMN created_by uuid`);
    await db.query(`
      UPDATE material SET
        unit = CASE cut_kind WHEN 'linear' THEN 'm' WHEN 'sheet' THEN 'm2' ELSE 'pcs' END,
        profile = CASE WHEN cut_kind = 'linear' THEN 'rip' END,
        stock_sizes = CASE
          WHEN cut_kind = 'linear' AND stock_length IS NOT NULL
            THEN jsonb_build_array(jsonb_build_object('length', stock_length))
          WHEN cut_kind = 'sheet' AND sheet_width IS NOT NULL AND sheet_length IS NOT NULL
            THEN jsonb_build_array(jsonb_build_object('length', sheet_length, 'width', sheet_width))
          ELSE '[]'::jsonb
        END`);
    await db.query(`
      ALTER TABLE material
        ALTER COLUMN version DROP DEFAULT,
        ALTER COLUMN unit SET NOT NULL,
        ALTER COLUMN stock_sizes SET NOT NULL,
        ADD CONSTRAINT material_version_ck CHECK (version >= 1),
        ADD CONSTRAINT material_unit_ck CHECK (unit IN ('m', 'm2', 'pcs', 'set', 'kg', 'l')),
        ADD CONSTRAINT material_profile_ck CHECK (profile IN ('fixed', 'rip')),
        ADD CONSTRAINT material_width_ck CHECK (width > 0),
        ADD CONSTRAINT material_stock_sizes_ck CHECK (jsonb_typeof(stock_sizes) = 'array'),
        DROP CONSTRAINT material_factory_code_uq,
        ADD CONSTRAINT material_factory_code_version_uq UNIQUE (factory_id, code, version)`);

    await db.query(
      `ALTER TABLE split_material ADD COLUMN unit text, ADD COLUMN quantity numeric, ADD COLUMN version int`,
    );
    await db.query(`
      UPDATE split_material SET
        unit = CASE cut_kind WHEN 'linear' THEN 'm' WHEN 'sheet' THEN 'm2' ELSE 'pcs' END,
        quantity = CASE cut_kind
          WHEN 'linear' THEN round(total_length / 1000, 3)
          WHEN 'sheet' THEN round(total_area / 1000000, 3)
          ELSE pieces
        END`);
    await db.query(`ALTER TABLE split_material ALTER COLUMN unit SET NOT NULL, ALTER COLUMN quantity SET NOT NULL`);
    await db.query(`ALTER TABLE split_cut_plan ADD COLUMN rip_width numeric, ADD COLUMN thickness numeric`);
  }

  /** Back to one row per code: the latest version of each material stays. */
  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE split_cut_plan DROP COLUMN rip_width, DROP COLUMN thickness`);
    await db.query(`ALTER TABLE split_material DROP COLUMN unit, DROP COLUMN quantity, DROP COLUMN version`);
    await db.query(`
      DELETE FROM material m USING material newer
        WHERE newer.factory_id = m.factory_id AND newer.code = m.code AND newer.version > m.version`);
    await db.query(`
      ALTER TABLE material
        DROP CONSTRAINT material_factory_code_version_uq,
        ADD CONSTRAINT material_factory_code_uq UNIQUE (factory_id, code),
        DROP COLUMN version,
        DROP COLUMN unit,
        DROP COLUMN profile,
        DROP COLUMN width,
        DROP COLUMN stock_sizes,
        DROP COLUMN created_by`);
  }
}
