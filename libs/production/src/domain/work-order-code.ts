/** Prefix lengths (hex digits of the run's id) a release tries after splitting's 8, until no code clashes. */
export const LONGER_PREFIXES = [12, 16, 20, 32] as const;

/**
 * A work order's code from its run's id and its sequence, `WO-<first hex digits of the run id>-<sequence>` (as
 * splitting numbers them with 8 digits). A longer prefix is taken when a code of the run is already another run's.
 */
export function workOrderCode(runId: string, sequence: number, digits: number): string {
  return `WO-${runId.replace(/-/g, '').slice(0, digits).toUpperCase()}-${sequence}`;
}
