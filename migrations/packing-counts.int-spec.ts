import { migrateUp } from '@mendao/platform';
import { emptyTestDatabase } from '@mendao/platform/testing';
import { MIGRATIONS } from '.';

const NAME = 'PackingCounts1765410000000';

/** The counts as counting packed_package's rows gives them (a count of zero is no count). */
const RECOUNT = {
  packed: `SELECT factory_id, order_id, split_run_id, count(*)::int AS n FROM packed_package
            WHERE status <> 'unpacked' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
  loaded: `SELECT factory_id, shipment_id, order_id, count(*)::int AS n FROM packed_package
            WHERE status = 'loaded' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
};
const KEPT = {
  packed: `SELECT factory_id, order_id, split_run_id, packed AS n FROM order_packed_count
            WHERE packed <> 0 ORDER BY 1, 2, 3`,
  loaded: `SELECT factory_id, shipment_id, order_id, loaded AS n FROM shipment_loaded_count
            WHERE loaded <> 0 ORDER BY 1, 2, 3`,
};

describe(`${NAME}: an order's packed and a shipment's loaded packages, kept as counts`, () => {
  const db = emptyTestDatabase();
  const { url, client } = db;
  let f: string;
  let orders: string[];
  let runs: string[];
  let shipments: string[];

  beforeAll(() => db.create());

  afterAll(() => db.drop());

  const rows = async (sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows;
  const ids = async (sql: string, params: unknown[]) => (await rows(sql, params)).map((r) => r.id as string);
  const expectCountsKept = async () => {
    expect(await rows(KEPT.packed)).toEqual(await rows(RECOUNT.packed));
    expect(await rows(KEPT.loaded)).toEqual(await rows(RECOUNT.loaded));
  };
  /** `count` packages of an order, packed (`status`) at codes prefix-1… */
  const pack = (prefix: string, order: number, run: number, count: number, status = 'packed') =>
    client.query(
      `INSERT INTO packed_package (factory_id, code, order_id, line_id, door_no, k, n, split_run_id, status, packed_at)
       SELECT $1, $2 || '-' || i, $3, gen_random_uuid(), i, 1, 1, $4, $5, now() FROM generate_series(1, $6::int) i`,
      [f, prefix, orders[order], runs[run], status, count],
    );
  const load = (codes: string[], shipment: number) =>
    client.query(
      `UPDATE packed_package SET status = 'loaded', shipment_id = $3, loaded_at = now()
        WHERE factory_id = $1 AND code = ANY($2::text[]) AND status = 'packed'`,
      [f, codes, shipments[shipment]],
    );

  it('counts what was packed and loaded before it, and keeps the counts through every kind of write', async () => {
    const at = MIGRATIONS.findIndex((m) => m.name === NAME);
    expect(at).toBeGreaterThan(0);
    await migrateUp(url, MIGRATIONS.slice(0, at));
    await client.connect();

    // what the release before packed and loaded: two orders, one of them split twice, two shipments
    [f] = await ids(`INSERT INTO factory (code, name) VALUES ('PC', 'PC') RETURNING id`, []);
    orders = await ids(
      `INSERT INTO sales_order (factory_id, order_no, customer, status)
       SELECT $1, 'SO-' || i, '客户', 'in_production' FROM generate_series(1, 2) i RETURNING id`,
      [f],
    );
    runs = await ids(
      `INSERT INTO split_run (factory_id, order_ids, job_id, status)
       SELECT $1, $2, gen_random_uuid(), 'succeeded' FROM generate_series(1, 2) RETURNING id`,
      [f, orders],
    );
    shipments = await ids(
      `INSERT INTO shipment (factory_id, number, vehicle) SELECT $1, 'SH-' || i, '浙H' || i
         FROM generate_series(1, 2) i RETURNING id`,
      [f],
    );
    await pack('A', 0, 0, 5);
    await pack('B', 0, 1, 3);
    await pack('C', 1, 1, 4);
    await pack('U', 1, 1, 2, 'unpacked');
    await load(['A-1', 'A-2', 'C-1'], 0);
    await load(['C-2'], 1);

    await migrateUp(url, MIGRATIONS.slice(0, at + 1));
    const counted = await rows(KEPT.packed);
    expect(counted).toHaveLength(3);
    expect(counted).toEqual(
      expect.arrayContaining([
        { factory_id: f, order_id: orders[0], split_run_id: runs[0], n: 5 },
        { factory_id: f, order_id: orders[0], split_run_id: runs[1], n: 3 },
        { factory_id: f, order_id: orders[1], split_run_id: runs[1], n: 4 },
      ]),
    );
    await expectCountsKept();

    // packed: new packages, and one unpacked by an undo packed again (an upsert that updates)
    await pack('D', 1, 1, 3);
    await client.query(
      `INSERT INTO packed_package (factory_id, code, order_id, line_id, door_no, k, n, split_run_id, status, packed_at)
       VALUES ($1, 'U-1', $2, gen_random_uuid(), 1, 1, 1, $3, 'packed', now()),
              ($1, 'E-1', $2, gen_random_uuid(), 1, 1, 1, $3, 'packed', now())
       ON CONFLICT (factory_id, code) DO UPDATE SET status = 'packed' WHERE packed_package.status = 'unpacked'`,
      [f, orders[1], runs[1]],
    );
    await expectCountsKept();
    // loaded into two shipments in one statement, a load undone, a pack undone, a loaded package moved
    await client.query(
      `UPDATE packed_package SET status = 'loaded', shipment_id = CASE WHEN code LIKE 'A-%' THEN $2 ELSE $3 END::uuid,
              loaded_at = now()
        WHERE factory_id = $1 AND code IN ('A-3', 'D-1', 'D-2')`,
      [f, shipments[0], shipments[1]],
    );
    await client.query(
      `UPDATE packed_package SET status = 'packed', shipment_id = NULL, loaded_at = NULL
        WHERE factory_id = $1 AND code = 'A-1'`,
      [f],
    );
    await client.query(`UPDATE packed_package SET status = 'unpacked' WHERE factory_id = $1 AND code = 'B-1'`, [f]);
    await client.query(`UPDATE packed_package SET shipment_id = $2 WHERE factory_id = $1 AND code = 'C-2'`, [
      f,
      shipments[0],
    ]);
    await expectCountsKept();
    // a statement that changes nothing counted, and rows deleted
    await client.query(`UPDATE packed_package SET packed_station = 'PACK-01' WHERE factory_id = $1`, [f]);
    await client.query(`DELETE FROM packed_package WHERE factory_id = $1 AND code IN ('C-1', 'C-3', 'U-2')`, [f]);
    await expectCountsKept();
    expect((await rows(KEPT.loaded)).map((r) => [r.shipment_id, r.order_id, r.n])).toEqual(
      expect.arrayContaining([
        [shipments[0], orders[0], 2],
        [shipments[0], orders[1], 1],
        [shipments[1], orders[1], 2],
      ]),
    );
  });
});
