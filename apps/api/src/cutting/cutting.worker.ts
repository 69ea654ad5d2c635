import { CuttingInputError, solveLinear, solveSheets } from '@mendao/cutting';
import { parentPort } from 'node:worker_threads';

/** Runs one optimisation off the api's event loop (see cutting-runner.ts). */
parentPort?.once('message', (message: { kind: 'linear' | 'sheets'; request: unknown }) => {
  try {
    const plan = message.kind === 'linear' ? solveLinear(message.request) : solveSheets(message.request);
    parentPort?.postMessage({ plan });
  } catch (error) {
    if (error instanceof CuttingInputError)
      parentPort?.postMessage({ input: { errors: error.errors, status: error.status } });
    else parentPort?.postMessage({ crash: error instanceof Error ? error.message : String(error) });
  }
});
