import { Random } from '../random';
import { applyInsertion, findInsertion, type InsertionStyle, type WorkMeter } from './insert-piece';
import { type Bin, type Board, binPieces, cloneBins, createBin, type Piece } from './model';
import { orderPieces, PIECE_ORDERS } from './order-pieces';
import { BinJournal, ruinBins } from './ruin-bins';
import { restackStrips } from './restack-strips';
import { packTight } from './tight-search';

const GREEDY: InsertionStyle = { gapWeight: 0.3, blink: 0 };
const HISTORY = 50;
/** Work charged for a move besides the positions examined: sorting, saving bins, bookkeeping. */
const ITERATION_WORK = 200;
const PIECE_WORK = 20;
/** Share of the work left that the exact search may take when the greedy start misses the lower bound. */
const TIGHT_SHARE = 0.85;
/**
 * The exact search runs only when the lower bound leaves at most this share of one sheet unused: its tree grows
 * with the slack, and looser instances are the heuristics' ground.
 */
const TIGHT_MAX_SLACK = 0.01;

export interface SearchContext {
  pieces: Piece[];
  board: Board;
  random: Random;
  deadline: number;
  meter: WorkMeter;
  /** The search stops when `meter.used` reaches this, or at the deadline, whichever comes first. */
  workLimit: number;
}

export function expired(context: SearchContext): boolean {
  return context.meter.used >= context.workLimit || Date.now() >= context.deadline;
}

/** Inserts the pieces in order; those that fit nowhere open a new bin, or go back when `openBins` is false. */
export function insertPieces(
  context: SearchContext,
  bins: Bin[],
  order: number[],
  style: InsertionStyle,
  openBins: boolean,
  journal?: BinJournal,
): number[] {
  const left: number[] = [];
  for (const index of order) {
    let insertion = findInsertion(bins, context.board, context.pieces[index], style, context.random, context.meter);
    if (insertion === null && openBins) {
      bins.push(createBin());
      insertion = findInsertion(
        [bins[bins.length - 1]],
        context.board,
        context.pieces[index],
        GREEDY,
        context.random,
        context.meter,
      );
      if (insertion !== null) insertion.bin = bins.length - 1;
    }
    if (insertion === null) {
      left.push(index);
      continue;
    }
    journal?.touch(insertion.bin);
    applyInsertion(bins, context.pieces, index, insertion);
  }
  return left;
}

/** Best of the greedy packings over several piece orders. */
export function constructBins(context: SearchContext, indices: number[]): Bin[] {
  let best: Bin[] | null = null;
  for (const order of PIECE_ORDERS) {
    const bins: Bin[] = [];
    insertPieces(context, bins, orderPieces(indices, context.pieces, order, context.random, 0), GREEDY, true);
    const restacked = restackStrips(bins, context.board, context.random.int(1 << 30), context.deadline);
    const candidate = restacked.length < bins.length ? restacked : bins;
    if (best === null || candidate.length < best.length) best = candidate;
  }
  return best ?? [];
}

/** Sum of squared bin fills: higher when the parts crowd into some bins, leaving room in the others. */
function concentration(bins: Bin[], board: Board): number {
  const capacity = board.width * board.height;
  let sum = 0;
  for (const bin of bins) sum += (bin.area / capacity) ** 2;
  return sum / (bins.length + 1);
}

function poolCost(pieces: Piece[], pool: number[]): number {
  let cost = 0;
  for (const i of pool) cost += pieces[i].area;
  return cost;
}

/**
 * Ruin and recreate with late acceptance on the area of the pieces left over (GDRR-style): a fixed number of bins,
 * the pool shrinks while bins are repaired. Stops once the pool is empty or at the deadline; `bins` and the returned
 * pool are the best state seen.
 */
export function shrinkPool(context: SearchContext, bins: Bin[], pool: number[]): number[] {
  const { pieces, random } = context;
  let current = pool.slice();
  let currentCost = poolCost(pieces, current) - concentration(bins, context.board);
  let best = currentCost;
  let bestBins: Bin[] | null = null;
  let bestPool = current;
  const history = new Array<number>(HISTORY).fill(currentCost);
  const journal = new BinJournal(bins);
  const style: InsertionStyle = { gapWeight: 0.3, blink: 0.05 };
  for (let iteration = 0; current.length > 0; iteration += 1) {
    if (expired(context)) break;
    const removed = ruinBins(bins, journal, random);
    context.meter.used += ITERATION_WORK + PIECE_WORK * (current.length + removed.length);
    const order = orderPieces(
      current.concat(removed),
      pieces,
      PIECE_ORDERS[random.int(PIECE_ORDERS.length)],
      random,
      0.1,
    );
    style.gapWeight = random.next() * 0.6;
    const left = insertPieces(context, bins, order, style, false, journal);
    const cost = poolCost(pieces, left) - concentration(bins, context.board);
    const slot = iteration % HISTORY;
    if (cost <= currentCost || cost < history[slot]) {
      journal.forget();
      current = left;
      currentCost = cost;
      if (cost < best) {
        best = cost;
        bestPool = left;
        bestBins = left.length === 0 ? null : cloneBins(bins);
      }
    } else {
      journal.undo();
    }
    if (currentCost < history[slot]) history[slot] = currentCost;
  }
  if (current.length > 0 && bestBins !== null && best < currentCost) {
    bins.splice(0, bins.length, ...bestBins);
    return bestPool;
  }
  return current;
}

function emptiest(bins: Bin[]): number {
  let index = 0;
  for (let b = 1; b < bins.length; b += 1) if (bins[b].area < bins[index].area) index = b;
  return index;
}

/** Whether the parts leave at most TIGHT_MAX_SLACK of a sheet unused in `sheets` sheets. */
function tightEnough(context: SearchContext, indices: number[], sheets: number): boolean {
  const capacity = context.board.width * context.board.height;
  let area = 0;
  for (const i of indices) area += context.pieces[i].area;
  return sheets * capacity - area <= TIGHT_MAX_SLACK * capacity;
}

/**
 * Fewest bins for all the pieces: greedy start; when it misses the lower bound and the parts nearly fill that many
 * sheets, an exact search for such a packing; then repeatedly empty the emptiest bin and repair.
 */
export function minimiseBins(context: SearchContext, indices: number[], lowerBound: number): Bin[] {
  let best = constructBins(context, indices);
  if (best.length > lowerBound && !expired(context) && tightEnough(context, indices, lowerBound)) {
    const used = context.meter.used;
    const tight = packTight(context.pieces, indices, context.board, lowerBound, {
      meter: context.meter,
      workLimit: used + (context.workLimit - used) * TIGHT_SHARE,
      deadline: context.deadline,
      seed: context.random.int(1 << 30),
    });
    if (tight !== null) return tight;
  }
  let bins = cloneBins(best);
  while (best.length > lowerBound && !expired(context)) {
    const [dropped] = bins.splice(emptiest(bins), 1);
    const pool = shrinkPool(context, bins, binPieces(dropped));
    if (pool.length > 0) break;
    best = cloneBins(bins);
    const restacked = restackStrips(best, context.board, context.random.int(1 << 30), context.deadline);
    if (restacked.length < best.length) {
      best = restacked;
      bins = cloneBins(best);
    }
  }
  return best;
}

/** As many of the pieces (by area) as possible into `count` bins; returns the bins and the pieces left over. */
export function fillBins(context: SearchContext, indices: number[], count: number): { bins: Bin[]; left: number[] } {
  const bins: Bin[] = Array.from({ length: count }, createBin);
  const order = orderPieces(indices, context.pieces, 'area', context.random, 0);
  const left = insertPieces(context, bins, order, GREEDY, false);
  const rest = left.length > 0 ? shrinkPool(context, bins, left) : left;
  return { bins: bins.filter((b) => b.strips.length > 0), left: rest };
}
