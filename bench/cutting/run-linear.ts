import { performance } from 'node:perf_hooks';
import { type LinearPlan, type LinearRequest, solveLinear, validateLinearPlan } from '@mendao/cutting';
import type { LinearInstance } from './data';
import { countFfdBins, expandDemand } from './ffd';
import { report } from './report';

export interface LinearOutcome {
  name: string;
  set: string;
  optimum: number;
  /** Bars of the returned plan; undefined when the solver threw. */
  bars?: number;
  ms: number;
  /** The plan was returned and passed validation. */
  valid: boolean;
  ffdBars: number;
  ffdMs: number;
}

/** README §3: s·l − k pieces on an s·C − k + 2t bar with kerf k between pieces and trim t keep the optimum. */
export const KERF_CHECK = { scale: 3, kerf: 4, trim: 10 };

export function linearRequest(instance: LinearInstance, timeLimitMs: number): LinearRequest {
  return {
    stock: [{ length: instance.capacity }],
    items: instance.items.map(([length, quantity], i) => ({ id: `i${i}`, length, quantity })),
    timeLimitMs,
  };
}

export function scaledLinearRequest(instance: LinearInstance, timeLimitMs: number): LinearRequest {
  const { scale, kerf, trim } = KERF_CHECK;
  return {
    stock: [{ length: scale * instance.capacity - kerf + 2 * trim }],
    items: instance.items.map(([length, quantity], i) => ({ id: `i${i}`, length: scale * length - kerf, quantity })),
    kerf,
    trim,
    timeLimitMs,
  };
}

export function runLinearInstance(instance: LinearInstance, request: LinearRequest): LinearOutcome {
  const ffdStarted = performance.now();
  const ffdBars = countFfdBins(expandDemand(instance.items), instance.capacity);
  const ffdMs = performance.now() - ffdStarted;
  const base = { name: instance.name, set: instance.set, optimum: instance.optimum, ffdBars, ffdMs };
  let plan: LinearPlan;
  const started = performance.now();
  try {
    plan = solveLinear(request);
  } catch (error) {
    report.failure(`1D ${instance.name}: solveLinear threw ${describeError(error)}`);
    return { ...base, ms: performance.now() - started, valid: false };
  }
  const ms = performance.now() - started;
  const valid = checkLinearPlan(instance, request, plan);
  return { ...base, bars: plan.bars.length, ms, valid };
}

function checkLinearPlan(instance: LinearInstance, request: LinearRequest, plan: LinearPlan): boolean {
  const errors = validateLinearPlan(request, plan);
  if (errors.length > 0) report.invalid(`1D ${instance.name}`, errors);
  if (plan.bars.length < instance.optimum) {
    report.failure(`1D ${instance.name}: ${plan.bars.length} bars, below the proven optimum ${instance.optimum}`);
  }
  if (plan.lowerBound > instance.optimum) {
    report.failure(`1D ${instance.name}: lowerBound ${plan.lowerBound} above the proven optimum ${instance.optimum}`);
  }
  return errors.length === 0 && plan.bars.length >= instance.optimum && plan.lowerBound <= instance.optimum;
}

export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
