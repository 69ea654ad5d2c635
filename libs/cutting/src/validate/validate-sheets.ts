import { checkCounts, checkStockUse } from './tally';
import type { Cut, Placement, Rect, SheetLayout, SheetPlan, SheetRequest } from '../types';
import { EPS, formatNumber as f, isFiniteNumber, nearlyEqual } from './tolerance';

type Direction = 'horizontal' | 'vertical';

interface Demand {
  width: number;
  height: number;
  quantity: number;
  rotatable: boolean;
}

/** A piece of the sheet during the guillotine replay, with the parts lying on it. */
interface Piece {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Stage and direction of the cut that produced the piece. */
  stage: number;
  direction: Direction;
  parts: number[];
}

interface ReplayContext {
  layout: SheetLayout;
  kerf: number;
  maxStages: number | null;
  firstCut: Direction;
  pieces: Piece[];
  errors: string[];
}

/**
 * Independent check of a sheet plan: geometry, demand, and a replay of the guillotine cuts in the operator's order.
 * Never shares code with the solver, so that a solver bug cannot hide behind the same bug here.
 */
export function validateSheetPlan(request: SheetRequest, plan: SheetPlan): string[] {
  const errors: string[] = [];
  const demand = collectSheetDemand(request, errors);
  plan.layouts.forEach((layout, l) =>
    errors.push(...checkSheetLayout(request, layout, demand).map((e) => `layout ${l}: ${e}`)),
  );
  errors.push(
    ...checkStockUse(
      plan.layouts.map((l) => l.stockIndex),
      (i) => request.sheets[i]?.quantity,
      'sheet',
    ),
  );
  errors.push(
    ...checkCounts(
      plan.layouts.flatMap((l) => l.placements.map((p) => p.id)),
      demand,
      'parts placed',
    ),
  );
  errors.push(...checkSheetTotals(request, plan));
  return errors;
}

function collectSheetDemand(request: SheetRequest, errors: string[]): Map<string, Demand> {
  const demand = new Map<string, Demand>();
  for (const item of request.items) {
    const known = demand.get(item.id);
    if (known && !(nearlyEqual(known.width, item.width) && nearlyEqual(known.height, item.height))) {
      errors.push(`request: item id ${item.id} appears with different sizes`);
    }
    demand.set(item.id, {
      width: item.width,
      height: item.height,
      quantity: (known?.quantity ?? 0) + item.quantity,
      rotatable: item.rotatable === true,
    });
  }
  return demand;
}

function checkSheetLayout(request: SheetRequest, layout: SheetLayout, demand: Map<string, Demand>): string[] {
  const stock = request.sheets[layout.stockIndex] as SheetRequest['sheets'][number] | undefined;
  if (!Number.isInteger(layout.stockIndex) || !stock) return [`stockIndex ${layout.stockIndex} is not a sheet index`];
  const errors: string[] = [];
  if (!nearlyEqual(layout.width, stock.width) || !nearlyEqual(layout.height, stock.height)) {
    errors.push(
      `size ${f(layout.width)}×${f(layout.height)} differs from sheet ${layout.stockIndex} (${f(stock.width)}×${f(stock.height)})`,
    );
  }
  if (stock.ref !== undefined && layout.ref !== stock.ref) {
    errors.push(`ref ${String(layout.ref)} is not the sheet's ref ${stock.ref}`);
  }
  const root = trimmedSheet(layout, request.trim ?? 0);
  const placed: number[] = [];
  layout.placements.forEach((p, i) => {
    const problems = checkPlacement(p, demand, root);
    errors.push(...problems.map((e) => `part ${i} (${p.id}): ${e}`));
    if (problems.length === 0) placed.push(i);
  });
  errors.push(...findOverlaps(layout.placements));
  errors.push(...replayCuts(request, layout, root, placed));
  errors.push(...checkLayoutFigures(layout));
  return errors;
}

function trimmedSheet(layout: SheetLayout, trim: number): Rect {
  return { x: trim, y: trim, width: layout.width - 2 * trim, height: layout.height - 2 * trim };
}

function checkPlacement(p: Placement, demand: Map<string, Demand>, root: Rect): string[] {
  const errors: string[] = [];
  if (![p.x, p.y, p.width, p.height].every(isFiniteNumber)) return ['position/size is not a finite number'];
  const item = demand.get(p.id);
  if (!item) errors.push('id is not a requested item');
  else errors.push(...checkPlacementSize(p, item));
  if (!containsRect(root, p)) {
    errors.push(`${describeRect(p)} lies outside the trimmed sheet ${describeRect(root)}`);
  }
  return errors;
}

function checkPlacementSize(p: Placement, item: Demand): string[] {
  const [width, height] = p.rotated ? [item.height, item.width] : [item.width, item.height];
  const errors: string[] = [];
  if (p.rotated && !item.rotatable) errors.push('rotated, but the item is not rotatable');
  if (!nearlyEqual(p.width, width) || !nearlyEqual(p.height, height)) {
    errors.push(`size ${f(p.width)}×${f(p.height)} (rotated=${p.rotated}), item is ${f(item.width)}×${f(item.height)}`);
  }
  return errors;
}

function containsRect(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x - EPS &&
    inner.y >= outer.y - EPS &&
    inner.x + inner.width <= outer.x + outer.width + EPS &&
    inner.y + inner.height <= outer.y + outer.height + EPS
  );
}

function describeRect(r: Rect): string {
  return `[${f(r.x)}, ${f(r.x + r.width)}]×[${f(r.y)}, ${f(r.y + r.height)}]`;
}

/** Sweep along x: only parts whose x-ranges meet are compared. */
function findOverlaps(placements: Placement[]): string[] {
  const order = placements.map((_, i) => i).sort((a, b) => placements[a].x - placements[b].x);
  const errors: string[] = [];
  order.forEach((a, k) => {
    const pa = placements[a];
    for (let j = k + 1; j < order.length && placements[order[j]].x < pa.x + pa.width - EPS; j += 1) {
      const pb = placements[order[j]];
      if (pb.y < pa.y + pa.height - EPS && pa.y < pb.y + pb.height - EPS) {
        errors.push(`parts ${a} (${pa.id}) and ${order[j]} (${pb.id}) overlap`);
      }
    }
  });
  return errors;
}

function replayCuts(request: SheetRequest, layout: SheetLayout, root: Rect, placed: number[]): string[] {
  const firstCut = request.firstCut ?? 'horizontal';
  const context: ReplayContext = {
    layout,
    kerf: request.kerf ?? 0,
    maxStages: request.maxStages === undefined ? 3 : request.maxStages,
    firstCut,
    // The root counts as the one strip of a stage-1 cut in the firstCut direction that need not be made
    // (a strip as tall as the sheet): a cut across the root in that direction is stage 1, across it stage 2.
    pieces: [
      {
        x0: root.x,
        y0: root.y,
        x1: root.x + root.width,
        y1: root.y + root.height,
        stage: 1,
        direction: firstCut,
        parts: placed,
      },
    ],
    errors: [],
  };
  layout.cuts.forEach((cut, c) => applyCut(context, cut, c));
  checkFinalPieces(context);
  checkRemnants(context, request.minOffcut ?? 0);
  return context.errors;
}

function cutDirection(cut: Cut): Direction | undefined {
  const flatY = Math.abs(cut.y1 - cut.y2) <= EPS;
  const flatX = Math.abs(cut.x1 - cut.x2) <= EPS;
  if (flatY && !flatX) return 'horizontal';
  if (flatX && !flatY) return 'vertical';
  return undefined;
}

function describeCut(cut: Cut, c: number): string {
  return `cut ${c} (${f(cut.x1)},${f(cut.y1)})–(${f(cut.x2)},${f(cut.y2)})`;
}

/** The piece axis across the cut ([lo, hi] along it, position c across it), as plain numbers. */
function cutAxes(cut: Cut, direction: Direction): { lo: number; hi: number; c: number } {
  return direction === 'horizontal'
    ? { lo: Math.min(cut.x1, cut.x2), hi: Math.max(cut.x1, cut.x2), c: cut.y1 }
    : { lo: Math.min(cut.y1, cut.y2), hi: Math.max(cut.y1, cut.y2), c: cut.x1 };
}

function pieceSpan(piece: Piece, direction: Direction): { along: [number, number]; across: [number, number] } {
  return direction === 'horizontal'
    ? { along: [piece.x0, piece.x1], across: [piece.y0, piece.y1] }
    : { along: [piece.y0, piece.y1], across: [piece.x0, piece.x1] };
}

function findCutPiece(pieces: Piece[], direction: Direction, lo: number, hi: number, c: number): number {
  return pieces.findIndex((piece) => {
    const { along, across } = pieceSpan(piece, direction);
    return (
      Math.abs(along[0] - lo) <= EPS && Math.abs(along[1] - hi) <= EPS && across[0] + EPS < c && c < across[1] - EPS
    );
  });
}

function explainMissedCut(pieces: Piece[], direction: Direction, lo: number, hi: number, c: number): string {
  const mid = (lo + hi) / 2;
  const holder = pieces.find((piece) => {
    const { along, across } = pieceSpan(piece, direction);
    return along[0] - EPS <= mid && mid <= along[1] + EPS && across[0] - EPS <= c && c <= across[1] + EPS;
  });
  if (!holder) return 'lies in no current piece (already cut away, or in a kerf or trim)';
  const { along, across } = pieceSpan(holder, direction);
  if (c <= across[0] + EPS || c >= across[1] - EPS) return `runs along the edge of piece ${describePiece(holder)}`;
  return `does not run edge to edge of piece ${describePiece(holder)} (spans ${f(lo)}..${f(hi)}, the piece ${f(along[0])}..${f(along[1])})`;
}

function describePiece(piece: Piece): string {
  return `[${f(piece.x0)}, ${f(piece.x1)}]×[${f(piece.y0)}, ${f(piece.y1)}]`;
}

function applyCut(context: ReplayContext, cut: Cut, c: number): void {
  const label = describeCut(cut, c);
  const direction = cutDirection(cut);
  if (![cut.x1, cut.y1, cut.x2, cut.y2].every(isFiniteNumber) || !direction) {
    context.errors.push(`${label}: neither horizontal nor vertical`);
    return;
  }
  const { lo, hi, c: at } = cutAxes(cut, direction);
  const index = findCutPiece(context.pieces, direction, lo, hi, at);
  if (index < 0) {
    context.errors.push(`${label}: ${explainMissedCut(context.pieces, direction, lo, hi, at)}`);
    return;
  }
  const piece = context.pieces[index];
  const stage = piece.direction === direction ? piece.stage : piece.stage + 1;
  checkStageLabel(context, cut, direction, stage, label);
  const [first, second] = splitPiece(context, piece, direction, at, stage, label);
  checkStageDepth(context, stage, first, second, label);
  context.pieces[index] = first;
  if (second) context.pieces.push(second);
}

function checkStageLabel(context: ReplayContext, cut: Cut, direction: Direction, stage: number, label: string): void {
  if (cut.stage === stage) return;
  if (cut.stage === 1 && direction !== context.firstCut) {
    context.errors.push(`${label}: stage-1 cuts must be ${context.firstCut} (firstCut), this one is ${direction}`);
  } else {
    context.errors.push(`${label}: declared stage ${cut.stage}, the replay gives stage ${stage}`);
  }
}

function checkStageDepth(
  context: ReplayContext,
  stage: number,
  first: Piece,
  second: Piece | undefined,
  label: string,
) {
  const { maxStages } = context;
  if (maxStages === null || stage <= maxStages) return;
  if (stage === maxStages + 1 && isTrimmingCut(context.layout.placements, first, second)) return;
  context.errors.push(`${label}: stage ${stage} exceeds maxStages ${maxStages} (and is not a trimming cut)`);
}

/** A cut one stage too deep is allowed when it only trims waste off a single part. */
function isTrimmingCut(placements: Placement[], first: Piece, second: Piece | undefined): boolean {
  const sides = second ? [first, second] : [first];
  const withPart = sides.filter((side) => side.parts.length > 0);
  const empty = sides.filter((side) => side.parts.length === 0);
  return (
    withPart.length === 1 &&
    empty.length === sides.length - 1 &&
    withPart[0].parts.length === 1 &&
    coincides(withPart[0], placements[withPart[0].parts[0]])
  );
}

function coincides(piece: Piece, r: Rect): boolean {
  return (
    Math.abs(piece.x0 - r.x) <= EPS &&
    Math.abs(piece.y0 - r.y) <= EPS &&
    Math.abs(piece.x1 - (r.x + r.width)) <= EPS &&
    Math.abs(piece.y1 - (r.y + r.height)) <= EPS
  );
}

function splitPiece(
  context: ReplayContext,
  piece: Piece,
  direction: Direction,
  at: number,
  stage: number,
  label: string,
): [Piece, Piece | undefined] {
  const far = at + context.kerf;
  const horizontal = direction === 'horizontal';
  const end = horizontal ? piece.y1 : piece.x1;
  const first: Piece = horizontal
    ? { ...piece, y1: at, stage, direction, parts: [] }
    : { ...piece, x1: at, stage, direction, parts: [] };
  const second: Piece | undefined =
    far < end - EPS
      ? horizontal
        ? { ...piece, y0: far, stage, direction, parts: [] }
        : { ...piece, x0: far, stage, direction, parts: [] }
      : undefined;
  for (const index of piece.parts) {
    const p = context.layout.placements[index];
    const [start, stop] = horizontal ? [p.y, p.y + p.height] : [p.x, p.x + p.width];
    if (stop <= at + EPS) first.parts.push(index);
    else if (second && start >= far - EPS) second.parts.push(index);
    else
      context.errors.push(
        `${label}: passes through part ${index} (${p.id}) ${describeRect(p)} (kerf ${f(context.kerf)})`,
      );
  }
  return [first, second];
}

function checkFinalPieces(context: ReplayContext): void {
  const { placements } = context.layout;
  for (const piece of context.pieces) {
    if (piece.parts.length > 1) {
      const ids = piece.parts.map((i) => `${i} (${placements[i].id})`).join(', ');
      context.errors.push(`final piece ${describePiece(piece)} still holds parts ${ids}: cuts are missing`);
    } else if (piece.parts.length === 1 && !coincides(piece, placements[piece.parts[0]])) {
      const i = piece.parts[0];
      context.errors.push(
        `part ${i} (${placements[i].id}) is not cut free: its final piece is ${describePiece(piece)}`,
      );
    }
  }
}

function checkRemnants(context: ReplayContext, minOffcut: number): void {
  const { remnants } = context.layout;
  if (minOffcut <= 0 && remnants.length > 0) {
    context.errors.push(`${remnants.length} remnants reported, but minOffcut is 0 (no reusable remnants)`);
    return;
  }
  const claimed = new Set<Piece>();
  remnants.forEach((r, i) => {
    const piece = context.pieces.find((candidate) => candidate.parts.length === 0 && coincides(candidate, r));
    if (!piece) context.errors.push(`remnant ${i} ${describeRect(r)} is not a final piece without parts`);
    else if (claimed.has(piece)) context.errors.push(`remnant ${i} ${describeRect(r)} is reported twice`);
    else claimed.add(piece);
    if (Math.min(r.width, r.height) < minOffcut - EPS) {
      context.errors.push(`remnant ${i} ${describeRect(r)} is smaller than minOffcut ${f(minOffcut)}`);
    }
  });
}

function checkLayoutFigures(layout: SheetLayout): string[] {
  const sheetArea = layout.width * layout.height;
  const partArea = sumArea(layout.placements);
  const expectedYield = sheetArea > 0 ? partArea / sheetArea : 0;
  const waste = sheetArea - partArea - sumArea(layout.remnants);
  const errors: string[] = [];
  if (!nearlyEqual(layout.yield, expectedYield)) errors.push(`yield ${f(layout.yield)}, expected ${f(expectedYield)}`);
  if (!nearlyEqual(layout.waste, waste)) errors.push(`waste ${f(layout.waste)}, expected ${f(waste)}`);
  return errors;
}

function sumArea(rects: Rect[]): number {
  return rects.reduce((sum, r) => sum + r.width * r.height, 0);
}

function checkSheetTotals(request: SheetRequest, plan: SheetPlan): string[] {
  const { totals } = plan;
  const sheetArea = plan.layouts.reduce((sum, layout) => sum + layout.width * layout.height, 0);
  const itemArea = plan.layouts.reduce((sum, layout) => sum + sumArea(layout.placements), 0);
  const expected: [keyof typeof totals, number][] = [
    ['sheets', plan.layouts.length],
    ['sheetArea', sheetArea],
    ['itemArea', itemArea],
    ['yield', sheetArea > 0 ? itemArea / sheetArea : 0],
    ['cost', plan.layouts.reduce((sum, layout) => sum + (request.sheets[layout.stockIndex]?.cost ?? 0), 0)],
  ];
  const errors = expected
    .filter(([key, value]) => !nearlyEqual(totals[key], value))
    .map(([key, value]) => `totals.${key} ${f(totals[key])}, expected ${f(value)}`);
  if (!(plan.lowerBound <= plan.layouts.length)) {
    errors.push(`lowerBound ${plan.lowerBound} exceeds the ${plan.layouts.length} sheets used`);
  }
  return errors;
}
