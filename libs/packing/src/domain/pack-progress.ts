/** A package's state as answers show it: not packed yet, packed, or loaded on a truck. */
export type PackageState = 'created' | 'packed' | 'loaded';

/** One door's packing: k of n packed, and which k are still missing (a door is complete when none is). */
export interface DoorProgress {
  lineNo: number;
  doorNo: number;
  packed: number;
  n: number;
  missing: number[];
}

/** The k of the packages not packed yet, in order. */
export function missingKs(packages: { k: number; status: PackageState }[]): number[] {
  return packages
    .filter((p) => p.status === 'created')
    .map((p) => p.k)
    .sort((a, b) => a - b);
}

/** A door's progress from its packages (n from the packages themselves: every package of a door carries it). */
export function doorProgress(
  lineNo: number,
  doorNo: number,
  packages: { k: number; n: number; status: PackageState }[],
): DoorProgress {
  return {
    lineNo,
    doorNo,
    packed: packages.filter((p) => p.status !== 'created').length,
    n: packages[0]?.n ?? packages.length,
    missing: missingKs(packages),
  };
}
