import { join } from 'node:path';

/**
 * Tiny worker files, one per way a worker thread can end, for tests of runInWorker and of its callers (point a
 * runner at `exits` to see it give its slot back). Paths are the compiled names; runInWorker runs the `.ts`.
 */
export const TEST_WORKERS = {
  echo: join(__dirname, 'echo.worker.js'),
  exits: join(__dirname, 'exits.worker.js'),
  throws: join(__dirname, 'throws.worker.js'),
  hangs: join(__dirname, 'hangs.worker.js'),
  allocates: join(__dirname, 'allocates.worker.js'),
};
