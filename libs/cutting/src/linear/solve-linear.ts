import { WORK_UNITS_PER_MS } from '../effort';
import { checkLinearRequest } from '../input';
import { CuttingInputError, LinearBar, LinearCut, LinearItem, LinearPlan, LinearRequest, LinearStock } from '../types';
import { packBins } from './bin-packing';
import { areaBound } from './lower-bounds';
import { integerScale } from './scale';

/**
 * Linear (1D) cutting: items from stock bars, fewest bars first, then lowest cost, then the longest
 * reusable offcut.
 *
 * Kerf convention: the blade removes `kerf` between adjacent pieces and once more after the last piece
 * when something is left to cut off; `trim` is removed at both ends of every bar. So m pieces fit a bar
 * when Σ length + (m − 1)·kerf ≤ length − 2·trim, which is bin packing with sizes length + kerf and
 * capacity length − 2·trim + kerf.
 */
export function solveLinear(input: unknown): LinearPlan {
  const started = Date.now();
  const request = checkLinearRequest(input);
  const timeLimitMs = request.timeLimitMs ?? 1000;
  // effort decides when the search stops (deterministic); the clock, with a margin for building the plan, is the safety net
  const deadline = started + timeLimitMs * 0.9;
  const workLimit = timeLimitMs * WORK_UNITS_PER_MS;
  const kerf = request.kerf ?? 0;
  const trim = request.trim ?? 0;
  const scale = integerScale([
    kerf,
    trim,
    ...request.stock.map((s) => s.length),
    ...request.items.map((i) => i.length),
  ]);
  const pieces = expand(request.items);
  const size = (p: Piece) => Math.round((p.length + kerf) * scale);
  const capacityOf = (s: LinearStock) => Math.round((s.length - 2 * trim + kerf) * scale);

  const limited = request.stock
    .map((stock, index) => ({ stock, index, left: stock.quantity ?? Infinity }))
    .filter((s) => s.left !== Infinity)
    .sort((a, b) => a.stock.length - b.stock.length || a.index - b.index);
  const unlimited = request.stock
    .map((stock, index) => ({ stock, index }))
    .filter(({ stock }) => stock.quantity === undefined || stock.quantity === null);

  // remnants and other counted stock first: each bar takes the pieces that fill it best
  const bars: { stockIndex: number; pieces: Piece[] }[] = [];
  let rest = pieces;
  for (const entry of limited) {
    while (entry.left > 0 && rest.length > 0) {
      const capacity = capacityOf(entry.stock);
      const fits = rest.filter((p) => size(p) <= capacity);
      if (fits.length === 0) break;
      const fill = bestFillOfBar(fits, size, capacity);
      bars.push({ stockIndex: entry.index, pieces: fill });
      const used = new Set(fill);
      rest = rest.filter((p) => !used.has(p));
      entry.left -= 1;
    }
  }
  const countedBars = bars.length;
  let lowerBound = 0;
  if (rest.length > 0) {
    if (unlimited.length === 0) throw notEnoughStock(rest);
    // the longest unlimited stock holds the most; bars are moved to cheaper or shorter stock afterwards
    const main = unlimited.reduce((a, b) => (b.stock.length > a.stock.length ? b : a));
    const capacity = capacityOf(main.stock);
    const packing = packBins({ sizes: rest.map(size), capacity, deadline, workLimit, seed: request.seed });
    // with counted stock in play the packing's bound no longer covers the whole plan
    if (countedBars === 0) lowerBound = packing.lowerBound;
    for (const bin of packing.bins) {
      const content = bin.map((k) => rest[k]);
      const need = content.reduce((s, p) => s + size(p), 0);
      bars.push({
        stockIndex: cheapestStockFor(need, main.index, request.stock, capacityOf, limited),
        pieces: content,
      });
    }
  }
  lowerBound = Math.max(lowerBound, areaBound(pieces.map(size), Math.max(...request.stock.map(capacityOf))));
  return toPlan(request, bars, lowerBound, Date.now() - started);
}

interface Piece {
  id: string;
  length: number;
}

function expand(items: LinearItem[]): Piece[] {
  return items.flatMap((item) => Array.from({ length: item.quantity }, () => ({ id: item.id, length: item.length })));
}

/** Largest total that fits one bar (subset sum over distinct sizes with a node limit), largest pieces first. */
function bestFillOfBar(pieces: Piece[], size: (p: Piece) => number, capacity: number): Piece[] {
  const bySize = new Map<number, Piece[]>();
  for (const p of pieces) bySize.set(size(p), [...(bySize.get(size(p)) ?? []), p]);
  const sizes = [...bySize.keys()].sort((a, b) => b - a);
  const take = sizes.map(() => 0);
  let best = take.slice();
  let bestSum = -1;
  let nodes = 0;
  const search = (j: number, room: number, sum: number): boolean => {
    nodes += 1;
    if (sum > bestSum) {
      bestSum = sum;
      best = take.slice();
      if (room === 0) return true;
    }
    if (nodes > 20_000) return true;
    for (let k = j; k < sizes.length; k += 1) {
      const most = Math.min(bySize.get(sizes[k])?.length ?? 0, Math.floor(room / sizes[k]));
      for (let c = most; c >= 1; c -= 1) {
        take[k] = c;
        if (search(k + 1, room - c * sizes[k], sum + c * sizes[k])) return true;
      }
      take[k] = 0;
    }
    return false;
  };
  search(0, capacity, 0);
  return sizes.flatMap((s, k) => (bySize.get(s) ?? []).slice(0, best[k]));
}

/** Among stock that can hold `need`, the cheapest (then shortest) one still available; defaults to `fallback`. */
function cheapestStockFor(
  need: number,
  fallback: number,
  stock: LinearStock[],
  capacityOf: (s: LinearStock) => number,
  limited: { index: number; left: number }[],
): number {
  let best = fallback;
  stock.forEach((s, index) => {
    if (capacityOf(s) < need) return;
    const counted = limited.find((l) => l.index === index);
    if (counted && counted.left <= 0) return;
    const better =
      (s.cost ?? 0) < (stock[best].cost ?? 0) ||
      ((s.cost ?? 0) === (stock[best].cost ?? 0) && s.length < stock[best].length);
    if (better) best = index;
  });
  const counted = limited.find((l) => l.index === best);
  if (counted) counted.left -= 1;
  return best;
}

function notEnoughStock(rest: Piece[]): CuttingInputError {
  return new CuttingInputError([
    {
      field: 'stock',
      message: `not enough stock: ${rest.length} pieces are left when every counted bar is used / 原料数量不足`,
    },
  ]);
}

function toPlan(
  request: LinearRequest,
  raw: { stockIndex: number; pieces: Piece[] }[],
  lowerBound: number,
  elapsedMs: number,
): LinearPlan {
  const kerf = request.kerf ?? 0;
  const trim = request.trim ?? 0;
  const minOffcut = request.minOffcut ?? 0;
  const bars: LinearBar[] = raw.map(({ stockIndex, pieces }) => {
    const stock = request.stock[stockIndex];
    const ordered = [...pieces].sort((a, b) => b.length - a.length || a.id.localeCompare(b.id));
    let position = 0;
    const cuts: LinearCut[] = ordered.map((p) => {
      const cut = { id: p.id, length: p.length, position: round(position) };
      position += p.length + kerf;
      return cut;
    });
    const offcut = round(Math.max(0, stock.length - 2 * trim - position));
    const used = ordered.reduce((s, p) => s + p.length, 0);
    const remnant = minOffcut > 0 && offcut >= minOffcut ? offcut : 0;
    return {
      stockLength: stock.length,
      stockIndex,
      ...(stock.ref !== undefined ? { ref: stock.ref } : {}),
      cuts,
      offcut,
      remnant,
      waste: round(stock.length - used - remnant),
    };
  });
  bars.sort((a, b) => a.stockIndex - b.stockIndex || b.cuts.length - a.cuts.length || a.offcut - b.offcut);
  const stockLength = bars.reduce((s, b) => s + b.stockLength, 0);
  const itemLength = request.items.reduce((s, i) => s + i.length * i.quantity, 0);
  return {
    bars,
    totals: {
      bars: bars.length,
      stockLength: round(stockLength),
      itemLength: round(itemLength),
      yield: stockLength > 0 ? itemLength / stockLength : 0,
      cost: round(bars.reduce((s, b) => s + (request.stock[b.stockIndex].cost ?? 0), 0)),
      remnantLength: round(bars.reduce((s, b) => s + b.remnant, 0)),
      waste: round(bars.reduce((s, b) => s + b.waste, 0)),
    },
    lowerBound,
    elapsedMs,
  };
}

/** Lengths back in the request's units without float noise (micrometre precision). */
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
