import { createTestDatabase, eventually, TestDatabase, testRedisUrl, testRuntime } from '@mendao/platform/testing';
import { TestApi } from './support/api';
import { confirmedOrder, loadCatalogue, splitFinished, splitResults } from './support/splitting';
import { WorkerProcess } from './support/worker';

const redisUrl = testRedisUrl();
const describeWithRedis = redisUrl ? describe : describe.skip;

describeWithRedis('split runs in separate worker processes (BullMQ)', () => {
  let db: TestDatabase;
  let api: TestApi;
  let runtime: ReturnType<typeof testRuntime>;
  let planner: string;
  let admin: string;
  const workers: WorkerProcess[] = [];
  const fastRecovery = { JOB_STALL_TIMEOUT_MS: '2000', JOB_RECONCILE_INTERVAL_MS: '300' };

  beforeAll(async () => {
    db = await createTestDatabase();
    runtime = testRuntime(db.url, { REDIS_URL: redisUrl, ...fastRecovery });
    api = await TestApi.start(runtime);
    const { tokens } = await api.factoryWithUsers('SPLITW', ['admin', 'planner']);
    planner = tokens.planner;
    admin = tokens.admin;
    await loadCatalogue(api, planner);
  });

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await api?.close();
    await db?.drop();
  });

  it('survives a worker killed mid-run: the job is retried by another worker and completes once', async () => {
    // many distinct sizes make the cutting take a few seconds, long enough to kill the worker inside it
    // every third line a double door (双开), the others single
    const lines = Array.from({ length: 120 }, (_, i) => ({
      productCode: 'PD-LVL01',
      options: { doorType: i % 3 === 0 ? 'double' : 'single' },
      width: i % 3 === 0 ? 1200 + (i % 40) * 20 : 600 + (i % 50) * 10,
      height: 1900 + (i % 25) * 20,
      wallThickness: 90 + (i % 20) * 10,
      swing: 'left-in',
      finish: 'OAK',
      quantity: 1 + (i % 3),
    }));
    const orderId = await confirmedOrder(api, planner, 'BIG-1', lines);
    const first = await WorkerProcess.start(runtime, fastRecovery);
    workers.push(first);
    const accepted = await api.request('POST', '/api/v1/split-runs', { token: planner, body: { orderIds: [orderId] } });
    expect(accepted.status).toBe(202);
    await eventually(
      async () => {
        const run = (await api.request('GET', `/api/v1/split-runs/${accepted.body.id}`, { token: planner })).body;
        // inside the computation (0.05–0.9), not its save: under load a kill during the save could land after the
        // job was done, and nothing would be retried
        return run.status === 'running' && run.progress > 0.05 && run.progress < 0.9;
      },
      { what: 'the split to be computing', timeoutMs: 30_000 },
    );
    await first.kill();
    const second = await WorkerProcess.start(runtime, fastRecovery);
    workers.push(second);
    const run = await splitFinished(api, planner, accepted.body.id, 90_000);
    expect(run.status).toBe('succeeded');
    const job = (await api.request('GET', `/api/v1/jobs/${run.jobId}`, { token: admin })).body;
    expect(job.attempts).toBeGreaterThanOrEqual(2);

    const results = await splitResults(api, planner, run.id);
    const doors = lines.reduce((s, l) => s + l.quantity, 0);
    // a single door ships in 4 packages (leaf, frame, casing, hardware), a double in 5 (each leaf its own)
    const packages = lines.reduce((s, l) => s + l.quantity * (l.options.doorType === 'double' ? 5 : 4), 0);
    expect(results.packages).toHaveLength(packages);
    expect(new Set(results.packages.map((p: any) => p.barcode)).size).toBe(packages);
    expect(new Set(results.parts.map((p: any) => p.ref)).size).toBe(results.parts.length);
    expect(run.summary).toMatchObject({ doors, packages });
  });

  it('fails a run at once, with the reason, when its computation (in the worker thread) meets a missing material', async () => {
    const base = (await api.request('GET', '/api/v1/products/PD-LVL01', { token: planner })).body;
    const { code: _code, version: _v, createdAt: _c, ...body } = base;
    body.components[0].material = 'MISSING-BAR';
    expect((await api.request('PUT', '/api/v1/products/PD-MISS', { token: planner, body })).status).toBe(200);
    const line = {
      productCode: 'PD-MISS',
      width: 900,
      height: 2100,
      wallThickness: 120,
      swing: '左内开',
      finish: 'OAK',
      quantity: 1,
    };
    const orderId = await confirmedOrder(api, planner, 'MISS-1', [line]);
    const accepted = await api.request('POST', '/api/v1/split-runs', { token: planner, body: { orderIds: [orderId] } });
    const run = await splitFinished(api, planner, accepted.body.id, 60_000);
    expect(run).toMatchObject({ status: 'failed', error: expect.stringContaining('MISSING-BAR') });
    const job = (await api.request('GET', `/api/v1/jobs/${run.jobId}`, { token: admin })).body;
    expect(job.attempts).toBe(1);
  });
});
