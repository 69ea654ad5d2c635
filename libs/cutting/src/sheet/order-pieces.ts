import type { Random } from '../random';
import type { Piece } from './model';

export type PieceOrder = 'height' | 'area' | 'width' | 'perimeter';

export const PIECE_ORDERS: readonly PieceOrder[] = ['height', 'area', 'width', 'perimeter'];

function sortKey(piece: Piece, order: PieceOrder): number {
  switch (order) {
    case 'height':
      return piece.rotatable ? Math.max(piece.w, piece.h) : piece.h;
    case 'width':
      return piece.rotatable ? Math.max(piece.w, piece.h) : piece.w;
    case 'area':
      return piece.area;
    case 'perimeter':
      return piece.w + piece.h;
  }
}

/** Pieces largest first by the given measure; `blink` swaps neighbours at random to diversify. */
export function orderPieces(
  indices: number[],
  pieces: Piece[],
  order: PieceOrder,
  random: Random,
  blink: number,
): number[] {
  const keys = new Map<number, number>();
  for (const i of indices) keys.set(i, sortKey(pieces[i], order));
  const sorted = indices
    .slice()
    .sort((a, b) => keys.get(b)! - keys.get(a)! || pieces[b].area - pieces[a].area || a - b);
  if (blink > 0) {
    for (let i = 0; i + 1 < sorted.length; i += 1) {
      if (random.next() < blink) [sorted[i], sorted[i + 1]] = [sorted[i + 1], sorted[i]];
    }
  }
  return sorted;
}
