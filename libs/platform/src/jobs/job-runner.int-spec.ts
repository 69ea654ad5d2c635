import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  createTestDatabase,
  eventually,
  makeFactory,
  startPlatformContext,
  TestDatabase,
  testRedisUrl,
  testRuntime,
} from '../testing';
import { TenancyContext } from '../tenancy/tenancy.context';
import { Job, JobAttempt } from './job.entity';
import { JobReconciler } from './job-reconciler';
import { JobRunner } from './job-runner';
import { JobsService } from './jobs.service';
import type { JobPayloads } from './job-types';

function helpers(app: () => INestApplicationContext) {
  const enqueue = (factoryId: string, payload: JobPayloads['platform.probe']) =>
    app()
      .get(TenancyContext)
      .run({ factoryId }, () => app().get(JobsService).enqueue('platform.probe', payload));
  const job = (id: string) => app().get(DataSource).getRepository(Job).findOneByOrFail({ id });
  const attempts = (jobId: string) =>
    app()
      .get(DataSource)
      .getRepository(JobAttempt)
      .find({ where: { jobId }, order: { attempt: 'ASC' } });
  const settled = (id: string) =>
    eventually(
      async () => {
        const j = await job(id);
        return j.status === 'succeeded' || j.status === 'failed' ? j : undefined;
      },
      { what: `job ${id} to finish` },
    );
  return { enqueue, job, attempts, settled };
}

describe('a job taken over from a worker killed mid-attempt', () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let factoryId: string;
  const { attempts, settled } = helpers(() => app);

  beforeAll(async () => {
    db = await createTestDatabase();
    // the reconciler runs once at boot and not again during the test: the claim alone must close the attempt
    app = await startPlatformContext(
      testRuntime(db.url, { JOB_STALL_TIMEOUT_MS: '1000', JOB_RECONCILE_INTERVAL_MS: '600000' }),
      true,
    );
    factoryId = (await makeFactory(app, 'KILLED')).id;
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('closes the dead attempt as stalled, with an end time, when another worker claims the job', async () => {
    const dataSource = app.get(DataSource);
    const [row] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO job (factory_id, type, payload, status, attempts, max_attempts, locked_by, heartbeat_at, started_at)
       VALUES ($1, 'platform.probe', '{"note":"kill -9"}', 'running', 1, 3, 'dead-worker', now() - interval '1 hour', now())
       RETURNING id`,
      [factoryId],
    );
    await dataSource.query(
      `INSERT INTO job_attempt (factory_id, job_id, attempt, worker, started_at)
       VALUES ($1, $2, 1, 'dead-worker', now() - interval '1 hour')`,
      [factoryId, row.id],
    );
    // what a redelivered queue entry does: the claim takes the job over from the silent worker
    await app.get(JobRunner).execute(row.id);
    expect(await settled(row.id)).toMatchObject({ status: 'succeeded', attempts: 2 });
    const history = await attempts(row.id);
    expect(history.map((a) => [a.attempt, a.worker, a.outcome])).toEqual([
      [1, 'dead-worker', 'stalled'],
      [2, app.get(JobRunner).workerId, 'succeeded'],
    ]);
    expect(history[0].finishedAt).toBeInstanceOf(Date);
    expect(history[0].error).toMatch(/taken over by attempt 2/);
  });
});

const redisUrl = testRedisUrl();
const adapters: [string, Record<string, string>][] = [['in-process', {}]];
if (redisUrl) adapters.push(['bullmq', { REDIS_URL: redisUrl }]);

describe.each(adapters)('per-factory job limit with the %s adapter', (_adapter, env) => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let factoryA: string;
  let factoryB: string;
  const { enqueue, job, attempts, settled } = helpers(() => app);

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await startPlatformContext(
      testRuntime(db.url, {
        ...env,
        WORKER_CONCURRENCY: '2',
        JOB_MAX_RUNNING_PER_FACTORY: '1',
        JOB_FACTORY_BUSY_DELAY_MS: '100',
        JOB_RECONCILE_INTERVAL_MS: '500',
      }),
      true,
    );
    factoryA = (await makeFactory(app, 'BUSY')).id;
    factoryB = (await makeFactory(app, 'OTHER')).id;
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it("starts factory B's job before factory A's earlier backlog has finished, and runs A's one at a time", async () => {
    const key = `A-${_adapter}`;
    const backlog: string[] = [];
    for (let n = 0; n < 5; n += 1)
      backlog.push((await enqueue(factoryA, { note: `A${n}`, sleepMs: 300, concurrencyKey: key })).id);
    const other = await enqueue(factoryB, { note: 'B' });
    // A's jobs not yet started once B is queued: every one of them but the one that may take a free slot
    // together with B must start after B (FIFO over two slots would start B after them all). Counted, rather
    // than assumed, so a slow enqueue on a loaded machine does not make the test fail.
    const queuedAtB = (await Promise.all(backlog.map(job))).filter((j) => j.status === 'queued').length;

    const a = await Promise.all(backlog.map(settled));
    const b = await settled(other.id);
    expect([...a, b].map((j) => j.status)).toEqual(Array(6).fill('succeeded'));
    const startedAfterB = a.filter((j) => (j.startedAt as Date) > (b.startedAt as Date)).length;
    expect(startedAfterB).toBeGreaterThanOrEqual(Math.max(1, queuedAtB - 1));
    const lastA = Math.max(...a.map((j) => (j.finishedAt as Date).getTime()));
    expect((b.finishedAt as Date).getTime()).toBeLessThan(lastA);
    // never two of A's at once, across both slots: each counted the A probes running when it started...
    expect(a.map((j) => (j.result as { concurrent: number }).concurrent)).toEqual([1, 1, 1, 1, 1]);
    // ...and by the recorded times (clock times, not the claim transaction's start); none lost, each ran once
    const byStart = [...a].sort((x, y) => (x.startedAt as Date).getTime() - (y.startedAt as Date).getTime());
    for (let i = 1; i < byStart.length; i += 1) {
      expect((byStart[i].startedAt as Date).getTime()).toBeGreaterThanOrEqual(
        (byStart[i - 1].finishedAt as Date).getTime(),
      );
    }
    expect(a.map((j) => j.attempts)).toEqual([1, 1, 1, 1, 1]);
  });

  it('records when a job really started, after a claim that waited for the factory lock', async () => {
    const factory = (await makeFactory(app, `LOCK${_adapter === 'bullmq' ? 'Q' : 'P'}`)).id;
    const holder = app.get(DataSource).createQueryRunner();
    await holder.connect();
    let released: Date;
    let id: string;
    try {
      await holder.startTransaction();
      // what a concurrent claim for the same factory holds: this job's claim waits on it
      await holder.query(`SELECT pg_advisory_xact_lock(hashtextextended('mendao.job-claim:' || $1, 0))`, [factory]);
      id = (await enqueue(factory, { note: 'waited' })).id;
      await eventually(
        async () => {
          const [row] = (await holder.query(
            `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_database d ON d.oid = l.database
              WHERE l.locktype = 'advisory' AND NOT l.granted AND d.datname = current_database()`,
          )) as { n: number }[];
          return row.n > 0;
        },
        { what: 'the claim to wait on the lock' },
      );
      [{ at: released }] = (await holder.query(`SELECT clock_timestamp() AS at`)) as { at: Date }[];
      await holder.commitTransaction();
    } finally {
      await holder.release();
    }
    const done = await settled(id);
    expect((done.startedAt as Date).getTime()).toBeGreaterThanOrEqual(released.getTime());
    const [attempt] = await attempts(id);
    expect(attempt.startedAt.getTime()).toBeGreaterThanOrEqual(released.getTime());
  });

  it('never retries a permanent failure', async () => {
    const { id } = await enqueue(factoryB, { permanent: true });
    expect(await settled(id)).toMatchObject({ status: 'failed', attempts: 1 });
    // a retry would have left it queued before failing for good; a reconciler pass does not revive it either
    await app.get(JobReconciler).reconcileOnce();
    expect(await job(id)).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it('fails for good, without a retry, a job whose save Postgres refuses as out of range (an int overflow)', async () => {
    const { id } = await enqueue(factoryB, { overflow: true });
    expect(await settled(id)).toMatchObject({ status: 'failed', attempts: 1, error: 'integer out of range' });
  });
});
