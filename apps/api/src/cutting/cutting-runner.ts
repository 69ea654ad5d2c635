import { Injectable } from '@nestjs/common';
import { CuttingInputError, LinearPlan, SheetPlan, solveLinear, solveSheets } from '@mendao/cutting';
import { DomainError } from '@mendao/platform';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CUTTING_ERRORS } from './cutting.errors';

type Kind = 'linear' | 'sheets';
type Reply = {
  plan?: LinearPlan | SheetPlan;
  input?: { errors: CuttingInputError['errors']; status: number };
  crash?: string;
};

const WORKER_FILE = join(__dirname, 'cutting.worker.js');

/**
 * An optimisation may search for its whole time budget (up to a minute); it runs in a worker thread
 * so the api keeps answering scans and logins meanwhile. From TypeScript sources (tests) there is no
 * compiled worker file, and the solve runs inline.
 */
@Injectable()
export class CuttingRunner {
  // one optimisation per core at a time; more requests wait their turn instead of starving the api
  private slots = Math.max(1, availableParallelism() - 1);
  private readonly waiting: (() => void)[] = [];

  async run(kind: 'linear', request: unknown): Promise<LinearPlan>;
  async run(kind: 'sheets', request: unknown): Promise<SheetPlan>;
  async run(kind: Kind, request: unknown): Promise<LinearPlan | SheetPlan> {
    const reply = existsSync(WORKER_FILE)
      ? await this.withSlot(() => this.inWorker(kind, request))
      : inline(kind, request);
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

  private async withSlot<T>(work: () => Promise<T>): Promise<T> {
    if (this.slots === 0) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.slots -= 1;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.slots += 1;
    }
  }

  private inWorker(kind: Kind, request: unknown): Promise<Reply> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(WORKER_FILE);
      worker.once('message', (reply: Reply) => {
        resolve(reply);
        void worker.terminate();
      });
      worker.once('error', reject);
      worker.postMessage({ kind, request });
    });
  }
}

function inline(kind: Kind, request: unknown): Reply {
  try {
    return { plan: kind === 'linear' ? solveLinear(request) : solveSheets(request) };
  } catch (error) {
    if (error instanceof CuttingInputError) return { input: { errors: error.errors, status: error.status } };
    throw error;
  }
}
