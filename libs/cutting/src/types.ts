/**
 * Public types of @mendao/cutting. Units are millimetres (decimals allowed); areas mm².
 * Coordinates of sheet layouts: origin at the sheet's top-left corner, x along the width, y along the height.
 */

// ---------------------------------------------------------------- linear (1D)

export interface LinearStock {
  length: number;
  /** Bars available; omitted = unlimited. Stock with a quantity (remnants, 余料) is used before unlimited stock. */
  quantity?: number;
  /** Cost of one bar (any currency); lower total cost breaks ties between plans with the same bar count. */
  cost?: number;
  /** Caller's reference (e.g. a remnant's stock id), echoed on each bar cut from it. */
  ref?: string;
}

export interface LinearItem {
  id: string;
  length: number;
  quantity: number;
}

export interface CutOptions {
  /** Saw blade width, consumed by every cut. Default 0. */
  kerf?: number;
  /** Trimmed off each end of a bar / each edge of a sheet before cutting. Default 0. */
  trim?: number;
  /** Time budget per call in ms; the best plan found so far is returned when it runs out. Default 1000. */
  timeLimitMs?: number;
  /** Seed of the pseudo-random search; the same input and seed give the same plan. Default 1. */
  seed?: number;
}

export interface LinearRequest extends CutOptions {
  stock: LinearStock[];
  items: LinearItem[];
  /** Offcuts at least this long are reported as reusable remnants, shorter ones as waste. Default 0 (none reusable). */
  minOffcut?: number;
}

export interface LinearCut {
  id: string;
  length: number;
  /** Distance of the piece's start from the bar's start (after the trim). */
  position: number;
}

export interface LinearBar {
  stockLength: number;
  /** Index into the request's `stock`. */
  stockIndex: number;
  ref?: string;
  /** Pieces in cut order, from the bar's start. */
  cuts: LinearCut[];
  /** Length left after the last piece and its kerf; a remnant when ≥ minOffcut, otherwise waste. */
  offcut: number;
  /** Reusable offcut length (0 when the offcut is waste). */
  remnant: number;
  /** Everything not delivered as a piece or a remnant: trims, kerfs, short offcut. */
  waste: number;
}

export interface LinearTotals {
  bars: number;
  stockLength: number;
  itemLength: number;
  /** itemLength / stockLength. */
  yield: number;
  cost: number;
  remnantLength: number;
  waste: number;
}

export interface LinearPlan {
  bars: LinearBar[];
  totals: LinearTotals;
  /** No plan can use fewer bars than this: the gap to `totals.bars` bounds how far from optimal this plan can be. */
  lowerBound: number;
  elapsedMs: number;
}

// ---------------------------------------------------------------- sheets (2D guillotine)

export interface SheetStock {
  width: number;
  height: number;
  quantity?: number;
  cost?: number;
  ref?: string;
}

export interface SheetItem {
  id: string;
  width: number;
  height: number;
  quantity: number;
  /** May the part be turned 90°? Default false: grain (and veneer figure) is respected unless allowed. */
  rotatable?: boolean;
}

export interface SheetRequest extends CutOptions {
  sheets: SheetStock[];
  items: SheetItem[];
  /** Maximum guillotine stages (2 or 3), or null for unlimited. Default 3. */
  maxStages?: 2 | 3 | null;
  /** Direction of the first-stage cuts: 'horizontal' cuts full-width strips (rip along the width). Default 'horizontal'. */
  firstCut?: 'horizontal' | 'vertical';
  /** Offcuts whose both sides reach this are reported as reusable remnants. Default 0 (none reusable). */
  minOffcut?: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Placement extends Rect {
  id: string;
  rotated: boolean;
}

/** A guillotine cut from edge to edge of the piece being cut; `stage` 1 cuts the whole sheet. */
export interface Cut {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  stage: number;
}

export interface SheetLayout {
  width: number;
  height: number;
  stockIndex: number;
  ref?: string;
  placements: Placement[];
  /** In the operator's order: every cut splits one piece cut off by an earlier cut (or the trimmed sheet). */
  cuts: Cut[];
  remnants: Rect[];
  /** Area of the sheet not delivered as parts or remnants. */
  waste: number;
  /** Part area / sheet area. */
  yield: number;
}

export interface SheetTotals {
  sheets: number;
  sheetArea: number;
  itemArea: number;
  yield: number;
  cost: number;
}

export interface SheetPlan {
  layouts: SheetLayout[];
  totals: SheetTotals;
  lowerBound: number;
  elapsedMs: number;
}

/** Bad input, with the field that is wrong (`items.3.length`) — the HTTP layer turns it into a 4xx. */
export class CuttingInputError extends Error {
  constructor(
    readonly errors: { field: string; message: string }[],
    readonly status: 400 | 413 | 422 = 422,
  ) {
    super(errors.map((e) => `${e.field}: ${e.message}`).join('; '));
    this.name = 'CuttingInputError';
  }
}
