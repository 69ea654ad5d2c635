/** Items grouped by size, largest first: `distinct[k]` is a size and `members[k]` the indices of the items of that size. */
export interface SizeGroups {
  distinct: number[];
  members: number[][];
}

export function groupBySize(sizes: number[]): SizeGroups {
  const order = sizes.map((_, i) => i).sort((a, b) => sizes[b] - sizes[a] || a - b);
  const distinct: number[] = [];
  const members: number[][] = [];
  for (const i of order) {
    if (distinct.length === 0 || distinct[distinct.length - 1] !== sizes[i]) {
      distinct.push(sizes[i]);
      members.push([]);
    }
    members[members.length - 1].push(i);
  }
  return { distinct, members };
}
