import { existsSync, readFileSync } from 'node:fs';
import { Worker, type ResourceLimits } from 'node:worker_threads';

export interface RunInWorkerOptions {
  /** Memory and stack the thread may use; past them it dies (an 'error' with code ERR_WORKER_OUT_OF_MEMORY). */
  resourceLimits?: ResourceLimits;
  /** After this long without an answer the thread is terminated and the call fails with reason 'timeout'. */
  timeoutMs?: number;
  /** Objects moved to the thread rather than copied (e.g. a file's ArrayBuffer). */
  transferList?: readonly ArrayBuffer[];
  /**
   * Sees every message first; returning true means "not the answer, keep waiting" (progress reports). Without it
   * the first message is the answer.
   */
  intermediate?: (message: unknown) => boolean;
}

export type WorkerFailureReason = 'error' | 'exit' | 'timeout';

/**
 * The thread ended without an answer: it threw or ran out of memory ('error', `cause` is the thread's error),
 * exited ('exit', `exitCode`), or took longer than allowed ('timeout').
 */
export class WorkerFailure extends Error {
  constructor(
    readonly reason: WorkerFailureReason,
    message: string,
    readonly exitCode?: number,
    override readonly cause?: Error & { code?: string },
  ) {
    super(message);
    this.name = 'WorkerFailure';
  }

  /** The thread died because it went past `resourceLimits`. */
  get outOfMemory(): boolean {
    return this.cause?.code === 'ERR_WORKER_OUT_OF_MEMORY';
  }
}

const transpiled = new Map<string, string>();

/**
 * The compiled worker file; from TypeScript sources (tests) its `.ts` sibling transpiled with swc (a dev
 * dependency, there in tests) and evaluated, so tests run the thread, its limits and its ways out as deployed.
 * Only the file itself is transpiled: a worker run from sources may import Node modules and packages, not
 * other TypeScript files or `@mendao/*` aliases.
 */
async function workerEntry(file: string): Promise<{ entry: string; eval: boolean }> {
  if (existsSync(file)) return { entry: file, eval: false };
  const source = file.replace(/\.js$/, '.ts');
  if (source === file || !existsSync(source)) throw new Error(`no worker file ${file} (nor its .ts source)`);
  let code = transpiled.get(source);
  if (code === undefined) {
    const swc = await import('@swc/core');
    code = swc.transformSync(readFileSync(source, 'utf8'), {
      filename: source,
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
    }).code;
    transpiled.set(source, code);
  }
  return { entry: code, eval: true };
}

/** True when `file` (a compiled worker path) or its `.ts` source exists, i.e. runInWorker can start it. */
export function workerAvailable(file: string): boolean {
  return existsSync(file) || (file.endsWith('.js') && existsSync(file.replace(/\.js$/, '.ts')));
}

/**
 * Runs `file` in a worker thread with `data` as its workerData and resolves with its answer (its first message
 * that is not `intermediate`). Settles exactly once, on the answer, an error, an exit or the timeout, whichever
 * comes first, and terminates the thread in every case: a caller holding a slot for the call always gets it back.
 */
export async function runInWorker<T>(file: string, data: unknown, options: RunInWorkerOptions = {}): Promise<T> {
  const { entry, eval: evaluated } = await workerEntry(file);
  return new Promise<T>((resolve, reject) => {
    const worker = new Worker(entry, {
      eval: evaluated,
      workerData: data,
      transferList: options.transferList as ArrayBuffer[] | undefined,
      resourceLimits: options.resourceLimits,
    });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      outcome();
      void worker.terminate();
    };
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(
            () =>
              settle(() =>
                reject(new WorkerFailure('timeout', `the worker thread gave no answer within ${options.timeoutMs} ms`)),
              ),
            options.timeoutMs,
          );
    worker.on('message', (message: unknown) => {
      if (settled || options.intermediate?.(message)) return;
      settle(() => resolve(message as T));
    });
    worker.on('error', (error: Error) =>
      settle(() => reject(new WorkerFailure('error', `the worker thread failed: ${error.message}`, undefined, error))),
    );
    worker.on('exit', (code: number) =>
      settle(() =>
        reject(new WorkerFailure('exit', `the worker thread exited with code ${code} without an answer`, code)),
      ),
    );
  });
}
