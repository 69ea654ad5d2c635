import { createTestDatabase, eventually, TEST_WORKERS, TestDatabase, testRuntime } from '@mendao/platform/testing';
import { CuttingRunner } from '../apps/api/src/cutting/cutting-runner';
import type { Release } from '../apps/api/src/cutting/fair-scheduler';
import { TestApi } from './support/api';

type Factory = Awaited<ReturnType<TestApi['factoryWithUsers']>>;

/**
 * Issue 12, point 4: one factory's cutting requests must not starve another's. The solver slots are held here
 * through the runner's scheduler (as long solves would hold them), so what waits and what is refused does not
 * depend on how fast this machine solves.
 */
describe('cutting over HTTP shares its solver slots fairly between factories', () => {
  let db: TestDatabase;
  let api: TestApi;
  let a: Factory;
  let b: Factory;
  let runner: CuttingRunner;
  const held: Release[] = [];

  const trivial = { stock: [{ length: 2400 }], items: [{ id: 'head', length: 900, quantity: 2 }], timeLimitMs: 50 };
  const cut = (factory: Factory, body: unknown = trivial) =>
    api.request('POST', '/api/v1/cutting/linear', { token: factory.tokens.planner, body });

  /** Takes every slot for factory `tenant`, as long solves of that factory would. */
  async function holdAllSlots(tenant: string) {
    for (let i = 0; i < runner.scheduler.limits.slots; i += 1) held.push(await runner.scheduler.acquire(tenant));
  }

  /** Queues `n` requests of `tenant` behind the held slots; each releases its slot as soon as it gets one. */
  function queue(tenant: string, n: number, order: string[]) {
    for (let i = 0; i < n; i += 1)
      void runner.scheduler.acquire(tenant).then((release) => {
        order.push(tenant);
        release();
      });
  }

  const releaseHeld = () => held.splice(0).forEach((release) => release());

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await TestApi.start(testRuntime(db.url));
    a = await api.factoryWithUsers('CFA', ['admin', 'planner']);
    b = await api.factoryWithUsers('CFB', ['admin', 'planner']);
    runner = api.app.get(CuttingRunner);
  });

  afterEach(() => releaseHeld());

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('refuses a timeLimitMs above 10 s with 400 naming the field, and solves nothing', async () => {
    const res = await cut(a, { ...trivial, timeLimitMs: 20_000 });
    expect({ status: res.status, code: res.body.code, max: res.body.params.max }).toEqual({
      status: 400,
      code: 'cutting.time_limit_too_long',
      max: 10_000,
    });
    expect(res.body.errors).toEqual([{ field: 'timeLimitMs', message: expect.stringContaining('10000') }]);
    expect(runner.scheduler.snapshot()).toEqual({ running: {}, waiting: {} });
  });

  it("answers 429 with Retry-After when the factory's share of the queue is full; another factory still queues", async () => {
    await holdAllSlots(a.factory.id);
    const order: string[] = [];
    queue(a.factory.id, runner.scheduler.limits.maxWaitingPerTenant, order);
    const refused = await cut(a);
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 429, code: 'cutting.queue_full' });
    expect(refused.headers.get('retry-after')).toBe('10');
    expect(refused.body.params).toMatchObject({ scope: 'tenant', retryAfterSeconds: 10 });

    const fromB = cut(b);
    await eventually(() => runner.scheduler.snapshot().waiting[b.factory.id] === 1, { what: "B's request queued" });
    releaseHeld();
    expect((await fromB).status).toBe(200);
    await eventually(() => order.length === runner.scheduler.limits.maxWaitingPerTenant, { what: "A's queue served" });
  });

  it("runs another factory's request next when a slot frees, before the rest of the first factory's queue", async () => {
    await holdAllSlots(a.factory.id);
    const order: string[] = [];
    queue(a.factory.id, 2, order);
    const fromB = cut(b);
    await eventually(() => runner.scheduler.snapshot().waiting[b.factory.id] === 1, { what: "B's request queued" });
    // one of A's solves ends: the slot goes to B's request, though two of A's were queued before it
    (held.shift() as Release)();
    const slots = runner.scheduler.limits.slots;
    expect(runner.scheduler.snapshot()).toEqual({
      running: { ...(slots > 1 ? { [a.factory.id]: slots - 1 } : {}), [b.factory.id]: 1 },
      waiting: { [a.factory.id]: 2 },
    });
    expect((await fromB).status).toBe(200);
    releaseHeld();
    await eventually(() => order.length === 2, { what: "A's queue served" });
  });

  it('answers 503 cutting.solver_failed when the solver thread exits without an answer, and gives its slot back', async () => {
    const workerFile = runner.workerFile;
    runner.workerFile = TEST_WORKERS.exits; // as a solver calling process.exit, or a thread killed from outside
    try {
      // every slot, one after the other: a slot kept by a dead thread would leave the last requests waiting forever
      for (let i = 0; i <= runner.scheduler.limits.slots; i += 1) {
        const res = await cut(a);
        expect({ status: res.status, code: res.body.code, reason: res.body.params.reason }).toEqual({
          status: 503,
          code: 'cutting.solver_failed',
          reason: 'exit',
        });
        expect(res.headers.get('retry-after')).toBe('10');
      }
      expect(runner.scheduler.snapshot()).toEqual({ running: {}, waiting: {} });
    } finally {
      runner.workerFile = workerFile;
    }
    expect((await cut(b)).status).toBe(200);
  });

  it('terminates a solver thread that overruns its time limit by the grace, 503 with its slot back', async () => {
    const workerFile = runner.workerFile;
    runner.workerFile = TEST_WORKERS.hangs;
    try {
      const res = await cut(a); // timeLimitMs 50: terminated after 50 ms + SOLVER_GRACE_MS
      expect({ status: res.status, code: res.body.code, reason: res.body.params.reason }).toEqual({
        status: 503,
        code: 'cutting.solver_failed',
        reason: 'timeout',
      });
      expect(runner.scheduler.snapshot()).toEqual({ running: {}, waiting: {} });
    } finally {
      runner.workerFile = workerFile;
    }
  });
});
