import { takeBatch } from '../domain/move-batch';
import type { LedgerEntry, MoveAnswer, MoveContext } from './move-view';

/** A move waiting for a statement, with the promise its scanner waits on. */
export interface QueuedMove {
  entry: LedgerEntry;
  context: MoveContext;
  resolve: (answer: MoveAnswer) => void;
  reject: (error: unknown) => void;
}

/**
 * The queue in front of the shared statement: at most `inFlight` statements run at once, each taking up
 * to `limit` queued moves (no two on one balance or with one scanId: takeBatch). A move that arrives while
 * fewer are in flight goes at once, alone, so a quiet warehouse waits for nothing (ADR 0005).
 */
export class MoveQueue {
  private readonly queue: QueuedMove[] = [];
  private running = 0;

  constructor(
    private readonly limit: number,
    private readonly inFlight: number,
    /** Records a batch; must settle every move's promise itself. */
    private readonly send: (batch: QueuedMove[]) => Promise<void>,
    private readonly onUnexpected: (error: unknown, batch: QueuedMove[]) => void,
  ) {}

  push(entry: LedgerEntry, context: MoveContext): Promise<MoveAnswer> {
    return new Promise((resolve, reject) => {
      this.queue.push({ entry, context, resolve, reject });
      this.drain();
    });
  }

  private drain(): void {
    while (this.running < this.inFlight && this.queue.length > 0) {
      const batch = takeBatch(this.queue, this.limit, ({ entry, context }) => ({
        scan: `${context.factoryId} ${entry.scanId}`,
        balances: [entry.from, entry.to].flatMap((l) =>
          l ? [`${context.factoryId} ${entry.item.id} ${l.id} ${entry.lot}`] : [],
        ),
      }));
      this.running += 1;
      void this.send(batch)
        .catch((error: unknown) => {
          // never leave a scanner without an answer
          this.onUnexpected(error, batch);
          batch.forEach((queued) => queued.reject(error));
        })
        .finally(() => {
          this.running -= 1;
          this.drain();
        });
    }
  }
}
