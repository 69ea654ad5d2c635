import { migrateDown, migrateUp } from '@mendao/platform';
import { emptyTestDatabase } from '@mendao/platform/testing';
import { MIGRATIONS } from '.';

const NAME = 'ReferencesInFactory1764820000000';

describe(NAME, () => {
  const db = emptyTestDatabase();
  const { url, client } = db;

  beforeAll(() => db.create());

  afterAll(() => db.drop());

  const one = async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows[0] as T;
  const keys = async () =>
    (
      await client.query<{ name: string; valid: boolean }>(
        `SELECT conname AS name, convalidated AS valid FROM pg_constraint
          WHERE contype = 'f' AND conrelid::regclass::text IN ('stock_move', 'pick_list', 'stock_count_scan')
          ORDER BY 1`,
      )
    ).rows;

  it('migrates a database whose ledger already names another factory’s run, refuses such rows from then on, and goes down', async () => {
    const at = MIGRATIONS.findIndex((m) => m.name === NAME);
    expect(at).toBeGreaterThan(0);
    await migrateUp(url, MIGRATIONS.slice(0, at));
    await client.connect();
    const { id: f1 } = await one<{ id: string }>(`INSERT INTO factory (code, name) VALUES ('M1', 'M') RETURNING id`);
    const { id: f2 } = await one<{ id: string }>(`INSERT INTO factory (code, name) VALUES ('M2', 'M') RETURNING id`);
    const { id: runOf2 } = await one<{ id: string }>(
      `INSERT INTO split_run (factory_id, order_ids, job_id) VALUES ($1, '{}', gen_random_uuid()) RETURNING id`,
      [f2],
    );
    const { id: item } = await one<{ id: string }>(
      `INSERT INTO item (factory_id, code, name_zh, name_en, kind, unit) VALUES ($1, 'HINGE', 'H', 'H', 'hardware', 'set') RETURNING id`,
      [f1],
    );
    const { id: location } = await one<{ id: string }>(
      `INSERT INTO location (factory_id, code, name_zh, name_en, type) VALUES ($1, 'A', 'A', 'A', 'storage') RETURNING id`,
      [f1],
    );
    const receipt = `INSERT INTO stock_move (factory_id, scan_id, type, item_id, quantity, to_location_id, split_run_id)
                     VALUES ($1, gen_random_uuid(), 'receipt', $2, 1, $3, $4)`;
    // what the api accepted before this release
    await client.query(receipt, [f1, item, location, runOf2]);

    expect(await migrateUp(url, MIGRATIONS)).toEqual(MIGRATIONS.slice(at).map((m) => m.name));
    // the ledger is never rewritten: its key stays NOT VALID, and every other one is validated
    expect(await keys()).toEqual(
      expect.arrayContaining([
        { name: 'stock_move_split_run_fk', valid: false },
        { name: 'stock_move_pick_list_fk', valid: true },
        { name: 'stock_move_count_fk', valid: true },
        { name: 'pick_list_split_run_fk', valid: true },
        { name: 'stock_count_scan_count_fk', valid: true },
      ]),
    );
    await expect(client.query(receipt, [f1, item, location, runOf2])).rejects.toThrow(/stock_move_split_run_fk/);
    await client.query(receipt, [f1, item, location, null]);

    expect(await migrateDown(url, MIGRATIONS, MIGRATIONS.length - at)).toBe(MIGRATIONS.length - at);
    expect((await keys()).map((k) => k.name)).toEqual(
      expect.arrayContaining(['stock_count_scan_count_id_fkey', 'stock_count_scan_item_id_fkey']),
    );
    expect((await keys()).map((k) => k.name)).not.toContain('stock_move_split_run_fk');
    await client.query(receipt, [f1, item, location, runOf2]);
    expect(await migrateUp(url, MIGRATIONS)).toEqual(MIGRATIONS.slice(at).map((m) => m.name));
  });
});
