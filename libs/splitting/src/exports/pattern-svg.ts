import { linearBarSvg, sheetLayoutSvg } from '@mendao/cutting';
import type { CutPattern } from '../domain/cut-patterns';
import { patternTitle, pieceLabel } from './pattern-text';

/**
 * A pattern's drawing: a bar with its pieces in cut order and mitre marks, or a sheet with its numbered cut
 * sequence (trims first, dashed), the trimmed edges, the grain arrow and the remnants; titled with material,
 * thickness, stock size, pattern number and count.
 */
export function patternSvg(pattern: CutPattern): string {
  const title = patternTitle(pattern);
  if (pattern.kind === 'linear') {
    const bar = {
      stockLength: pattern.stockSize[0],
      stockIndex: 0,
      cuts: pattern.pieces.map((p) => ({ id: p.uses[0]?.ref ?? '', length: p.length, position: p.x })),
      offcut: pattern.offcut ?? 0,
      remnant: pattern.remnant,
      waste: pattern.waste,
    };
    return linearBarSvg(bar, {
      title,
      trim: pattern.trim,
      kerf: pattern.kerf,
      endCuts: (i) => pattern.pieces[i].endCuts,
      labelOf: (i) => pieceLabel(pattern, pattern.pieces[i]),
    });
  }
  const pieces = new Map(pattern.pieces.map((p) => [p.seq, p]));
  const layout = {
    width: pattern.stockSize[0],
    height: pattern.stockSize[1],
    stockIndex: 0,
    // the id carries the piece's place in the pattern, for its label
    placements: pattern.pieces.map((p) => ({
      id: String(p.seq),
      x: p.x,
      y: p.y ?? 0,
      width: p.width ?? 0,
      height: p.length,
      rotated: p.rotated,
    })),
    cuts: [],
    remnants: pattern.remnants,
    waste: pattern.waste,
    yield: 0,
  };
  return sheetLayoutSvg(layout, {
    title,
    trim: pattern.trim,
    sequence: pattern.cuts,
    grain: 'vertical',
    labelOf: (placement) => {
      const piece = pieces.get(Number(placement.id));
      return piece ? pieceLabel(pattern, piece) : placement.id;
    },
  });
}
