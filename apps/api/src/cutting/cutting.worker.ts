import { CuttingInputError, solveLinear, solveSheets } from '@mendao/cutting';
import { parentPort, workerData } from 'node:worker_threads';

/** Runs one optimisation off the api's event loop (see cutting-runner.ts): the request is its workerData. */
const message = workerData as { kind: 'linear' | 'sheets'; request: unknown };
if (parentPort) {
  try {
    const plan = message.kind === 'linear' ? solveLinear(message.request) : solveSheets(message.request);
    parentPort?.postMessage({ plan });
  } catch (error) {
    if (error instanceof CuttingInputError)
      parentPort?.postMessage({ input: { errors: error.errors, status: error.status } });
    else parentPort?.postMessage({ crash: error instanceof Error ? error.message : String(error) });
  }
}
