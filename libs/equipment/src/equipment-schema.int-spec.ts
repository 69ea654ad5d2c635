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

  it("refuses events naming another factory's machine or reason, checked once per statement", async () => {
    const factory = async (code: string) =>
      (
        await dataSource.query<{ id: string }[]>(`INSERT INTO factory (code, name) VALUES ($1, $2) RETURNING id`, [
          code,
          `Factory ${code}`,
        ])
      )[0].id;
    const [mine, theirs] = [await factory('EQ-REF-A'), await factory('EQ-REF-B')];
    const machine = async (factoryId: string) =>
      (
        await dataSource.query<{ id: string }[]>(
          `INSERT INTO machine (factory_id, code, name, process, count_unit, ideal_cycle_seconds)
           VALUES ($1, 'SAW', 'saw', 'cutting', 'sheet', 60) RETURNING id`,
          [factoryId],
        )
      )[0].id;
    const [own, other] = [await machine(mine), await machine(theirs)];
    await dataSource.query(
      `INSERT INTO downtime_reason (factory_id, code, name_zh, name_en, applies_to, loss)
       VALUES ($1, 'theirs_only', '他厂原因', 'Their reason', '{down}', 'breakdown')`,
      [theirs],
    );
    await dataSource.query(
      `INSERT INTO downtime_reason (factory_id, code, name_zh, name_en, applies_to, loss)
       VALUES ($1, 'ours', '本厂原因', 'Our reason', '{down}', 'breakdown')`,
      [mine],
    );
    const states = (machineId: string, reason: string) =>
      dataSource.query(
        `INSERT INTO machine_state_event (factory_id, machine_id, event_id, at, state, reason, source)
         SELECT $1::uuid, $2::uuid, 'e' || n, now() - n * interval '1 minute', 'down', $3, 'http'
           FROM generate_series(1, 3) n`,
        [mine, machineId, reason],
      );
    const counts = (machineId: string) =>
      dataSource.query(
        `INSERT INTO machine_count_event (factory_id, machine_id, event_id, at, good, scrap, source)
         VALUES ($1::uuid, $2::uuid, 'c1', now(), 1, 0, 'machine'), ($1::uuid, $3::uuid, 'c2', now(), 1, 0, 'machine')`,
        [mine, own, machineId],
      );
    await expect(states(other, 'ours')).rejects.toThrow(/machine not in its factory/);
    await expect(states(own, 'theirs_only')).rejects.toThrow(/reason not in its factory/);
    await expect(counts(other)).rejects.toThrow(/machine not in its factory/);
    await expect(states(own, 'ours')).resolves.toBeDefined();
    await expect(counts(own)).resolves.toBeDefined();
    const [stored] = await dataSource.query<{ states: number; counts: number }[]>(
      `SELECT (SELECT count(*)::int FROM machine_state_event WHERE factory_id = $1) AS states,
              (SELECT count(*)::int FROM machine_count_event WHERE factory_id = $1) AS counts`,
      [mine],
    );
    expect(stored).toEqual({ states: 3, counts: 2 });
  });
});
