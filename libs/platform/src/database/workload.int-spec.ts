import { DataSource } from 'typeorm';
import { toProblem } from '../errors/problem';
import { createTestDatabase, TestDatabase } from '../testing';
import { dataSourceOptions } from './data-source-options';
import { runAsBackgroundWork } from './workload';

describe('database timeouts by workload', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    // one connection, so every query below shares it and it must switch back and forth
    dataSource = await new DataSource(
      dataSourceOptions({
        url: db.url,
        poolSize: 1,
        request: { lockTimeoutMs: 1500, statementTimeoutMs: 15_000 },
        background: { lockTimeoutMs: 60_000, statementTimeoutMs: 0 },
      }),
    ).initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  const timeouts = async (run: Pick<DataSource, 'query'> = dataSource) => {
    const [row] = await run.query<{ lock: string; statement: string }[]>(
      `SELECT current_setting('lock_timeout') AS lock, current_setting('statement_timeout') AS statement`,
    );
    return row;
  };

  it('gives request work the short timeouts and background work the long ones, on the same connection', async () => {
    expect(await timeouts()).toEqual({ lock: '1500ms', statement: '15s' });
    expect(await runAsBackgroundWork(() => timeouts())).toEqual({ lock: '1min', statement: '0' });
    expect(await timeouts()).toEqual({ lock: '1500ms', statement: '15s' });
  });

  it('keeps background timeouts through a whole transaction of a job', async () => {
    const seen = await runAsBackgroundWork(() => dataSource.transaction((manager) => timeouts(manager)));
    expect(seen).toEqual({ lock: '1min', statement: '0' });
    expect(await timeouts()).toEqual({ lock: '1500ms', statement: '15s' });
  });

  it('gives migrations (no request timeouts configured) no timeouts at all', async () => {
    const migrations = await new DataSource(dataSourceOptions({ url: db.url, poolSize: 1 })).initialize();
    try {
      expect(await timeouts(migrations)).toEqual({ lock: '0', statement: '0' });
    } finally {
      await migrations.destroy();
    }
  });

  it('cancels a request statement that runs past statement_timeout, answered 503 request.timed_out, not 500', async () => {
    const strict = await new DataSource(
      dataSourceOptions({ url: db.url, poolSize: 1, request: { lockTimeoutMs: 0, statementTimeoutMs: 100 } }),
    ).initialize();
    try {
      const error = await strict.query('SELECT pg_sleep(5)').catch((e: unknown) => e);
      expect(toProblem(error)).toMatchObject({ status: 503, code: 'request.timed_out' });
      // a job on the same pool is not held to it
      await expect(runAsBackgroundWork(() => strict.query('SELECT pg_sleep(0.2)'))).resolves.toBeDefined();
    } finally {
      await strict.destroy();
    }
  });

  it('answers 503 service.busy when no connection frees up within the acquire timeout, instead of waiting', async () => {
    const small = await new DataSource(
      dataSourceOptions({
        url: db.url,
        poolSize: 1,
        acquireTimeoutMs: 200,
        request: { lockTimeoutMs: 0, statementTimeoutMs: 0 },
      }),
    ).initialize();
    const holding = small.createQueryRunner();
    try {
      await holding.connect();
      const error = await small.query('SELECT 1').catch((e: unknown) => e);
      expect(toProblem(error)).toMatchObject({ status: 503, code: 'service.busy', params: { retryAfterSeconds: 1 } });
    } finally {
      await holding.release();
      await small.destroy();
    }
  });
});
