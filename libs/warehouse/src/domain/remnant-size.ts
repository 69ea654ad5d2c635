/** A remnant's sizes (mm), normalised: `length` the longer side, `width` the shorter (null for a bar's offcut). */
export interface RemnantSize {
  length: number;
  width: number | null;
}

/** 1210 × 440 and 440 × 1210 are one remnant: the longer side is its length. */
export function normaliseRemnant(length: number, width?: number | null): RemnantSize {
  if (width === undefined || width === null) return { length, width: null };
  return { length: Math.max(length, width), width: Math.min(length, width) };
}

/** `<material>-R<length>` for a bar's offcut, `<material>-R<width>x<length>` for a sheet's (shorter side first). */
export function remnantCode(material: string, size: RemnantSize): string {
  return `${material}-R${size.width !== null ? `${size.width}x` : ''}${size.length}`;
}

/** The code remnants were given before sizes were normalised: the sides as they were entered. */
export function enteredRemnantCode(material: string, length: number, width?: number | null): string {
  return `${material}-R${width !== undefined && width !== null ? `${width}x` : ''}${length}`;
}

/** The stock a remnant was cut from, as its item describes it (mm); unknown sizes are not checked. */
export interface ParentSize {
  length: number | null;
  width: number | null;
  /** A sheet: both sides bound the remnant's; a bar: its length bounds the remnant's longer side. */
  sheet: boolean;
}

/**
 * A remnant can be no larger than the stock it was cut from: refused on the field that carries the side too large
 * (`length` or `width`, as the request named them).
 */
export function remnantSizeProblems(
  entered: { length: number; width?: number | null },
  parent: ParentSize,
): { field: 'length' | 'width'; message: string }[] {
  const sides: { field: 'length' | 'width'; value: number }[] = [{ field: 'length', value: entered.length }];
  if (entered.width !== undefined && entered.width !== null) sides.push({ field: 'width', value: entered.width });
  sides.sort((a, b) => b.value - a.value);
  const bounds: (number | null)[] =
    parent.sheet && parent.width !== null && parent.length !== null
      ? [Math.max(parent.length, parent.width), Math.min(parent.length, parent.width)]
      : [parent.length, parent.sheet ? null : parent.width];
  const problems: { field: 'length' | 'width'; message: string }[] = [];
  sides.forEach((side, i) => {
    const bound = bounds[i] ?? null;
    if (bound !== null && side.value > bound)
      problems.push({
        field: side.field,
        message: `${side.value} mm is larger than the material's stock (${bound} mm) / 余料尺寸大于原料规格`,
      });
  });
  return problems;
}
