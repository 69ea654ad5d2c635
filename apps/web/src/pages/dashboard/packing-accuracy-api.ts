import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, ApiError, isProblem } from '../../api/client';
import { REFRESH_MS, DASHBOARD_KEY } from './oee-api';

/**
 * GET /packing/accuracy (issue 17). The route came with the same change as this card, so its answer's type is
 * written here from the contract (docs/packing.md "Accuracy figures") rather than read from the generated schema.
 */
export const PACK_ERROR_KINDS = [
  'duplicate',
  'wrong_order',
  'door_not_ready',
  'not_released',
  'stale',
  'unknown',
  'bad_check',
  'malformed',
  'other',
] as const;
export const LOAD_ERROR_KINDS = [
  'duplicate',
  'not_in_shipment',
  'not_packed',
  'unknown',
  'bad_check',
  'malformed',
  'other',
] as const;
export type PackErrorKind = (typeof PACK_ERROR_KINDS)[number];
export type LoadErrorKind = (typeof LOAD_ERROR_KINDS)[number];
export type ErrorKind = PackErrorKind | LoadErrorKind;

export interface ScanFigures<K extends string> {
  scans: number;
  ok: number;
  undone: number;
  errorsCaught: number;
  errors: Record<K, number>;
}

export interface AccuracyGroup {
  key: string | null;
  name: string | null;
  pack: ScanFigures<PackErrorKind>;
  load: ScanFigures<LoadErrorKind>;
  packingAccuracy: number | null;
}

export interface AccuracyTotals {
  pack: ScanFigures<PackErrorKind>;
  load: ScanFigures<LoadErrorKind>;
  packagesPacked: number;
  packagesPackedCorrect: number;
  packingAccuracy: number | null;
  errorsCaught: number;
  shipments: { closed: number; clean: number; withOverride: number };
  shippingAccuracy: number | null;
  orders: { shipped: number; shippedComplete: number };
}

export interface Accuracy {
  from: string;
  to: string;
  groupBy: 'day' | 'station' | 'user';
  timeZone: string;
  groups: AccuracyGroup[];
  totals: AccuracyTotals;
}

type Answer = { data?: unknown; error?: unknown; response: Response };
type Init = { params?: { query?: Record<string, unknown> }; signal?: AbortSignal };
/** The typed client's GET, on a path the generated schema does not list yet (see the note at the top). */
const client = api as unknown as { GET: (path: string, init?: Init) => Promise<Answer> };

async function accuracy(range: { from: Date; to: Date }, groupBy: Accuracy['groupBy'], signal: AbortSignal) {
  const query = { from: range.from.toISOString(), to: range.to.toISOString(), groupBy };
  const answer = await client.GET('/api/v1/packing/accuracy', { params: { query }, signal });
  if (answer.response.ok) return answer.data as Accuracy;
  if (isProblem(answer.error)) throw new ApiError(answer.error);
  throw new Error(`HTTP ${answer.response.status}`);
}

/** The period's figures by station and by user (the totals come with each); `range` is taken at each fetch. */
export function usePackingAccuracy(period: string, range: () => { from: Date; to: Date }, enabled: boolean) {
  return useQuery({
    queryKey: [...DASHBOARD_KEY, 'packing-accuracy', period],
    queryFn: async ({ signal }) => {
      const r = range();
      const [byStation, byUser] = await Promise.all([accuracy(r, 'station', signal), accuracy(r, 'user', signal)]);
      return { totals: byStation.totals, stations: byStation.groups, users: byUser.groups };
    },
    enabled,
    refetchInterval: REFRESH_MS,
    placeholderData: keepPreviousData,
  });
}

/** The errors caught by kind, packing and loading side by side, in a fixed order; `other` only when there were some. */
export function errorBars(totals: AccuracyTotals): { kind: ErrorKind; pack: number; load: number }[] {
  const kinds: ErrorKind[] = [
    'duplicate',
    'wrong_order',
    'door_not_ready',
    'not_released',
    'stale',
    'not_in_shipment',
    'not_packed',
    'unknown',
    'bad_check',
    'malformed',
    'other',
  ];
  const pack = totals.pack.errors as Partial<Record<ErrorKind, number>>;
  const load = totals.load.errors as Partial<Record<ErrorKind, number>>;
  return kinds
    .map((kind) => ({ kind, pack: pack[kind] ?? 0, load: load[kind] ?? 0 }))
    .filter((bar) => bar.kind !== 'other' || bar.pack + bar.load > 0);
}
