import type { Cut, Placement, Rect, SheetLayout, SheetRequest } from '../types';
import type { Geometry } from './geometry';
import type { Bin, Board, Piece, Stack, Strip } from './model';

/** A piece of board during cutting, in solver units (kerf included at its far ends). */
interface Part {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /**
   * Stage and direction of the cut that produced the piece. The trimmed sheet counts as a stage-1 strip in the
   * first-cut direction (always horizontal for the solver): cuts across it are stage 2.
   */
  stage: number;
  horizontal: boolean;
}

/** Turns one solver bin into placements, cuts in the operator's order and offcuts, in request units. */
class SheetCutter {
  readonly cuts: Cut[] = [];
  readonly placements: Placement[] = [];
  readonly offcuts: Rect[] = [];

  constructor(
    private readonly request: SheetRequest,
    private readonly pieces: Piece[],
    private readonly geometry: Geometry,
  ) {}

  /** Sheet coordinate (along the same axis) of where a piece starts at solver coordinate `value`. */
  private at(value: number): number {
    return (this.geometry.trim + value) / this.geometry.scale;
  }

  /** Sheet coordinate of where a piece ending at solver coordinate `value` ends (its kerf share removed). */
  private end(value: number): number {
    return (this.geometry.trim + value - this.geometry.kerf) / this.geometry.scale;
  }

  private rect(x: number, y: number, width: number, height: number): Rect {
    return this.geometry.transposed ? { x: y, y: x, width: height, height: width } : { x, y, width, height };
  }

  /**
   * Cuts `piece` at solver coordinate `at` (where the second piece starts) across the given axis. No cut when the
   * piece ends there; no second piece when the kerf eats what lies beyond.
   */
  split(piece: Part, horizontal: boolean, at: number): [Part, Part | null] {
    const far = horizontal ? piece.y1 : piece.x1;
    if (far <= at) return [piece, null];
    const stage = piece.horizontal === horizontal ? piece.stage : piece.stage + 1;
    const cutAt = this.end(at);
    const line = horizontal
      ? { x1: this.at(piece.x0), y1: cutAt, x2: this.end(piece.x1), y2: cutAt }
      : { x1: cutAt, y1: this.at(piece.y0), x2: cutAt, y2: this.end(piece.y1) };
    this.cuts.push(
      this.geometry.transposed ? { x1: line.y1, y1: line.x1, x2: line.y2, y2: line.x2, stage } : { ...line, stage },
    );
    const first = horizontal ? { ...piece, y1: at, stage, horizontal } : { ...piece, x1: at, stage, horizontal };
    if (far - at <= this.geometry.kerf) return [first, null];
    return [first, horizontal ? { ...first, y0: at, y1: far } : { ...first, x0: at, x1: far }];
  }

  offcut(piece: Part): void {
    const scale = this.geometry.scale;
    const k = this.geometry.kerf;
    this.offcuts.push(
      this.rect(
        this.at(piece.x0),
        this.at(piece.y0),
        (piece.x1 - piece.x0 - k) / scale,
        (piece.y1 - piece.y0 - k) / scale,
      ),
    );
  }

  cutBin(bin: Bin, board: Board): void {
    let rest: Part | null = { x0: 0, y0: 0, x1: board.width, y1: board.height, stage: 1, horizontal: true };
    let y = 0;
    for (const strip of bin.strips) {
      if (rest === null) throw new Error('solveSheets: strips overflow the sheet');
      const [piece, next]: [Part, Part | null] = this.split(rest, true, y + strip.h);
      this.cutStrip(piece, strip);
      rest = next;
      y += strip.h;
    }
    if (rest !== null) this.offcut(rest);
  }

  private cutStrip(strip: Part, content: Strip): void {
    let rest: Part | null = strip;
    let x = strip.x0;
    for (const stack of content.stacks) {
      if (rest === null) throw new Error('solveSheets: stacks overflow the strip');
      const [piece, next]: [Part, Part | null] = this.split(rest, false, x + stack.w);
      this.cutStack(piece, stack);
      rest = next;
      x += stack.w;
    }
    if (rest !== null) this.offcut(rest);
  }

  private cutStack(stack: Part, content: Stack): void {
    let rest: Part | null = stack;
    let y = stack.y0;
    for (const part of content.parts) {
      if (rest === null) throw new Error('solveSheets: parts overflow the stack');
      const [row, next]: [Part, Part | null] = this.split(rest, true, y + part.h);
      const [cell, trimmed] = this.split(row, false, row.x0 + part.w);
      if (trimmed !== null) this.offcut(trimmed);
      this.place(cell, part.piece, part.rotated);
      rest = next;
      y += part.h;
    }
    if (rest !== null) this.offcut(rest);
  }

  private place(cell: Part, index: number, rotated: boolean): void {
    const item = this.request.items[this.pieces[index].item];
    const width = rotated ? item.height : item.width;
    const height = rotated ? item.width : item.height;
    const origin = this.rect(this.at(cell.x0), this.at(cell.y0), 0, 0);
    this.placements.push({ id: item.id, x: origin.x, y: origin.y, width, height, rotated });
  }
}

export function layoutSheet(
  request: SheetRequest,
  pieces: Piece[],
  geometry: Geometry,
  bin: Bin,
  board: Board,
  stockIndex: number,
): SheetLayout {
  const stock = request.sheets[stockIndex];
  const cutter = new SheetCutter(request, pieces, geometry);
  cutter.cutBin(bin, board);
  const minOffcut = request.minOffcut ?? 0;
  const remnants = minOffcut > 0 ? cutter.offcuts.filter((r) => r.width >= minOffcut && r.height >= minOffcut) : [];
  const sheetArea = stock.width * stock.height;
  const partArea = cutter.placements.reduce((sum, p) => sum + p.width * p.height, 0);
  const remnantArea = remnants.reduce((sum, r) => sum + r.width * r.height, 0);
  const layout: SheetLayout = {
    width: stock.width,
    height: stock.height,
    stockIndex,
    placements: cutter.placements,
    cuts: cutter.cuts,
    remnants,
    waste: sheetArea - partArea - remnantArea,
    yield: partArea / sheetArea,
  };
  if (stock.ref !== undefined) layout.ref = stock.ref;
  return layout;
}
