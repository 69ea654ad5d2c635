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

/**
 * How a remnant's material is cut, as far as the sizes of its remnants go: `cut` 'none' leaves no remnants;
 * `profileWidth` is a fixed profile's section width (its remnants have that width or none); `minRemnant` is the
 * shortest offcut worth keeping (mm; null: the material sets none).
 */
export interface RemnantMaterial {
  cut: 'linear' | 'sheet' | 'none';
  profileWidth: number | null;
  minRemnant: number | null;
}

/**
 * The cutting's definition of the material when there is one; else the item says: a board (a sheet unless it is
 * counted in metres or pieces) or a moulding is cut, anything else (hardware, veneer, glass…) is not.
 */
export function remnantMaterialOf(
  definition: { cutKind: string; profile: string | null; width: number | null; minRemnant: number | null } | null,
  item: { kind: string; unit: string },
): RemnantMaterial {
  if (definition) {
    const cut = definition.cutKind === 'linear' || definition.cutKind === 'sheet' ? definition.cutKind : 'none';
    return {
      cut,
      profileWidth: cut === 'linear' && definition.profile === 'fixed' ? definition.width : null,
      minRemnant: definition.minRemnant,
    };
  }
  const cut =
    item.kind === 'moulding'
      ? 'linear'
      : item.kind !== 'board'
        ? 'none'
        : item.unit === 'sheet' || item.unit === 'm2'
          ? 'sheet'
          : 'linear';
  return { cut, profileWidth: null, minRemnant: null };
}

export type RemnantShapeProblem = {
  field: 'material' | 'length' | 'width';
  /** not_cut: the material leaves no remnants; below_minimum: waste; the rest are sizes the material cannot leave. */
  kind: 'not_cut' | 'below_minimum' | 'size';
  message: string;
};

/**
 * Sizes a remnant of this material can have, as entered: whole mm; a sheet's has both
 * sides, a fixed profile's is of its section (no width, or the profile's: the shorter side of the two), and each
 * side the material's minimum keeps is at least that (shorter is waste, not a remnant).
 */
export function remnantShapeProblems(
  entered: { length: number; width?: number | null },
  material: RemnantMaterial,
): RemnantShapeProblem[] {
  if (material.cut === 'none')
    return [
      {
        field: 'material',
        kind: 'not_cut',
        message: 'is not cut (hardware, veneer…), so it leaves no remnants / 该物料不下料，没有余料',
      },
    ];
  const width = entered.width ?? null;
  // a tape reads whole millimetres: a fraction is a typing slip, not a size (and would name another item)
  const fractions = [
    { field: 'length' as const, value: entered.length },
    { field: 'width' as const, value: width },
  ].filter((side) => side.value !== null && !Number.isInteger(side.value));
  if (fractions.length > 0)
    return fractions.map((side) => ({
      field: side.field,
      kind: 'size',
      message: `${side.value} mm: a remnant is measured in whole millimetres / 余料尺寸须为整毫米`,
    }));
  if (material.cut === 'sheet' && width === null)
    return [{ field: 'width', kind: 'size', message: "is required for a sheet's remnant / 板材余料须填写宽度" }];
  const size = normaliseRemnant(entered.length, width);
  if (material.profileWidth !== null && size.width !== null && size.width !== material.profileWidth)
    return [
      {
        field: 'width',
        kind: 'size',
        message: `a remnant of a fixed profile is ${material.profileWidth} mm wide, not ${size.width} / 固定截面余料宽度须为 ${material.profileWidth} mm`,
      },
    ];
  const min = material.minRemnant;
  if (min === null) return [];
  // a bar's length is what the minimum bounds (a strip's width is its rip width); a sheet's both sides
  const sides: { field: 'length' | 'width'; value: number }[] = [{ field: 'length', value: entered.length }];
  if (material.cut === 'sheet' && width !== null) sides.push({ field: 'width', value: width });
  return sides
    .filter((side) => side.value < min)
    .map((side) => ({
      field: side.field,
      kind: 'below_minimum' as const,
      message: `${side.value} mm is below the material's minimum remnant (${min} mm): waste, not a remnant / 小于最小余料尺寸，属废料`,
    }));
}
