import type { SheetRequest, SheetStock } from '../types';
import type { Board, Piece } from './model';

/**
 * How request sizes map to the solver's integers: sizes × `scale`, axes swapped when the first cuts are vertical,
 * and the kerf added to every part and to the trimmed sheet — a cut a | kerf | b then becomes (a+kerf) + (b+kerf),
 * so the solver packs without kerf.
 */
export interface Geometry {
  scale: number;
  kerf: number;
  trim: number;
  transposed: boolean;
}

const SCALES = [1, 10, 100, 1000, 10000];
const MAX_SCALED = 1e8;

function isWhole(value: number): boolean {
  return Math.abs(value - Math.round(value)) <= 1e-7 * Math.max(1, Math.abs(value));
}

/** Scaled to an integer: exact when the scale allows it, else rounded so that parts never shrink. */
function scaleUp(value: number, scale: number): number {
  const scaled = value * scale;
  return isWhole(scaled) ? Math.round(scaled) : Math.ceil(scaled);
}

function scaleDown(value: number, scale: number): number {
  const scaled = value * scale;
  return isWhole(scaled) ? Math.round(scaled) : Math.floor(scaled);
}

export function chooseGeometry(request: SheetRequest): Geometry {
  const values = [request.kerf ?? 0, request.trim ?? 0];
  for (const s of request.sheets) values.push(s.width, s.height);
  for (const i of request.items) values.push(i.width, i.height);
  const largest = Math.max(...values.map(Math.abs));
  let scale = SCALES[0];
  for (const candidate of SCALES) {
    if (largest * candidate > MAX_SCALED) break;
    scale = candidate;
    if (values.every((v) => isWhole(v * candidate))) break;
  }
  return {
    scale,
    kerf: scaleUp(request.kerf ?? 0, scale),
    trim: scaleUp(request.trim ?? 0, scale),
    transposed: request.firstCut === 'vertical',
  };
}

/** One piece per unit of quantity, in the solver's axes. */
export function makePieces(request: SheetRequest, geometry: Geometry): Piece[] {
  const pieces: Piece[] = [];
  request.items.forEach((item, index) => {
    const width = scaleUp(item.width, geometry.scale) + geometry.kerf;
    const height = scaleUp(item.height, geometry.scale) + geometry.kerf;
    const w = geometry.transposed ? height : width;
    const h = geometry.transposed ? width : height;
    for (let n = 0; n < item.quantity; n += 1) {
      pieces.push({ item: index, w, h, rotatable: item.rotatable === true, area: w * h });
    }
  });
  return pieces;
}

export function makeBoard(sheet: SheetStock, geometry: Geometry, stacking: boolean): Board {
  const width = scaleDown(sheet.width, geometry.scale) - 2 * geometry.trim + geometry.kerf;
  const height = scaleDown(sheet.height, geometry.scale) - 2 * geometry.trim + geometry.kerf;
  return {
    width: geometry.transposed ? height : width,
    height: geometry.transposed ? width : height,
    stacking,
  };
}

export function pieceFits(piece: Piece, board: Board): boolean {
  if (piece.w <= board.width && piece.h <= board.height) return true;
  return piece.rotatable && piece.h <= board.width && piece.w <= board.height;
}
