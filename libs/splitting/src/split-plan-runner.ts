import { PermanentJobError } from '@mendao/platform';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { planSplit, type MaterialSpec, type SplitLine, type SplitOptions, type SplitPlan } from './domain/split-plan';

const WORKER_FILE = join(__dirname, 'split-plan.worker.js');

type Message =
  { progress: number; message: string } | { plan: SplitPlan } | { failure: { actionable: boolean; message: string } };

/**
 * A big split computes for tens of seconds; in a worker thread it leaves the event loop free, so the
 * job keeps its heartbeat (no false "stalled") and, in embedded mode, the api keeps answering scans.
 * From TypeScript sources (tests) there is no compiled worker file, and it runs inline.
 */
export function runSplitPlan(
  lines: SplitLine[],
  materials: Map<string, MaterialSpec>,
  options: SplitOptions,
): Promise<SplitPlan> {
  if (!existsSync(WORKER_FILE)) return planSplit(lines, materials, options);
  const { onProgress, ...rest } = options;
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
      if ('progress' in message)
        void Promise.resolve(onProgress?.(message.progress, message.message)).catch(() => undefined);
      else if ('plan' in message) settle(() => resolve(message.plan));
      else
        settle(() =>
          reject(
            message.failure.actionable
              ? new PermanentJobError(message.failure.message)
              : new Error(message.failure.message),
          ),
        );
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`split worker thread exited with code ${code}`))));
  });
}
