import type { Effort } from '../effort';
import type { Random } from '../random';

/**
 * Packing at the LP bound by reduced-cost fixing. When the target equals ⌈z*⌉ and z* is (nearly)
 * whole, as on most Hard28 instances and deep in a dive, a packing into `target` bars may
 * only use patterns whose reduced cost is at most target − z* (complementary slackness: every bar of
 * such a packing is "full" at the optimal duals), and only sizes of zero dual value may be cut in
 * surplus. Those patterns are few (hundreds), so an exact-cover search over them — fail-first on the
 * size with the fewest patterns left, the LP's own patterns tried first — finds the packing that
 * rounding the LP keeps missing. Sizes of zero dual value are left out of the patterns and placed
 * into the bars' free space at the end.
 */
export interface ReducedCostCoverInput {
  /** Distinct sizes, largest first. */
  widths: number[];
  /** Pieces per size. */
  demand: number[];
  capacity: number;
  /** Dual value per size of a (nearly) optimal LP solution. */
  duals: Float64Array;
  /** Bars to pack into. */
  target: number;
  /** Largest reduced cost a pattern may have: target minus the LP optimum, plus the duals' noise. */
  tolerance: number;
  /** LP value of patterns by `patternKey`, to try them first. */
  guide: Map<string, number>;
}

/** Beyond this many candidate patterns the search is hopeless within a second; the dives take over. */
const PATTERN_LIMIT = 4000;
/** Nodes per restart of the cover search (its failures are heavy-tailed, as for the triples). */
const RESTART_NODES = 4000;
/** Random weight in the order of patterns, against the LP's value and the pattern's fill. */
const JITTER = 0.5;
/** Effort units per search node besides its pattern scans (calibrated on Hard28). */
const NODE_COST = 400;
/** Covers whose zero-dual pieces find no room before the search gives up. */
const MISPLACED_LIMIT = 50;

interface Candidate {
  /** Flattened (size type, count) pairs. */
  parts: number[];
  load: number;
  value: number;
  guide: number;
}

/** Bars as lists of size types (one entry per piece), or null when none was found within the effort. */
export function coverByReducedCost(input: ReducedCostCoverInput, effort: Effort, random: Random): number[][] | null {
  const { widths, demand, capacity, duals, target } = input;
  const priced = widths.map((_, i) => i).filter((i) => duals[i] > 1e-9 && demand[i] > 0);
  if (priced.length === 0) return null;
  const free: number[] = [];
  widths.forEach((_, i) => {
    if (!(duals[i] > 1e-9 && demand[i] > 0)) for (let c = 0; c < demand[i]; c += 1) free.push(i);
  });
  // the free length the bars may leave besides what the zero-dual pieces take (bin completion's bound)
  const total = widths.reduce((s, w, i) => s + w * demand[i], 0);
  const freeLength = free.reduce((s, i) => s + widths[i], 0);
  let slack = target * capacity - total + freeLength;
  const candidates = enumeratePatterns(input, priced, capacity - slack, effort);
  if (!candidates || candidates.length === 0) return null;
  const byType: number[][] = widths.map(() => []);
  candidates.forEach((c, p) => {
    for (let k = 0; k < c.parts.length; k += 2) byType[c.parts[k]].push(p);
  });
  const maxValue = Math.max(...candidates.map((c) => c.value));
  const left = Int32Array.from(demand);
  const chosen: number[] = [];
  const fits = (p: number): boolean => {
    const parts = candidates[p].parts;
    for (let k = 0; k < parts.length; k += 2) if (parts[k + 1] > left[parts[k]]) return false;
    return true;
  };
  let work = 0;
  let nodes = 0;
  let misplaced = 0;
  let gaveUp = false;
  let aborted = false;
  let value = priced.reduce((s, i) => s + demand[i] * duals[i], 0);

  const search = (): boolean => {
    if ((++nodes & 63) === 0 && (nodes > RESTART_NODES || !effort.spend(64 * NODE_COST + work * 3))) aborted = true;
    if ((nodes & 63) === 0) work = 0;
    if (aborted) return false;
    const binsLeft = target - chosen.length;
    if (value > binsLeft * maxValue + 1e-7) return false;
    // fail first: the priced size with the fewest patterns that still fit the demand left
    let pick = -1;
    let options: number[] = [];
    for (const i of priced) {
      if (left[i] === 0) continue;
      const fitting = byType[i].filter(fits);
      work += byType[i].length;
      if (pick < 0 || fitting.length < options.length) {
        pick = i;
        options = fitting;
        if (fitting.length === 0) return false;
      }
    }
    if (pick < 0) {
      if (placeFree(candidates, chosen, free, widths, capacity, target)) return true;
      // the pieces of zero dual value keep finding no room: the LP's slack is not where the search leaves it
      if (++misplaced > MISPLACED_LIMIT) gaveUp = aborted = true;
      return false;
    }
    if (binsLeft === 0) return false;
    const ordered = options
      .filter((p) => capacity - candidates[p].load <= slack)
      .map((p) => ({ p, key: candidates[p].guide + candidates[p].load / capacity + random.next() * JITTER }))
      .sort((a, b) => b.key - a.key);
    for (const { p } of ordered) {
      const parts = candidates[p].parts;
      for (let k = 0; k < parts.length; k += 2) left[parts[k]] -= parts[k + 1];
      chosen.push(p);
      value -= candidates[p].value;
      slack -= capacity - candidates[p].load;
      if (search()) return true;
      value += candidates[p].value;
      slack += capacity - candidates[p].load;
      chosen.pop();
      for (let k = 0; k < parts.length; k += 2) left[parts[k]] += parts[k + 1];
      if (aborted) return false;
    }
    return false;
  };

  while (!effort.exhausted() && !gaveUp) {
    nodes = 0;
    aborted = false;
    if (search()) return placeFree(candidates, chosen, free, widths, capacity, target);
    if (!aborted) return null; // the whole tree was searched
  }
  return null;
}

/**
 * Patterns over the priced sizes with reduced cost ≤ tolerance (dual value ≥ 1 − tolerance), by
 * depth-first enumeration bounded by the best value per length still available; null past the limit.
 */
function enumeratePatterns(
  input: ReducedCostCoverInput,
  priced: number[],
  minLoad: number,
  effort: Effort,
): Candidate[] | null {
  const { widths, demand, capacity, duals, tolerance, guide } = input;
  const ratioFrom = new Float64Array(priced.length + 1);
  for (let k = priced.length - 1; k >= 0; k -= 1)
    ratioFrom[k] = Math.max(ratioFrom[k + 1], duals[priced[k]] / widths[priced[k]]);
  const floor = 1 - tolerance - 1e-9;
  const found: Candidate[] = [];
  const parts: number[] = [];
  let nodes = 0;
  let overflow = false;
  const visit = (k: number, room: number, value: number): void => {
    if (overflow) return;
    nodes += 1;
    if (value + room * ratioFrom[k] < floor) return;
    if (k === priced.length) {
      if (capacity - room < minLoad) return;
      const key = patternKeyOf(parts);
      found.push({ parts: [...parts], load: capacity - room, value, guide: guide.get(key) ?? 0 });
      if (found.length > PATTERN_LIMIT) overflow = true;
      return;
    }
    const i = priced[k];
    const most = Math.min(demand[i], Math.floor(room / widths[i]));
    for (let c = most; c >= 0; c -= 1) {
      if (c > 0) parts.push(i, c);
      visit(k + 1, room - c * widths[i], value + c * duals[i]);
      if (c > 0) parts.length -= 2;
    }
  };
  visit(0, capacity, 0);
  effort.spend(nodes * 4);
  return overflow ? null : found;
}

/** The key CuttingStockLp gives a pattern: its size types ascending, then their counts. */
function patternKeyOf(parts: number[]): string {
  const rows: number[] = [];
  const counts: number[] = [];
  for (let k = 0; k < parts.length; k += 2) {
    rows.push(parts[k]);
    counts.push(parts[k + 1]);
  }
  return `${rows.join(',')}:${counts.join(',')}`;
}

/**
 * The chosen patterns (and empty bars up to `target`) with the zero-dual pieces placed best fit,
 * largest first, as lists of size types; null if some piece finds no room.
 */
function placeFree(
  candidates: Candidate[],
  chosen: number[],
  free: number[],
  widths: number[],
  capacity: number,
  target: number,
): number[][] | null {
  const bins: number[][] = [];
  const room: number[] = [];
  for (const p of chosen) {
    const bin: number[] = [];
    const parts = candidates[p].parts;
    for (let k = 0; k < parts.length; k += 2) for (let c = 0; c < parts[k + 1]; c += 1) bin.push(parts[k]);
    bins.push(bin);
    room.push(capacity - candidates[p].load);
  }
  while (bins.length < target) {
    bins.push([]);
    room.push(capacity);
  }
  // free holds the sizes in decreasing order already (types are numbered largest first)
  for (const i of free) {
    let best = -1;
    for (let b = 0; b < bins.length; b += 1) {
      if (room[b] >= widths[i] && (best < 0 || room[b] < room[best])) best = b;
    }
    if (best < 0) return null;
    bins[best].push(i);
    room[best] -= widths[i];
  }
  return bins.filter((bin) => bin.length > 0);
}
