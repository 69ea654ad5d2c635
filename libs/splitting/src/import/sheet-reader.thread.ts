import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { SHEET_READER_WORKER, type SheetLimits, type SheetReply } from './sheet-reader';

const COMPILED = join(__dirname, 'sheet-reader.js');
const SOURCE = join(__dirname, 'sheet-reader.ts');

/** What one parse may use: past these the thread dies, and the import is refused, the api untouched. */
export const SHEET_THREAD_LIMITS = {
  resourceLimits: { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 },
  timeoutMs: 30_000,
};

let transpiled: string | undefined;

/**
 * The compiled worker file; from TypeScript sources (tests) the same file transpiled with swc (a dev
 * dependency, there in tests) and evaluated, so that tests exercise the thread, its limits and its
 * refusals exactly as deployed.
 */
async function workerEntry(): Promise<{ entry: string; eval: boolean }> {
  if (existsSync(COMPILED)) return { entry: COMPILED, eval: false };
  if (transpiled === undefined) {
    const swc = await import('@swc/core');
    transpiled = swc.transformSync(readFileSync(SOURCE, 'utf8'), {
      filename: SOURCE,
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
    }).code;
  }
  return { entry: transpiled, eval: true };
}

/** Reads the sheet in a worker thread with bounded memory and time; the event loop only waits. */
export async function readSheetInThread(
  file: Buffer,
  format: 'xlsx' | 'csv',
  limits: SheetLimits,
  thread: typeof SHEET_THREAD_LIMITS = SHEET_THREAD_LIMITS,
): Promise<SheetReply> {
  const { entry, eval: evaluated } = await workerEntry();
  const copy = new Uint8Array(file); // its own ArrayBuffer, moved to the thread rather than copied again
  return new Promise<SheetReply>((resolve) => {
    const worker = new Worker(entry, {
      eval: evaluated,
      workerData: { job: SHEET_READER_WORKER, file: copy, format, limits },
      transferList: [copy.buffer],
      resourceLimits: thread.resourceLimits,
    });
    let settled = false;
    const settle = (reply: SheetReply) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(reply);
      void worker.terminate();
    };
    const timer = setTimeout(
      () => settle({ refusal: { kind: 'unreadable', reason: 'reading the file took too long' } }),
      thread.timeoutMs,
    );
    worker.once('message', (reply: SheetReply) => settle(reply));
    worker.once('error', (error: Error & { code?: string }) =>
      settle(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? // a .csv runs out of memory too: the service words the refusal by format
            { refusal: { kind: 'out_of_memory', maxHeapMb: thread.resourceLimits.maxOldGenerationSizeMb } }
          : { refusal: { kind: 'unreadable', reason: error.message } },
      ),
    );
    worker.once('exit', (code) =>
      settle({ refusal: { kind: 'unreadable', reason: `the reader stopped (exit code ${code})` } }),
    );
  });
}
