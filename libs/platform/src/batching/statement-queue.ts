import { takeBatch } from './take-batch';

/** An item waiting for a statement, with the promise its caller waits on. */
export interface Queued<T, R> {
  item: T;
  resolve: (answer: R) => void;
  reject: (error: unknown) => void;
}

/**
 * The queue in front of a shared statement (ADR 0005): at most `inFlight` statements run at once, each taking up to
 * `limit` queued items, no two claiming one key (takeBatch). While fewer are in flight, what arrives goes at the end
 * of the event loop's turn, with whatever else arrived in it: a quiet station waits for nothing, and a burst (fifty
 * stations starting at once) fills statements instead of taking every one with a single item; under load, those that
 * arrive meanwhile share the next statement as one ends.
 */
export class StatementQueue<T, R> {
  private readonly queue: Queued<T, R>[] = [];
  private running = 0;
  private drainDue = false;

  constructor(
    private readonly options: {
      limit: number;
      inFlight: number;
      claimsOf: (item: T) => string[];
      /** Runs a batch; must settle every item's promise itself. */
      send: (batch: Queued<T, R>[]) => Promise<void>;
      /** `send` failed outside its items: every item of the batch is rejected with the error. */
      onUnexpected: (error: unknown, batch: Queued<T, R>[]) => void;
    },
  ) {}

  push(item: T): Promise<R> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (this.drainDue || this.running >= this.options.inFlight) return;
      this.drainDue = true;
      setImmediate(() => {
        this.drainDue = false;
        this.drain();
      });
    });
  }

  private drain(): void {
    const { limit, inFlight, claimsOf, send, onUnexpected } = this.options;
    while (this.running < inFlight && this.queue.length > 0) {
      const batch = takeBatch(this.queue, limit, (queued) => claimsOf(queued.item));
      this.running += 1;
      void send(batch)
        .catch((error: unknown) => {
          // never leave a caller without an answer
          onUnexpected(error, batch);
          batch.forEach((queued) => queued.reject(error));
        })
        .finally(() => {
          this.running -= 1;
          this.drain();
        });
    }
  }
}
