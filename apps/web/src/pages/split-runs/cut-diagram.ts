import type { components } from '../../../../../clients/typescript/schema';

export type LinearBar = components['schemas']['LinearBarDto'];
export type SheetLayout = components['schemas']['SheetLayoutDto'];
export type CutPlan = components['schemas']['CutPlanDto'];
type PlanHead = Pick<CutPlan, 'n' | 'material' | 'ripWidth' | 'thickness'>;
export type TypedCutPlan =
  | (PlanHead & { kind: 'linear'; plan: components['schemas']['LinearPlanDto'] })
  | (PlanHead & { kind: 'sheet'; plan: components['schemas']['SheetPlanDto'] });

/** The api gives `plan` as one of two shapes named by `kind`: this says which to TypeScript. */
export function typedPlan(plan: CutPlan): TypedCutPlan {
  return plan as TypedCutPlan;
}

/** The bars or sheets of a plan, each as a diagram. */
export function planDiagrams(plan: TypedCutPlan, options: DiagramOptions): Diagram[] {
  return plan.kind === 'linear'
    ? plan.plan.bars.map((bar) => linearBarDiagram(bar, options))
    : plan.plan.layouts.map((layout) => sheetDiagram(layout, options));
}

/** Bars or sheets cut the same way (same stock, same parts at the same places), drawn once. */
export type DiagramGroup = {
  diagram: Diagram;
  /** 0-based indexes of the plan's bars or sheets that look like this, in plan order */
  indices: number[];
};

/**
 * The plan's diagrams with identical layouts drawn once (as 拆单 software prints "× n"), in the order of each
 * layout's first bar or sheet; a run of many alike doors gives a few drawings instead of hundreds.
 */
export function planDiagramGroups(plan: TypedCutPlan, options: DiagramOptions): DiagramGroup[] {
  const layouts: unknown[] = plan.kind === 'linear' ? plan.plan.bars : plan.plan.layouts;
  const diagrams = planDiagrams(plan, options);
  const groups = new Map<string, DiagramGroup>();
  layouts.forEach((layout, index) => {
    const key = layoutKey(layout);
    const group = groups.get(key);
    if (group) group.indices.push(index);
    else groups.set(key, { diagram: diagrams[index], indices: [index] });
  });
  return [...groups.values()];
}

/**
 * What makes two layouts the same drawing: all but which stock size they were cut from. A remnant item (its `ref`)
 * is another thing to fetch from the rack than a new bar or sheet of the same size, so it is never drawn as one.
 */
function layoutKey(layout: unknown): string {
  const shape = Object.entries(layout as Record<string, unknown>).filter(
    ([name]) => name !== 'stockIndex' && name !== 'svg',
  );
  return JSON.stringify(shape);
}

/** 0-based indexes as 1-based ranges for people: [0, 1, 2, 4] → "1–3, 5". */
export function indexRanges(indices: number[]): string {
  const sorted = [...indices].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    ranges.push(j > i ? `${sorted[i] + 1}–${sorted[j] + 1}` : `${sorted[i] + 1}`);
    i = j;
  }
  return ranges.join(', ');
}

/**
 * A cut plan's bar or sheet as shapes in drawing units (px at the drawing's natural size; the SVG scales with its
 * viewBox), so the page, the SVG download and the print view draw the same thing. Pure: tested without a DOM.
 */
export type Diagram = {
  width: number;
  height: number;
  /** stock outline, after which everything not covered by a shape is waste (drawn shaded) */
  stock: Box;
  parts: LabelledBox[];
  /** reusable offcuts (余料), hatched */
  remnants: LabelledBox[];
  /** edge trims and saw kerfs: waste drawn darker than the rest */
  trims: Box[];
  kerfs: Box[];
  /** sheet guillotine cuts, in the order the operator makes them */
  cuts: { x1: number; y1: number; x2: number; y2: number }[];
  /** part material over stock, 0..1 */
  yield: number;
  /** font of the caption line over the drawing: sheets are shown smaller than they are drawn */
  captionPx: number;
};

export type Box = { x: number; y: number; width: number; height: number };

export type Label = {
  lines: string[];
  fontSize: number;
  /** turned 90° (read bottom to top) to fit a tall, narrow part */
  vertical: boolean;
};

export type LabelledBox = Box & { title: string; label: Label | null };

export type DiagramOptions = {
  trim?: number;
  kerf?: number;
  /** how a length in mm is written (the page passes the language's number format) */
  mm: (value: number) => string;
  /** what a part id is (its component, `门边 stile`), when known: a third label line */
  nameOf?: (id: string) => string | undefined;
};

/** Natural drawing sizes: bars 1000 px long and 64 px high; sheets 800 px wide. */
export const BAR_WIDTH_PX = 1000;
export const BAR_HEIGHT_PX = 64;
export const SHEET_WIDTH_PX = 800;
const BAR_MAX_FONT_PX = 15;
const SHEET_MAX_FONT_PX = 26;
/** Below this a label is unreadable: the part keeps its title (hover, screen readers) and shows no text. */
export const MIN_FONT_PX = 6;
/** Average glyph width of the sans-serif labels, as a share of the font size (digits, Latin, dashes). */
const GLYPH_WIDTH = 0.6;
const LINE_HEIGHT = 1.2;

/** One bar: pieces from the left after the trim, a kerf after each, the remnant at the end, the rest waste. */
export function linearBarDiagram(bar: LinearBar, options: DiagramOptions): Diagram {
  const scale = BAR_WIDTH_PX / Math.max(bar.stockLength, 1);
  const trim = options.trim ?? 0;
  const kerf = options.kerf ?? 0;
  const end = bar.stockLength - trim;
  const box = (from: number, length: number): Box => ({
    x: from * scale,
    y: 0,
    width: length * scale,
    height: BAR_HEIGHT_PX,
  });
  const parts = bar.cuts.map((cut) => {
    const place = box(trim + cut.position, cut.length);
    const name = options.nameOf?.(cut.id);
    const lines = [cut.id, options.mm(cut.length), ...(name ? [name] : [])];
    const title = [cut.id, name, options.mm(cut.length)].filter(Boolean).join(' · ');
    return { ...place, title, label: fitLabel(lines, place, BAR_MAX_FONT_PX) };
  });
  const kerfs =
    kerf > 0
      ? bar.cuts
          .map((cut) => trim + cut.position + cut.length)
          .filter((at) => at < end)
          .map((at) => box(at, Math.min(kerf, end - at)))
      : [];
  const remnants =
    bar.remnant > 0
      ? [
          labelled(
            box(end - bar.remnant, bar.remnant),
            options.mm(bar.remnant),
            [options.mm(bar.remnant)],
            BAR_MAX_FONT_PX,
          ),
        ]
      : [];
  const trims = trim > 0 ? [box(0, trim), box(end, trim)] : [];
  const used = bar.cuts.reduce((sum, cut) => sum + cut.length, 0);
  return {
    width: BAR_WIDTH_PX,
    height: BAR_HEIGHT_PX,
    stock: box(0, bar.stockLength),
    parts,
    remnants,
    trims,
    kerfs,
    cuts: [],
    yield: bar.stockLength > 0 ? used / bar.stockLength : 0,
    captionPx: 13,
  };
}

/**
 * One sheet, origin top-left, scaled to SHEET_WIDTH_PX. A sheet the plan gives standing (taller than wide) is drawn
 * lying, as it lies on the saw table: x and y swap, so the drawing stays short on the page and on paper.
 */
export function sheetDiagram(given: SheetLayout, options: DiagramOptions): Diagram {
  const layout = given.height > given.width ? transposed(given) : given;
  const scale = SHEET_WIDTH_PX / Math.max(layout.width, 1);
  const trim = options.trim ?? 0;
  const box = (r: Box): Box => ({ x: r.x * scale, y: r.y * scale, width: r.width * scale, height: r.height * scale });
  const size = (r: { width: number; height: number }) => `${options.mm(r.width)}×${options.mm(r.height)}`;
  const parts = layout.placements.map((p) => {
    const name = options.nameOf?.(p.id);
    const drawnSize = `${size(p)}${p.rotated ? ' ↻' : ''}`;
    const title = [p.id, name, drawnSize].filter(Boolean).join(' · ');
    return labelled(box(p), title, [p.id, drawnSize, ...(name ? [name] : [])], SHEET_MAX_FONT_PX);
  });
  const remnants = layout.remnants.map((r) => labelled(box(r), size(r), [size(r)], SHEET_MAX_FONT_PX));
  const { width, height } = layout;
  const trims =
    trim > 0
      ? [
          { x: 0, y: 0, width, height: trim },
          { x: 0, y: height - trim, width, height: trim },
          { x: 0, y: trim, width: trim, height: height - 2 * trim },
          { x: width - trim, y: trim, width: trim, height: height - 2 * trim },
        ].map(box)
      : [];
  return {
    width: SHEET_WIDTH_PX,
    height: height * scale,
    stock: box({ x: 0, y: 0, width, height }),
    parts,
    remnants,
    trims,
    kerfs: [],
    cuts: layout.cuts.map((c) => ({ x1: c.x1 * scale, y1: c.y1 * scale, x2: c.x2 * scale, y2: c.y2 * scale })),
    yield: layout.yield,
    captionPx: 20,
  };
}

/** The same layout mirrored over its diagonal (x ↔ y, width ↔ height): a turn of the sheet, parts and cuts alike. */
export function transposed(layout: SheetLayout): SheetLayout {
  const flip = <T extends Box>(r: T): T => ({ ...r, x: r.y, y: r.x, width: r.height, height: r.width });
  return {
    ...layout,
    width: layout.height,
    height: layout.width,
    placements: layout.placements.map(flip),
    remnants: layout.remnants.map(flip),
    cuts: layout.cuts.map((c) => ({ ...c, x1: c.y1, y1: c.x1, x2: c.y2, y2: c.x2 })),
  };
}

/** The stock size as drawn: a standing sheet is drawn lying. */
export function drawnSheetSize(layout: { width: number; height: number }): { width: number; height: number } {
  const { width, height } = layout;
  return height > width ? { width: height, height: width } : { width, height };
}

function labelled(place: Box, title: string, lines: string[], maxFont: number): LabelledBox {
  return { ...place, title, label: fitLabel(lines, place, maxFont) };
}

/**
 * The largest font (≤ maxFont) at which the lines fit in the box with a little margin, horizontally or turned
 * 90° when that reads larger; lines are dropped from the end (the size before the id) when all do not fit; null
 * when not even the first line fits at MIN_FONT_PX.
 */
export function fitLabel(
  lines: string[],
  place: { width: number; height: number },
  maxFont = BAR_MAX_FONT_PX,
): Label | null {
  for (let count = lines.length; count >= 1; count--) {
    const shown = lines.slice(0, count);
    const horizontal = fontFor(shown, place.width, place.height, maxFont);
    const vertical = fontFor(shown, place.height, place.width, maxFont);
    const best = Math.max(horizontal, vertical);
    if (best >= MIN_FONT_PX) return { lines: shown, fontSize: round(best), vertical: vertical > horizontal };
  }
  return null;
}

/** The font size at which `lines` fit `along` × `across` (px), 4 px of margin each side. */
function fontFor(lines: string[], along: number, across: number, maxFont: number): number {
  const longest = Math.max(...lines.map((line) => line.length), 1);
  const byWidth = (along - 8) / (longest * GLYPH_WIDTH);
  const byHeight = (across - 8) / (lines.length * LINE_HEIGHT);
  return Math.min(maxFont, byWidth, byHeight);
}

function round(value: number): number {
  return Math.floor(value * 10) / 10;
}
