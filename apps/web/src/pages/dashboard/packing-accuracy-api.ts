import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../../../../clients/typescript/schema';
import type { MessageKey } from '../../i18n/catalogues';
import { REFRESH_MS, DASHBOARD_KEY } from './oee-api';

/** GET /packing/accuracy (issue 17), typed by the generated schema. */

type Schemas = components['schemas'];
export type PackErrorKind = keyof Schemas['PackErrorsDto'];
export type LoadErrorKind = keyof Schemas['LoadErrorsDto'];
export type ErrorKind = PackErrorKind | LoadErrorKind;

/** An error a station caught, in words (the accuracy card, and the scan log's reasons). */
export const ERROR_KIND_LABEL = {
  duplicate: 'packingAccuracy.kind.duplicate',
  wrong_order: 'packingAccuracy.kind.wrong_order',
  door_not_ready: 'packingAccuracy.kind.door_not_ready',
  not_released: 'packingAccuracy.kind.not_released',
  order_packed: 'packingAccuracy.kind.order_packed',
  order_shipped: 'packingAccuracy.kind.order_shipped',
  stale: 'packingAccuracy.kind.stale',
  not_in_shipment: 'packingAccuracy.kind.not_in_shipment',
  not_packed: 'packingAccuracy.kind.not_packed',
  unknown: 'packingAccuracy.kind.unknown',
  bad_check: 'packingAccuracy.kind.bad_check',
  malformed: 'packingAccuracy.kind.malformed',
  other: 'packingAccuracy.kind.other',
} as const satisfies Record<ErrorKind, MessageKey>;
export type AccuracyGroup = Schemas['AccuracyGroupDto'];
export type AccuracyTotals = Schemas['AccuracyTotalsDto'];
export type Accuracy = Schemas['AccuracyDto'];

async function accuracy(range: { from: Date; to: Date }, groupBy: Accuracy['groupBy'], signal: AbortSignal) {
  const query = { from: range.from.toISOString(), to: range.to.toISOString(), groupBy };
  return unwrap(await api.GET('/api/v1/packing/accuracy', { params: { query }, signal }));
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
    'order_packed',
    'order_shipped',
    'stale',
    'not_in_shipment',
    'not_packed',
    'unknown',
    'bad_check',
    'malformed',
    'other',
  ];
  const pack: Partial<Record<ErrorKind, number>> = totals.pack.errors;
  const load: Partial<Record<ErrorKind, number>> = totals.load.errors;
  return kinds
    .map((kind) => ({ kind, pack: pack[kind] ?? 0, load: load[kind] ?? 0 }))
    .filter((bar) => bar.kind !== 'other' || bar.pack + bar.load > 0);
}
