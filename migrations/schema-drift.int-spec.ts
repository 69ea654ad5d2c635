import { DataSource, getMetadataArgsStorage } from 'typeorm';
import { dataSourceOptions } from '@mendao/platform';
import { createTestDatabase, TestDatabase } from '@mendao/platform/testing';
// every lib's entities, declared as their modules load
import '@mendao/equipment';
import '@mendao/splitting';
import '@mendao/warehouse';

/**
 * What the migrations own and the entities deliberately do not describe (indexes, CHECK, UNIQUE and
 * foreign-key constraints): TypeORM, knowing nothing of them, would drop them.
 */
const MIGRATION_ONLY = [/^DROP INDEX /, /^ALTER TABLE "\w+" DROP CONSTRAINT "(?!\w*_pkey")\w+"$/];

/**
 * The migrations are the only way the schema changes, and the entities describe it to TypeORM: the two
 * must agree on tables, columns (type, nullability, default) and primary keys, or a query meets a schema
 * the code does not expect.
 */
describe('the migrated schema and the entities', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    // TypeORM's metadata store is global to the process, and a jest worker that ran other test files before
    // holds their copies of the same entity classes too: the last one registered per table is this file's
    const byTable = new Map<string, string | Function>();
    for (const table of getMetadataArgsStorage().tables.filter((t) => t.type === 'regular'))
      byTable.set(table.name ?? (table.target as Function).name, table.target);
    const entities = [...byTable.values()];
    dataSource = await new DataSource(dataSourceOptions({ url: db.url, entities, poolSize: 2 })).initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('covers every lib', () => {
    const tables = dataSource.entityMetadatas.map((metadata) => metadata.tableName);
    expect(tables).toEqual(
      expect.arrayContaining(['factory', 'job', 'machine', 'sales_order', 'split_run', 'stock_move']),
    );
  });

  it('leaves TypeORM nothing to change but what the migrations alone own: no drift', async () => {
    const { upQueries } = await dataSource.driver.createSchemaBuilder().log();
    const drift = upQueries
      .map((query) => query.query.trim())
      .filter((query) => !MIGRATION_ONLY.some((pattern) => pattern.test(query)));
    expect(drift).toEqual([]);
  });
});
