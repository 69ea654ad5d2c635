import { Effort, WORK_UNITS_PER_MS } from '../effort';
import { Random } from '../random';
import { completeBins } from './bin-completion';
import { areaBound, martelloTothL2 } from './lower-bounds';
import { completePerfectTriples, isPerfectTripleInstance } from './perfect-triples';
import { bestFitDecreasing, firstFitDecreasing, minimumBinSlack } from './construction';
import { priceAndRound } from './price-and-round';

/** Share of the budget left after the construction and the restarts that the LP dives may use. */
const LP_SHARE = 0.9;
/** Beyond these the LP's root alone takes most of a second (see worthAnLp). */
const LP_MAX_TYPES = 250;
const LP_MAX_TABLE = 2e6;
/** Restart bins kept for the LP to choose its starting columns from (bounds memory on long runs). */
const RESTART_BINS_KEPT = 10_000;
/** Below this budget (e.g. the sheet solver's strip restacking) the LP's setup alone would not pay. */
const LP_MIN_MS = 100;

/**
 * One-dimensional bin packing on integers: sizes into bins of one capacity, fewest bins.
 * The engine behind linear cutting, also used to stack sheet strips onto sheets.
 *
 * Construction (FFD, BFD, minimum bin slack, then MBS' restarts on perturbed orders), exact searches
 * (waste-free triples, bin completion), then a consistent-neighbourhood local search that
 * tries to empty one bin at a time: the bin's items go to a pool, and swaps of one or two items
 * between a bin and the pool move as much size as possible into the bins (plateau moves allowed,
 * short tabu tenure), until the pool is empty (one bin fewer) or the attempt's budget runs out.
 */
export interface BinPackingInput {
  /** Positive integer sizes, each ≤ capacity. */
  sizes: number[];
  capacity: number;
  /** Hard stop: by this Date.now() value the best packing found is returned. */
  deadline: number;
  /** Search effort in work units (see Effort); without it, the time to the deadline converted to units. */
  workLimit?: number;
  seed?: number;
}

export interface BinPackingResult {
  /** Each bin lists indices into `sizes`. */
  bins: number[][];
  lowerBound: number;
}

export function packBins(input: BinPackingInput): BinPackingResult {
  const { sizes, capacity, deadline } = input;
  if (sizes.length === 0) return { bins: [], lowerBound: 0 };
  const effort = new Effort(input.workLimit ?? Math.max(0, deadline - Date.now()) * WORK_UNITS_PER_MS, deadline);
  let lowerBound = martelloTothL2(sizes, capacity);
  let best = firstFitDecreasing(sizes, capacity);
  for (const candidate of [
    () => bestFitDecreasing(sizes, capacity),
    () => minimumBinSlack(sizes, capacity, deadline),
  ]) {
    if (best.length === lowerBound || !effort.spend(sizes.length)) break;
    const bins = candidate();
    if (bins.length < best.length) best = bins;
  }
  const random = new Random(input.seed ?? 1);
  if (best.length > lowerBound && isPerfectTripleInstance(sizes, capacity, lowerBound)) {
    const triples = completePerfectTriples(sizes, capacity, effort.share(0.85), random, 300);
    if (triples) best = triples;
  }
  // MBS' again and again on jittered size orders: cheap diversity that often closes the last bin;
  // their bins, nearly full ones among them, are kept as starting columns for the LP
  const lpFits = lpFitsInstance(sizes, capacity);
  const restartBins: number[][] = [];
  const restartsEffort = effort.share(0.15);
  while (best.length > lowerBound && !restartsEffort.exhausted()) {
    const bins = minimumBinSlack(sizes, capacity, deadline, random, restartsEffort);
    if (bins.length < best.length) best = bins;
    if (lpFits && restartBins.length < RESTART_BINS_KEPT) restartBins.push(...bins);
  }
  if (best.length > lowerBound && lpFits && effort.limit - effort.spent() >= LP_MIN_MS * WORK_UNITS_PER_MS) {
    const rounded = priceAndRound(sizes, capacity, best, effort.share(LP_SHARE), random, restartBins);
    lowerBound = Math.max(lowerBound, rounded.lowerBound);
    if (rounded.bins) best = rounded.bins;
  }
  // a share of the budget for the exact search, in short randomised restarts (its failures are heavy-tailed)
  const exactEffort = effort.share(0.4);
  for (let restart = 0; best.length > lowerBound && !exactEffort.exhausted(); restart += 1) {
    const exact = completeBins(sizes, capacity, lowerBound, exactEffort, 20_000, restart === 0 ? undefined : random);
    if (exact.bins) best = exact.bins;
    else if (exact.proven) lowerBound += 1; // the whole tree was searched: the bound was one bin short
  }
  while (best.length > lowerBound && !effort.exhausted()) {
    const fewer = eliminateOneBin(best, sizes, capacity, random, effort);
    if (fewer) best = fewer;
  }
  return { bins: best, lowerBound: Math.max(lowerBound, areaBound(sizes, capacity)) };
}

/**
 * The LP pays off when its root solves in a fraction of the budget: a dense simplex costs m² per pivot
 * for m distinct sizes, and pricing a table of the capacity per size.
 */
function lpFitsInstance(sizes: number[], capacity: number): boolean {
  const types = new Set(sizes).size;
  return types <= LP_MAX_TYPES && types * capacity <= LP_MAX_TABLE;
}

const TABU_TENURE = 7;

/**
 * Tries to turn a packing of m bins into one of m − 1 bins (see the file comment). Returns null
 * when this attempt's iteration budget or the search effort runs out first.
 */
function eliminateOneBin(
  packing: number[][],
  sizes: number[],
  capacity: number,
  random: Random,
  effort: Effort,
): number[][] | null {
  const loads = packing.map((bin) => bin.reduce((s, i) => s + sizes[i], 0));
  const victim = pickVictim(loads, random);
  const bins = packing.filter((_, b) => b !== victim).map((bin) => [...bin]);
  const load = loads.filter((_, b) => b !== victim);
  const pool = [...packing[victim]];
  // (item, bin) → iteration until which the item may not move back across that bin's boundary
  const tabuUntil = new Map<number, number>();
  const budget = 2000 + 30 * sizes.length;
  for (let iteration = 0; iteration < budget; iteration += 1) {
    effort.spend(insertPool(bins, load, pool, sizes, capacity));
    if (pool.length === 0) return bins;
    if (!effort.spend(bins.length + pool.length)) return null;
    if (iteration % 2 === 1) {
      effort.spend(refillBins(bins, load, pool, sizes, capacity, random));
      continue;
    }
    const swap = bestSwap(bins, load, pool, sizes, capacity, tabuUntil, iteration, random, effort);
    if (!swap) continue;
    applySwap(swap, bins, load, pool, sizes);
    const tenure = iteration + TABU_TENURE + random.int(3);
    for (const item of [...swap.out, ...swap.into]) tabuUntil.set(tabuKey(item, swap.bin, bins.length), tenure);
  }
  return null;
}

function tabuKey(item: number, bin: number, binCount: number): number {
  return item * (binCount + 1) + bin;
}

/** The emptiest bins are the cheapest to dissolve; a little randomness varies the attempts. */
function pickVictim(loads: number[], random: Random): number {
  const order = loads.map((_, b) => b).sort((a, b) => loads[a] - loads[b]);
  return order[Math.min(order.length - 1, random.int(Math.min(3, order.length)))];
}

/** Puts pool items (largest first) into the fullest bin that still takes them; returns the work done. */
function insertPool(bins: number[][], load: number[], pool: number[], sizes: number[], capacity: number): number {
  pool.sort((a, b) => sizes[b] - sizes[a]);
  const work = pool.length * bins.length;
  for (let p = 0; p < pool.length;) {
    const item = pool[p];
    let target = -1;
    for (let b = 0; b < bins.length; b += 1) {
      if (load[b] + sizes[item] <= capacity && (target < 0 || load[b] > load[target])) target = b;
    }
    if (target < 0) {
      p += 1;
      continue;
    }
    bins[target].push(item);
    load[target] += sizes[item];
    pool.splice(p, 1);
  }
  return work;
}

interface Swap {
  bin: number;
  out: number[];
  into: number[];
  gain: number;
}

interface Group {
  items: number[];
  size: number;
}

function groupsOf(items: number[], sizes: number[], withPairs: boolean): Group[] {
  const groups: Group[] = items.map((i) => ({ items: [i], size: sizes[i] }));
  if (withPairs) {
    for (let a = 0; a < items.length; a += 1) {
      for (let b = a + 1; b < items.length; b += 1) {
        groups.push({ items: [items[a], items[b]], size: sizes[items[a]] + sizes[items[b]] });
      }
    }
  }
  return groups;
}

/**
 * The swap between a bin and the pool that moves the most size into the bins, skipping tabu items;
 * when nothing improves, the least bad move (tabu search), so the search leaves local optima.
 * Ties are broken at random.
 */
function bestSwap(
  bins: number[][],
  load: number[],
  pool: number[],
  sizes: number[],
  capacity: number,
  tabuUntil: Map<number, number>,
  iteration: number,
  random: Random,
  effort: Effort,
): Swap | null {
  const allowed = (items: number[], bin: number) =>
    items.every((i) => (tabuUntil.get(tabuKey(i, bin, bins.length)) ?? -1) < iteration);
  const incoming = groupsOf(pool, sizes, pool.length <= 40).sort((a, b) => a.size - b.size);
  let best: Swap | null = null;
  let bestGain = -Infinity;
  let ties = 0;
  let work = incoming.length;
  for (let b = 0; b < bins.length; b += 1) {
    const room = capacity - load[b];
    const outgoing = groupsOf(bins[b], sizes, bins[b].length <= 30);
    work += outgoing.length * 4;
    for (const out of outgoing) {
      if (!allowed(out.items, b)) continue;
      // the largest incoming group that fits in the room this out-group leaves (and may enter this bin)
      let lo = 0;
      let hi = incoming.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (incoming[mid].size <= room + out.size) lo = mid + 1;
        else hi = mid;
      }
      let fit = lo - 1;
      while (fit >= 0 && fit >= lo - 8 && !allowed(incoming[fit].items, b)) fit -= 1;
      if (fit < 0 || !allowed(incoming[fit].items, b)) continue;
      const gain = incoming[fit].size - out.size;
      if (gain < bestGain) continue;
      // a move that swaps equal sizes one for one changes nothing
      if (gain === 0 && out.items.length === 1 && incoming[fit].items.length === 1) continue;
      if (gain > bestGain) {
        bestGain = gain;
        ties = 0;
      }
      ties += 1;
      if (random.int(ties) === 0) best = { bin: b, out: out.items, into: incoming[fit].items, gain };
    }
  }
  effort.spend(work);
  return best;
}

function applySwap(move: Swap, bins: number[][], load: number[], pool: number[], sizes: number[]): void {
  const bin = bins[move.bin];
  for (const item of move.out) {
    bin.splice(bin.indexOf(item), 1);
    load[move.bin] -= sizes[item];
    pool.push(item);
  }
  for (const item of move.into) {
    pool.splice(pool.indexOf(item), 1);
    bin.push(item);
    load[move.bin] += sizes[item];
  }
}

const REFILL_MAX_ITEMS = 16;

/**
 * Pours two or three bins (one of them, half the time, the one with the most room) and the pool's
 * largest items together and refills the bins one after another, each with the subset that fills it
 * best; what is left returns to the pool. Kept only if the pool gets no heavier (sizes squared, so
 * the pool prefers holding small items, which fit more easily later). Returns the work done.
 */
function refillBins(
  bins: number[][],
  load: number[],
  pool: number[],
  sizes: number[],
  capacity: number,
  random: Random,
): number {
  const count = Math.min(bins.length, 2 + random.int(2));
  if (count < 2) return 0;
  const chosen = new Set<number>();
  if (random.next() < 0.5) {
    let roomiest = 0;
    for (let k = 1; k < bins.length; k += 1) if (load[k] < load[roomiest]) roomiest = k;
    chosen.add(roomiest);
  }
  while (chosen.size < count) chosen.add(random.int(bins.length));
  const targets = [...chosen];
  pool.sort((x, y) => sizes[y] - sizes[x]);
  const inBins = targets.reduce((n, b) => n + bins[b].length, 0);
  const spare = Math.max(0, REFILL_MAX_ITEMS - inBins);
  let rest = [...targets.flatMap((b) => bins[b]), ...pool.slice(0, spare)];
  if (rest.length > REFILL_MAX_ITEMS) return 1;
  // the work of the subset enumerations, for the effort meter
  const work = count << rest.length;
  const fills = targets.map(() => {
    const fill = bestFill(rest, sizes, capacity);
    rest = rest.filter((i) => !fill.includes(i));
    return fill;
  });
  const weight = (xs: number[]) => xs.reduce((s, i) => s + sizes[i] * sizes[i], 0);
  if (weight(rest) > weight(pool.slice(0, spare))) return work;
  targets.forEach((b, k) => {
    bins[b] = fills[k];
    load[b] = fills[k].reduce((s, i) => s + sizes[i], 0);
  });
  pool.splice(0, spare, ...rest);
  return work;
}

/** The subset of `items` (at most REFILL_MAX_ITEMS) with the largest total size that fits the capacity. */
function bestFill(items: number[], sizes: number[], capacity: number): number[] {
  const n = items.length;
  let bestMask = 0;
  let bestSum = -1;
  const sums = new Float64Array(1 << n);
  for (let mask = 1; mask < 1 << n; mask += 1) {
    const low = mask & -mask;
    const bit = 31 - Math.clz32(low);
    const sum = sums[mask ^ low] + sizes[items[bit]];
    sums[mask] = sum;
    if (sum <= capacity && sum > bestSum) {
      bestSum = sum;
      bestMask = mask;
      if (sum === capacity) break;
    }
  }
  return items.filter((_, k) => bestMask & (1 << k));
}
