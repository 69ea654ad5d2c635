import { Injectable } from '@nestjs/common';
import { CuttingInputError, LinearPlan, SheetPlan, solveLinear, solveSheets } from '@mendao/cutting';
import { DomainError, runInWorker, TenancyContext, WorkerFailure } from '@mendao/platform';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { CUTTING_ERRORS } from './cutting.errors';
import { FairScheduler, QueueFullError, type Release } from './fair-scheduler';

type Kind = 'linear' | 'sheets';
type Reply = {
  plan?: LinearPlan | SheetPlan;
  input?: { errors: CuttingInputError['errors']; status: number };
  crash?: string;
};

const WORKER_FILE = join(__dirname, 'cutting.worker.js');

/**
 * The longest search an HTTP request may ask for (the CLI keeps @mendao/cutting's minute): it bounds how long
 * a slot is held, so how long another factory's request can wait for one, and the Retry-After of a full queue.
 */
export const HTTP_MAX_TIME_LIMIT_MS = 10_000;
/** Requests one factory may have waiting for a slot, and all factories together; beyond them: 429. */
const MAX_WAITING_PER_FACTORY = 3;
const MAX_WAITING = 16;
/** @mendao/cutting's search budget when a request names none. */
const DEFAULT_TIME_LIMIT_MS = 1000;
/**
 * Beyond its time limit, how long a solve may take before its thread is terminated: the solver stops itself
 * at its limit, so a thread still running past this margin hangs, and must not keep its slot.
 */
export const SOLVER_GRACE_MS = 5_000;

/**
 * An optimisation may search for its whole time budget (over HTTP up to 10 s); it runs in a worker thread
 * so the api keeps answering scans and logins meanwhile. From TypeScript sources (tests) there is no
 * compiled worker file, and the solve runs inline.
 */
@Injectable()
export class CuttingRunner {
  /**
   * One optimisation per core at a time (one core left for the api), shared fairly between factories: a freed
   * slot goes to the factory holding the fewest, so one factory's burst delays another's request by one solve
   * at most, not by the whole burst. Both the worker-thread and the inline path take a slot.
   */
  readonly scheduler = new FairScheduler({
    slots: Math.max(1, availableParallelism() - 1),
    maxWaiting: MAX_WAITING,
    maxWaitingPerTenant: MAX_WAITING_PER_FACTORY,
  });

  /** The compiled worker, or null from TypeScript sources (inline); tests point it at a worker that dies. */
  workerFile: string | null = existsSync(WORKER_FILE) ? WORKER_FILE : null;

  constructor(private readonly tenancy: TenancyContext) {}

  async run(kind: 'linear', request: unknown): Promise<LinearPlan>;
  async run(kind: 'sheets', request: unknown): Promise<SheetPlan>;
  async run(kind: Kind, request: unknown): Promise<LinearPlan | SheetPlan> {
    refuseLongTimeLimit(request);
    const release = await this.slot();
    let reply: Reply;
    try {
      reply = this.workerFile ? await this.inWorker(this.workerFile, kind, request) : inline(kind, request);
    } finally {
      release();
    }
    if (reply.input) {
      const code =
        reply.input.status === 413
          ? CUTTING_ERRORS['cutting.request_too_large']
          : reply.input.status === 422
            ? CUTTING_ERRORS['cutting.infeasible']
            : CUTTING_ERRORS['cutting.invalid_request'];
      throw new DomainError(code, 'The cutting request is not valid / 下料请求有误', {}, reply.input.errors);
    }
    if (!reply.plan) throw new Error(`cutting ${kind} failed: ${reply.crash ?? 'no answer'}`);
    return reply.plan;
  }

  private async slot(): Promise<Release> {
    try {
      return await this.scheduler.acquire(this.tenancy.factoryId());
    } catch (error) {
      if (!(error instanceof QueueFullError)) throw error;
      // a waiting place frees when a running solve ends, which takes at most the longest time limit
      throw new DomainError(
        CUTTING_ERRORS['cutting.queue_full'],
        `${error.waiting} cutting requests are already waiting${error.scope === 'tenant' ? ' for this factory' : ''}; ` +
          'retry later / 下料请求排队已满，请稍后重试',
        { waiting: error.waiting, scope: error.scope, retryAfterSeconds: Math.ceil(HTTP_MAX_TIME_LIMIT_MS / 1000) },
      );
    }
  }

  /**
   * Settles on the answer, on the thread's death (an exit without answer, an error, out of memory) or past the
   * time limit plus a grace, terminating the thread each time: the slot is always given back.
   */
  private async inWorker(file: string, kind: Kind, request: unknown): Promise<Reply> {
    try {
      return await runInWorker<Reply>(file, { kind, request }, { timeoutMs: timeLimitOf(request) + SOLVER_GRACE_MS });
    } catch (error) {
      if (!(error instanceof WorkerFailure)) throw error;
      throw new DomainError(
        CUTTING_ERRORS['cutting.solver_failed'],
        `The cutting solver stopped without an answer (${error.message}); nothing was saved, retry / ` +
          '下料计算意外中止，未保存任何内容，请重试',
        { reason: error.reason, retryAfterSeconds: Math.ceil(HTTP_MAX_TIME_LIMIT_MS / 1000) },
      );
    }
  }
}

function timeLimitOf(request: unknown): number {
  const limit = (request as { timeLimitMs?: unknown } | null)?.timeLimitMs;
  return typeof limit === 'number' && Number.isFinite(limit) && limit > 0
    ? Math.min(limit, HTTP_MAX_TIME_LIMIT_MS)
    : DEFAULT_TIME_LIMIT_MS;
}

/** The HTTP route's cap on timeLimitMs (the rest of the request is @mendao/cutting's to check). */
function refuseLongTimeLimit(request: unknown): void {
  const limit = (request as { timeLimitMs?: unknown } | null)?.timeLimitMs;
  if (typeof limit === 'number' && limit > HTTP_MAX_TIME_LIMIT_MS)
    throw new DomainError(
      CUTTING_ERRORS['cutting.time_limit_too_long'],
      `timeLimitMs ${limit} is above ${HTTP_MAX_TIME_LIMIT_MS} / 计算时限超过上限`,
      { max: HTTP_MAX_TIME_LIMIT_MS },
      [{ field: 'timeLimitMs', message: `must be at most ${HTTP_MAX_TIME_LIMIT_MS} over HTTP (the CLI allows more)` }],
    );
}

function inline(kind: Kind, request: unknown): Reply {
  try {
    return { plan: kind === 'linear' ? solveLinear(request) : solveSheets(request) };
  } catch (error) {
    if (error instanceof CuttingInputError) return { input: { errors: error.errors, status: error.status } };
    throw error;
  }
}
