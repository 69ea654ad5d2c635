import { migrateUp } from '@mendao/platform';
import { emptyTestDatabase } from '@mendao/platform/testing';
import { Client } from 'pg';
import { MIGRATIONS } from '.';

describe('FactoryProcesses1764910000000', () => {
  const db = emptyTestDatabase();
  const { url } = db;

  beforeAll(() => db.create());
  afterAll(() => db.drop());

  it('gives every factory of the previous release the nine processes its routes name, in shop order', async () => {
    const before = MIGRATIONS.findIndex((m) => m.name === 'FactoryProcesses1764910000000');
    expect(before).toBeGreaterThan(0);
    await migrateUp(url, MIGRATIONS.slice(0, before));
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const { rows: factories } = await client.query<{ id: string }>(
        `INSERT INTO factory (code, name) VALUES ('MIG-A', 'A'), ('MIG-B', 'B') RETURNING id`,
      );
      // a model version saved before, whose route the list must still know after
      await client.query(
        `INSERT INTO product (factory_id, code, version, name_zh, name_en, door_type, width_range, height_range,
                              wall_thickness_range, parameters, components)
         VALUES ($1, 'PD-OLD', 1, '旧门', 'Old door', 'single', '{}', '{}', '{}', '{}',
                 '[{"name": "stile", "route": ["cutting", "edge_banding", "packing"]}]')`,
        [factories[0].id],
      );
      await migrateUp(url, MIGRATIONS);

      for (const { id } of factories) {
        const { rows } = await client.query<Record<string, unknown>>(
          `SELECT code, name_zh, name_en, min_wait_minutes, sort, active FROM process WHERE factory_id = $1
            ORDER BY sort`,
          [id],
        );
        expect(rows.map((r) => [r.code, r.name_zh, r.sort])).toEqual([
          ['cutting', '开料', 1],
          ['pressing', '冷压', 2],
          ['edge_banding', '封边', 3],
          ['cnc', 'CNC', 4],
          ['sanding', '砂光', 5],
          ['veneering', '贴皮', 6],
          ['painting', '喷涂', 7],
          ['assembly', '组装', 8],
          ['packing', '包装', 9],
        ]);
        expect(rows.every((r) => r.min_wait_minutes === 0 && r.active === true && r.name_en !== '')).toBe(true);
      }
      const { rows: routes } = await client.query<{ step: string; known: boolean }>(
        `SELECT step, EXISTS (SELECT 1 FROM process p WHERE p.factory_id = pr.factory_id AND p.code = step) AS known
           FROM product pr, jsonb_array_elements(pr.components) c, jsonb_array_elements_text(c->'route') step`,
      );
      expect(routes).toEqual([
        { step: 'cutting', known: true },
        { step: 'edge_banding', known: true },
        { step: 'packing', known: true },
      ]);
    } finally {
      await client.end();
    }
  });
});
