import { FairScheduler, QueueFullError, type Release } from './fair-scheduler';

/** Lets granted acquisitions run their continuations (promise callbacks only, no timers). */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A scheduler whose grants are recorded in order, each with its release kept per name (`A1`, `B1`, …). */
function harness(limits: Partial<FairScheduler['limits']> = {}) {
  const scheduler = new FairScheduler({ slots: 1, maxWaiting: 10, maxWaitingPerTenant: 10, ...limits });
  const granted: string[] = [];
  const releases = new Map<string, Release>();
  const request = (name: string) => {
    const tenant = name[0];
    return scheduler.acquire(tenant).then((release) => {
      granted.push(name);
      releases.set(name, release);
    });
  };
  const release = async (name: string) => {
    (releases.get(name) as Release)();
    await settle();
  };
  return { scheduler, granted, request, release };
}

describe(FairScheduler.name, () => {
  it("serves another tenant's request next when a slot frees, not after all of the first tenant's queue", async () => {
    const { granted, request, release } = harness({ slots: 1 });
    void request('A1');
    void request('A2');
    void request('A3');
    void request('B1');
    await settle();
    expect(granted).toEqual(['A1']);
    await release('A1');
    expect(granted).toEqual(['A1', 'B1']);
    await release('B1');
    await release('A2');
    expect(granted).toEqual(['A1', 'B1', 'A2', 'A3']);
  });

  it('takes turns round-robin between tenants, each tenant’s own requests in their order', async () => {
    const { granted, request, release } = harness({ slots: 1 });
    for (const name of ['X1', 'A1', 'A2', 'A3', 'B1', 'C1', 'B2', 'C2']) void request(name);
    await settle();
    for (const name of ['X1', 'A1', 'B1', 'C1', 'A2', 'B2', 'C2']) await release(name);
    expect(granted).toEqual(['X1', 'A1', 'B1', 'C1', 'A2', 'B2', 'C2', 'A3']);
  });

  it('lets one tenant use idle slots, but gives a freed slot to a waiting tenant that holds none', async () => {
    const { scheduler, granted, request, release } = harness({ slots: 2 });
    void request('A1');
    void request('A2');
    void request('A3');
    void request('B1');
    await settle();
    expect(granted).toEqual(['A1', 'A2']);
    expect(scheduler.snapshot()).toEqual({ running: { A: 2 }, waiting: { A: 1, B: 1 } });
    await release('A2');
    expect(granted).toEqual(['A1', 'A2', 'B1']);
    await release('A1');
    expect(granted).toEqual(['A1', 'A2', 'B1', 'A3']);
  });

  it('refuses at once, changing nothing, when the tenant’s share of the queue or the whole queue is full', async () => {
    const { scheduler, request } = harness({ slots: 1, maxWaiting: 3, maxWaitingPerTenant: 2 });
    void request('A1');
    void request('A2');
    void request('A3');
    await settle();
    expect(() => scheduler.acquire('A')).toThrow(QueueFullError);
    expect(() => scheduler.acquire('A')).toThrow(expect.objectContaining({ scope: 'tenant', waiting: 2 }));
    void request('B1');
    expect(() => scheduler.acquire('C')).toThrow(expect.objectContaining({ scope: 'all', waiting: 3 }));
    expect(scheduler.snapshot()).toEqual({ running: { A: 1 }, waiting: { A: 2, B: 1 } });
  });

  it('a release given twice frees one slot only', async () => {
    const { scheduler, granted, request, release } = harness({ slots: 1 });
    void request('A1');
    void request('B1');
    void request('C1');
    await settle();
    await release('A1');
    await release('A1');
    expect(granted).toEqual(['A1', 'B1']);
    expect(scheduler.snapshot()).toEqual({ running: { B: 1 }, waiting: { C: 1 } });
  });
});
