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
import { TenancyContext } from '../tenancy/tenancy.context';
import { Job, JobAttempt } from './job.entity';
import { JobReconciler } from './job-reconciler';
import { JobsService } from './jobs.service';
import type { JobPayloads } from './job-types';

describe('jobs with the in-process adapter', () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let factoryId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await startPlatformContext(
      testRuntime(db.url, { JOB_STALL_TIMEOUT_MS: '1000', JOB_RECONCILE_INTERVAL_MS: '200', JOB_MAX_ATTEMPTS: '3' }),
      true,
    );
    factoryId = (await makeFactory(app, 'JOBS')).id;
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const enqueue = (payload: JobPayloads['platform.probe']) =>
    app.get(TenancyContext).run({ factoryId }, () => app.get(JobsService).enqueue('platform.probe', payload));
  const job = (id: string) => app.get(DataSource).getRepository(Job).findOneByOrFail({ id });
  const attempts = (jobId: string) =>
    app
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

  it('runs a job to success with progress 1, its result and one attempt', async () => {
    const { id } = await enqueue({ note: 'hello', sleepMs: 40 });
    const done = await settled(id);
    expect(done).toMatchObject({ status: 'succeeded', progress: 1, attempts: 1, factoryId });
    expect(done.result).toEqual({ note: 'hello', attempt: 1, factoryId });
    expect((await attempts(id)).map((a) => a.outcome)).toEqual(['succeeded']);
  });

  it('retries a failing job with backoff until it succeeds', async () => {
    const { id } = await enqueue({ failTimes: 2 });
    const done = await settled(id);
    expect(done).toMatchObject({ status: 'succeeded', attempts: 3 });
    expect((await attempts(id)).map((a) => a.outcome)).toEqual(['failed', 'failed', 'succeeded']);
  });

  it('fails a job for good on a permanent error, with the reason kept', async () => {
    const { id } = await enqueue({ permanent: true });
    const done = await settled(id);
    expect(done).toMatchObject({ status: 'failed', attempts: 1, error: 'probe asked to fail permanently' });
  });

  it('fails a job whose attempts are used up', async () => {
    const { id } = await enqueue({ failTimes: 5 });
    const done = await settled(id);
    expect(done).toMatchObject({ status: 'failed', attempts: 3, error: 'probe failing attempt 3' });
  });

  it('puts back a running job whose worker stopped responding, and it then completes once', async () => {
    const dataSource = app.get(DataSource);
    const [row] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO job (factory_id, type, payload, status, attempts, max_attempts, locked_by, heartbeat_at, started_at)
       VALUES ($1, 'platform.probe', '{"note":"orphan"}', 'running', 1, 3, 'dead-worker', now() - interval '1 hour', now())
       RETURNING id`,
      [factoryId],
    );
    const done = await settled(row.id);
    expect(done).toMatchObject({ status: 'succeeded', attempts: 2, result: { note: 'orphan', attempt: 2, factoryId } });
    expect((await attempts(row.id)).map((a) => a.outcome)).toEqual(['succeeded']);
  });

  it('pushes again a queued job whose queue entry was lost', async () => {
    const dataSource = app.get(DataSource);
    const [row] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO job (factory_id, type, payload, max_attempts, updated_at)
       VALUES ($1, 'platform.probe', '{"note":"lost"}', 3, now() - interval '1 minute') RETURNING id`,
      [factoryId],
    );
    await app.get(JobReconciler).reconcileOnce();
    const done = await settled(row.id);
    expect(done).toMatchObject({ status: 'succeeded', attempts: 1 });
    expect(await attempts(row.id)).toHaveLength(1);
  });

  it('enqueues inside a caller transaction and pushes only after the commit; a rollback leaves no job', async () => {
    const jobs = app.get(JobsService);
    const tenancy = app.get(TenancyContext);
    const committed = await tenancy.run({ factoryId }, () =>
      jobs.transaction(async (_manager, enqueueIn) => enqueueIn('platform.probe', { note: 'in-tx' })),
    );
    expect((await settled(committed.id)).status).toBe('succeeded');
    await expect(
      tenancy.run({ factoryId }, () =>
        jobs.transaction(async (_manager, enqueueIn) => {
          await enqueueIn('platform.probe', { note: 'rolled-back' });
          throw new Error('abort');
        }),
      ),
    ).rejects.toThrow('abort');
    const orphans = await app
      .get(DataSource)
      .query<{ n: number }[]>(`SELECT count(*)::int AS n FROM job WHERE payload->>'note' = 'rolled-back'`);
    expect(orphans[0].n).toBe(0);
  });
});
