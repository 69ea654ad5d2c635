import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@mendao/platform';
import { createTestDatabase, TestDatabase } from '@mendao/platform/testing';
import { EQUIPMENT_ENTITIES } from './equipment.entities';

// what only the migration owns (indexes, CHECK, UNIQUE and foreign keys): TypeORM, knowing nothing of them, would drop them
const MIGRATION_ONLY = [/^DROP INDEX /, /^ALTER TABLE "\w+" DROP CONSTRAINT "(?!\w*_pkey")\w+"$/];

describe('the equipment tables and their entities', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(
      dataSourceOptions({ url: db.url, entities: EQUIPMENT_ENTITIES, poolSize: 2 }),
    ).initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('leaves TypeORM nothing to change in the equipment tables: no drift', async () => {
    const { upQueries } = await dataSource.driver.createSchemaBuilder().log();
    const drift = upQueries
      .map((query) => query.query.trim())
      .filter((query) => !MIGRATION_ONLY.some((pattern) => pattern.test(query)));
    expect(drift).toEqual([]);
  });

  it('refuses a down state without a reason and a negative count, whatever code path writes them', async () => {
    const [{ id: factoryId }] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO factory (code, name) VALUES ('EQ-SCHEMA', 'eq') RETURNING id`,
    );
    const [{ id: machineId }] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO machine (factory_id, code, name, process, count_unit, ideal_cycle_seconds)
       VALUES ($1, 'SAW', 'saw', 'cutting', 'sheet', 60) RETURNING id`,
      [factoryId],
    );
    await expect(
      dataSource.query(
        `INSERT INTO machine_state_event (factory_id, machine_id, event_id, at, state, source)
         VALUES ($1, $2, 'a', now(), 'down', 'http')`,
        [factoryId, machineId],
      ),
    ).rejects.toThrow(/machine_state_event_reason_ck/);
    await expect(
      dataSource.query(
        `INSERT INTO machine_count_event (factory_id, machine_id, event_id, at, good, scrap, source)
         VALUES ($1, $2, 'b', now(), -1, 0, 'machine')`,
        [factoryId, machineId],
      ),
    ).rejects.toThrow(/machine_count_event_good_ck/);
  });
});
