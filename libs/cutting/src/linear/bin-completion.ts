import type { Effort } from '../effort';
import type { Random } from '../random';
import { groupBySize } from './size-groups';

/**
 * Bin completion (after Korf, 2002): an exact depth-first search for a packing into exactly `bins`
 * bins. Each level packs the largest remaining item together with one of its feasible completions,
 * most-filled first, pruned by the total waste the target allows. Strong when little waste is
 * allowed (e.g. perfect "triplet" instances), hopeless when much is; the node limit keeps it cheap.
 */
export function completeBins(
  sizes: number[],
  capacity: number,
  bins: number,
  effort: Effort,
  nodeLimit: number,
  random?: Random,
): { bins: number[][] | null; proven: boolean } {
  const { distinct, members } = groupBySize(sizes);
  const left = members.map((m) => m.length);
  // a node scans the distinct sizes for completions
  const nodeCost = 1 + distinct.length / 4;
  const total = sizes.reduce((s, x) => s + x, 0);
  const packed: number[][] = []; // per bin: counts per distinct size, as (k, count) pairs flattened
  let nodes = 0;
  let aborted = false;

  const tick = (): boolean => {
    if ((++nodes & 255) === 0 && (nodes > nodeLimit || !effort.spend(256 * nodeCost))) aborted = true;
    return aborted;
  };

  const solve = (binsLeft: number, wasteLeft: number): boolean => {
    let first = 0;
    while (first < distinct.length && left[first] === 0) first += 1;
    if (first === distinct.length) return true;
    if (binsLeft === 0) return false;
    if (tick()) return false;
    left[first] -= 1;
    const chosen: number[] = [first, 1];
    const room = capacity - distinct[first];
    // completions: multisets of the remaining sizes with sum ≤ room and waste ≤ wasteLeft
    const complete = (k: number, space: number): boolean => {
      if (tick()) return false;
      if (space <= wasteLeft) {
        packed.push([...chosen]);
        if (solve(binsLeft - 1, wasteLeft - space)) return true;
        packed.pop();
        if (aborted) return false;
      }
      // with a random source, the first companion is tried from a random start (restarts differ)
      const span = distinct.length - k;
      const offset = random && chosen.length === 2 && span > 0 ? random.int(span) : 0;
      for (let step = 0; step < span; step += 1) {
        const j = k + ((step + offset) % span);
        if (left[j] === 0 || distinct[j] > space) continue;
        const most = Math.min(left[j], Math.floor(space / distinct[j]));
        for (let c = most; c >= 1; c -= 1) {
          left[j] -= c;
          chosen.push(j, c);
          const found = complete(j + 1, space - c * distinct[j]);
          chosen.length -= 2;
          left[j] += c;
          if (found) return true;
          if (aborted) return false;
        }
      }
      return false;
    };
    const found = complete(first + (left[first] > 0 ? 0 : 1), room);
    left[first] += 1;
    return found;
  };

  const found = solve(bins, bins * capacity - total);
  effort.spend((nodes & 255) * nodeCost);
  // a search that ran to the end without finding a packing proves that `bins` bins are not enough
  if (!found) return { bins: null, proven: !aborted };
  const next = members.map(() => 0);
  const packing = packed.map((counts) => {
    const bin: number[] = [];
    for (let p = 0; p < counts.length; p += 2) {
      for (let c = 0; c < counts[p + 1]; c += 1) bin.push(members[counts[p]][next[counts[p]]++]);
    }
    return bin;
  });
  return { bins: packing, proven: true };
}
