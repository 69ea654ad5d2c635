/** Allocates until it is past its resourceLimits (never answers). */
const hoard: number[][] = [];
for (;;) hoard.push(new Array<number>(1_000_000).fill(1));
