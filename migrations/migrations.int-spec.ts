import { migrateDown, migrateUp } from '@mendao/platform';
import { emptyTestDatabase } from '@mendao/platform/testing';
import { Client } from 'pg';
import { MIGRATIONS } from '.';

describe('migrations', () => {
  const db = emptyTestDatabase();
  const { url } = db;

  beforeAll(() => db.create());
  afterAll(() => db.drop());

  const tables = async () => {
    const client = new Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ t: string }>(
      `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migration' ORDER BY 1`,
    );
    await client.end();
    return rows.map((r) => r.t);
  };

  it('run up, all the way down, and up again on an empty database', async () => {
    expect(await migrateUp(url, MIGRATIONS)).toHaveLength(MIGRATIONS.length);
    const afterUp = await tables();
    expect(afterUp).toEqual(
      expect.arrayContaining(['factory', 'user', 'job', 'job_attempt', 'audit_log', 'login_failure']),
    );
    expect(await migrateDown(url, MIGRATIONS, Infinity)).toBe(MIGRATIONS.length);
    expect(await tables()).toEqual([]);
    await migrateUp(url, MIGRATIONS);
    expect(await tables()).toEqual(afterUp);
    expect(await migrateUp(url, MIGRATIONS)).toEqual([]);
  });
});
