import { MigrationInterface, QueryRunner } from 'typeorm';

/** Door models (versioned), materials, orders and their lines, split runs and their results. */
export class Splitting1764400000000 implements MigrationInterface {
  name = 'Splitting1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE product (
        id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        factory_id            uuid NOT NULL REFERENCES factory (id),
        code                  text NOT NULL,
        version               int NOT NULL CHECK (version > 0),
        name_zh               text NOT NULL,
        name_en               text NOT NULL,
        door_type             text NOT NULL,
        width_range           jsonb NOT NULL,
        height_range          jsonb NOT NULL,
        wall_thickness_range  jsonb NOT NULL,
        parameters            jsonb NOT NULL,
        components            jsonb NOT NULL,
        created_by            uuid,
        created_at            timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT product_factory_code_version_uq UNIQUE (factory_id, code, version)
      )`);
    await db.query(`
      CREATE TABLE material (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        factory_id    uuid NOT NULL REFERENCES factory (id),
        code          text NOT NULL,
        name_zh       text NOT NULL,
        name_en       text NOT NULL,
        cut_kind      text NOT NULL CHECK (cut_kind IN ('linear', 'sheet', 'none')),
        stock_length  numeric CHECK (stock_length > 0),
        sheet_width   numeric CHECK (sheet_width > 0),
        sheet_length  numeric CHECK (sheet_length > 0),
        thickness     numeric,
        kerf          numeric NOT NULL DEFAULT 0 CHECK (kerf >= 0),
        trim          numeric NOT NULL DEFAULT 0 CHECK (trim >= 0),
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT material_factory_code_uq UNIQUE (factory_id, code)
      )`);
    await db.query(`
      CREATE TABLE sales_order (
        id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        factory_id         uuid NOT NULL REFERENCES factory (id),
        order_no           text NOT NULL,
        customer           text NOT NULL,
        due_date           date,
        status             text NOT NULL DEFAULT 'draft'
          CHECK (status IN ('draft', 'confirmed', 'split', 'in_production', 'packed', 'shipped', 'cancelled')),
        split_stale        boolean NOT NULL DEFAULT false,
        last_split_run_id  uuid,
        created_at         timestamptz NOT NULL DEFAULT now(),
        updated_at         timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT sales_order_factory_no_uq UNIQUE (factory_id, order_no),
        CONSTRAINT sales_order_factory_id_uq UNIQUE (factory_id, id)
      )`);
    await db.query(`CREATE INDEX sales_order_factory_created_ix ON sales_order (factory_id, created_at, id)`);
    await db.query(`
      CREATE TABLE order_line (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        factory_id       uuid NOT NULL,
        order_id         uuid NOT NULL,
        line_no          int NOT NULL,
        product_code     text NOT NULL,
        product_version  int NOT NULL,
        width            numeric NOT NULL CHECK (width > 0),
        height           numeric NOT NULL CHECK (height > 0),
        wall_thickness   numeric NOT NULL CHECK (wall_thickness > 0),
        master_width     numeric,
        swing            text NOT NULL,
        finish           text NOT NULL,
        quantity         int NOT NULL CHECK (quantity > 0),
        room             text,
        note             text,
        CONSTRAINT order_line_order_fk FOREIGN KEY (factory_id, order_id) REFERENCES sales_order (factory_id, id) ON DELETE CASCADE,
        CONSTRAINT order_line_factory_order_no_uq UNIQUE (factory_id, order_id, line_no)
      )`);
    await db.query(`
      CREATE TABLE split_run (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        factory_id   uuid NOT NULL REFERENCES factory (id),
        order_ids    uuid[] NOT NULL,
        job_id       uuid NOT NULL,
        status       text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
        error        text,
        summary      jsonb,
        created_by   uuid,
        created_at   timestamptz NOT NULL DEFAULT now(),
        finished_at  timestamptz
      )`);
    await db.query(`CREATE INDEX split_run_factory_created_ix ON split_run (factory_id, created_at)`);
    await db.query(`
      CREATE TABLE split_part (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        factory_id       uuid NOT NULL,
        split_run_id     uuid NOT NULL REFERENCES split_run (id) ON DELETE CASCADE,
        seq              int NOT NULL,
        ref              text NOT NULL,
        order_id         uuid NOT NULL,
        line_id          uuid NOT NULL,
        product_version  int NOT NULL,
        component        text NOT NULL,
        kind             text NOT NULL,
        material         text NOT NULL,
        length           numeric NOT NULL,
        width            numeric NOT NULL,
        thickness        numeric NOT NULL,
        per_door         int NOT NULL,
        quantity         int NOT NULL,
        cut_kind         text NOT NULL,
        grain            text NOT NULL,
        route            text[] NOT NULL,
        package_group    text NOT NULL
      )`);
    await db.query(`CREATE INDEX split_part_factory_run_ix ON split_part (factory_id, split_run_id, seq)`);
    await db.query(`
      CREATE TABLE split_material (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        factory_id    uuid NOT NULL,
        split_run_id  uuid NOT NULL REFERENCES split_run (id) ON DELETE CASCADE,
        material      text NOT NULL,
        cut_kind      text NOT NULL,
        pieces        int NOT NULL,
        total_length  numeric NOT NULL,
        total_area    numeric NOT NULL,
        stock_used    int NOT NULL,
        yield         double precision
      )`);
    await db.query(`CREATE INDEX split_material_factory_run_ix ON split_material (factory_id, split_run_id)`);
    await db.query(`
      CREATE TABLE split_cut_plan (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        factory_id    uuid NOT NULL,
        split_run_id  uuid NOT NULL REFERENCES split_run (id) ON DELETE CASCADE,
        n             int NOT NULL,
        material      text NOT NULL,
        kind          text NOT NULL,
        plan          jsonb NOT NULL,
        CONSTRAINT split_cut_plan_factory_run_n_uq UNIQUE (factory_id, split_run_id, n)
      )`);
    await db.query(`
      CREATE TABLE work_order (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        factory_id    uuid NOT NULL,
        split_run_id  uuid NOT NULL REFERENCES split_run (id) ON DELETE CASCADE,
        number        text NOT NULL,
        sequence      int NOT NULL,
        process       text NOT NULL,
        pieces        int NOT NULL,
        parts         jsonb NOT NULL,
        CONSTRAINT work_order_factory_run_seq_uq UNIQUE (factory_id, split_run_id, sequence)
      )`);
    await db.query(`CREATE INDEX work_order_factory_run_ix ON work_order (factory_id, split_run_id, sequence)`);
    await db.query(`
      CREATE TABLE door_package (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        factory_id     uuid NOT NULL,
        split_run_id   uuid NOT NULL REFERENCES split_run (id) ON DELETE CASCADE,
        order_id       uuid NOT NULL,
        line_id        uuid NOT NULL,
        door_no        int NOT NULL,
        k              int NOT NULL,
        n              int NOT NULL,
        package_group  text NOT NULL,
        barcode        text NOT NULL,
        contents       jsonb NOT NULL,
        status         text NOT NULL DEFAULT 'created',
        CONSTRAINT door_package_factory_barcode_uq UNIQUE (factory_id, barcode)
      )`);
    await db.query(`CREATE INDEX door_package_factory_run_ix ON door_package (factory_id, split_run_id)`);
    await db.query(`CREATE INDEX door_package_factory_order_ix ON door_package (factory_id, order_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'door_package',
      'work_order',
      'split_cut_plan',
      'split_material',
      'split_part',
      'split_run',
      'order_line',
      'sales_order',
      'material',
      'product',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
