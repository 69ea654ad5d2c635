/**
 * The solver's working model of a 3-stage non-exact pattern, in integer units with the kerf already folded into
 * every size (see `toBoard`): a bin is a column of full-width strips (stage 1), a strip a row of stacks (stage 2),
 * a stack a column of parts (stage 3), each part trimmed to its width when narrower than its stack.
 */
export interface Piece {
  /** Index into the request's items. */
  item: number;
  w: number;
  h: number;
  rotatable: boolean;
  area: number;
}

export interface Board {
  width: number;
  height: number;
  /** false for 2-stage patterns: every stack holds one part. */
  stacking: boolean;
}

export interface PlacedPiece {
  piece: number;
  rotated: boolean;
  w: number;
  h: number;
}

export interface Stack {
  w: number;
  h: number;
  parts: PlacedPiece[];
}

export interface Strip {
  w: number;
  h: number;
  stacks: Stack[];
}

export interface Bin {
  h: number;
  area: number;
  strips: Strip[];
}

export function createBin(): Bin {
  return { h: 0, area: 0, strips: [] };
}

export function cloneBin(bin: Bin): Bin {
  return {
    h: bin.h,
    area: bin.area,
    strips: bin.strips.map((strip) => ({
      w: strip.w,
      h: strip.h,
      stacks: strip.stacks.map((stack) => ({ w: stack.w, h: stack.h, parts: stack.parts.slice() })),
    })),
  };
}

export function cloneBins(bins: Bin[]): Bin[] {
  return bins.map(cloneBin);
}

/** Recomputes the derived sizes after parts were added or removed, dropping empty stacks and strips. */
export function refreshBin(bin: Bin): void {
  let binHeight = 0;
  let area = 0;
  const strips: Strip[] = [];
  for (const strip of bin.strips) {
    const stacks: Stack[] = [];
    let width = 0;
    let height = 0;
    for (const stack of strip.stacks) {
      if (stack.parts.length === 0) continue;
      let w = 0;
      let h = 0;
      for (const part of stack.parts) {
        if (part.w > w) w = part.w;
        h += part.h;
        area += part.w * part.h;
      }
      stack.w = w;
      stack.h = h;
      stacks.push(stack);
      width += w;
      if (h > height) height = h;
    }
    if (stacks.length === 0) continue;
    strip.stacks = stacks;
    strip.w = width;
    strip.h = height;
    strips.push(strip);
    binHeight += height;
  }
  bin.strips = strips;
  bin.h = binHeight;
  bin.area = area;
}

export function binPieces(bin: Bin): number[] {
  const result: number[] = [];
  for (const strip of bin.strips) {
    for (const stack of strip.stacks) for (const part of stack.parts) result.push(part.piece);
  }
  return result;
}

export function countPlaced(bins: Bin[]): number {
  let count = 0;
  for (const bin of bins) {
    for (const strip of bin.strips) for (const stack of strip.stacks) count += stack.parts.length;
  }
  return count;
}
