import { PermanentJobError, runInWorker } from '@mendao/platform';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { computationFailure } from './domain/split-errors';
import { planSplit, type MaterialSpec, type SplitLine, type SplitOptions, type SplitPlan } from './domain/split-plan';

const WORKER_FILE = join(__dirname, 'split-plan.worker.js');

type Message = { progress: number; message: string } | { plan: SplitPlan } | { failure: string };

/**
 * Far above the largest split the run limits allow (they stop it at tens of seconds); a thread still computing
 * past it hangs, and is terminated so that its job, whose heartbeat the thread does not stop, fails and retries.
 */
export const SPLIT_THREAD_TIMEOUT_MS = 10 * 60_000;

/**
 * A big split computes for tens of seconds; in a worker thread it leaves the event loop free, so the
 * job keeps its heartbeat (no false "stalled") and, in embedded mode, the api keeps answering scans.
 * From TypeScript sources (tests) there is no compiled worker file, and it runs inline.
 *
 * Whatever the computation throws is a PermanentJobError (it is pure: a retry fails the same way); a progress
 * report that fails is ignored in both modes; a worker thread that dies (out of memory, killed) or hangs past
 * SPLIT_THREAD_TIMEOUT_MS is a plain error (a WorkerFailure), which the job system retries.
 */
export async function runSplitPlan(
  lines: SplitLine[],
  materials: Map<string, MaterialSpec>,
  options: SplitOptions,
): Promise<SplitPlan> {
  const { onProgress, ...rest } = options;
  const report = (fraction: number, message: string) =>
    void Promise.resolve()
      .then(() => onProgress?.(fraction, message))
      .catch(() => undefined);
  if (!existsSync(WORKER_FILE)) {
    try {
      return await planSplit(lines, materials, { ...rest, onProgress: report });
    } catch (error) {
      throw new PermanentJobError(computationFailure(error));
    }
  }
  const answer = await runInWorker<Exclude<Message, { progress: number }>>(
    WORKER_FILE,
    { lines, materials: [...materials], options: rest },
    {
      timeoutMs: SPLIT_THREAD_TIMEOUT_MS,
      intermediate: (message) => {
        if (!('progress' in (message as Message))) return false;
        const { progress, message: text } = message as { progress: number; message: string };
        report(progress, text);
        return true;
      },
    },
  );
  if ('failure' in answer) throw new PermanentJobError(answer.failure);
  return answer.plan;
}
