import type { Random } from '../random';
import type { Bin, Board, Piece, PlacedPiece } from './model';

/** Where a piece goes: `strip` -1 opens a new strip, `stack` -1 a new stack in the strip. */
export interface Insertion {
  cost: number;
  bin: number;
  strip: number;
  stack: number;
  rotated: boolean;
}

/** Counts the positions examined: the deterministic measure of search effort (wall-clock time is not). */
export interface WorkMeter {
  used: number;
}

export interface InsertionStyle {
  /** Weight of the space left above stacks (may still be filled) against trimmed-off space (lost for good). */
  gapWeight: number;
  /** Probability of ignoring an option, so that repeated recreations differ. */
  blink: number;
}

/**
 * Cheapest position of a piece among the bins' strips and stacks, or null when it fits nowhere.
 * The cost is the full-width height the bins grow by, plus the area trimmed away, plus a share of the gaps
 * left above stacks: packings that keep strips low and stacks even leave the most room for what follows.
 */
export function findInsertion(
  bins: Bin[],
  board: Board,
  piece: Piece,
  style: InsertionStyle,
  random: Random,
  meter: WorkMeter,
): Insertion | null {
  const W = board.width;
  const H = board.height;
  const gapWeight = style.gapWeight;
  const blink = style.blink;
  let bestCost = Infinity;
  let bestArea = -1;
  let found = false;
  const best: Insertion = { cost: 0, bin: 0, strip: 0, stack: 0, rotated: false };
  // lower cost wins, ties go to the fuller sheet; `blink` randomly skips candidates to vary the search
  const consider = (cost: number, area: number, bin: number, strip: number, stack: number, rotated: boolean) => {
    if ((cost < bestCost || (cost === bestCost && area > bestArea)) && !(blink > 0 && random.next() < blink)) {
      bestCost = cost;
      bestArea = area;
      found = true;
      Object.assign(best, { bin, strip, stack, rotated });
    }
  };
  const orientations = piece.rotatable && piece.w !== piece.h ? 2 : 1;
  for (let o = 0; o < orientations; o += 1) {
    const rotated = o === 1;
    const w = rotated ? piece.h : piece.w;
    const h = rotated ? piece.w : piece.h;
    if (w > W || h > H) continue;
    for (let b = 0; b < bins.length; b += 1) {
      const bin = bins[b];
      const free = H - bin.h;
      const area = bin.area;
      meter.used += 1 + bin.strips.length;
      for (let s = 0; s < bin.strips.length; s += 1) {
        const strip = bin.strips[s];
        if (board.stacking) {
          meter.used += strip.stacks.length;
          for (let t = 0; t < strip.stacks.length; t += 1) {
            const stack = strip.stacks[t];
            const nw = stack.w > w ? stack.w : w;
            if (strip.w - stack.w + nw > W) continue;
            const nh = stack.h + h;
            const grow = nh > strip.h ? nh - strip.h : 0;
            if (grow > free) continue;
            const trimmed = (nw - stack.w) * stack.h + (nw - w) * h;
            const gapChange = (strip.h + grow - nh) * nw - (strip.h - stack.h) * stack.w + grow * (strip.w - stack.w);
            const cost = W * grow + trimmed + gapWeight * gapChange;
            consider(cost, area, b, s, t, rotated);
          }
        }
        if (strip.w + w <= W) {
          const grow = h > strip.h ? h - strip.h : 0;
          if (grow <= free) {
            const gapChange = (strip.h + grow - h) * w + grow * strip.w;
            const cost = W * grow + gapWeight * gapChange;
            consider(cost, area, b, s, -1, rotated);
          }
        }
      }
      if (h <= free) {
        const cost = W * h;
        consider(cost, area, b, -1, -1, rotated);
      }
    }
  }
  if (!found) return null;
  best.cost = bestCost;
  return best;
}

export function applyInsertion(bins: Bin[], pieces: Piece[], index: number, insertion: Insertion): void {
  const piece = pieces[index];
  const w = insertion.rotated ? piece.h : piece.w;
  const h = insertion.rotated ? piece.w : piece.h;
  const part: PlacedPiece = { piece: index, rotated: insertion.rotated, w, h };
  const bin = bins[insertion.bin];
  bin.area += piece.area;
  if (insertion.strip < 0) {
    bin.strips.push({ w, h, stacks: [{ w, h, parts: [part] }] });
    bin.h += h;
    return;
  }
  const strip = bin.strips[insertion.strip];
  let stackHeight: number;
  if (insertion.stack < 0) {
    strip.stacks.push({ w, h, parts: [part] });
    strip.w += w;
    stackHeight = h;
  } else {
    const stack = strip.stacks[insertion.stack];
    stack.parts.push(part);
    if (w > stack.w) {
      strip.w += w - stack.w;
      stack.w = w;
    }
    stack.h += h;
    stackHeight = stack.h;
  }
  if (stackHeight > strip.h) {
    bin.h += stackHeight - strip.h;
    strip.h = stackHeight;
  }
}
