import { checkCounts, checkStockUse } from './tally';
import type { LinearBar, LinearPlan, LinearRequest } from '../types';
import { EPS, formatNumber as f, isFiniteNumber, nearlyEqual } from './tolerance';

interface Demand {
  length: number;
  quantity: number;
}

/**
 * Independent check of a linear plan against its request; returns human-readable violations, [] when valid.
 * Never shares code with the solver, so that a solver bug cannot hide behind the same bug here.
 */
export function validateLinearPlan(request: LinearRequest, plan: LinearPlan): string[] {
  const errors: string[] = [];
  const demand = collectLinearDemand(request, errors);
  plan.bars.forEach((bar, b) => errors.push(...checkLinearBar(request, bar, demand).map((e) => `bar ${b}: ${e}`)));
  errors.push(
    ...checkStockUse(
      plan.bars.map((b) => b.stockIndex),
      (i) => request.stock[i]?.quantity,
      'stock',
    ),
  );
  errors.push(
    ...checkCounts(
      plan.bars.flatMap((b) => b.cuts.map((c) => c.id)),
      demand,
      'pieces cut',
    ),
  );
  errors.push(...checkLinearTotals(request, plan));
  return errors;
}

function collectLinearDemand(request: LinearRequest, errors: string[]): Map<string, Demand> {
  const demand = new Map<string, Demand>();
  for (const item of request.items) {
    const known = demand.get(item.id);
    if (known && !nearlyEqual(known.length, item.length)) {
      errors.push(`request: item id ${item.id} appears with lengths ${f(known.length)} and ${f(item.length)}`);
    }
    demand.set(item.id, { length: item.length, quantity: (known?.quantity ?? 0) + item.quantity });
  }
  return demand;
}

function checkLinearBar(request: LinearRequest, bar: LinearBar, demand: Map<string, Demand>): string[] {
  const stock = request.stock[bar.stockIndex] as LinearRequest['stock'][number] | undefined;
  if (!Number.isInteger(bar.stockIndex) || !stock) return [`stockIndex ${bar.stockIndex} is not a stock index`];
  const errors: string[] = [];
  if (!nearlyEqual(bar.stockLength, stock.length)) {
    errors.push(`stockLength ${f(bar.stockLength)} differs from stock ${bar.stockIndex} length ${f(stock.length)}`);
  }
  if (stock.ref !== undefined && bar.ref !== stock.ref) {
    errors.push(`ref ${String(bar.ref)} is not the stock's ref ${stock.ref}`);
  }
  if (bar.cuts.length === 0) return [...errors, 'has no pieces'];
  errors.push(...checkLinearCuts(request, bar, demand));
  errors.push(...checkLinearOffcut(request, bar));
  return errors;
}

function checkLinearCuts(request: LinearRequest, bar: LinearBar, demand: Map<string, Demand>): string[] {
  const kerf = request.kerf ?? 0;
  const usable = bar.stockLength - 2 * (request.trim ?? 0);
  const errors: string[] = [];
  let previousEnd = -Infinity;
  bar.cuts.forEach((cut, k) => {
    const item = demand.get(cut.id);
    if (!item) errors.push(`piece ${k}: id ${cut.id} is not a requested item`);
    else if (!nearlyEqual(cut.length, item.length)) {
      errors.push(`piece ${k} (${cut.id}): length ${f(cut.length)}, item length is ${f(item.length)}`);
    }
    if (!isFiniteNumber(cut.position) || !isFiniteNumber(cut.length)) {
      errors.push(`piece ${k} (${cut.id}): position/length is not a finite number`);
      return;
    }
    if (cut.position < -EPS) errors.push(`piece ${k} (${cut.id}): position ${f(cut.position)} is before the trim`);
    if (cut.position < previousEnd + kerf - EPS) {
      errors.push(
        `piece ${k} (${cut.id}): starts at ${f(cut.position)}, before the previous piece's end ${f(previousEnd)} + kerf ${f(kerf)}`,
      );
    }
    previousEnd = cut.position + cut.length;
  });
  if (previousEnd > usable + EPS) {
    errors.push(`last piece ends at ${f(previousEnd)}, beyond the usable length ${f(usable)} (stock − 2·trim)`);
  }
  return errors;
}

function checkLinearOffcut(request: LinearRequest, bar: LinearBar): string[] {
  const last = bar.cuts[bar.cuts.length - 1];
  const usable = bar.stockLength - 2 * (request.trim ?? 0);
  const offcut = Math.max(0, usable - (last.position + last.length) - (request.kerf ?? 0));
  const minOffcut = request.minOffcut ?? 0;
  const remnant = minOffcut > 0 && offcut >= minOffcut - EPS ? offcut : 0;
  const pieces = bar.cuts.reduce((sum, cut) => sum + cut.length, 0);
  const waste = bar.stockLength - pieces - remnant;
  const errors: string[] = [];
  if (!nearlyEqual(bar.offcut, offcut)) errors.push(`offcut ${f(bar.offcut)}, expected ${f(offcut)}`);
  if (!nearlyEqual(bar.remnant, remnant)) errors.push(`remnant ${f(bar.remnant)}, expected ${f(remnant)}`);
  if (!nearlyEqual(bar.waste, waste)) errors.push(`waste ${f(bar.waste)}, expected ${f(waste)}`);
  return errors;
}

function checkLinearTotals(request: LinearRequest, plan: LinearPlan): string[] {
  const { totals } = plan;
  const stockLength = plan.bars.reduce((sum, bar) => sum + bar.stockLength, 0);
  const itemLength = plan.bars.reduce((sum, bar) => sum + bar.cuts.reduce((s, cut) => s + cut.length, 0), 0);
  const expected: [keyof typeof totals, number][] = [
    ['bars', plan.bars.length],
    ['stockLength', stockLength],
    ['itemLength', itemLength],
    ['yield', stockLength > 0 ? itemLength / stockLength : 0],
    ['cost', plan.bars.reduce((sum, bar) => sum + (request.stock[bar.stockIndex]?.cost ?? 0), 0)],
    ['remnantLength', plan.bars.reduce((sum, bar) => sum + bar.remnant, 0)],
    ['waste', plan.bars.reduce((sum, bar) => sum + bar.waste, 0)],
  ];
  const errors = expected
    .filter(([key, value]) => !nearlyEqual(totals[key], value))
    .map(([key, value]) => `totals.${key} ${f(totals[key])}, expected ${f(value)}`);
  if (!(plan.lowerBound <= plan.bars.length)) {
    errors.push(`lowerBound ${plan.lowerBound} exceeds the ${plan.bars.length} bars used`);
  }
  return errors;
}
