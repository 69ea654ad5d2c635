import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What the code asking for a database connection is doing: answering a request (the default) or running
 * background work (a job). They get different lock and statement timeouts on the same pool, see
 * data-source-options.ts.
 */
export type Workload = 'request' | 'background';

const workloads = new AsyncLocalStorage<Workload>();

/** Runs `work` with background-work timeouts on every connection it uses (jobs: long saves are expected). */
export function runAsBackgroundWork<T>(work: () => Promise<T>): Promise<T> {
  return workloads.run('background', work);
}

/** Runs `work` as `workload` (a context captured earlier, see snapshotContext). */
export function runAsWorkload<T>(workload: Workload, work: () => T): T {
  return workloads.run(workload, work);
}

export function currentWorkload(): Workload {
  return workloads.getStore() ?? 'request';
}
