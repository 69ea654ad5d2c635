import { JobQueue, queueEntryId } from './job-queue';

/** In-process adapter for embedded mode: same runner and processors, no Redis; a bounded number run at once. */
export class InProcessJobQueue implements JobQueue {
  readonly kind = 'in-process';
  private execute?: (jobId: string) => Promise<void>;
  private readonly waiting: { key: string; jobId: string }[] = [];
  private readonly known = new Set<string>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private running = 0;
  private closed = false;

  constructor(private readonly concurrency: number) {}

  push(jobId: string, attempt: number, delayMs: number, tag?: string): Promise<void> {
    const key = queueEntryId(jobId, attempt, tag);
    if (this.closed || this.known.has(key)) return Promise.resolve();
    this.known.add(key);
    if (delayMs > 0) {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.enqueue(key, jobId);
      }, delayMs);
      this.timers.add(timer);
    } else {
      this.enqueue(key, jobId);
    }
    return Promise.resolve();
  }

  consume(execute: (jobId: string) => Promise<void>): void {
    this.execute = execute;
    this.drain();
  }

  ping(): Promise<void> {
    return Promise.resolve();
  }

  close(): Promise<void> {
    this.closed = true;
    this.timers.forEach(clearTimeout);
    this.timers.clear();
    this.waiting.length = 0;
    return Promise.resolve();
  }

  private enqueue(key: string, jobId: string): void {
    this.waiting.push({ key, jobId });
    this.drain();
  }

  private drain(): void {
    while (this.execute && !this.closed && this.running < this.concurrency && this.waiting.length > 0) {
      const { key, jobId } = this.waiting.shift() as { key: string; jobId: string };
      this.running += 1;
      void this.execute(jobId)
        .catch(() => undefined) // the runner records failures in Postgres; nothing to do here
        .finally(() => {
          this.known.delete(key);
          this.running -= 1;
          this.drain();
        });
    }
  }
}
