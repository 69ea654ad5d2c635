/**
 * Where job ids wait for a worker. Two adapters: BullMQ on Redis (served mode) and in-process
 * (embedded mode). Either may lose entries; the reconciler puts back whatever Postgres says is due.
 */
export interface JobQueue {
  readonly kind: 'bullmq' | 'in-process';
  /**
   * `attempt` makes the entry unique per attempt so a retry is never swallowed by the previous entry; `tag`
   * makes a further entry for the same attempt (a job put back because its factory is at its limit).
   */
  push(jobId: string, attempt: number, delayMs: number, tag?: string): Promise<void>;
  consume(execute: (jobId: string) => Promise<void>): void;
  close(): Promise<void>;
  /** Throws when the transport is unreachable (used by /ready). */
  ping(): Promise<void>;
}

export const JOB_QUEUE = Symbol('JOB_QUEUE');

/** The queue's entry id: equal entries are stored once (a duplicate push is ignored while the first waits). */
export function queueEntryId(jobId: string, attempt: number, tag?: string): string {
  return tag ? `${jobId}-a${attempt}-${tag}` : `${jobId}-a${attempt}`;
}
