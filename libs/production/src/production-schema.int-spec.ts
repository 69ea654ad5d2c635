import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@mendao/platform';
import { createTestDatabase, TestDatabase } from '@mendao/platform/testing';
import { PRODUCTION_ENTITIES } from './production.entities';

// what only the migration owns (indexes, CHECK, UNIQUE and foreign keys): TypeORM, knowing nothing of them, would drop them
const MIGRATION_ONLY = [/^DROP INDEX /, /^ALTER TABLE "\w+" DROP CONSTRAINT "(?!\w*_pkey")\w+"$/];

describe('the production tables and their entities', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(
      dataSourceOptions({ url: db.url, entities: PRODUCTION_ENTITIES, poolSize: 2 }),
    ).initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('leaves TypeORM nothing to change in the production tables: no drift', async () => {
    const { upQueries } = await dataSource.driver.createSchemaBuilder().log();
    const drift = upQueries
      .map((query) => query.query.trim())
      .filter((query) => !MIGRATION_ONLY.some((pattern) => pattern.test(query)));
    expect(drift).toEqual([]);
  });
});
