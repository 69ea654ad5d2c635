/**
 * Where job ids wait for a worker. Two adapters: BullMQ on Redis (served mode) and in-process
 * (embedded mode). Either may lose entries; the reconciler puts back whatever Postgres says is due.
 */
export interface JobQueue {
  readonly kind: 'bullmq' | 'in-process';
  /** `attempt` makes the entry unique per attempt so a retry is never swallowed by the previous entry. */
  push(jobId: string, attempt: number, delayMs: number): Promise<void>;
  consume(execute: (jobId: string) => Promise<void>): void;
  close(): Promise<void>;
  /** Throws when the transport is unreachable (used by /ready). */
  ping(): Promise<void>;
}

export const JOB_QUEUE = Symbol('JOB_QUEUE');
