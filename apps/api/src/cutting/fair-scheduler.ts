/** Gives a granted slot back; calling it again does nothing. */
export type Release = () => void;

export interface FairSchedulerLimits {
  /** Work running at once, over every tenant. */
  slots: number;
  /** Requests waiting for a slot, over every tenant: beyond it a request is refused at once. */
  maxWaiting: number;
  /** Requests one tenant may have waiting, so one tenant alone cannot fill the whole queue. */
  maxWaitingPerTenant: number;
}

/** Refused without waiting: the queue (or this tenant's share of it) is full. */
export class QueueFullError extends Error {
  constructor(
    readonly scope: 'all' | 'tenant',
    readonly waiting: number,
  ) {
    super(scope === 'all' ? `${waiting} requests are waiting` : `${waiting} requests of this tenant are waiting`);
  }
}

interface Waiter {
  tenant: string;
  grant: (release: Release) => void;
}

/**
 * Slots for expensive work shared fairly between tenants (factories), with a bounded queue. A freed slot goes
 * to the waiting tenant with the fewest slots in use, ties to the one served least recently (round-robin), so a
 * tenant holds more than one slot only while no other tenant waits; each tenant's own requests keep their
 * order. No timers and no clock: what runs next depends only on the order of `acquire` and `release` calls.
 */
export class FairScheduler {
  private readonly running = new Map<string, number>();
  /** Each tenant's waiting requests, FIFO; a tenant is a key only while it has some. */
  private readonly queues = new Map<string, Waiter[]>();
  /** When each tenant was last granted a slot (a grant counter): the least recently served goes first. */
  private readonly served = new Map<string, number>();
  private grants = 0;
  private inUse = 0;
  private waitingCount = 0;

  constructor(readonly limits: FairSchedulerLimits) {
    if (limits.slots < 1) throw new Error('a scheduler needs at least one slot');
  }

  /** Resolves with the slot's release once `tenant` may run; throws QueueFullError when it may not even wait. */
  acquire(tenant: string): Promise<Release> {
    if (this.inUse < this.limits.slots && this.waitingCount === 0) return Promise.resolve(this.grant(tenant));
    const queue = this.queues.get(tenant) ?? [];
    if (queue.length >= this.limits.maxWaitingPerTenant) throw new QueueFullError('tenant', queue.length);
    if (this.waitingCount >= this.limits.maxWaiting) throw new QueueFullError('all', this.waitingCount);
    return new Promise<Release>((resolve) => {
      queue.push({ tenant, grant: resolve });
      this.queues.set(tenant, queue);
      this.waitingCount += 1;
      this.dispatch();
    });
  }

  /** What is running and waiting now, per tenant (for tests and metrics). */
  snapshot(): { running: Record<string, number>; waiting: Record<string, number> } {
    return {
      running: Object.fromEntries(this.running),
      waiting: Object.fromEntries([...this.queues].map(([tenant, queue]) => [tenant, queue.length])),
    };
  }

  private grant(tenant: string): Release {
    this.inUse += 1;
    this.running.set(tenant, (this.running.get(tenant) ?? 0) + 1);
    this.grants += 1;
    this.served.set(tenant, this.grants);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.inUse -= 1;
      const left = (this.running.get(tenant) ?? 1) - 1;
      if (left === 0) this.running.delete(tenant);
      else this.running.set(tenant, left);
      this.dispatch();
    };
  }

  private dispatch(): void {
    while (this.inUse < this.limits.slots && this.waitingCount > 0) {
      const tenant = this.next();
      const queue = this.queues.get(tenant) as Waiter[];
      const waiter = queue.shift() as Waiter;
      this.waitingCount -= 1;
      if (queue.length === 0) this.queues.delete(tenant);
      waiter.grant(this.grant(tenant));
    }
  }

  /** The waiting tenant with the fewest slots in use; among equals, the one served least recently (round-robin). */
  private next(): string {
    const rank = (tenant: string) => [this.running.get(tenant) ?? 0, this.served.get(tenant) ?? 0];
    let best: string | undefined;
    for (const tenant of this.queues.keys()) {
      if (best === undefined) best = tenant;
      const [running, served] = rank(tenant);
      const [bestRunning, bestServed] = rank(best);
      if (running < bestRunning || (running === bestRunning && served < bestServed)) best = tenant;
    }
    return best as string;
  }
}
