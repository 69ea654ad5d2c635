import type { MissingPackage, PackedPackageStatus } from '../packing.entities';

/** `SH-20261130-001`: the factory's day (its time zone) and the shipment's place that day, three digits at least. */
export function shipmentNumber(day: string, sequence: number): string {
  if (!/^\d{8}$/.test(day)) throw new Error(`shipmentNumber: day as YYYYMMDD, got ${day}`);
  if (!Number.isInteger(sequence) || sequence < 1) throw new Error(`shipmentNumber: sequence ${sequence}`);
  return `SH-${day}-${String(sequence).padStart(3, '0')}`;
}

/** The place of a number among its day's shipments (`SH-20261130-012` → 12); null for any other text. */
export function shipmentSequence(number: string): number | null {
  const match = /^SH-\d{8}-(\d{3,})$/.exec(number);
  return match ? Number(match[1]) : null;
}

/**
 * A truck is loaded in the reverse of its delivery stops: what is delivered first goes on last, at the doors.
 * `stops` as the planner gave them (1 = delivered first); answers each stop's place in the loading sequence.
 */
export function loadingSequence(stop: number, stops: number): number {
  return stops - stop + 1;
}

export type LoadResult = 'ok' | 'duplicate' | 'not_in_shipment' | 'not_packed';

/** What a load scan found of a package (a package of this factory: its code resolved). */
export interface LoadFacts {
  /** Its order is one of the shipment's. */
  orderInShipment: boolean;
  /** Its packing state: null never packed; `unpacked` after an undo. */
  status: PackedPackageStatus | null;
  /** The shipment it was loaded on, when loaded. */
  loadedOn: string | null;
}

export interface LoadDecision {
  result: LoadResult;
  reason: 'other_order' | 'other_shipment' | null;
}

/**
 * The answer of a load scan into `shipmentId` (an open shipment). A package of another order (`other_order`), or
 * loaded on another truck (`other_shipment`), is not_in_shipment; one of the shipment's orders not packed yet is
 * not_packed; loaded here already is a duplicate; a packed one is loaded (ok). Only `ok` changes anything.
 */
export function loadDecision(facts: LoadFacts, shipmentId: string): LoadDecision {
  if (facts.status === 'loaded' && facts.loadedOn === shipmentId) return { result: 'duplicate', reason: null };
  if (!facts.orderInShipment) return { result: 'not_in_shipment', reason: 'other_order' };
  if (facts.status === 'loaded') return { result: 'not_in_shipment', reason: 'other_shipment' };
  if (facts.status !== 'packed') return { result: 'not_packed', reason: null };
  return { result: 'ok', reason: null };
}

export type CloseDecision =
  | { close: true; missing: MissingPackage[]; overrideReason: string | null }
  | { close: false; refusal: 'override_forbidden' | 'packages_missing'; missing: MissingPackage[] };

/**
 * Whether a shipment closes. Clean when nothing is missing; with packages missing only on a supervisor's override
 * (a reason, by a manager or an admin), the missing ones then recorded. An override reason is a supervisor's word:
 * from anyone else it is refused even when nothing is missing, so a packer's client never learns to send one.
 */
export function closeDecision(
  missing: MissingPackage[],
  overrideReason: string | undefined,
  supervisor: boolean,
): CloseDecision {
  if (overrideReason !== undefined && !supervisor) return { close: false, refusal: 'override_forbidden', missing };
  if (missing.length === 0) return { close: true, missing: [], overrideReason: null };
  if (overrideReason === undefined) return { close: false, refusal: 'packages_missing', missing };
  return { close: true, missing, overrideReason };
}

/** Missing packages by delivery stop, then order, line, door and k: the manifest's order. */
export function sortMissing<T extends MissingPackage & { stop: number }>(missing: T[]): T[] {
  return [...missing].sort(
    (a, b) =>
      a.stop - b.stop || a.orderNo.localeCompare(b.orderNo) || a.lineNo - b.lineNo || a.doorNo - b.doorNo || a.k - b.k,
  );
}
