import type { Rect } from '@mendao/cutting';
import type { HandingCode } from './handing';
import type { EndCut } from './product';
import type { CutPlan } from './split-plan';

/** What the cut list says about the part a plan's piece id (its `ref`) names: the door it goes to and how it is cut. */
export interface PatternPartInfo {
  ref: string;
  component: string;
  orderNo: string;
  lineNo: number;
  room: string | null;
  finish: string | null;
  handing: HandingCode | null;
  endCuts: { start: EndCut; end: EndCut } | null;
}

/** Edge trim and saw kerf of a material (mm), as its plans were cut. */
export interface CutAllowances {
  trim: number;
  kerf: number;
}

/** How many pieces of one part one position of a pattern cuts, across the pattern's repetitions. */
export interface PatternPieceUse {
  ref: string;
  quantity: number;
  component: string;
  /** `orderNo-lineNo`: short enough for a label on a drawing. */
  door: string;
  orderNo: string;
  lineNo: number;
  room: string | null;
  finish: string | null;
  handing: HandingCode | null;
}

export interface PatternPiece {
  /** 1-based, in cut order: along the bar from its start, or in the sheet layout's placement order. */
  seq: number;
  /** Bars: the piece's length; sheets: its extent along the sheet's height (the grain), as the cut list writes it. */
  length: number;
  /** Sheets: extent across the sheet; bars: the rip width (null for a fixed profile). */
  width: number | null;
  /** Bars: distance from the bar's start after the trim; sheets: x of the top-left corner. */
  x: number;
  /** Sheets only. */
  y: number | null;
  rotated: boolean;
  /** Bars: square or mitred ends (the part's, start end first); null for sheets. */
  endCuts: { start: EndCut; end: EndCut } | null;
  /** Part names the position serves, joined when different parts share the size. */
  component: string;
  uses: PatternPieceUse[];
}

/** One numbered cut of a sheet, in the operator's order; trim cuts come first (stage 0). */
export interface PatternCut {
  no: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  stage: number;
  trim: boolean;
}

/** One bar or sheet of the plans, cut `count` times over. */
export interface CutPattern {
  no: number;
  material: string;
  kind: 'linear' | 'sheet';
  ripWidth: number | null;
  thickness: number | null;
  /**
   * The remnant item (余料) every repetition is cut from (its stock code, the plan's `ref`); null for new stock. A
   * remnant the size of a new bar is still another item to take from the rack, so it is never grouped with one.
   */
  fromRemnant: string | null;
  /** Bars: [length]; sheets: [width, height] (height along the grain): the remnant's size when cut from one. */
  stockSize: number[];
  count: number;
  trim: number;
  kerf: number;
  pieces: PatternPiece[];
  /** Sheets: the cut sequence; empty for bars (a bar is cut piece by piece from its start). */
  cuts: PatternCut[];
  /** Bars: the reusable offcut length (0 when none); sheets: Σ remnant area (mm²). */
  remnant: number;
  remnants: Rect[];
  /** Per repetition: bars — offcut length not kept; sheets — area not delivered as parts or remnants. */
  waste: number;
  /** Bars only: the whole offcut after the last piece. */
  offcut: number | null;
  /** Which bar or sheet each repetition is, and the part each piece of it goes to, in cut order. */
  repetitions: { plan: number; layout: number; refs: string[] }[];
}

/** Lengths of a plan are computed in floating point: equal within a micrometre is equal. */
const key = (value: number): string => String(Math.round(value * 1000));

/**
 * Groups the bars and sheets of cut plans that are cut the same into patterns ×N: same material, rip width,
 * thickness, stock size and stock item (new stock or one remnant item), and the same pieces (size, end cuts, place) in the same order. Parts of different doors
 * with the same size are one cut; each repetition keeps the parts it serves, so labels still reach their doors.
 * Patterns are numbered in the order their first bar or sheet appears in the plans.
 */
export function cutPatterns(
  plans: readonly CutPlan[],
  parts: ReadonlyMap<string, PatternPartInfo>,
  allowances: ReadonlyMap<string, CutAllowances> = new Map(),
): CutPattern[] {
  const patterns: CutPattern[] = [];
  const byKey = new Map<string, CutPattern>();
  const add = (signature: string, plan: number, layout: number, refs: string[], make: () => CutPattern): void => {
    let pattern = byKey.get(signature);
    if (!pattern) {
      pattern = make();
      byKey.set(signature, pattern);
      patterns.push(pattern);
    }
    pattern.count += 1;
    pattern.repetitions.push({ plan, layout, refs });
    refs.forEach((ref, i) => addUse(pattern.pieces[i], ref, parts));
  };
  for (const plan of plans) {
    const { trim, kerf } = allowances.get(plan.material) ?? { trim: 0, kerf: 0 };
    const head = [plan.material, plan.kind, plan.ripWidth ?? '', plan.thickness ?? ''].join('|');
    if (plan.kind === 'linear') {
      plan.plan.bars.forEach((bar, b) => {
        const ends = bar.cuts.map((c) => parts.get(c.id)?.endCuts ?? null);
        const signature = [
          head,
          bar.ref ?? '',
          key(bar.stockLength),
          key(bar.remnant),
          ...bar.cuts.map((c, i) => `${key(c.length)}@${key(c.position)}${endKey(ends[i])}`),
        ].join('|');
        add(
          signature,
          plan.n,
          b + 1,
          bar.cuts.map((c) => c.id),
          () => ({
            ...patternHead(plan, patterns.length + 1, bar.ref, [bar.stockLength], trim, kerf),
            pieces: bar.cuts.map((c, i) => ({
              seq: i + 1,
              length: c.length,
              width: plan.ripWidth,
              x: c.position,
              y: null,
              rotated: false,
              endCuts: ends[i],
              component: '',
              uses: [],
            })),
            remnant: bar.remnant,
            waste: bar.waste,
            offcut: bar.offcut,
          }),
        );
      });
    } else {
      plan.plan.layouts.forEach((layout, s) => {
        const signature = [
          head,
          layout.ref ?? '',
          key(layout.width),
          key(layout.height),
          ...layout.placements.map((p) => [p.x, p.y, p.width, p.height].map(key).join(',') + (p.rotated ? 'r' : '')),
          'cuts',
          ...layout.cuts.map((c) => [c.x1, c.y1, c.x2, c.y2].map(key).join(',')),
          'remnants',
          ...layout.remnants.map((r) => [r.x, r.y, r.width, r.height].map(key).join(',')),
        ].join('|');
        add(
          signature,
          plan.n,
          s + 1,
          layout.placements.map((p) => p.id),
          () => ({
            ...patternHead(plan, patterns.length + 1, layout.ref, [layout.width, layout.height], trim, kerf),
            pieces: layout.placements.map((p, i) => ({
              seq: i + 1,
              length: p.height,
              width: p.width,
              x: p.x,
              y: p.y,
              rotated: p.rotated,
              endCuts: null,
              component: '',
              uses: [],
            })),
            cuts: sheetCutSequence(layout, trim),
            remnant: layout.remnants.reduce((sum, r) => sum + r.width * r.height, 0),
            remnants: layout.remnants,
            waste: layout.waste,
            offcut: null,
          }),
        );
      });
    }
  }
  for (const piece of patterns.flatMap((p) => p.pieces)) {
    piece.component = [...new Set(piece.uses.map((u) => u.component))].join(' / ');
  }
  return patterns;
}

function patternHead(
  plan: CutPlan,
  no: number,
  ref: string | undefined,
  stockSize: number[],
  trim: number,
  kerf: number,
): Omit<CutPattern, 'pieces' | 'remnant' | 'waste' | 'offcut'> {
  return {
    no,
    material: plan.material,
    kind: plan.kind,
    ripWidth: plan.ripWidth,
    thickness: plan.thickness,
    fromRemnant: ref ?? null,
    stockSize,
    count: 0,
    trim,
    kerf,
    cuts: [],
    remnants: [],
    repetitions: [],
  };
}

function endKey(ends: PatternPartInfo['endCuts']): string {
  return ends ? `/${ends.start}-${ends.end}` : '';
}

function addUse(piece: PatternPiece, ref: string, parts: ReadonlyMap<string, PatternPartInfo>): void {
  const found = piece.uses.find((u) => u.ref === ref);
  if (found) {
    found.quantity += 1;
    return;
  }
  const info = parts.get(ref);
  piece.uses.push({
    ref,
    quantity: 1,
    component: info?.component ?? ref,
    door: info ? `${info.orderNo}-${info.lineNo}` : ref,
    orderNo: info?.orderNo ?? '',
    lineNo: info?.lineNo ?? 0,
    room: info?.room ?? null,
    finish: info?.finish ?? null,
    handing: info?.handing ?? null,
  });
}

/**
 * The operator's cut sequence of one sheet, numbered from 1: the edge trims first (top and bottom across the
 * whole sheet, then left and right across what is left), then the layout's cuts in the order it lists them.
 */
export function sheetCutSequence(
  layout: {
    width: number;
    height: number;
    cuts: readonly { x1: number; y1: number; x2: number; y2: number; stage: number }[];
  },
  trim: number,
): PatternCut[] {
  const { width: w, height: h } = layout;
  const trims =
    trim > 0
      ? [
          { x1: 0, y1: trim, x2: w, y2: trim },
          { x1: 0, y1: h - trim, x2: w, y2: h - trim },
          { x1: trim, y1: trim, x2: trim, y2: h - trim },
          { x1: w - trim, y1: trim, x2: w - trim, y2: h - trim },
        ].map((c) => ({ ...c, stage: 0, trim: true }))
      : [];
  const cuts = layout.cuts.map((c) => ({ x1: c.x1, y1: c.y1, x2: c.x2, y2: c.y2, stage: c.stage, trim: false }));
  return [...trims, ...cuts].map((c, i) => ({ no: i + 1, ...c }));
}
