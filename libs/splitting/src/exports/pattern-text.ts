import { HANDING_LABELS, type HandingCode } from '../domain/handing';
import type { CutPattern, PatternPiece } from '../domain/cut-patterns';
import type { EndCut } from '../domain/product';

/** Millimetres as the shop writes them: no grouping, at most one decimal. */
export function mm(value: number): string {
  return String(Math.round(value * 10) / 10);
}

const END_CUT_WORDS: Record<EndCut, string> = { square: '直 square', mitre45: '45°斜 mitre' };

/** "直 square | 45°斜 mitre": start end first, as the bar is cut (no arrow: the PDF font has none). */
export function endCutsText(ends: PatternPiece['endCuts']): string {
  return ends ? `${END_CUT_WORDS[ends.start]} | ${END_CUT_WORDS[ends.end]}` : '';
}

export function handingText(code: HandingCode | null): string {
  return code ? `${HANDING_LABELS[code].zh} ${HANDING_LABELS[code].en}` : '';
}

/** 2440 or 1220×2440 (width × height, the height along the grain). */
export function stockSizeText(pattern: CutPattern): string {
  return pattern.stockSize.map(mm).join('×');
}

/** A piece's size: a bar's length, a sheet part's width × height as it lies. */
export function pieceSizeText(pattern: CutPattern, piece: PatternPiece): string {
  return pattern.kind === 'linear' ? mm(piece.length) : `${mm(piece.width ?? 0)}×${mm(piece.length)}`;
}

/** The doors a position serves, short: "SO-1-2 ×4, SO-1-3 ×2". */
export function doorsText(piece: PatternPiece): string {
  return piece.uses.map((u) => `${u.door} ×${u.quantity}`).join(', ');
}

/** What the sawyer takes from the rack: a new bar or sheet of the size, or the named remnant item (余料). */
export function stockText(pattern: CutPattern): string {
  const size = `${stockSizeText(pattern)} mm`;
  if (pattern.fromRemnant !== null) return `余料 remnant ${pattern.fromRemnant} ${size}`;
  return `${pattern.kind === 'linear' ? '原料 bar' : '板 sheet'} ${size}`;
}

/** The heading of a pattern's drawing: material, thickness, stock (size, remnant item), pattern number and count. */
export function patternTitle(pattern: CutPattern): string {
  const words = [`下料图 ${pattern.no} pattern ${pattern.no}`, pattern.material];
  if (pattern.thickness !== null) words.push(`厚 ${mm(pattern.thickness)} mm`);
  if (pattern.ripWidth !== null) words.push(`开料宽 ${mm(pattern.ripWidth)} mm`);
  words.push(stockText(pattern));
  words.push(`×${pattern.count}`);
  return words.join(' · ');
}

/** A piece's label on a drawing: cut order, the Chinese part name, size, and the door when it serves one door. */
export function pieceLabel(pattern: CutPattern, piece: PatternPiece): string {
  const name = piece.component.split(' / ')[0].split(' ')[0];
  const door = pattern.kind === 'sheet' && piece.uses.length === 1 ? ` ${piece.uses[0].door}` : '';
  return `${piece.seq}. ${name} ${pieceSizeText(pattern, piece)}${door}`;
}
