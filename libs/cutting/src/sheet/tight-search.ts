import { Random } from '../random';
import type { WorkMeter } from './insert-piece';
import { type Bin, type Board, type Piece, type PlacedPiece, type Stack, type Strip } from './model';

/**
 * Exact search for a packing into a given number of sheets when the parts leave little room to spare. It builds
 * strips depth first, charging every area a choice makes unusable (trimmed beside a part, left above a stack, beside
 * the last stack) against the slack — the sheets' area minus the parts' — and cuts a branch as soon as its waste
 * exceeds the slack; the strips are then stacked into the sheets by a small exact 1D search. The tighter the parts
 * fill the sheets, the smaller the tree: this finds the perfect packings that ruin-and-recreate keeps missing by
 * one sheet.
 *
 * Equal parts are one "form" with a count. Each new strip is the one holding the earliest form not yet placed (in
 * widest-first order), which then starts its stack: every packing has exactly one strip like that, so no strip is
 * searched twice in another order. The other stacks of a strip follow by their first form, the parts of a stack by
 * form. Restarts with a growing work budget (Luby) and a slightly shuffled order of trying keep one bad early
 * choice from eating the whole budget; once a share of it is spent, the search repairs the most complete partial
 * packing it reached instead — frees the strips most likely wrong, with a good part of the others, and searches
 * that smaller instance again — until the packing is found or the work runs out.
 */

interface Form {
  w: number;
  h: number;
  /** Index of the forms of this width in `columnHeight`. */
  column: number;
  /** Piece indices of this size not yet placed (placed ones are popped from the end). */
  free: number[];
}

/** Work charged per node, besides one unit per form examined. */
const NODE_WORK = 4;
/** Work of the shortest restart; restart n gets luby(n) times as much. */
const RESTART_WORK = 40_000;
/** How far (in places of the widest-first order) a restart may move a form to try it earlier or later. */
const ORDER_NOISE = 6;
/** Share of the budget for searching from scratch; the rest repairs the deepest partial packing found. */
const FRESH_SHARE = 0.35;
/** Work of one repair: the strips it removes are searched again with this much. */
const REPAIR_WORK = 1_000_000;
/** Share of the parts' area a repair frees (the parts left over and those of the strips it removes). */
const REPAIR_SHARE = 0.4;
/** Work between two looks at the clock (the deadline is a safety net; the work limit decides). */
const CLOCK_CHECK_WORK = 20_000;
/** Nodes allowed to the 1D search stacking the strips into sheets. */
const STACKING_NODES = 20_000;

/** The Luby sequence 1 1 2 1 1 2 4 1 1 2 …: restart lengths within a log factor of the best fixed one. */
function luby(n: number): number {
  let k = 1;
  while (2 ** k - 1 < n) k += 1;
  return 2 ** k - 1 === n ? 2 ** (k - 1) : luby(n - 2 ** (k - 1) + 1);
}

/**
 * Strip heights into at most `count` sheets of `capacity`: the sheet of each strip, or null. Bin completion: each
 * sheet takes the tallest strip left, then a set of others (equal heights tried once), fullest sets first, the
 * room left in all sheets together never above what the heights leave.
 */
function stackHeights(heights: number[], capacity: number, count: number, meter: WorkMeter): number[] | null {
  const order = heights.map((_, i) => i).sort((a, b) => heights[b] - heights[a] || a - b);
  const sizes = order.map((i) => heights[i]);
  const used = new Array<boolean>(sizes.length).fill(false);
  const sheetOf = new Array<number>(sizes.length).fill(-1);
  let room = count * capacity - sizes.reduce((sum, h) => sum + h, 0);
  let nodes = 0;
  const fill = (sheet: number): boolean => {
    const first = used.indexOf(false);
    if (first < 0) return true;
    if (sheet === count) return false;
    used[first] = true;
    sheetOf[first] = sheet;
    if (add(sheet, first + 1, sizes[first])) return true;
    used[first] = false;
    return false;
  };
  const add = (sheet: number, from: number, load: number): boolean => {
    nodes += 1;
    meter.used += NODE_WORK;
    if (nodes > STACKING_NODES) return false;
    let tried = -1;
    for (let j = from; j < sizes.length; j += 1) {
      if (used[j] || sizes[j] === tried || load + sizes[j] > capacity) continue;
      tried = sizes[j];
      used[j] = true;
      sheetOf[j] = sheet;
      if (add(sheet, j + 1, load + sizes[j])) return true;
      used[j] = false;
    }
    const lost = capacity - load;
    if (lost > room) return false;
    room -= lost;
    if (fill(sheet + 1)) return true;
    room += lost;
    return false;
  };
  if (room < 0 || !fill(0)) return null;
  const assigned = new Array<number>(heights.length);
  order.forEach((i, k) => (assigned[i] = sheetOf[k]));
  return assigned;
}

function cloneStrip(strip: Strip): Strip {
  return { w: strip.w, h: strip.h, stacks: strip.stacks.map((t) => ({ w: t.w, h: t.h, parts: t.parts.slice() })) };
}

class TightSearch {
  private readonly forms: Form[] = [];
  private readonly strips: Strip[] = [];
  private left = 0;
  private waste = 0;
  private aborted = false;
  /** Set when the current restart used its work: the search unwinds and starts again in another order. */
  private cut = false;
  private restartLimit = 0;
  private nextClockCheck = 0;
  /** The order in which forms are tried; the canonical order (by index) does not change. */
  private order: number[] = [];
  /** startAt[m]: the first place in `order` that may hold a form ≥ m (earlier ones are all below m). */
  private startAt: number[] = [];
  private keys: number[] = [];
  private noise = 0;
  private minHeight = Infinity;
  private result: Bin[] | null = null;
  /** Form of each piece, to put parts back when a repair removes their strip. */
  private readonly formOf = new Map<number, number>();
  /** The most complete strips seen in the current search (at a strip boundary) and the area they leave over. */
  private deepest: Strip[] = [];
  private deepestLeft = Infinity;
  /** Height of the parts left of each width, all stacked: a stack using all of them leaves no part of it behind. */
  private readonly columnHeight: number[] = [];
  private readonly columnWidth: number[] = [];
  private readonly random: Random;

  constructor(
    private readonly board: Board,
    private readonly slack: number,
    private readonly sheets: number,
    private readonly meter: WorkMeter,
    private readonly workLimit: number,
    private readonly deadline: number,
    pieces: Piece[],
    indices: number[],
    seed: number,
  ) {
    this.random = new Random(seed);
    const byKey = new Map<string, Form>();
    for (const i of indices) {
      const p = pieces[i];
      const key = `${p.w}x${p.h}`;
      let form = byKey.get(key);
      if (form === undefined) {
        form = { w: p.w, h: p.h, column: -1, free: [] };
        byKey.set(key, form);
        this.forms.push(form);
      }
      form.free.push(i);
      this.left += 1;
    }
    // widest first: the first part of a stack sets its width, the ones after it are no wider
    this.forms.sort((a, b) => b.w - a.w || b.h - a.h);
    this.forms.forEach((form, f) => {
      for (const piece of form.free) this.formOf.set(piece, f);
    });
    const columns = new Map<number, number>();
    for (const form of this.forms) {
      this.minHeight = Math.min(this.minHeight, form.h);
      if (!columns.has(form.w)) {
        columns.set(form.w, this.columnHeight.length);
        this.columnHeight.push(0);
        this.columnWidth.push(form.w);
      }
      form.column = columns.get(form.w)!;
      this.columnHeight[form.column] += form.h * form.free.length;
    }
  }

  run(): Bin[] | null {
    if (this.forms.some((f) => f.w > this.board.width || f.h > this.board.height)) return null;
    const fresh = this.search(this.meter.used + (this.workLimit - this.meter.used) * FRESH_SHARE);
    if (fresh !== 'open') return this.result;
    let current = this.deepest;
    let currentLeft = this.deepestLeft;
    while (!this.aborted && current.length > 0) {
      this.restart(this.repair(current));
      if (this.search(this.meter.used + REPAIR_WORK) === 'found') return this.result;
      // ties are taken too: the search walks across equally good partial packings
      if (this.deepestLeft <= currentLeft) {
        current = this.deepest;
        currentLeft = this.deepestLeft;
      }
    }
    return null;
  }

  /**
   * Restarts from the current state until `limit`: 'found' (the packing is in `result`), 'none' when a search ran
   * to its end (no packing from this state), 'open' when the work ran out.
   */
  private search(limit: number): 'found' | 'none' | 'open' {
    const start = this.strips.slice();
    this.deepest = start;
    this.deepestLeft = Infinity;
    for (let restart = 0; !this.aborted && this.meter.used < limit; restart += 1) {
      this.noise = restart === 0 ? 0 : ORDER_NOISE;
      this.setOrder(this.forms.map((_, f) => f + this.noise * this.random.next()));
      this.cut = false;
      this.restartLimit = Math.min(limit, this.meter.used + luby(restart + 1) * RESTART_WORK);
      if (this.nextStrip()) return 'found';
      if (!this.cut && !this.aborted) return 'none';
    }
    return 'open';
  }

  /**
   * The strips to keep: strips holding parts as wide as a part left over (the parts of one width were probably
   * split the wrong way) are removed first, then others at random, until about `REPAIR_SHARE` of the parts' area
   * is free again — a smaller instance, which the search solves far more easily than the whole.
   */
  private repair(strips: Strip[]): Strip[] {
    const placed = new Set<number>();
    for (const strip of strips)
      for (const stack of strip.stacks) for (const part of stack.parts) placed.add(part.piece);
    const widths = new Set<number>();
    let freeArea = 0;
    let totalArea = 0;
    for (const [piece, f] of this.formOf) {
      const form = this.forms[f];
      totalArea += form.w * form.h;
      if (placed.has(piece)) continue;
      widths.add(form.w);
      freeArea += form.w * form.h;
    }
    const suspect = (strip: Strip) => strip.stacks.some((t) => t.parts.some((p) => widths.has(p.w)));
    const order = this.random.shuffle(strips.map((_, s) => s));
    order.sort((a, b) => Number(suspect(strips[b])) - Number(suspect(strips[a])));
    const removed = new Set<number>();
    for (const s of order) {
      if (freeArea >= REPAIR_SHARE * totalArea && removed.size > 0) break;
      removed.add(s);
      for (const stack of strips[s].stacks) for (const part of stack.parts) freeArea += part.w * part.h;
    }
    return strips.filter((_, s) => !removed.has(s));
  }

  /** Makes `kept` the strips placed and every other part free again. */
  private restart(kept: Strip[]): void {
    for (const form of this.forms) form.free = [];
    this.columnHeight.fill(0);
    const placed = new Set<number>();
    this.waste = 0;
    for (const strip of kept) {
      let area = 0;
      for (const stack of strip.stacks) {
        for (const part of stack.parts) {
          placed.add(part.piece);
          area += part.w * part.h;
        }
      }
      this.waste += this.board.width * strip.h - area;
    }
    this.left = 0;
    for (const [piece, f] of this.formOf) {
      if (placed.has(piece)) continue;
      this.forms[f].free.push(piece);
      this.columnHeight[this.forms[f].column] += this.forms[f].h;
      this.left += 1;
    }
    this.strips.splice(0, this.strips.length, ...kept.map(cloneStrip));
  }

  /** Tries the forms by increasing key, each key in [f, f + noise). */
  private setOrder(keys: number[]): void {
    this.keys = keys;
    this.order = this.forms.map((_, f) => f).sort((a, b) => keys[a] - keys[b] || a - b);
    this.startAt = [];
    let place = 0;
    for (let m = 0; m <= this.forms.length; m += 1) {
      while (place < this.order.length && keys[this.order[place]] < m) place += 1;
      this.startAt.push(place);
    }
  }

  /** Counts a node; false once the restart's or the whole budget is spent (the search then unwinds). */
  private tick(): boolean {
    this.meter.used += NODE_WORK;
    if (this.meter.used >= this.workLimit) this.aborted = true;
    else if (this.meter.used >= this.nextClockCheck) {
      this.nextClockCheck = this.meter.used + CLOCK_CHECK_WORK;
      if (Date.now() >= this.deadline) this.aborted = true;
    }
    if (this.meter.used >= this.restartLimit) this.cut = true;
    return !this.aborted && !this.cut;
  }

  private get stopped(): boolean {
    return this.aborted || this.cut;
  }

  /** The first form no wider than `width`. */
  private firstNoWider(width: number): number {
    let lo = 0;
    let hi = this.forms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.forms[mid].w <= width) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  private take(f: number): PlacedPiece {
    this.left -= 1;
    const form = this.forms[f];
    const piece = form.free.pop()!;
    this.columnHeight[form.column] -= form.h;
    return { piece, rotated: false, w: form.w, h: form.h };
  }

  private give(f: number, piece: number): void {
    this.left += 1;
    this.forms[f].free.push(piece);
    this.columnHeight[this.forms[f].column] += this.forms[f].h;
  }

  /** Opens the strip holding the earliest form left, or stacks the strips into sheets once every part is placed. */
  private nextStrip(): boolean {
    if (this.left === 0) return this.stackStrips();
    if (this.left < this.deepestLeft) {
      this.deepestLeft = this.left;
      this.deepest = this.strips.map(cloneStrip);
    }
    if (!this.tick()) return false;
    let f = 0;
    while (this.forms[f].free.length === 0) f += 1;
    // every earlier form is placed, so this one is the widest of its stack and starts it
    const part = this.take(f);
    const stack: Stack = { w: part.w, h: part.h, parts: [part] };
    const strip: Strip = { w: part.w, h: part.h, stacks: [stack] };
    this.strips.push(strip);
    if (this.stackVariants(strip, stack, f, f, 0, 0)) return true;
    this.strips.pop();
    this.give(f, part.piece);
    return false;
  }

  /**
   * The stack just opened in `strip` as it is, then grown by parts of forms ≥ `last`. `base` is the strip's height
   * without it and `besideWidth` the width of the stacks before it: growing taller than the others raises the
   * strip and leaves room above them, lost unless within the slack.
   */
  private stackVariants(
    strip: Strip,
    stack: Stack,
    last: number,
    first: number,
    base: number,
    besideWidth: number,
  ): boolean {
    if (!this.tick()) return false;
    // A stack below the others' height grows first: left as it is, the room above it is lost. So does a strip's
    // first stack when all the parts left of its width fit in it: parts of one width usually make one stack.
    const column = this.columnHeight[this.forms[first].column];
    const growFirst = base > 0 ? stack.h < base : column > 0 && stack.h + column <= this.board.height;
    if (growFirst) {
      return (
        this.grow(strip, stack, last, first, base, besideWidth) ||
        (!this.stopped && this.close(strip, stack, first, base, besideWidth))
      );
    }
    return (
      this.close(strip, stack, first, base, besideWidth) ||
      (!this.stopped && this.grow(strip, stack, last, first, base, besideWidth))
    );
  }

  /** Leaves the stack as it is and goes on with the strip. */
  private close(strip: Strip, stack: Stack, first: number, base: number, besideWidth: number): boolean {
    const height = Math.max(base, stack.h);
    const lost = (height - base) * besideWidth + (height - stack.h) * stack.w;
    if (this.waste + lost > this.slack) return false;
    this.waste += lost;
    strip.h = height;
    if (this.moreStacks(strip, first)) return true;
    this.waste -= lost;
    return false;
  }

  /** Puts one more part on the stack: next to other stacks, one bringing it level with them first. */
  private grow(strip: Strip, stack: Stack, last: number, first: number, base: number, besideWidth: number): boolean {
    if (!this.board.stacking) return false;
    const room = this.board.height - stack.h;
    if (room < this.minHeight) return false;
    // with no slack left, only parts of the stack's width can raise it, and it must reach the others' height
    if (base > 0 && this.waste === this.slack && stack.h + this.columnHeight[this.forms[first].column] < base) {
      return false;
    }
    // a part narrower than the stack by more than this would trim away more than the slack left
    const narrowest = stack.w - Math.floor((this.slack - this.waste) / this.minHeight);
    const to = this.firstNoWider(narrowest - 1);
    const stopKey = to + this.noise;
    // one scan sorts the candidates: those bringing the stack level with the others first
    const candidates: number[] = [];
    const size = this.forms.length;
    for (let k = this.startAt[last]; k < this.order.length; k += 1) {
      const f = this.order[k];
      if (this.keys[f] >= stopKey) break;
      this.meter.used += 1;
      const form = this.forms[f];
      if (f < last || f >= to || form.free.length === 0 || form.h > room) continue;
      const trim = (stack.w - form.w) * form.h;
      const raise = Math.max(0, stack.h + form.h - base) * besideWidth;
      if (this.waste + trim + raise > this.slack) continue;
      candidates.push(base > 0 && stack.h + form.h === base ? k : size + k);
    }
    candidates.sort((a, b) => a - b);
    for (const candidate of candidates) {
      if (this.stopped) return false;
      const f = this.order[candidate % size];
      const form = this.forms[f];
      if (form.free.length === 0) continue;
      const trim = (stack.w - form.w) * form.h;
      const added = this.take(f);
      this.waste += trim;
      stack.parts.push(added);
      stack.h += form.h;
      if (this.stackVariants(strip, stack, f, first, base, besideWidth)) return true;
      stack.h -= form.h;
      stack.parts.pop();
      this.waste -= trim;
      this.give(f, added.piece);
    }
    return false;
  }

  /**
   * Adds a stack whose first form is ≥ `minForm`, or closes the strip. Stacks level with the strip come first: one
   * part as tall as it, then all the parts left of one width (what part of a width stays behind must find a strip
   * of its own), then the other lower stacks, then taller ones.
   */
  private moreStacks(strip: Strip, minForm: number): boolean {
    if (!this.tick()) return false;
    const roomW = this.board.width - strip.w;
    const base = strip.h;
    const besideWidth = strip.w;
    // with no slack left every stack must be as tall as the strip, and the room beside them filled
    const tight = this.waste === this.slack;
    if (tight && roomW > 0 && !this.columnsCanFill(roomW, base)) return false;
    if (this.left > 0) {
      const from = Math.max(minForm, this.firstNoWider(roomW));
      // one scan sorts the candidates into their passes (kind × number of forms + place in this restart's order)
      const candidates: number[] = [];
      const size = this.forms.length;
      for (let k = this.startAt[from]; k < this.order.length; k += 1) {
        const f = this.order[k];
        this.meter.used += 1;
        const form = this.forms[f];
        if (f < from || form.free.length === 0) continue;
        const h = form.h;
        // a stack as wide as the room left closes the strip: such ones first, in each kind
        const closes = form.w === roomW ? 0 : 1;
        if (h === base) candidates.push(closes * 3 * size + k);
        else if (h < base && tight && this.columnHeight[form.column] < base) continue;
        else if (h < base) candidates.push((closes * 3 + (this.columnHeight[form.column] === base ? 1 : 2)) * size + k);
        else if (this.waste + (h - base) * besideWidth <= this.slack) candidates.push(6 * size + k);
      }
      candidates.sort((a, b) => a - b);
      for (const candidate of candidates) {
        if (this.stopped) return false;
        const f = this.order[candidate % size];
        if (this.forms[f].free.length === 0) continue;
        const part = this.take(f);
        const stack: Stack = { w: part.w, h: part.h, parts: [part] };
        strip.stacks.push(stack);
        strip.w += part.w;
        if (this.stackVariants(strip, stack, f, f, base, besideWidth)) return true;
        strip.w -= part.w;
        strip.h = base;
        strip.stacks.pop();
        this.give(f, part.piece);
      }
      if (this.stopped) return false;
    }
    const lost = roomW * strip.h;
    if (this.waste + lost > this.slack) return false;
    this.waste += lost;
    if (this.nextStrip()) return true;
    this.waste -= lost;
    return false;
  }

  /**
   * Whether stacks of `height` made of equal-width parts could fill `width`: each width gives at most as many stacks
   * as its parts' total height holds, a bound that prunes strips no exact packing can finish.
   */
  private columnsCanFill(width: number, height: number): boolean {
    let fill = 0;
    for (let c = 0; c < this.columnHeight.length && fill < width; c += 1) {
      const stacks = Math.floor(this.columnHeight[c] / height);
      if (stacks > 0) fill += stacks * this.columnWidth[c];
    }
    return fill >= width;
  }

  /** Every part is in a strip: the strips must go into the sheets. */
  private stackStrips(): boolean {
    const assigned = stackHeights(
      this.strips.map((s) => s.h),
      this.board.height,
      this.sheets,
      this.meter,
    );
    if (assigned === null) return false;
    const bins: Bin[] = [];
    this.strips.forEach((strip, s) => {
      const b = assigned[s];
      while (bins.length <= b) bins.push({ h: 0, area: 0, strips: [] });
      const bin = bins[b];
      bin.strips.push({ w: strip.w, h: strip.h, stacks: strip.stacks.map((t) => ({ ...t, parts: t.parts.slice() })) });
      bin.h += strip.h;
      for (const stack of strip.stacks) for (const part of stack.parts) bin.area += part.w * part.h;
    });
    this.result = bins;
    return true;
  }
}

/**
 * Packs `indices` into `sheets` sheets by exact search; null when there is no such packing or the work budget ran
 * out first. Parts that may turn are left to the heuristics: the search keeps every part's grain.
 */
export function packTight(
  pieces: Piece[],
  indices: number[],
  board: Board,
  sheets: number,
  budget: { meter: WorkMeter; workLimit: number; deadline: number; seed: number },
): Bin[] | null {
  let area = 0;
  for (const i of indices) {
    const p = pieces[i];
    if (p.rotatable && p.w !== p.h) return null;
    area += p.area;
  }
  const slack = sheets * board.width * board.height - area;
  if (slack < 0 || indices.length === 0) return null;
  const search = new TightSearch(
    board,
    slack,
    sheets,
    budget.meter,
    budget.workLimit,
    budget.deadline,
    pieces,
    indices,
    budget.seed,
  );
  return search.run();
}
