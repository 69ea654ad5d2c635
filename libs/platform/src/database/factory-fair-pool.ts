import { Pool, PoolClient, PoolConfig } from 'pg';

/** pg-pool's message when no connection frees up in time; the problem filter answers it 503 service.busy. */
export const ACQUIRE_TIMEOUT_MESSAGE = 'timeout exceeded when trying to connect';

type Release = (error?: Error | boolean) => void;
type ConnectCallback = (error: Error | undefined, client: PoolClient | undefined, release: Release) => void;

interface Waiter {
  grant(): void;
}

/**
 * A pg Pool in which one factory's requests hold at most `perFactory` connections at once; the rest of
 * its requests queue behind each other (FIFO, up to `acquireTimeoutMs`, 0 = no limit, then 503), so the
 * connections left over always serve the other factories: twelve PATCHes waiting on one locked order
 * cost the other factories nothing. Applies to callers `factoryOf` names (request work); the others
 * (logins, jobs, which have their own per-factory limit) draw from the pool as usual.
 */
export function factoryFairPool(
  perFactory: number,
  acquireTimeoutMs: number,
  factoryOf: () => string | undefined,
): typeof Pool {
  return class FactoryFairPool extends Pool {
    private readonly held = new Map<string, number>();
    private readonly queues = new Map<string, Waiter[]>();

    constructor(config?: PoolConfig) {
      super(config);
      const connect = this.connect.bind(this) as () => Promise<PoolClient>;
      this.connect = ((callback?: ConnectCallback) => {
        const factory = factoryOf();
        const acquired = factory ? this.acquireFor(factory, connect) : connect();
        if (!callback) return acquired;
        acquired.then(
          (client) => callback(undefined, client, (error) => client.release(error)),
          (error: Error) => callback(error, undefined, () => undefined),
        );
        return undefined;
      }) as unknown as Pool['connect'];
    }

    private async acquireFor(factory: string, connect: () => Promise<PoolClient>): Promise<PoolClient> {
      await this.turn(factory);
      let client: PoolClient;
      try {
        client = await connect();
      } catch (error) {
        this.leave(factory);
        throw error;
      }
      // pg-pool sets a fresh release on every checkout, so this wrapper lives for this checkout only
      const release = client.release.bind(client);
      let released = false;
      client.release = (error?: Error | boolean) => {
        if (!released) {
          released = true;
          this.leave(factory);
        }
        release(error);
      };
      return client;
    }

    private turn(factory: string): Promise<void> {
      const held = this.held.get(factory) ?? 0;
      if (held < perFactory) {
        this.held.set(factory, held + 1);
        return Promise.resolve();
      }
      return new Promise<void>((resolve, reject) => {
        const queue = this.queues.get(factory) ?? [];
        this.queues.set(factory, queue);
        const waiter: Waiter = {
          grant: () => {
            clearTimeout(timer);
            resolve();
          },
        };
        const timer =
          acquireTimeoutMs > 0
            ? setTimeout(() => {
                queue.splice(queue.indexOf(waiter), 1);
                reject(new Error(ACQUIRE_TIMEOUT_MESSAGE));
              }, acquireTimeoutMs).unref()
            : undefined;
        queue.push(waiter);
      });
    }

    /** A released slot goes to the factory's next waiter (its count unchanged), or back to the pool. */
    private leave(factory: string): void {
      const queue = this.queues.get(factory);
      const next = queue?.shift();
      if (queue && queue.length === 0) this.queues.delete(factory);
      if (next) return next.grant();
      const held = (this.held.get(factory) ?? 1) - 1;
      if (held > 0) this.held.set(factory, held);
      else this.held.delete(factory);
    }
  };
}
