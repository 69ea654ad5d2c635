import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createTestDatabase, makeFactory, startPlatformContext, TestDatabase, testRuntime } from '../testing';
import { FactorySql } from './factory-sql';
import { TenancyContext } from './tenancy.context';

describe(FactorySql.name, () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let a: string;
  let b: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await startPlatformContext(testRuntime(db.url));
    a = (await makeFactory(app, 'QA')).id;
    b = (await makeFactory(app, 'QB')).id;
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const as = <T>(factoryId: string, work: (sql: FactorySql) => Promise<T>) =>
    app.get(TenancyContext).run({ factoryId }, () => work(app.get(FactorySql)));

  it("binds the caller's factory as $1, so a statement sees only its own rows", async () => {
    const usernames = (factoryId: string) =>
      as(factoryId, (sql) =>
        sql.query<{ factory_id: string }>('SELECT factory_id FROM "user" WHERE factory_id = $1 AND username = $2', [
          'admin',
        ]),
      );
    expect(await usernames(a)).toEqual([{ factory_id: a }]);
    expect(await usernames(b)).toEqual([{ factory_id: b }]);
  });

  it('answers the rows of UPDATE … RETURNING, inside a transaction too', async () => {
    const rows = await as(a, (sql) =>
      app
        .get(DataSource)
        .transaction((m) =>
          sql.query<{ username: string }>(
            'UPDATE "user" SET username = username WHERE factory_id = $1 AND username = $2 RETURNING username',
            ['admin'],
            m,
          ),
        ),
    );
    expect(rows).toEqual([{ username: 'admin' }]);
  });

  it('refuses a statement that does not use its factory, before it runs', async () => {
    await expect(
      as(a, (sql) => sql.query('SELECT username FROM "user" WHERE username = $2', ['admin'])),
    ).rejects.toThrow(/factory_id with \$1/);
    await expect(as(a, (sql) => sql.query('SELECT 1 FROM "user" WHERE id = $10'))).rejects.toThrow(/\$1/);
  });

  it('refuses to run outside a request or job context', async () => {
    await expect(app.get(FactorySql).query('SELECT 1 FROM "user" WHERE factory_id = $1')).rejects.toThrow(
      'No factory in context',
    );
  });
});
