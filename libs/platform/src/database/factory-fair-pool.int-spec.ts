import { PoolClient } from 'pg';
import { createTestDatabase, TestDatabase } from '../testing';
import { TenancyContext } from '../tenancy/tenancy.context';
import { ACQUIRE_TIMEOUT_MESSAGE, factoryFairPool } from './factory-fair-pool';
import { currentFactoryId } from '../tenancy/tenancy.context';

describe('factoryFairPool', () => {
  let db: TestDatabase;
  const tenancy = new TenancyContext();
  const as = <T>(factoryId: string, work: () => Promise<T>) => tenancy.run({ factoryId }, work);

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.drop();
  });

  it("keeps one factory to its share, serves another from the rest, and passes a freed slot to the factory's next waiter", async () => {
    const FairPool = factoryFairPool(2, 300, currentFactoryId);
    const pool = new FairPool({ connectionString: db.url, max: 3 });
    try {
      const held: PoolClient[] = await as('A', () => Promise.all([pool.connect(), pool.connect()]));
      // A's third request waits for one of A's own connections, however free the pool is
      await expect(as('A', () => pool.connect())).rejects.toThrow(ACQUIRE_TIMEOUT_MESSAGE);
      const other = await as('B', () => pool.connect());
      expect((await other.query<{ n: number }>('SELECT 1 AS n')).rows).toEqual([{ n: 1 }]);
      other.release();

      const waiting = as('A', () => pool.connect());
      held[0].release();
      const next = await waiting;
      expect((await next.query<{ n: number }>('SELECT 2 AS n')).rows).toEqual([{ n: 2 }]);
      // a connection released with an error (a broken one) frees its slot as well
      next.release(new Error('broken'));
      held[1].release();
      const again = await as('A', () => Promise.all([pool.connect(), pool.connect()]));
      again.forEach((client) => client.release());
    } finally {
      await pool.end();
    }
  });

  it('leaves callers without a factory (logins, jobs) to the plain pool, callback style included', async () => {
    const FairPool = factoryFairPool(1, 300, currentFactoryId);
    const pool = new FairPool({ connectionString: db.url, max: 3 });
    try {
      const first = await pool.connect();
      const second = await new Promise<PoolClient>((resolve, reject) =>
        pool.connect((error: Error | undefined, client) =>
          client ? resolve(client) : reject(error ?? new Error('no client')),
        ),
      );
      first.release();
      second.release();
    } finally {
      await pool.end();
    }
  });
});
