import type { Board, Piece } from './model';

/** Martello-Toth L2 bound of one-dimensional bin packing. */
export function boundOneDimensional(sizes: number[], capacity: number): number {
  if (sizes.length === 0) return 0;
  const sorted = sizes.slice().sort((a, b) => b - a);
  let total = 0;
  for (const s of sorted) total += s;
  let best = Math.ceil(total / capacity);
  const half = capacity / 2;
  const thresholds = [...new Set(sorted.filter((s) => s <= half))];
  thresholds.push(0);
  for (const alpha of thresholds.slice(0, 400)) {
    let big = 0;
    let medium = 0;
    let mediumSum = 0;
    let smallSum = 0;
    for (const s of sorted) {
      if (s > capacity - alpha) big += 1;
      else if (s > half) {
        medium += 1;
        mediumSum += s;
      } else if (s >= alpha) smallSum += s;
    }
    const spare = medium * capacity - mediumSum;
    const bound = big + medium + Math.max(0, Math.ceil((smallSum - spare) / capacity));
    if (bound > best) best = bound;
  }
  return best;
}

/**
 * Sheets needed at least: the area bound, and the one-dimensional bounds of the parts wider than half the
 * sheet (they can only lie above each other) and of those taller than half the sheet (only side by side).
 */
export function boundSheets(pieces: Piece[], board: Board): number {
  if (pieces.length === 0) return 0;
  let area = 0;
  const wide: number[] = [];
  const tall: number[] = [];
  for (const p of pieces) {
    area += p.area;
    const minSide = Math.min(p.w, p.h);
    if (p.rotatable) {
      if (minSide * 2 > board.width && minSide * 2 > board.height) {
        wide.push(minSide);
      }
    } else {
      if (p.w * 2 > board.width) wide.push(p.h);
      if (p.h * 2 > board.height) tall.push(p.w);
    }
  }
  return Math.max(
    Math.ceil(area / (board.width * board.height)),
    boundOneDimensional(wide, board.height),
    boundOneDimensional(tall, board.width),
  );
}
