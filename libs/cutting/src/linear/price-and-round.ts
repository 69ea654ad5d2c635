import { Effort, WORK_UNITS_PER_MS } from '../effort';
import type { Random } from '../random';
import { completeBins } from './bin-completion';
import { firstFitDecreasing, minimumBinSlack } from './construction';
import { CuttingStockLp, fillSlots, LpSnapshot, Pattern } from './cutting-stock-lp';
import { coverByReducedCost } from './reduced-cost-cover';
import { groupBySize } from './size-groups';

/** The root LP stops this close to its bound: the first dive finishes the job where it matters. */
const ROOT_GAP = 0.3;
/** Heuristic bins given to the LP as columns, fullest first (beyond this many, their pivots cost more than the pricing they save). */
const POOL_SIZE = 300;
/**
 * Besides the pattern it rounds up, a dive step commits every other pattern the LP uses at least this
 * much (later dives draw it from ROUND_WITH ± ROUND_SPREAD): fewer, larger steps, so more dives fit.
 */
const ROUND_WITH = 0.75;
const ROUND_SPREAD = 0.1;
/** A residual of at most this many items is also tried by the exact search, cut off after EXACT_NODES. */
const EXACT_RESIDUAL_ITEMS = 70;
const EXACT_NODES = 50_000;
/** Beyond this gap between the residual LP optimum and the bars left too many patterns qualify. */
const COVER_MAX_TOLERANCE = 0.05;
/** Reduced cost allowed for the duals' own inexactness. */
const COVER_DUAL_NOISE = 1e-4;
/**
 * Effort a dive step may spend on the cover of its residual: short, so that more dives try it. Hard28
 * at the optimum within 1 s: 16 without the cover; with it 18 at 200 ms, 19 at 100, 20 at 40, 18 at
 * 20 or 60 — the gain is real, the exact count is sensitive to the budget.
 */
const DIVE_COVER_EFFORT = 40 * WORK_UNITS_PER_MS;

export interface PriceAndRoundResult {
  /** A packing into fewer bins than the incumbent, when one was found. */
  bins?: number[][];
  /** ⌈LP optimum⌉ (or Farley's bound), a lower bound on the bins needed; 0 when the LP was not solved in time. */
  lowerBound: number;
}

/**
 * Diving on the cutting-stock LP (price-and-round, after Belov & Scheithauer): solve the LP, commit
 * the bars its solution uses whole, else round up its largest fractional pattern together with the
 * nearly whole ones, re-optimise the residual (a few dual simplex pivots and new columns) and repeat,
 * until a packing of what is left (quick heuristics, then an exact search once it is small, then
 * the reduced-cost cover when the residual LP leaves no slack) beats the incumbent or the LP bound
 * shows this dive cannot. Later dives start again from the root LP and
 * round a randomly chosen large pattern, with a random threshold for the others, so they follow
 * other paths. `pool`: bins of other packings (e.g. the heuristics' restarts), seeding the columns.
 */
export function priceAndRound(
  sizes: number[],
  capacity: number,
  incumbent: number[][],
  effort: Effort,
  random: Random,
  pool: number[][] = [],
): PriceAndRoundResult {
  const { distinct, members } = groupBySize(sizes);
  const typeOf = new Int32Array(sizes.length);
  members.forEach((m, k) => m.forEach((i) => (typeOf[i] = k)));
  const lp = new CuttingStockLp(
    distinct,
    members.map((m) => m.length),
    capacity,
  );
  lp.startFrom(incumbent.map((bin) => patternOf(bin, typeOf)));
  lp.addPatterns(fullest(pool, sizes, POOL_SIZE).map((bin) => patternOf(bin, typeOf)));
  if (!lp.solve(effort, ROOT_GAP)) return { lowerBound: 0 };
  const lowerBound = lp.lowerBound();
  const root = lp.snapshot();
  let best: number[][] | undefined;
  let target = incumbent.length - 1;
  // the first steps of a dive from the root commit the patterns the LP uses whole, the same in every
  // dive (the trunk): later dives resume after them, their LP already re-solved (most of a dive's
  // work), until a packing is found (Hard28 18 → 19 at the optimum within 1 s, at 100 ms per cover)
  let trunk: DiveStart | undefined;
  for (let dive = 0; target >= lowerBound && !effort.exhausted(); dive += 1) {
    const start = dive > 0 ? trunk : undefined;
    if (dive > 0) lp.restore(start ? start.snapshot : root);
    const found = diveOnce(lp, { distinct, members, capacity, target }, effort, random, dive > 0, start, (t) => {
      trunk = t;
    });
    if (found === undefined) break;
    if (found) {
      best = found;
      target = found.length - 1;
      trunk = undefined;
    }
  }
  return { bins: best, lowerBound };
}

/**
 * The residual demand of `lp` packed into `bars` bars by the reduced-cost cover, when the LP leaves no
 * slack to round with (its optimum within COVER_MAX_TOLERANCE of `bars`); as lists of size types.
 */
function coverResidual(
  lp: CuttingStockLp,
  instance: Instance,
  bars: number,
  effort: Effort,
  random: Random,
): number[][] | null {
  const tolerance = Math.max(0, bars - lp.objective()) + COVER_DUAL_NOISE;
  if (tolerance > COVER_MAX_TOLERANCE) return null;
  const duals = lp.dualValues();
  const guide = new Map<string, number>();
  for (const { pattern, bars: value } of lp.solution()) {
    const rows = pattern.rows.filter((i) => duals[i] > 1e-9);
    const key = `${rows.join(',')}:${rows.map((i) => pattern.counts[pattern.rows.indexOf(i)]).join(',')}`;
    guide.set(key, (guide.get(key) ?? 0) + value);
  }
  return coverByReducedCost(
    {
      widths: instance.distinct,
      demand: Array.from(lp.demand, (d) => Math.round(d)),
      capacity: instance.capacity,
      duals,
      target: bars,
      tolerance,
      guide,
    },
    effort,
    random,
  );
}

/** The `count` fullest of `bins`, skipping repeats of the same multiset of sizes. */
function fullest(bins: number[][], sizes: number[], count: number): number[][] {
  const load = (bin: number[]) => bin.reduce((s, i) => s + sizes[i], 0);
  const ranked = bins.map((bin) => ({ bin, load: load(bin) })).sort((a, b) => b.load - a.load);
  const seen = new Set<string>();
  const chosen: number[][] = [];
  for (const { bin } of ranked) {
    if (chosen.length === count) break;
    const key = bin
      .map((i) => sizes[i])
      .sort((a, b) => a - b)
      .join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    chosen.push(bin);
  }
  return chosen;
}

function patternOf(bin: number[], typeOf: Int32Array): Pattern {
  const counts = new Map<number, number>();
  for (const i of bin) counts.set(typeOf[i], (counts.get(typeOf[i]) ?? 0) + 1);
  const rows = [...counts.keys()].sort((a, b) => a - b);
  return { rows, counts: rows.map((r) => counts.get(r) ?? 0) };
}

interface Instance {
  distinct: number[];
  members: number[][];
  capacity: number;
  target: number;
}

/** One dive: a packing, null if this dive failed, undefined if the effort ran out. */
function diveOnce(
  lp: CuttingStockLp,
  instance: Instance,
  effort: Effort,
  random: Random,
  randomised: boolean,
  start: DiveStart | undefined,
  onTrunk: (trunk: DiveStart) => void,
): number[][] | null | undefined {
  const committed: { pattern: Pattern; bars: number }[] = start ? [...start.committed] : [];
  let bars = start ? start.bars : 0;
  // while every step so far committed whole patterns only, the dive is still on the trunk
  let onTrunkSoFar = true;
  const threshold = randomised ? ROUND_WITH - ROUND_SPREAD + 2 * ROUND_SPREAD * random.next() : ROUND_WITH;
  for (let resumed = start !== undefined; ; resumed = false) {
    if (!lp.solve(effort)) return undefined;
    if (bars + lp.lowerBound() > instance.target) return null;
    if (onTrunkSoFar && !resumed && committed.length > 0) {
      onTrunk({ snapshot: lp.snapshot(), committed: [...committed], bars });
    }
    // a dive resumed on the trunk skips the deterministic heuristics the dive that made it already tried
    const rest =
      (resumed ? null : completeResidual(lp, instance, instance.target - bars, effort)) ??
      coverResidual(lp, instance, instance.target - bars, capped(effort, DIVE_COVER_EFFORT), random);
    if (rest) return toBins(committed, rest, instance);
    const solution = lp.solution();
    if (solution.length === 0) return null; // nothing left to round (cannot happen while demand remains)
    const step = roundingStep(solution, threshold, randomised ? random : undefined);
    for (const c of step) {
      lp.fix(c.pattern, c.bars);
      committed.push(c);
      bars += c.bars;
    }
    onTrunkSoFar = onTrunkSoFar && solution.some((s) => s.bars >= 1 - 1e-6);
  }
}

/** Where a dive starts when not at the root: the LP (re-solved) after the bars already committed. */
interface DiveStart {
  snapshot: LpSnapshot;
  committed: { pattern: Pattern; bars: number }[];
  bars: number;
}

/**
 * The bars one dive step commits: those the LP uses whole, rounded down; if there are none, one bar of
 * the largest fractional pattern (with `random`, one of the three largest) and one of each other
 * pattern used at least `threshold`.
 */
export function roundingStep(
  solution: { pattern: Pattern; bars: number }[],
  threshold: number,
  random?: Random,
): { pattern: Pattern; bars: number }[] {
  const whole = solution.filter((s) => s.bars >= 1 - 1e-6);
  if (whole.length > 0) return whole.map((s) => ({ pattern: s.pattern, bars: Math.floor(s.bars + 1e-6) }));
  const ranked = [...solution].sort((a, b) => b.bars - a.bars);
  const first = ranked[random ? random.int(Math.min(3, ranked.length)) : 0];
  return [first, ...ranked.filter((s) => s !== first && s.bars >= threshold)].map((s) => ({
    pattern: s.pattern,
    bars: 1,
  }));
}

/** A sub-budget of at most `units` of what is left of `effort`. */
function capped(effort: Effort, units: number): Effort {
  return new Effort(Math.min(units, Math.max(0, effort.limit - effort.spent())), effort.deadline, effort);
}

/** The residual demand packed in `binsLeft` bins, as lists of size types, if `packWithin` can. */
function completeResidual(lp: CuttingStockLp, instance: Instance, binsLeft: number, effort: Effort): number[][] | null {
  const types: number[] = [];
  lp.demand.forEach((d, i) => {
    for (let c = 0; c < Math.round(d); c += 1) types.push(i);
  });
  if (types.length === 0) return [];
  const bins = packWithin(
    types.map((i) => instance.distinct[i]),
    instance.capacity,
    binsLeft,
    effort,
  );
  return bins && bins.map((bin) => bin.map((k) => types[k]));
}

/**
 * A packing of `sizes` into at most `bins` bins, if FFD, MBS' or (for a few items) a short exact
 * search finds one: deep in a dive nearly every bin must be full, which the heuristics miss and the
 * exact search's waste pruning finds quickly.
 */
export function packWithin(sizes: number[], capacity: number, bins: number, effort: Effort): number[][] | null {
  effort.spend(sizes.length * 8);
  let packing = firstFitDecreasing(sizes, capacity);
  if (packing.length > bins) packing = minimumBinSlack(sizes, capacity, effort.deadline, undefined, effort);
  if (packing.length > bins && sizes.length <= EXACT_RESIDUAL_ITEMS) {
    packing = completeBins(sizes, capacity, bins, effort, EXACT_NODES).bins ?? packing;
  }
  return packing.length <= bins ? packing : null;
}

/** Item indices for the committed patterns (trimmed to what is left of each size) and the residual bins. */
function toBins(committed: { pattern: Pattern; bars: number }[], rest: number[][], instance: Instance): number[][] {
  const left = instance.members.map((m) => [...m]);
  const counts = left.map((m) => m.length);
  const bins: number[][] = [];
  for (const { pattern, bars } of committed) {
    for (let b = 0; b < bars; b += 1) {
      const bin = fillSlots(pattern, counts).map((i) => left[i].pop() as number);
      if (bin.length > 0) bins.push(bin);
    }
  }
  for (const typesInBin of rest) bins.push(typesInBin.map((i) => left[i].pop() as number));
  return bins;
}
