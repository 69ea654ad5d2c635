import { runInWorker, WorkerFailure } from '@mendao/platform';
import { join } from 'node:path';
import { SHEET_READER_WORKER, type SheetLimits, type SheetReply } from './sheet-reader';

const WORKER_FILE = join(__dirname, 'sheet-reader.js');

/** What one parse may use: past these the thread dies, and the import is refused, the api untouched. */
export const SHEET_THREAD_LIMITS = {
  resourceLimits: { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 },
  timeoutMs: 30_000,
};

/**
 * Reads the sheet in a worker thread with bounded memory and time; the event loop only waits. From TypeScript
 * sources (tests) runInWorker transpiles the reader, which imports only Node modules, so tests exercise the
 * thread, its limits and its refusals exactly as deployed.
 */
export async function readSheetInThread(
  file: Buffer,
  format: 'xlsx' | 'csv',
  limits: SheetLimits,
  thread: typeof SHEET_THREAD_LIMITS = SHEET_THREAD_LIMITS,
): Promise<SheetReply> {
  const copy = new Uint8Array(file); // its own ArrayBuffer, moved to the thread rather than copied again
  try {
    return await runInWorker<SheetReply>(
      WORKER_FILE,
      { job: SHEET_READER_WORKER, file: copy, format, limits },
      { resourceLimits: thread.resourceLimits, timeoutMs: thread.timeoutMs, transferList: [copy.buffer] },
    );
  } catch (error) {
    if (!(error instanceof WorkerFailure)) throw error;
    if (error.outOfMemory)
      // a .csv runs out of memory too: the service words the refusal by format
      return { refusal: { kind: 'out_of_memory', maxHeapMb: thread.resourceLimits.maxOldGenerationSizeMb } };
    if (error.reason === 'timeout')
      return { refusal: { kind: 'unreadable', reason: 'reading the file took too long' } };
    if (error.reason === 'exit')
      return { refusal: { kind: 'unreadable', reason: `the reader stopped (exit code ${error.exitCode})` } };
    return { refusal: { kind: 'unreadable', reason: error.cause?.message ?? error.message } };
  }
}
