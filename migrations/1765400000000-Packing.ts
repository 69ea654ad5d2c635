import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17, packing and shipping verification. Packing keeps its own records keyed by the package code (a re-split
 * deletes and remakes an order's door_package rows; what was packed or loaded must outlive that):
 * - package_serial_seq: the package serials of the whole instance (splitting allocates codes from it: a code names one
 *   package of one factory, never reused);
 * - packing_settings: the factory's GS1 company prefix (SSCC-18 labels when set);
 * - packing_station: the pack stations, each with the order open at it;
 * - packed_package: a package's packing state (packed, loaded, unpacked after an undo), one row per code;
 * - packing_scan: every scan at a pack station or into a shipment, with its first answer (replayed by scanId);
 * - shipment and shipment_order: a truck's load, its orders in stop order.
 */
export class Packing1765400000000 implements MigrationInterface {
  name = 'Packing1765400000000';

  async up(db: QueryRunner): Promise<void> {
    // nine digits of serial in a package code; no CYCLE: a code is never given twice
    await db.query(`CREATE SEQUENCE package_serial_seq AS bigint MINVALUE 1 MAXVALUE 999999999 NO CYCLE`);
    await db.query(`
      CREATE TABLE packing_settings (
        factory_id          uuid PRIMARY KEY REFERENCES factory (id),
        gs1_company_prefix  text CHECK (gs1_company_prefix ~ '^[0-9]{7,10}$'),
        sscc_extension      int NOT NULL DEFAULT 0 CHECK (sscc_extension BETWEEN 0 AND 9),
        updated_at          timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE packing_station (
        factory_id     uuid NOT NULL REFERENCES factory (id),
        code           text NOT NULL,
        name           text NOT NULL,
        active         boolean NOT NULL DEFAULT true,
        open_order_id  uuid,
        opened_at      timestamptz,
        created_at     timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT packing_station_pk PRIMARY KEY (factory_id, code),
        CONSTRAINT packing_station_order_fk FOREIGN KEY (factory_id, open_order_id) REFERENCES sales_order (factory_id, id)
      )`);
    await db.query(`
      CREATE TABLE shipment (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        factory_id       uuid NOT NULL REFERENCES factory (id),
        number           text NOT NULL,
        vehicle          text NOT NULL,
        driver           text,
        status           text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed', 'cancelled')),
        created_by       uuid,
        created_at       timestamptz NOT NULL DEFAULT now(),
        closed_at        timestamptz,
        closed_by        uuid,
        override_reason  text,
        -- the packages missing when it was closed with an override: [{code, barcode, orderNo, lineNo, doorNo, k, n}]
        missing          jsonb NOT NULL DEFAULT '[]',
        -- planned and cancelled before anything was loaded: its orders free for another shipment
        cancelled_at     timestamptz,
        cancelled_by     uuid,
        CONSTRAINT shipment_factory_id_uq UNIQUE (factory_id, id),
        CONSTRAINT shipment_number_uq UNIQUE (factory_id, number),
        CONSTRAINT shipment_closed_ck CHECK ((status = 'closed') = (closed_at IS NOT NULL)),
        CONSTRAINT shipment_cancelled_ck CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX shipment_list_ix ON shipment (factory_id, created_at DESC, id DESC)`);
    await db.query(`
      CREATE TABLE shipment_order (
        factory_id   uuid NOT NULL REFERENCES factory (id),
        shipment_id  uuid NOT NULL,
        order_id     uuid NOT NULL,
        -- delivery stop: 1 is delivered first, so it is loaded last
        stop         int NOT NULL CHECK (stop >= 1),
        CONSTRAINT shipment_order_pk PRIMARY KEY (factory_id, shipment_id, order_id),
        CONSTRAINT shipment_order_shipment_fk FOREIGN KEY (factory_id, shipment_id) REFERENCES shipment (factory_id, id),
        CONSTRAINT shipment_order_order_fk FOREIGN KEY (factory_id, order_id) REFERENCES sales_order (factory_id, id)
      )`);
    await db.query(`CREATE INDEX shipment_order_order_ix ON shipment_order (factory_id, order_id)`);
    await db.query(`
      CREATE TABLE packed_package (
        factory_id      uuid NOT NULL REFERENCES factory (id),
        code            text NOT NULL,
        order_id        uuid NOT NULL,
        line_id         uuid NOT NULL,
        door_no         int NOT NULL,
        k               int NOT NULL,
        n               int NOT NULL,
        split_run_id    uuid NOT NULL,
        status          text NOT NULL CHECK (status IN ('packed', 'loaded', 'unpacked')),
        packed_at       timestamptz NOT NULL,
        packed_by       uuid,
        packed_station  text,
        pack_scan_id    uuid,
        shipment_id     uuid,
        loaded_at       timestamptz,
        loaded_by       uuid,
        load_scan_id    uuid,
        CONSTRAINT packed_package_pk PRIMARY KEY (factory_id, code),
        CONSTRAINT packed_package_order_fk FOREIGN KEY (factory_id, order_id) REFERENCES sales_order (factory_id, id),
        CONSTRAINT packed_package_shipment_fk FOREIGN KEY (factory_id, shipment_id) REFERENCES shipment (factory_id, id),
        CONSTRAINT packed_package_loaded_ck CHECK ((status = 'loaded') = (shipment_id IS NOT NULL AND loaded_at IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX packed_package_order_ix ON packed_package (factory_id, order_id)`);
    await db.query(`CREATE INDEX packed_package_shipment_ix ON packed_package (factory_id, shipment_id)`);
    await db.query(`
      CREATE TABLE packing_scan (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        factory_id    uuid NOT NULL REFERENCES factory (id),
        scan_id       uuid NOT NULL,
        kind          text NOT NULL CHECK (kind IN ('pack', 'load')),
        station       text,
        shipment_id   uuid,
        -- as scanned (trimmed), and the package code it resolved to
        barcode       text NOT NULL,
        package_code  text,
        order_id      uuid,
        result        text NOT NULL,
        reason        text,
        user_id       uuid,
        username      text,
        at            timestamptz NOT NULL DEFAULT now(),
        -- what was asked, to tell a replay from a scanId used again for another scan
        request       jsonb NOT NULL,
        -- the first answer: HTTP status and body, replayed for the same scanId
        status        int NOT NULL,
        answer        jsonb NOT NULL,
        undone_at     timestamptz,
        undone_by     uuid,
        undo_reason   text,
        CONSTRAINT packing_scan_scan_uq UNIQUE (factory_id, scan_id),
        CONSTRAINT packing_scan_kind_ck CHECK ((kind = 'pack') = (station IS NOT NULL)),
        CONSTRAINT packing_scan_shipment_fk FOREIGN KEY (factory_id, shipment_id) REFERENCES shipment (factory_id, id)
      )`);
    await db.query(`CREATE INDEX packing_scan_at_ix ON packing_scan (factory_id, at)`);
    await db.query(`CREATE INDEX packing_scan_package_ix ON packing_scan (factory_id, package_code)`);
    // a pack scan's door k of n reads one door's packages: without this, the whole run's
    await db.query(`CREATE INDEX door_package_door_ix ON door_package (factory_id, line_id, door_no)`);
    await recodePackages(db);
  }

  /** The package codes stay as up() made them: the old ones are gone, and the previous release reads any text. */
  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX door_package_door_ix`);
    await db.query(`DROP TABLE packing_scan`);
    await db.query(`DROP TABLE packed_package`);
    await db.query(`DROP TABLE shipment_order`);
    await db.query(`DROP TABLE shipment`);
    await db.query(`DROP TABLE packing_station`);
    await db.query(`DROP TABLE packing_settings`);
    await db.query(`DROP SEQUENCE package_serial_seq`);
  }
}

/** Rows recoded per statement: a factory of many split orders is not rewritten in one giant UPDATE. */
const RECODE_BATCH = 5000;
/** A package code of this release (see recodedPackageCode). */
const CODED = '^P[0-9]{10}$';

/**
 * The package codes of the release before were `ORDERNO-line-door-k` (no check character; Chinese order numbers
 * do not fit Code 128). Each package still so coded gets the code a split would give it now, `P` + a nine-digit
 * serial + the GS1 mod-10 check digit, numbered across the whole instance (factory, run, order, line, door, k order)
 * from package_serial_seq, which first moves past any code of this form already there (up again after a down), so
 * a code names one package of one factory. Safe: no package label was ever printed and nothing was packed yet. An
 * old code holds a '-', so no new code equals one: the unique (factory_id, barcode) holds throughout.
 */
async function recodePackages(db: QueryRunner): Promise<void> {
  await db.query(`
    SELECT setval('package_serial_seq', top, true) FROM (
      SELECT max(substr(barcode, 2, 9)::bigint) AS top FROM door_package WHERE barcode ~ '${CODED}') c
     WHERE top IS NOT NULL`);
  // serials are taken over the sorted subquery, so they follow factory, run, order, line, door, k
  await db.query(`
    CREATE TEMP TABLE package_recode AS
    SELECT id, nextval('package_serial_seq') AS serial FROM (
      SELECT d.id FROM door_package d
        JOIN split_run r ON r.id = d.split_run_id
        LEFT JOIN sales_order o ON o.id = d.order_id
        LEFT JOIN order_line l ON l.id = d.line_id
       WHERE d.barcode !~ '${CODED}'
       ORDER BY d.factory_id, r.created_at, r.id, o.order_no, d.order_id, l.line_no, d.line_id, d.door_no, d.k, d.id
    ) ordered`);
  await db.query(`ALTER TABLE package_recode ADD PRIMARY KEY (serial)`);
  let after: string | null = null;
  for (;;) {
    const rows = (await db.query(
      `SELECT id, serial FROM package_recode WHERE $1::bigint IS NULL OR serial > $1::bigint
        ORDER BY serial LIMIT ${RECODE_BATCH}`,
      [after],
    )) as { id: string; serial: string }[];
    if (rows.length === 0) break;
    await db.query(
      `UPDATE door_package d SET barcode = c.code
         FROM unnest($1::uuid[], $2::text[]) AS c (id, code)
        WHERE d.id = c.id`,
      [rows.map((r) => r.id), rows.map((r) => recodedPackageCode(Number(r.serial)))],
    );
    after = rows[rows.length - 1].serial;
  }
  await db.query(`DROP TABLE package_recode`);
}

/**
 * packageCode of libs/splitting/src/domain/package-code.ts as this release defines it, copied so the migration
 * stays what it was whatever the lib becomes (its test checks the two agree).
 */
function recodedPackageCode(serial: number): string {
  const digits = String(serial).padStart(9, '0');
  if (digits.length > 9) throw new Error(`package serial ${serial} does not fit nine digits`);
  let sum = 0;
  for (let i = digits.length - 1, weight = 3; i >= 0; i -= 1, weight = 4 - weight) sum += Number(digits[i]) * weight;
  return `P${digits}${(10 - (sum % 10)) % 10}`;
}
