import { performance } from 'node:perf_hooks';
import { type SheetPlan, type SheetRequest, solveSheets, validateSheetPlan } from '@mendao/cutting';
import type { MaxRectsPacker } from 'maxrects-packer' with { 'resolution-mode': 'import' };
import type { BestKnown, SheetInstance } from './data';
import { report } from './report';
import { describeError } from './run-linear';

export type Variant = 'oriented' | 'rotation';

export interface SheetOutcome {
  name: string;
  cls: string;
  bestKnown: BestKnown;
  /** Sheets of the returned plan; undefined when the solver threw. */
  sheets?: number;
  ms: number;
  valid: boolean;
  maxrects: number;
}

export type PackerConstructor = typeof MaxRectsPacker;

/**
 * maxrects-packer's "main" is a UMD file inside a "type": "module" package: Node loads it as an empty ES module, and
 * a CommonJS build cannot `require` it. Its ES build loads fine through a dynamic import.
 */
export async function loadMaxRectsPacker(): Promise<PackerConstructor> {
  const specifier: string = 'maxrects-packer/dist/maxrects-packer.mjs';
  const module = (await import(specifier)) as { MaxRectsPacker: PackerConstructor };
  return module.MaxRectsPacker;
}

export function sheetRequest(instance: SheetInstance, variant: Variant, timeLimitMs: number): SheetRequest {
  const rotatable = variant === 'rotation';
  return {
    sheets: [{ width: instance.bin.w, height: instance.bin.h }],
    items: instance.items.map(([width, height, quantity], i) => ({ id: `p${i}`, width, height, quantity, rotatable })),
    maxStages: 3,
    firstCut: 'horizontal',
    timeLimitMs,
  };
}

export function countMaxRectsBins(Packer: PackerConstructor, instance: SheetInstance, variant: Variant): number {
  const packer = new Packer(instance.bin.w, instance.bin.h, 0, {
    smart: true,
    pot: false,
    square: false,
    allowRotation: variant === 'rotation',
    border: 0,
  });
  instance.items.forEach(([width, height, quantity], i) => {
    for (let k = 0; k < quantity; k += 1) packer.add(width, height, { id: `p${i}` });
  });
  return packer.bins.length;
}

export function runSheetInstance(
  instance: SheetInstance,
  variant: Variant,
  request: SheetRequest,
  maxrects: number,
): SheetOutcome {
  const bestKnown = variant === 'rotation' ? instance.rotation : instance.oriented;
  const base = { name: instance.name, cls: instance.cls, bestKnown, maxrects };
  let plan: SheetPlan;
  const started = performance.now();
  try {
    plan = solveSheets(request);
  } catch (error) {
    report.failure(`2D ${variant} ${instance.name}: solveSheets threw ${describeError(error)}`);
    return { ...base, ms: performance.now() - started, valid: false };
  }
  const ms = performance.now() - started;
  const valid = checkSheetPlan(`2D ${variant} ${instance.name}`, bestKnown, request, plan);
  return { ...base, sheets: plan.layouts.length, ms, valid };
}

function checkSheetPlan(what: string, bestKnown: BestKnown, request: SheetRequest, plan: SheetPlan): boolean {
  const errors = validateSheetPlan(request, plan);
  if (errors.length > 0) report.invalid(what, errors);
  const sheets = plan.layouts.length;
  if (sheets < bestKnown.lowerBound) {
    report.failure(`${what}: ${sheets} sheets, below the lower bound ${bestKnown.lowerBound}`);
  } else if (sheets < bestKnown.value) {
    report.progress(`*** ${what}: ${sheets} sheets, better than the best-known ${bestKnown.value} (check it!)`);
  }
  if (plan.lowerBound > bestKnown.value) {
    report.failure(`${what}: lowerBound ${plan.lowerBound} above the best-known ${bestKnown.value}`);
  }
  return errors.length === 0 && sheets >= bestKnown.lowerBound && plan.lowerBound <= bestKnown.value;
}
