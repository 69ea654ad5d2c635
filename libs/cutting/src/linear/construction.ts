import type { Effort } from '../effort';
import type { Random } from '../random';
import { groupBySize, SizeGroups } from './size-groups';

/** Construction heuristics for bin packing: each builds a packing from nothing, in one pass. */

function decreasingOrder(sizes: number[]): number[] {
  return sizes.map((_, i) => i).sort((a, b) => sizes[b] - sizes[a] || a - b);
}

/** First-fit decreasing in O(n log n): a max segment tree over the bins' free space finds the first bin that fits. */
export function firstFitDecreasing(sizes: number[], capacity: number): number[][] {
  const n = sizes.length;
  let leaves = 1;
  while (leaves < n) leaves <<= 1;
  const tree = new Float64Array(2 * leaves).fill(capacity);
  const bins: number[][] = [];
  for (const i of decreasingOrder(sizes)) {
    let node = 1;
    while (node < leaves) node = tree[2 * node] >= sizes[i] ? 2 * node : 2 * node + 1;
    const b = node - leaves;
    if (b === bins.length) bins.push([]);
    bins[b].push(i);
    tree[node] -= sizes[i];
    for (node >>= 1; node >= 1; node >>= 1) tree[node] = Math.max(tree[2 * node], tree[2 * node + 1]);
  }
  return bins;
}

/** Best-fit decreasing: each item into the fullest bin that still takes it (sorted free list). */
export function bestFitDecreasing(sizes: number[], capacity: number): number[][] {
  const bins: number[][] = [];
  const free: { space: number; bin: number }[] = []; // ascending by space
  for (const i of decreasingOrder(sizes)) {
    let lo = 0;
    let hi = free.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (free[mid].space >= sizes[i]) hi = mid;
      else lo = mid + 1;
    }
    let slot: { space: number; bin: number };
    if (lo === free.length) {
      slot = { space: capacity, bin: bins.length };
      bins.push([]);
    } else {
      slot = free.splice(lo, 1)[0];
    }
    bins[slot.bin].push(i);
    slot.space -= sizes[i];
    let at = 0;
    let top = free.length;
    while (at < top) {
      const mid = (at + top) >> 1;
      if (free[mid].space < slot.space) at = mid + 1;
      else top = mid;
    }
    free.splice(at, 0, slot);
  }
  return bins;
}

const MBS_NODE_LIMIT = 4000;

/**
 * Minimum bin slack (Gupta & Ho, with the largest remaining item forced in, as in Fleszar & Hindi's MBS'):
 * each new bin gets the subset of the remaining items that leaves the least free space.
 */
export function minimumBinSlack(
  sizes: number[],
  capacity: number,
  deadline: number,
  random?: Random,
  effort?: Effort,
): number[][] {
  const { distinct, members } = perturbed(groupBySize(sizes), random);
  const left = members.map((m) => m.length);
  const bins: number[][] = [];
  let first = 0;
  const take = new Array<number>(distinct.length).fill(0);
  const bestTake = new Array<number>(distinct.length).fill(0);
  for (;;) {
    while (first < distinct.length && left[first] === 0) first += 1;
    if (first === distinct.length) break;
    left[first] -= 1;
    let bestSlack = capacity - distinct[first];
    bestTake.fill(0);
    take.fill(0);
    let nodes = 0;
    const search = (j: number, slack: number): boolean => {
      nodes += 1;
      if (slack < bestSlack) {
        bestSlack = slack;
        for (let k = first; k < distinct.length; k += 1) bestTake[k] = take[k];
        if (slack === 0) return true;
      }
      if (nodes > MBS_NODE_LIMIT) return true;
      for (let k = j; k < distinct.length; k += 1) {
        if (left[k] === 0 || distinct[k] > slack) continue;
        const most = Math.min(left[k], Math.floor(slack / distinct[k]));
        for (let c = most; c >= 1; c -= 1) {
          take[k] = c;
          if (search(k + 1, slack - c * distinct[k])) return true;
        }
        take[k] = 0;
      }
      return false;
    };
    search(first, capacity - distinct[first]);
    effort?.spend(nodes * (4 + distinct.length / 4));
    const bin = [members[first][left[first]]];
    for (let k = first; k < distinct.length; k += 1) {
      for (let c = 0; c < bestTake[k]; c += 1) {
        left[k] -= 1;
        bin.push(members[k][left[k]]);
      }
    }
    bins.push(bin);
    if (bins.length % 8 === 0 && Date.now() >= deadline) {
      // out of time: finish the rest quickly by first fit
      const rest = members.flatMap((m, k) => m.slice(0, left[k]));
      const tail = firstFitDecreasing(
        rest.map((i) => sizes[i]),
        capacity,
      ).map((b) => b.map((r) => rest[r]));
      return [...bins, ...tail];
    }
  }
  return bins;
}

/**
 * With a random source, the size groups are taken in a slightly shuffled order (sizes jittered by up
 * to ±10 %), so repeated MBS' runs explore different packings (after Fleszar & Charalambous).
 */
function perturbed(groups: SizeGroups, random?: Random): SizeGroups {
  if (!random) return groups;
  const keys = groups.distinct.map((size) => size * (0.9 + 0.2 * random.next()));
  const order = keys.map((_, k) => k).sort((a, b) => keys[b] - keys[a]);
  return { distinct: order.map((k) => groups.distinct[k]), members: order.map((k) => groups.members[k]) };
}
