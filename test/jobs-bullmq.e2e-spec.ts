import { Job, JobAttempt, JobPayloads, JobsService, TenancyContext } from '@mendao/platform';
import { createTestDatabase, eventually, TestDatabase, testRedisUrl, testRuntime } from '@mendao/platform/testing';
import IORedis from 'ioredis';
import { DataSource } from 'typeorm';
import { TestApi } from './support/api';
import { WorkerProcess } from './support/worker';

const redisUrl = testRedisUrl();
const describeWithRedis = redisUrl ? describe : describe.skip;

describeWithRedis('jobs through BullMQ to separate worker processes', () => {
  let db: TestDatabase;
  let api: TestApi;
  let redis: IORedis;
  let factoryId: string;
  let adminToken: string;
  const workers: WorkerProcess[] = [];
  const fastRecovery = { JOB_STALL_TIMEOUT_MS: '2000', JOB_RECONCILE_INTERVAL_MS: '300' };
  let runtime: ReturnType<typeof testRuntime>;

  beforeAll(async () => {
    db = await createTestDatabase();
    runtime = testRuntime(db.url, { REDIS_URL: redisUrl, ...fastRecovery });
    api = await TestApi.start(runtime);
    redis = new IORedis(redisUrl as string);
    const acme = await api.factoryWithUsers('BULL', ['admin', 'planner']);
    factoryId = acme.factory.id;
    adminToken = acme.tokens.admin;
  });

  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop()));
  });

  afterAll(async () => {
    await api?.close();
    redis?.disconnect();
    await db?.drop();
  });

  const startWorker = async (env: Record<string, string> = {}) => {
    const worker = await WorkerProcess.start(runtime, { ...fastRecovery, ...env });
    workers.push(worker);
    return worker;
  };
  const enqueue = (payload: JobPayloads['platform.probe']) =>
    api.app.get(TenancyContext).run({ factoryId }, () => api.app.get(JobsService).enqueue('platform.probe', payload));
  const jobOverHttp = async (id: string) =>
    (await api.request('GET', `/api/v1/jobs/${id}`, { token: adminToken })).body;
  const finished = (id: string, timeoutMs = 40_000) =>
    eventually(
      async () => {
        const job = await jobOverHttp(id);
        return job.status === 'succeeded' || job.status === 'failed' ? job : undefined;
      },
      { what: `job ${id}`, timeoutMs },
    );
  const attemptsOf = (jobId: string) =>
    api.app
      .get(DataSource)
      .getRepository(JobAttempt)
      .find({ where: { jobId }, order: { attempt: 'ASC' } });

  it('a job enqueued by the api runs in the worker process, and GET /jobs/{id} shows it succeeded', async () => {
    await startWorker();
    const { id } = await enqueue({ note: 'via-bullmq', sleepMs: 100 });
    const job = await finished(id);
    expect(job).toMatchObject({
      status: 'succeeded',
      progress: 1,
      attempts: 1,
      result: { note: 'via-bullmq', attempt: 1 },
    });
    const [attempt] = await attemptsOf(id);
    expect(attempt.worker).toContain(`:${workers[0].pid}:`);
  });

  it('two workers share the queue and never run a job twice', async () => {
    await startWorker({ WORKER_CONCURRENCY: '3' });
    await startWorker({ WORKER_CONCURRENCY: '3' });
    const ids = await Promise.all(
      Array.from({ length: 24 }, (_, i) => enqueue({ note: `n${i}`, sleepMs: 40 }).then((j) => j.id)),
    );
    await Promise.all(ids.map((id) => finished(id)));
    const db = api.app.get(DataSource);
    const rows = await db.query<{ n: number }[]>(
      `SELECT job_id, count(*)::int AS n FROM job_attempt WHERE job_id = ANY($1::uuid[]) GROUP BY job_id`,
      [ids],
    );
    expect(rows).toHaveLength(24);
    expect(rows.every((r) => r.n === 1)).toBe(true);
    const byWorker = await db.query<{ n: number }[]>(
      `SELECT count(DISTINCT worker)::int AS n FROM job_attempt WHERE job_id = ANY($1::uuid[])`,
      [ids],
    );
    expect(byWorker[0].n).toBe(2);
  });

  it('a job survives FLUSHALL between enqueue and processing, and runs exactly once', async () => {
    const { id } = await enqueue({ note: 'survivor' });
    expect(await redis.keys(`${runtime.config.jobs.queuePrefix}:*`)).not.toHaveLength(0);
    await redis.flushall();
    expect(await redis.keys('*')).toHaveLength(0);
    await startWorker();
    const job = await finished(id);
    expect(job).toMatchObject({ status: 'succeeded', attempts: 1, result: { note: 'survivor' } });
    expect(await attemptsOf(id)).toHaveLength(1);
  });

  it('a busy worker survives FLUSHALL under it: the waiting job is put back and runs once', async () => {
    await startWorker({ WORKER_CONCURRENCY: '1' });
    const busy = await enqueue({ note: 'busy', sleepMs: 1500 });
    await eventually(async () => (await jobOverHttp(busy.id)).status === 'running', { what: 'busy job to start' });
    const waiting = await enqueue({ note: 'waiting' });
    await redis.flushall();
    const [first, second] = await Promise.all([finished(busy.id), finished(waiting.id)]);
    expect(first).toMatchObject({ status: 'succeeded', attempts: 1 });
    expect(second).toMatchObject({ status: 'succeeded', attempts: 1, result: { note: 'waiting' } });
    expect(await attemptsOf(waiting.id)).toHaveLength(1);
  });

  it('a job whose worker is killed mid-run is recovered by another worker and completes once', async () => {
    const doomed = await startWorker();
    const { id } = await enqueue({ note: 'long', sleepMs: 6000 });
    await eventually(async () => (await jobOverHttp(id)).status === 'running', { what: 'job to start' });
    await doomed.kill();
    await startWorker();
    const job = await finished(id, 60_000);
    expect(job).toMatchObject({ status: 'succeeded', attempts: 2 });
    expect((await attemptsOf(id)).map((a) => a.outcome)).toEqual(['stalled', 'succeeded']);
    const record = await api.app.get(DataSource).getRepository(Job).findOneByOrFail({ id });
    expect(record.finishedAt).not.toBeNull();
  });
});
