import { Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';
import type { Logger } from 'pino';
import { JobQueue, queueEntryId } from './job-queue';

export const QUEUE_NAME = 'jobs';
const PUSH_TIMEOUT_MS = 3000;

/** BullMQ adapter: entries are `{jobId}` only; retries and history are kept in Postgres, not in Redis. */
export class BullmqJobQueue implements JobQueue {
  readonly kind = 'bullmq';
  private readonly producerConnection: IORedis;
  private readonly queue: Queue;
  private worker?: Worker;
  private workerConnection?: IORedis;

  constructor(
    private readonly redisUrl: string,
    private readonly prefix: string,
    private readonly concurrency: number,
    private readonly log: Logger,
  ) {
    // the producer fails fast so a Redis outage cannot hang an HTTP request; the reconciler pushes later
    this.producerConnection = new IORedis(redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
    this.producerConnection.on('error', (error) => this.log.warn({ err: error }, 'redis (producer) error'));
    this.queue = new Queue(QUEUE_NAME, { connection: this.producerConnection, prefix });
  }

  /** Waits (briefly) for Redis so the first pushes after boot do not fail; a Redis outage must not stop the boot. */
  async connected(timeoutMs = 5000): Promise<void> {
    if (this.producerConnection.status === 'ready') return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.log.warn('redis not reachable yet; jobs stay queued in Postgres until it is');
        resolve();
      }, timeoutMs);
      this.producerConnection.once('ready', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  async push(jobId: string, attempt: number, delayMs: number, tag?: string): Promise<void> {
    const add = this.queue.add(
      'run',
      { jobId },
      {
        jobId: queueEntryId(jobId, attempt, tag),
        delay: delayMs,
        attempts: 1,
        removeOnComplete: true,
        removeOnFail: true,
      },
    );
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`queue push timed out after ${PUSH_TIMEOUT_MS} ms`)), PUSH_TIMEOUT_MS);
    });
    try {
      await Promise.race([add, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  consume(execute: (jobId: string) => Promise<void>): void {
    const connection = new IORedis(this.redisUrl, { maxRetriesPerRequest: null });
    this.workerConnection = connection;
    connection.on('error', (error) => this.log.warn({ err: error }, 'redis (worker) error'));
    this.worker = new Worker(QUEUE_NAME, (entry) => execute((entry.data as { jobId: string }).jobId), {
      connection,
      prefix: this.prefix,
      concurrency: this.concurrency,
    });
    this.worker.on('error', (error) => this.log.warn({ err: error }, 'bullmq worker error'));
  }

  async ping(): Promise<void> {
    await this.producerConnection.ping();
  }

  async close(): Promise<void> {
    await this.worker?.close();
    await this.queue.close();
    // connections we made are ours to end: BullMQ leaves a given connection open
    this.workerConnection?.disconnect();
    this.producerConnection.disconnect();
  }
}
