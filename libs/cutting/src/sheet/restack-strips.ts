import { WORK_UNITS_PER_MS } from '../effort';
import { packBins } from '../linear/bin-packing';
import type { Bin, Board } from './model';

/** Redistributes the strips of all bins over as few bins as one-dimensional bin packing on strip heights finds. */
export function restackStrips(bins: Bin[], board: Board, seed: number, deadline: number): Bin[] {
  const strips = bins.flatMap((bin) => bin.strips);
  if (strips.length === 0) return bins;
  const { bins: groups } = packBins({
    sizes: strips.map((s) => s.h),
    capacity: board.height,
    deadline: Math.min(deadline, Date.now() + 50),
    // a fixed effort (about 20 ms) rather than a clock slice, so the same input restacks the same way
    workLimit: 20 * WORK_UNITS_PER_MS,
    seed,
  });
  if (groups.length >= bins.length) return bins;
  return groups.map((group) => {
    const members = group.map((i) => strips[i]);
    let height = 0;
    let area = 0;
    for (const strip of members) {
      height += strip.h;
      for (const stack of strip.stacks) for (const part of stack.parts) area += part.w * part.h;
    }
    return { h: height, area, strips: members };
  });
}
