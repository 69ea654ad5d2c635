/**
 * The packing and shipping accuracy figures (domain.md §6, docs/packing.md "Accuracy figures"), folded from the
 * scan counts SQL grouped by (group, kind, result, reason). Pure: no framework, no database.
 */

export const ACCURACY_GROUPS = ['day', 'station', 'user'] as const;
export type AccuracyGroupBy = (typeof ACCURACY_GROUPS)[number];

/** What a pack station catches; `other` is any refusal recorded under a result this list does not name. */
export const PACK_ERROR_KINDS = [
  'duplicate',
  'wrong_order',
  'door_not_ready',
  'not_released',
  'order_packed',
  'order_shipped',
  'stale',
  'unknown',
  'bad_check',
  'malformed',
  'other',
] as const;
export type PackErrorKind = (typeof PACK_ERROR_KINDS)[number];

/** What a loading scan catches. */
export const LOAD_ERROR_KINDS = [
  'duplicate',
  'not_in_shipment',
  'not_packed',
  'unknown',
  'bad_check',
  'malformed',
  'other',
] as const;
export type LoadErrorKind = (typeof LOAD_ERROR_KINDS)[number];

export type ScanKind = 'pack' | 'load';

/** One row of the SQL: the scans of one group with one kind, result and reason. */
export interface ScanCount {
  group: string | null;
  name: string | null;
  kind: ScanKind;
  result: string;
  reason: string | null;
  scans: number;
  /** of these scans, the ones a supervisor undid */
  undone: number;
}

export interface ScanFigures<K extends string> {
  scans: number;
  ok: number;
  /** ok scans undone by a supervisor */
  undone: number;
  /** scans refused: every kind of `errors` summed */
  errorsCaught: number;
  errors: Record<K, number>;
}

export interface AccuracyGroup {
  /** day: YYYY-MM-DD (the factory's); station: its code (null: the loading scans, which have no station); user: id */
  key: string | null;
  /** station: its name; user: the username; day: null */
  name: string | null;
  pack: ScanFigures<PackErrorKind>;
  load: ScanFigures<LoadErrorKind>;
  packingAccuracy: number | null;
}

export interface ShipmentCounts {
  closed: number;
  clean: number;
  withOverride: number;
}

export interface ShippedOrders {
  shipped: number;
  shippedComplete: number;
}

export interface AccuracyTotals {
  pack: ScanFigures<PackErrorKind>;
  load: ScanFigures<LoadErrorKind>;
  /** ok pack scans: each a package put in its box */
  packagesPacked: number;
  /** of those, not undone */
  packagesPackedCorrect: number;
  packingAccuracy: number | null;
  errorsCaught: number;
  shipments: ShipmentCounts;
  shippingAccuracy: number | null;
  orders: ShippedOrders;
}

/** What a recorded scan was: ok, or the error the station caught (reasons refine not_expected and unknown). */
export function errorKind(kind: 'pack', result: string, reason: string | null): PackErrorKind | 'ok';
export function errorKind(kind: 'load', result: string, reason: string | null): LoadErrorKind | 'ok';
export function errorKind(kind: ScanKind, result: string, reason: string | null): PackErrorKind | LoadErrorKind | 'ok';
export function errorKind(kind: ScanKind, result: string, reason: string | null): string {
  if (result === 'ok') return 'ok';
  // a bad check character and a malformed code answer result 'unknown' with their reason
  const named = result === 'not_expected' || result === 'unknown' ? (reason ?? result) : result;
  const kinds: readonly string[] = kind === 'pack' ? PACK_ERROR_KINDS : LOAD_ERROR_KINDS;
  if (result === 'unknown' && !kinds.includes(named)) return 'unknown';
  return kinds.includes(named) ? named : 'other';
}

export function emptyFigures<K extends string>(kinds: readonly K[]): ScanFigures<K> {
  return {
    scans: 0,
    ok: 0,
    undone: 0,
    errorsCaught: 0,
    errors: Object.fromEntries(kinds.map((k) => [k, 0])) as Record<K, number>,
  };
}

function add(figures: ScanFigures<string>, row: ScanCount): void {
  const kind = errorKind(row.kind, row.result, row.reason);
  figures.scans += row.scans;
  if (kind === 'ok') {
    figures.ok += row.scans;
    figures.undone += row.undone;
  } else {
    figures.errorsCaught += row.scans;
    figures.errors[kind] += row.scans;
  }
}

/** Packages packed and not undone ÷ packages packed; null when nothing was packed. */
export function packingAccuracy(pack: ScanFigures<PackErrorKind>): number | null {
  return pack.ok === 0 ? null : (pack.ok - pack.undone) / pack.ok;
}

/** Shipments closed with nothing missing ÷ shipments closed; null when none was closed. */
export function shippingAccuracy(shipments: ShipmentCounts): number | null {
  return shipments.closed === 0 ? null : shipments.clean / shipments.closed;
}

/**
 * The groups in the order of `keys` (every day of the range, zeros included) followed by any other group the
 * rows name, or in the rows' order when `keys` is not given; and the totals over every row.
 */
export function accuracyFigures(
  rows: readonly ScanCount[],
  shipments: ShipmentCounts,
  orders: ShippedOrders,
  keys?: readonly string[],
): { groups: AccuracyGroup[]; totals: AccuracyTotals } {
  const groups = new Map<string | null, AccuracyGroup>();
  const groupOf = (key: string | null, name: string | null): AccuracyGroup => {
    let g = groups.get(key);
    if (!g) {
      g = {
        key,
        name,
        pack: emptyFigures(PACK_ERROR_KINDS),
        load: emptyFigures(LOAD_ERROR_KINDS),
        packingAccuracy: null,
      };
      groups.set(key, g);
    }
    g.name ??= name;
    return g;
  };
  for (const key of keys ?? []) groupOf(key, null);
  const pack = emptyFigures(PACK_ERROR_KINDS);
  const load = emptyFigures(LOAD_ERROR_KINDS);
  for (const row of rows) {
    const g = groupOf(row.group, row.name);
    add(row.kind === 'pack' ? g.pack : g.load, row);
    add(row.kind === 'pack' ? pack : load, row);
  }
  for (const g of groups.values()) g.packingAccuracy = packingAccuracy(g.pack);
  return {
    groups: [...groups.values()],
    totals: {
      pack,
      load,
      packagesPacked: pack.ok,
      packagesPackedCorrect: pack.ok - pack.undone,
      packingAccuracy: packingAccuracy(pack),
      errorsCaught: pack.errorsCaught + load.errorsCaught,
      shipments,
      shippingAccuracy: shippingAccuracy(shipments),
      orders,
    },
  };
}

/** The local days [from, to) of a range, as YYYY-MM-DD in `timeZone`: the keys of groupBy=day. */
export function localDays(from: number, to: number, timeZone: string): string[] {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const first = format.format(from);
  const last = format.format(to - 1);
  const days: string[] = [];
  // calendar days counted in UTC from the first local date: no zone's offset or DST moves them
  for (let d = Date.parse(`${first}T00:00:00Z`); ; d += 86_400_000) {
    const day = new Date(d).toISOString().slice(0, 10);
    days.push(day);
    if (day >= last) break;
  }
  return days;
}
