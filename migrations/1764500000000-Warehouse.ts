import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Items, locations and their barcodes; the stock ledger (append-only) and the balances it keeps;
 * counts and pick lists. Quantities are numeric (exact), never negative in a balance.
 */
export class Warehouse1764500000000 implements MigrationInterface {
  name = 'Warehouse1764500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE item (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        factory_id      uuid NOT NULL REFERENCES factory (id),
        code            text NOT NULL,
        name_zh         text NOT NULL,
        name_en         text NOT NULL,
        kind            text NOT NULL CHECK (kind IN ('board', 'moulding', 'veneer', 'hardware', 'glass',
                          'consumable', 'wip', 'package', 'remnant')),
        unit            text NOT NULL CHECK (unit IN ('sheet', 'piece', 'm', 'm2', 'kg', 'set')),
        width           numeric CHECK (width > 0),
        length          numeric CHECK (length > 0),
        thickness       numeric CHECK (thickness > 0),
        lot_tracked     boolean NOT NULL DEFAULT false,
        reorder_point   numeric NOT NULL DEFAULT 0 CHECK (reorder_point >= 0),
        standard_cost   numeric NOT NULL DEFAULT 0 CHECK (standard_cost >= 0),
        parent_item_id  uuid REFERENCES item (id),
        active          boolean NOT NULL DEFAULT true,
        created_at      timestamptz NOT NULL DEFAULT now(),
        updated_at      timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT item_factory_code_uq UNIQUE (factory_id, code)
      )`);
    await db.query(`
      CREATE TABLE location (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        factory_id  uuid NOT NULL REFERENCES factory (id),
        code        text NOT NULL,
        name_zh     text NOT NULL,
        name_en     text NOT NULL,
        type        text NOT NULL CHECK (type IN ('receiving', 'storage', 'production', 'packing', 'shipping', 'scrap')),
        active      boolean NOT NULL DEFAULT true,
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT location_factory_code_uq UNIQUE (factory_id, code)
      )`);
    // one table, so a scanned code resolves to exactly one item or location
    await db.query(`
      CREATE TABLE barcode (
        factory_id   uuid NOT NULL REFERENCES factory (id),
        code         text NOT NULL,
        item_id      uuid REFERENCES item (id) ON DELETE CASCADE,
        location_id  uuid REFERENCES location (id) ON DELETE CASCADE,
        PRIMARY KEY (factory_id, code),
        CHECK ((item_id IS NULL) <> (location_id IS NULL))
      )`);
    await db.query(`CREATE INDEX barcode_factory_item_ix ON barcode (factory_id, item_id)`);
    await db.query(`CREATE INDEX barcode_factory_location_ix ON barcode (factory_id, location_id)`);
    await db.query(`
      CREATE TABLE stock_move (
        id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        factory_id        uuid NOT NULL REFERENCES factory (id),
        scan_id           uuid NOT NULL,
        type              text NOT NULL CHECK (type IN ('receipt', 'issue', 'completion', 'transfer', 'adjustment')),
        item_id           uuid NOT NULL REFERENCES item (id),
        quantity          numeric NOT NULL CHECK (quantity > 0),
        from_location_id  uuid REFERENCES location (id),
        to_location_id    uuid REFERENCES location (id),
        lot               text NOT NULL DEFAULT '',
        reason            text,
        reference         text,
        split_run_id      uuid,
        work_order_id     uuid,
        pick_list_id      uuid,
        count_id          uuid,
        user_id           uuid,
        username          text,
        device            text,
        response          jsonb,
        created_at        timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT stock_move_factory_scan_uq UNIQUE (factory_id, scan_id),
        CHECK (from_location_id IS NOT NULL OR to_location_id IS NOT NULL),
        CHECK (from_location_id IS DISTINCT FROM to_location_id)
      )`);
    await db.query(`CREATE INDEX stock_move_factory_created_ix ON stock_move (factory_id, created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX stock_move_factory_item_ix ON stock_move (factory_id, item_id, created_at DESC)`);
    // the ledger is append-only: no update or delete, whoever asks
    await db.query(`
      CREATE FUNCTION stock_move_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'stock_move is append-only' USING ERRCODE = '42501';
      END $$`);
    await db.query(`
      CREATE TRIGGER stock_move_append_only BEFORE UPDATE OR DELETE ON stock_move
      FOR EACH ROW EXECUTE FUNCTION stock_move_append_only()`);
    // the last step of a move's single statement (see StockLedger): raising here undoes all of it
    await db.query(`
      CREATE FUNCTION stock_move_settle(recorded int, taken int, picked int) RETURNS int LANGUAGE plpgsql AS $$
      BEGIN
        IF taken = 0 THEN RAISE EXCEPTION 'not enough stock' USING ERRCODE = 'MD002'; END IF;
        IF recorded = 0 THEN RAISE EXCEPTION 'scan already recorded' USING ERRCODE = 'MD001'; END IF;
        IF picked = 0 THEN RAISE EXCEPTION 'item not on the pick list' USING ERRCODE = 'MD003'; END IF;
        RETURN 1;
      END $$`);
    await db.query(`
      CREATE TABLE stock_balance (
        factory_id   uuid NOT NULL REFERENCES factory (id),
        item_id      uuid NOT NULL REFERENCES item (id),
        location_id  uuid NOT NULL REFERENCES location (id),
        lot          text NOT NULL DEFAULT '',
        quantity     numeric NOT NULL CHECK (quantity >= 0),
        updated_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (factory_id, item_id, location_id, lot)
      )`);
    await db.query(`CREATE INDEX stock_balance_factory_location_ix ON stock_balance (factory_id, location_id)`);
    await db.query(`
      CREATE TABLE stock_count (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        factory_id   uuid NOT NULL REFERENCES factory (id),
        location_id  uuid REFERENCES location (id),
        item_id      uuid REFERENCES item (id),
        status       text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'completed', 'completed_with_discrepancies')),
        opened_by    text,
        closed_by    text,
        report       jsonb,
        created_at   timestamptz NOT NULL DEFAULT now(),
        closed_at    timestamptz,
        CHECK (location_id IS NOT NULL OR item_id IS NOT NULL)
      )`);
    // one open count per location, and per item counted everywhere: two would adjust the same stock twice
    await db.query(
      `CREATE UNIQUE INDEX stock_count_one_open_uq ON stock_count (factory_id, location_id)
        WHERE status = 'open' AND location_id IS NOT NULL`,
    );
    await db.query(
      `CREATE UNIQUE INDEX stock_count_one_open_item_uq ON stock_count (factory_id, item_id)
        WHERE status = 'open' AND location_id IS NULL`,
    );
    await db.query(`
      CREATE TABLE stock_count_scan (
        factory_id  uuid NOT NULL REFERENCES factory (id),
        scan_id     uuid NOT NULL,
        count_id    uuid NOT NULL REFERENCES stock_count (id),
        location_id uuid NOT NULL REFERENCES location (id),
        item_id     uuid NOT NULL REFERENCES item (id),
        lot         text NOT NULL DEFAULT '',
        quantity    numeric NOT NULL CHECK (quantity >= 0),
        username    text,
        device      text,
        created_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (factory_id, scan_id)
      )`);
    await db.query(`CREATE INDEX stock_count_scan_count_ix ON stock_count_scan (factory_id, count_id)`);
    await db.query(`
      CREATE TABLE pick_list (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        factory_id    uuid NOT NULL REFERENCES factory (id),
        split_run_id  uuid NOT NULL,
        created_by    text,
        created_at    timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE pick_list_line (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        factory_id    uuid NOT NULL REFERENCES factory (id),
        pick_list_id  uuid NOT NULL REFERENCES pick_list (id),
        seq           int NOT NULL,
        item_id       uuid NOT NULL REFERENCES item (id),
        location_id   uuid REFERENCES location (id),
        lot           text NOT NULL DEFAULT '',
        quantity      numeric NOT NULL CHECK (quantity >= 0),
        picked        numeric NOT NULL DEFAULT 0 CHECK (picked >= 0),
        shortage      numeric NOT NULL DEFAULT 0 CHECK (shortage >= 0)
      )`);
    await db.query(`CREATE INDEX pick_list_line_list_ix ON pick_list_line (factory_id, pick_list_id, seq)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'pick_list_line',
      'pick_list',
      'stock_count_scan',
      'stock_count',
      'stock_balance',
      'stock_move',
      'barcode',
      'location',
      'item',
    ]) {
      await db.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await db.query(`DROP FUNCTION IF EXISTS stock_move_append_only()`);
    await db.query(`DROP FUNCTION IF EXISTS stock_move_settle(int, int, int)`);
  }
}
