import type { Effort } from '../effort';
import type { Random } from '../random';
import { firstFitDecreasing, minimumBinSlack } from './construction';
import { CuttingStockLp, fillSlots, Pattern } from './cutting-stock-lp';
import { groupBySize } from './size-groups';

/** The root LP stops this close to its bound: the first dive finishes the job where it matters. */
const ROOT_GAP = 0.3;

export interface PriceAndRoundResult {
  /** A packing into fewer bins than the incumbent, when one was found. */
  bins?: number[][];
  /** ⌈LP optimum⌉ (or Farley's bound), a lower bound on the bins needed; 0 when the LP was not solved in time. */
  lowerBound: number;
}

/**
 * Diving on the cutting-stock LP (price-and-round, after Belov & Scheithauer): solve the LP, commit
 * the bars its solution uses whole, else round up its largest fractional pattern, re-optimise the
 * residual (a few dual simplex pivots and new columns) and repeat, until a quick packing of what is
 * left beats the incumbent or the LP bound shows this dive cannot. Later dives start again from the
 * root LP and round a randomly chosen large pattern instead, so they follow other paths.
 */
export function priceAndRound(
  sizes: number[],
  capacity: number,
  incumbent: number[][],
  effort: Effort,
  random: Random,
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
  if (!lp.solve(effort, ROOT_GAP)) return { lowerBound: 0 };
  const lowerBound = lp.lowerBound();
  const root = lp.snapshot();
  let best: number[][] | undefined;
  let target = incumbent.length - 1;
  for (let dive = 0; target >= lowerBound && !effort.exhausted(); dive += 1) {
    if (dive > 0) lp.restore(root);
    const found = diveOnce(lp, { distinct, members, capacity, target }, effort, dive === 0 ? undefined : random);
    if (found === undefined) break;
    if (found) {
      best = found;
      target = found.length - 1;
    }
  }
  return { bins: best, lowerBound };
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
  random?: Random,
): number[][] | null | undefined {
  const committed: { pattern: Pattern; bars: number }[] = [];
  let bars = 0;
  for (;;) {
    if (!lp.solve(effort)) return undefined;
    if (bars + lp.lowerBound() > instance.target) return null;
    const rest = completeResidual(lp, instance, instance.target - bars, effort);
    if (rest) return toBins(committed, rest, instance);
    const solution = lp.solution();
    const whole = solution.filter((s) => s.bars >= 1 - 1e-6);
    if (solution.length === 0) return null; // nothing left to round (cannot happen while demand remains)
    const chosen =
      whole.length > 0
        ? whole.map((s) => ({ pattern: s.pattern, bars: Math.floor(s.bars + 1e-6) }))
        : [{ pattern: pickFractional(solution, random), bars: 1 }];
    for (const c of chosen) {
      lp.fix(c.pattern, c.bars);
      committed.push(c);
      bars += c.bars;
    }
  }
}

function pickFractional(solution: { pattern: Pattern; bars: number }[], random?: Random): Pattern {
  const ranked = [...solution].sort((a, b) => b.bars - a.bars);
  const pick = random ? random.int(Math.min(3, ranked.length)) : 0;
  return ranked[pick].pattern;
}

/** The residual demand packed quickly (FFD, then MBS'), as lists of size types, if it fits in `binsLeft`. */
function completeResidual(lp: CuttingStockLp, instance: Instance, binsLeft: number, effort: Effort): number[][] | null {
  const types: number[] = [];
  lp.demand.forEach((d, i) => {
    for (let c = 0; c < Math.round(d); c += 1) types.push(i);
  });
  if (types.length === 0) return [];
  const sizes = types.map((i) => instance.distinct[i]);
  effort.spend(sizes.length * 8);
  let bins = firstFitDecreasing(sizes, instance.capacity);
  if (bins.length > binsLeft) bins = minimumBinSlack(sizes, instance.capacity, effort.deadline, undefined, effort);
  return bins.length <= binsLeft ? bins.map((bin) => bin.map((k) => types[k])) : null;
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
