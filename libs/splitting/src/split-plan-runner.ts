import { PermanentJobError } from '@mendao/platform';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { computationFailure } from './domain/split-errors';
import { planSplit, type MaterialSpec, type SplitLine, type SplitOptions, type SplitPlan } from './domain/split-plan';

const WORKER_FILE = join(__dirname, 'split-plan.worker.js');

type Message = { progress: number; message: string } | { plan: SplitPlan } | { failure: string };

/**
 * A big split computes for tens of seconds; in a worker thread it leaves the event loop free, so the
 * job keeps its heartbeat (no false "stalled") and, in embedded mode, the api keeps answering scans.
 * From TypeScript sources (tests) there is no compiled worker file, and it runs inline.
 *
 * Whatever the computation throws is a PermanentJobError (it is pure: a retry fails the same way); a progress
 * report that fails is ignored in both modes; a worker thread that dies (out of memory, killed) is a plain
 * error, which the job system retries.
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
  return new Promise<SplitPlan>((resolve, reject) => {
    const worker = new Worker(WORKER_FILE, { workerData: { lines, materials: [...materials], options: rest } });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
      void worker.terminate();
    };
    worker.on('message', (message: Message) => {
      if ('progress' in message) report(message.progress, message.message);
      else if ('plan' in message) settle(() => resolve(message.plan));
      else settle(() => reject(new PermanentJobError(message.failure)));
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`split worker thread exited with code ${code}`))));
  });
}
