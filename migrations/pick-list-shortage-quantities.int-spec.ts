import { migrateUp } from '@mendao/platform';
import { emptyTestDatabase } from '@mendao/platform/testing';
import { Client } from 'pg';
import { MIGRATIONS } from '.';

describe('PickListShortageQuantities1764700000000', () => {
  const db = emptyTestDatabase();
  const { url } = db;

  beforeAll(() => db.create());
  afterAll(() => db.drop());

  it('gives pick-list shortage lines stored with quantity 0 their shortage as quantity', async () => {
    const before = MIGRATIONS.findIndex((m) => m.name === 'PickListShortageQuantities1764700000000');
    expect(before).toBeGreaterThan(0);
    await migrateUp(url, MIGRATIONS.slice(0, before));
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const {
        rows: [{ id: factory }],
      } = await client.query<{ id: string }>(`INSERT INTO factory (code, name) VALUES ('MIG', 'M') RETURNING id`);
      const {
        rows: [{ id: item }],
      } = await client.query<{ id: string }>(
        `INSERT INTO item (factory_id, code, name_zh, name_en, kind, unit) VALUES ($1, 'HINGE', 'H', 'H', 'hardware', 'set') RETURNING id`,
        [factory],
      );
      const {
        rows: [{ id: list }],
      } = await client.query<{ id: string }>(
        `INSERT INTO pick_list (factory_id, split_run_id) VALUES ($1, gen_random_uuid()) RETURNING id`,
        [factory],
      );
      await client.query(
        `INSERT INTO pick_list_line (factory_id, pick_list_id, seq, item_id, location_id, quantity, shortage)
         VALUES ($1, $2, 1, $3, NULL, 0, 6), ($1, $2, 2, $3, NULL, 4, 4)`,
        [factory, list, item],
      );
      await migrateUp(url, MIGRATIONS);
      const { rows } = await client.query<{ seq: number; quantity: string }>(
        `SELECT seq, quantity FROM pick_list_line WHERE pick_list_id = $1 ORDER BY seq`,
        [list],
      );
      expect(rows.map((r) => [r.seq, Number(r.quantity)])).toEqual([
        [1, 6],
        [2, 4],
      ]);
    } finally {
      await client.end();
    }
  });
});
