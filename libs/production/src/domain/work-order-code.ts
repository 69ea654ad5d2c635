/** Prefix lengths (hex digits of the run's id) a release tries after splitting's 8, until no code clashes. */
export const LONGER_PREFIXES = [12, 16, 20, 32] as const;

/**
 * A work order's code from its run's id and its sequence, `WO-<first hex digits of the run id>-<sequence>` (as
 * splitting numbers them with 8 digits). A longer prefix is taken when a code of the run is already another run's.
 */
export function workOrderCode(runId: string, sequence: number, digits: number): string {
  return `WO-${runId.replace(/-/g, '').slice(0, digits).toUpperCase()}-${sequence}`;
}

/** `WO-<hex>-<sequence>`: a door's package label (`<order>-<line>-<door>-<k>`) has one part more and never matches. */
const CODE = /^WO-[0-9A-F]+-\d+$/i;

/** Whether a scanned or typed text is a work order's code, in any case. */
export function isWorkOrderCode(text: string): boolean {
  return CODE.test(text);
}

/**
 * A work order's key as a station scans it or a person types it: the spaces around dropped, a code upper-cased.
 * Codes are made upper-case only (workOrderCode, and splitting's numbers), so two never differ in case alone and a
 * code typed in lower case names the one work order its upper case names.
 */
export function workOrderKey(text: string): string {
  const key = text.trim();
  return isWorkOrderCode(key) ? key.toUpperCase() : key;
}
