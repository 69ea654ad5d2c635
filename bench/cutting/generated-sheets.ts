import { performance } from 'node:perf_hooks';
import { type DoorInstance, generateDoorInstances, solveSheets, validateSheetPlan } from '@mendao/cutting';
import { report } from './report';
import { describeError } from './run-linear';
import { formatMs, formatPercent, groupBy, max, sum } from './stats';
import type { Cell } from './table';
import { target, type Target } from './targets';

/** Seed of the generated door instances (printed with the results, so that a run can be repeated). */
export const GENERATED_SEED = 2026;
/** Instances per sheet count (2–10 sheets). */
export const GENERATED_PER_COUNT = 10;
const SHEET_COUNTS = 9;
const NEEDED_SHARE = 0.8;

export interface GeneratedOutcome {
  name: string;
  optimum: number;
  sheets?: number;
  ms: number;
  valid: boolean;
}

export const GENERATED_HEADERS = ['sheets (optimum)', 'inst', 'at optimum', '+1 sheet', 'invalid', 'mean ms', 'max ms'];

/** The instances of a run: `perCount` of each sheet count, from one seed. */
export function generatedInstances(seed: number, perCount: number): DoorInstance[] {
  return generateDoorInstances(seed, perCount * SHEET_COUNTS);
}

export function runGeneratedInstance(instance: DoorInstance, timeLimitMs: number): GeneratedOutcome {
  const request = { ...instance.request, timeLimitMs };
  const base = { name: instance.name, optimum: instance.optimum };
  const started = performance.now();
  try {
    const plan = solveSheets(request);
    const ms = performance.now() - started;
    const errors = validateSheetPlan(request, plan);
    if (errors.length > 0) report.invalid(`2D generated ${instance.name}`, errors);
    if (plan.layouts.length < instance.optimum) {
      report.failure(
        `2D generated ${instance.name}: ${plan.layouts.length} sheets, below the optimum ${instance.optimum}`,
      );
    }
    const valid = errors.length === 0 && plan.layouts.length >= instance.optimum;
    return { ...base, sheets: plan.layouts.length, ms, valid };
  } catch (error) {
    report.failure(`2D generated ${instance.name}: solveSheets threw ${describeError(error)}`);
    return { ...base, ms: performance.now() - started, valid: false };
  }
}

function atOptimum(o: GeneratedOutcome): boolean {
  return o.valid && o.sheets === o.optimum;
}

function row(label: string, outcomes: GeneratedOutcome[]): Cell[] {
  const times = outcomes.map((o) => o.ms);
  return [
    label,
    outcomes.length,
    outcomes.filter(atOptimum).length,
    outcomes.filter((o) => o.valid && o.sheets === o.optimum + 1).length,
    outcomes.filter((o) => !o.valid).length,
    formatMs(sum(times) / Math.max(1, times.length)),
    formatMs(max(times)),
  ];
}

export function generatedRows(outcomes: GeneratedOutcome[]): Cell[][] {
  const byCount = groupBy(outcomes, (o) => String(o.optimum));
  const counts = [...byCount.keys()].sort((a, b) => Number(a) - Number(b));
  return [...counts.map((count) => row(count, byCount.get(count) ?? [])), row('total', outcomes)];
}

export function generatedTargets(outcomes: GeneratedOutcome[]): Target[] {
  const hits = outcomes.filter(atOptimum).length;
  const share = outcomes.length > 0 ? hits / outcomes.length : 0;
  const slowest = max(outcomes.map((o) => o.ms));
  const invalid = outcomes.filter((o) => !o.valid).length;
  return [
    target(
      '2D generated door instances at optimum ≥ 80 %, each ≤ 1 s',
      `${hits}/${outcomes.length} (${formatPercent(share)}), max ${formatMs(slowest)} ms`,
      share >= NEEDED_SHARE && slowest <= 1000,
    ),
    target('2D generated plans valid', `${invalid} invalid or failed`, invalid === 0),
  ];
}
