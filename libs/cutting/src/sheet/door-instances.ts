import { Random } from '../random';
import type { Cut, Placement, SheetLayout, SheetPlan, SheetRequest } from '../types';

/**
 * Door-scale sheet instances whose optimum is known by construction: k real sheets (one size per instance) are cut
 * without waste into 3-stage guillotine parts, the parts shuffled and equal ones merged. The parts fill exactly k
 * sheets, so k is both the area bound and the optimum; the cutting that made them is kept as a witness plan.
 *
 * The sheet lies with its length (and grain) along x and the first cuts horizontal, as a door shop rips it: strips
 * as wide as a door leaf (600–1000) or narrower ones for stiles and rails, cut across into leaf lengths, panels and
 * rails, and those split once more along the grain. Parts keep the grain (not rotatable). Sizes are whole 10 mm.
 */

/** Sheet sizes a door shop buys (HDF/MDF/plywood), length × width. */
export const DOOR_SHEET_SIZES: readonly { width: number; height: number }[] = [
  { width: 2440, height: 1220 },
  { width: 2800, height: 1220 },
];

export interface DoorInstance {
  name: string;
  /** Sheets the parts were cut from: the optimum. */
  optimum: number;
  request: SheetRequest;
  /** The zero-waste cutting the parts came from, as a plan on `request`. */
  witness: SheetPlan;
}

const STEP = 10;
/** Smallest part side: thinner strips are not door parts, and a saw does not cut them from full sheets. */
const MIN_SIDE = 60;

/** A size in [min, max], in whole steps. */
function pick(random: Random, min: number, max: number): number {
  const lo = Math.ceil(min / STEP);
  const hi = Math.floor(max / STEP);
  return (lo + random.int(Math.max(1, hi - lo + 1))) * STEP;
}

/** Splits `total` into sizes drawn by `draw`; a remainder too small to be a part joins the last size. */
function partition(random: Random, total: number, draw: (rest: number) => number): number[] {
  const sizes: number[] = [];
  let rest = total;
  while (rest > 0) {
    let size = Math.min(rest, Math.max(MIN_SIDE, draw(rest)));
    if (rest - size < MIN_SIDE) size = rest;
    sizes.push(size);
    rest -= size;
  }
  return random.shuffle(sizes);
}

/** Strip widths across the sheet: a door leaf's width, the rest in one or two strips for stiles and rails. */
function stripHeights(random: Random, height: number): number[] {
  return partition(random, height, (rest) => {
    if (rest >= 600 + MIN_SIDE && random.next() < 0.7) return pick(random, 600, Math.min(1000, rest - MIN_SIDE));
    return random.next() < 0.5 ? rest : pick(random, 100, Math.min(400, rest));
  });
}

/** Lengths along the grain: leaf and stile lengths, panels, rails. */
function stackWidths(random: Random, width: number): number[] {
  return partition(random, width, (rest) => {
    const kind = random.next();
    if (kind < 0.45 && rest >= 1900) return pick(random, 1900, Math.min(2200, rest));
    if (kind < 0.75) return pick(random, 400, Math.min(1200, rest));
    return pick(random, 150, Math.min(600, rest));
  });
}

/** Parts across one stack: kept whole (a leaf skin, a panel) or split into stiles, rails and narrower panels. */
function partHeights(random: Random, height: number): number[] {
  if (random.next() < 0.35) return [height];
  return partition(random, height, () => (random.next() < 0.6 ? pick(random, 80, 200) : pick(random, 200, 500)));
}

interface Cutting {
  layout: SheetLayout;
  parts: { width: number; height: number }[];
}

/** Cuts one sheet into parts, recording the cuts in the operator's order. */
function cutSheet(random: Random, width: number, height: number): Cutting {
  const placements: Placement[] = [];
  const cuts: Cut[] = [];
  const parts: { width: number; height: number }[] = [];
  const strips = stripHeights(random, height);
  let y = 0;
  strips.forEach((h, s) => {
    if (s < strips.length - 1) cuts.push({ x1: 0, y1: y + h, x2: width, y2: y + h, stage: 1 });
    const stacks = stackWidths(random, width);
    let x = 0;
    stacks.forEach((w, t) => {
      if (t < stacks.length - 1) cuts.push({ x1: x + w, y1: y, x2: x + w, y2: y + h, stage: 2 });
      const heights = partHeights(random, h);
      let py = y;
      heights.forEach((ph, p) => {
        if (p < heights.length - 1) cuts.push({ x1: x, y1: py + ph, x2: x + w, y2: py + ph, stage: 3 });
        placements.push({ id: `${w}x${ph}`, x, y: py, width: w, height: ph, rotated: false });
        parts.push({ width: w, height: ph });
        py += ph;
      });
      x += w;
    });
    y += h;
  });
  const layout: SheetLayout = {
    width,
    height,
    stockIndex: 0,
    placements,
    cuts,
    remnants: [],
    waste: 0,
    yield: 1,
  };
  return { layout, parts };
}

/** One instance of `sheets` sheets (2–10 in the bench); the same seed and count give the same instance. */
export function generateDoorInstance(seed: number, sheets: number): DoorInstance {
  const random = new Random(seed);
  const size = DOOR_SHEET_SIZES[random.int(DOOR_SHEET_SIZES.length)];
  const layouts: SheetLayout[] = [];
  const quantities = new Map<string, { width: number; height: number; quantity: number }>();
  for (let k = 0; k < sheets; k += 1) {
    const { layout, parts } = cutSheet(random, size.width, size.height);
    layouts.push(layout);
    for (const part of parts) {
      const id = `${part.width}x${part.height}`;
      const known = quantities.get(id);
      if (known) known.quantity += 1;
      else quantities.set(id, { ...part, quantity: 1 });
    }
  }
  const items = random.shuffle([...quantities].map(([id, part]) => ({ id, ...part })));
  const sheetArea = size.width * size.height * sheets;
  const request: SheetRequest = { sheets: [{ ...size }], items, maxStages: 3, firstCut: 'horizontal', seed: 1 };
  const witness: SheetPlan = {
    layouts,
    totals: { sheets, sheetArea, itemArea: sheetArea, yield: 1, cost: 0 },
    lowerBound: sheets,
    elapsedMs: 0,
  };
  return { name: `door-${seed}-${sheets}`, optimum: sheets, request, witness };
}

/** `count` instances from one seed, the sheet counts cycling through 2–10. */
export function generateDoorInstances(seed: number, count: number): DoorInstance[] {
  const random = new Random(seed);
  return Array.from({ length: count }, (_, n) => generateDoorInstance(random.int(2 ** 31), 2 + (n % 9)));
}
