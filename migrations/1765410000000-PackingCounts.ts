import { MigrationInterface, QueryRunner } from 'typeorm';

/** A count kept of packed_package rows: its table, its key (packed_package's columns), what it counts. */
interface KeptCount {
  table: string;
  keys: string[];
  column: string;
  counted: string;
}

const COUNTS: KeptCount[] = [
  // an order's packed packages (packed or loaded) of each split run: a scan's "packed / expected"
  {
    table: 'order_packed_count',
    keys: ['factory_id', 'order_id', 'split_run_id'],
    column: 'packed',
    counted: `status <> 'unpacked'`,
  },
  // a shipment's loaded packages of each of its orders: a load scan's counts
  {
    table: 'shipment_loaded_count',
    keys: ['factory_id', 'shipment_id', 'order_id'],
    column: 'loaded',
    counted: `status = 'loaded'`,
  },
];

/** The statement that applies one statement's change (its transition tables, each with its sign) to a count. */
function applyChange(
  { table, keys, column, counted }: KeptCount,
  rows: readonly (readonly [string, 1 | -1])[],
): string {
  const key = keys.join(', ');
  const change = rows.map(([from, sign]) => `SELECT ${key}, ${sign} AS n FROM ${from} WHERE ${counted}`);
  return `
    INSERT INTO ${table} AS c (${key}, ${column})
    SELECT ${key}, sum(n) FROM (${change.join(' UNION ALL ')}) change
     GROUP BY ${key} HAVING sum(n) <> 0
     ORDER BY ${key}
    ON CONFLICT (${key}) DO UPDATE SET ${column} = c.${column} + excluded.${column};`;
}

const TRIGGERS = [
  { event: 'INSERT', referencing: 'NEW TABLE AS new_rows', rows: [['new_rows', 1]] },
  {
    event: 'UPDATE',
    referencing: 'OLD TABLE AS old_rows NEW TABLE AS new_rows',
    rows: [
      ['new_rows', 1],
      ['old_rows', -1],
    ],
  },
  { event: 'DELETE', referencing: 'OLD TABLE AS old_rows', rows: [['old_rows', -1]] },
] as const;

/**
 * Issue 17: every pack and load scan answers with counts (the order's packed packages, the shipment's loaded ones
 * per order), and counting an order's rows at each scan cost Postgres more the larger the order: at the end of an
 * order of 160 packages, about 0.3 ms a count on the benchmark's machine, a fifth of what a scan cost it; an order of
 * 2,000 packages would spend milliseconds. The counts are kept in rows, read in one lookup at any size.
 *
 * Statement triggers on packed_package keep them, so every writer does (a pack or load scan alone or with others, an
 * undo, any later one): each statement's change is applied once per count, in key order, so two transactions that
 * change the same counts lock them in the same order. (No CHECK that a count stays at or above zero: Postgres checks
 * the row an upsert proposes, a decrement's negative number, before it finds the row the decrement applies to.)
 */
export class PackingCounts1765410000000 implements MigrationInterface {
  name = 'PackingCounts1765410000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE order_packed_count (
        factory_id    uuid NOT NULL,
        order_id      uuid NOT NULL,
        split_run_id  uuid NOT NULL,
        packed        int NOT NULL,
        CONSTRAINT order_packed_count_pk PRIMARY KEY (factory_id, order_id, split_run_id),
        CONSTRAINT order_packed_count_order_fk FOREIGN KEY (factory_id, order_id) REFERENCES sales_order (factory_id, id)
      )`);
    await db.query(`
      CREATE TABLE shipment_loaded_count (
        factory_id   uuid NOT NULL,
        shipment_id  uuid NOT NULL,
        order_id     uuid NOT NULL,
        loaded       int NOT NULL,
        CONSTRAINT shipment_loaded_count_pk PRIMARY KEY (factory_id, shipment_id, order_id),
        CONSTRAINT shipment_loaded_count_shipment_fk FOREIGN KEY (factory_id, shipment_id)
          REFERENCES shipment (factory_id, id)
      )`);
    for (const { event, referencing, rows } of TRIGGERS) {
      const name = `packed_package_counts_${event.toLowerCase()}`;
      await db.query(`
        CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          ${COUNTS.map((count) => applyChange(count, rows)).join('\n')}
          RETURN NULL;
        END $$`);
      await db.query(`
        CREATE TRIGGER ${name} AFTER ${event} ON packed_package
          REFERENCING ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION ${name}()`);
    }
    // what was packed and loaded before
    for (const { table, keys, column, counted } of COUNTS) {
      const key = keys.join(', ');
      await db.query(`
        INSERT INTO ${table} (${key}, ${column})
        SELECT ${key}, count(*) FROM packed_package WHERE ${counted} GROUP BY ${key}`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const { event } of TRIGGERS) {
      const name = `packed_package_counts_${event.toLowerCase()}`;
      await db.query(`DROP TRIGGER ${name} ON packed_package`);
      await db.query(`DROP FUNCTION ${name}()`);
    }
    await db.query(`DROP TABLE shipment_loaded_count, order_packed_count`);
  }
}
