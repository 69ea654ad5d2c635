import { Random } from '../random';
import { CuttingInputError, type SheetLayout, type SheetPlan, type SheetRequest } from '../types';
import { chooseGeometry, type Geometry, makeBoard, makePieces, pieceFits } from './geometry';
import { layoutSheet } from './layout-sheet';
import { boundSheets } from './lower-bound';
import type { Bin, Board, Piece } from './model';
import type { WorkMeter } from './insert-piece';
import { fillBins, minimiseBins, type SearchContext } from './search-bins';

/** Share of the time budget kept for writing the layouts out. */
const OUTPUT_RESERVE = 0.08;
/**
 * Positions examined per millisecond of budget. The search stops on this count rather than on the clock whenever it
 * can, so that the same request and seed give the same plan; it is set well below this machine's speed so that the
 * clock only decides on slow or busy machines.
 */
const WORK_PER_MS = 40_000;

interface StockBins {
  stockIndex: number;
  board: Board;
  bins: Bin[];
}

interface Solver {
  request: SheetRequest;
  pieces: Piece[];
  geometry: Geometry;
  boards: Board[];
  random: Random;
  deadline: number;
  meter: WorkMeter;
  workLimit: number;
}

/** Search context for one of `parts` remaining steps, sharing the time and work left evenly. */
function share(solver: Solver, board: Board, parts: number): SearchContext {
  const now = Date.now();
  const used = solver.meter.used;
  return {
    pieces: solver.pieces,
    board,
    random: solver.random,
    deadline: now + Math.max(0, solver.deadline - now) / Math.max(1, parts),
    meter: solver.meter,
    workLimit: used + Math.max(0, solver.workLimit - used) / Math.max(1, parts),
  };
}

function sheetCost(solver: Solver, stockIndex: number, count: number): number {
  return (solver.request.sheets[stockIndex].cost ?? 0) * count;
}

/** Unlimited stock for `indices`: the size giving the fewest sheets, then the lowest cost. */
function solveUnlimited(solver: Solver, indices: number[], stocks: number[]): StockBins[] {
  if (indices.length === 0) return [];
  const fitting = stocks.filter((s) => indices.every((i) => pieceFits(solver.pieces[i], solver.boards[s])));
  if (fitting.length === 0) {
    if (stocks.length === 0) {
      throw new CuttingInputError([{ field: 'sheets', message: 'not enough sheets for all items' }], 422);
    }
    // no size takes every part: the size taking most of them gets those, the others go to the other sizes
    const counts = stocks.map((s) => indices.filter((i) => pieceFits(solver.pieces[i], solver.boards[s])).length);
    const main = stocks[counts.indexOf(Math.max(...counts))];
    const mine = indices.filter((i) => pieceFits(solver.pieces[i], solver.boards[main]));
    const others = indices.filter((i) => !pieceFits(solver.pieces[i], solver.boards[main]));
    const rest = solveUnlimited(
      solver,
      others,
      stocks.filter((s) => s !== main),
    );
    return [...rest, ...solveUnlimited(solver, mine, [main])];
  }
  let best: StockBins | null = null;
  fitting.forEach((stockIndex, n) => {
    const board = solver.boards[stockIndex];
    const bins = minimiseBins(
      share(solver, board, fitting.length - n),
      indices,
      boundSheets(
        indices.map((i) => solver.pieces[i]),
        board,
      ),
    );
    const better =
      best === null ||
      bins.length < best.bins.length ||
      (bins.length === best.bins.length &&
        sheetCost(solver, stockIndex, bins.length) < sheetCost(solver, best.stockIndex, best.bins.length));
    if (better) best = { stockIndex, board, bins };
  });
  return best === null ? [] : [best];
}

function solvePieces(solver: Solver): StockBins[] {
  const sheets = solver.request.sheets;
  const limited = sheets
    .map((_, i) => i)
    .filter((i) => sheets[i].quantity !== undefined && sheets[i].quantity !== null)
    .sort((a, b) => sheets[b].width * sheets[b].height - sheets[a].width * sheets[a].height || a - b);
  const unlimited = sheets.map((_, i) => i).filter((i) => !limited.includes(i));
  const result: StockBins[] = [];
  let remaining = solver.pieces.map((_, i) => i);
  limited.forEach((stockIndex, n) => {
    const count = Math.floor(sheets[stockIndex].quantity ?? 0);
    const board = solver.boards[stockIndex];
    const fits = remaining.filter((i) => pieceFits(solver.pieces[i], board));
    if (count <= 0 || fits.length === 0) return;
    const steps = limited.length - n + (unlimited.length > 0 ? 1 : 0);
    const search = share(solver, board, steps);
    const others = remaining.filter((i) => !pieceFits(solver.pieces[i], board));
    let bins = minimiseBins(
      search,
      fits,
      boundSheets(
        fits.map((i) => solver.pieces[i]),
        board,
      ),
    );
    let left: number[] = [];
    if (bins.length > count) ({ bins, left } = fillBins(search, fits, count));
    result.push({ stockIndex, board, bins });
    remaining = others.concat(left);
  });
  return result.concat(solveUnlimited(solver, remaining, unlimited));
}

function planBound(solver: Solver): number {
  if (solver.boards.length === 1) return boundSheets(solver.pieces, solver.boards[0]);
  const area = solver.pieces.reduce((sum, p) => sum + p.area, 0);
  const largest = Math.max(...solver.boards.map((b) => b.width * b.height));
  return Math.ceil(area / largest);
}

/**
 * Guillotine sheet cutting: 3-stage non-exact patterns (full-width strips, stacks, parts trimmed to size), or
 * 2-stage ones, found by ruin-and-recreate within the time budget. Sheets with a quantity are filled first.
 */
export function solveSheets(request: SheetRequest): SheetPlan {
  const started = Date.now();
  const timeLimit = request.timeLimitMs ?? 1000;
  const geometry = chooseGeometry(request);
  const stacking = request.maxStages !== 2;
  const solver: Solver = {
    request,
    pieces: makePieces(request, geometry),
    geometry,
    boards: request.sheets.map((sheet) => makeBoard(sheet, geometry, stacking)),
    random: new Random(request.seed ?? 1),
    deadline: started + timeLimit * (1 - OUTPUT_RESERVE),
    meter: { used: 0 },
    workLimit: timeLimit * WORK_PER_MS,
  };
  const solved = solvePieces(solver);
  const layouts: SheetLayout[] = [];
  for (const { stockIndex, board, bins } of solved) {
    for (const bin of bins) {
      layouts.push(layoutSheet(request, solver.pieces, geometry, bin, board, stockIndex));
    }
  }
  layouts.sort((a, b) => a.stockIndex - b.stockIndex || b.yield - a.yield);
  const sheetArea = layouts.reduce((sum, l) => sum + l.width * l.height, 0);
  const itemArea = request.items.reduce((sum, i) => sum + i.width * i.height * i.quantity, 0);
  return {
    layouts,
    totals: {
      sheets: layouts.length,
      sheetArea,
      itemArea,
      yield: sheetArea > 0 ? itemArea / sheetArea : 0,
      cost: layouts.reduce((sum, l) => sum + (request.sheets[l.stockIndex].cost ?? 0), 0),
    },
    lowerBound: planBound(solver),
    elapsedMs: Date.now() - started,
  };
}
