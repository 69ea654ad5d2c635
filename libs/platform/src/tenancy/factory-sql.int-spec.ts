import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  createTestDatabase,
  eventually,
  makeFactory,
  startPlatformContext,
  TestDatabase,
  testRuntime,
} from '../testing';
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
    await expect(as(a, (sql) => sql.query('SELECT 1 FROM "user" WHERE factory_id = $10'))).rejects.toThrow(/\$1/);
  });

  it('refuses to run outside a request or job context', async () => {
    await expect(app.get(FactorySql).query('SELECT 1 FROM "user" WHERE factory_id = $1')).rejects.toThrow(
      'No factory in context',
    );
  });

  it('lets holders of one lock name in one factory take turns, and never makes another factory wait', async () => {
    const dataSource = app.get(DataSource);
    const order: string[] = [];
    let releaseFirst!: () => void;
    const firstHolds = new Promise<void>((resolve) => (releaseFirst = resolve));
    let firstLocked!: () => void;
    const locked = new Promise<void>((resolve) => (firstLocked = resolve));
    const first = as(a, (sql) =>
      dataSource.transaction(async (m) => {
        await sql.lock('probe', m);
        firstLocked();
        await firstHolds;
        order.push('first done');
      }),
    );
    await locked;
    // another factory takes the same name at once, while the first still holds it
    await as(b, (sql) => dataSource.transaction((m) => sql.lock('probe', m)));
    order.push('other factory done');
    const second = as(a, (sql) =>
      dataSource.transaction(async (m) => {
        await sql.lock('probe', m);
        order.push('second done');
      }),
    );
    await eventually(
      async () => {
        const [row] = await dataSource.query<{ waiting: number }[]>(
          `SELECT count(*)::int AS waiting FROM pg_locks
            WHERE locktype = 'advisory' AND NOT granted
              AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
        );
        return row.waiting === 1;
      },
      { what: 'the second holder to wait for the lock' },
    );
    releaseFirst();
    await Promise.all([first, second]);
    expect(order).toEqual(['other factory done', 'first done', 'second done']);
  });
});
