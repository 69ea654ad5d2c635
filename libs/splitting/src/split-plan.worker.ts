import { parentPort, workerData } from 'node:worker_threads';
import { computationFailure } from './domain/split-errors';
import { planSplit, type MaterialSpec, type SplitLine, type SplitOptions } from './domain/split-plan';

/** Runs planSplit off the main thread (see split-plan-runner.ts); progress and the answer go back as messages. */
const { lines, materials, options } = workerData as {
  lines: SplitLine[];
  materials: [string, MaterialSpec][];
  options: Omit<SplitOptions, 'onProgress'>;
};
const port = parentPort;
if (port) {
  planSplit(lines, new Map(materials), {
    ...options,
    onProgress: (fraction, message) => port.postMessage({ progress: fraction, message }),
  })
    .then((plan) => port.postMessage({ plan }))
    .catch((error: unknown) => port.postMessage({ failure: computationFailure(error) }));
}
