import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { loadWip, type Wip } from '../work-orders/production-api';
import type { components } from '../../../../../clients/typescript/schema';
import type { Bucket, PeriodRange } from './period';

/** One row of GET /oee: a machine, process or the factory over one bucket; times in seconds, ratios 0..1 or null. */
export type OeeRow = components['schemas']['OeeItemDto'];

export type { Wip };
export type WipProcess = Wip['processes'][number];

/** The dashboard refreshes itself every minute. */
export const REFRESH_MS = 60_000;

export const DASHBOARD_KEY = ['dashboard'] as const;

async function oee(
  range: { from: Date; to: Date },
  groupBy: 'machine' | 'factory',
  bucket: Bucket | 'none',
  signal: AbortSignal,
  machine?: string,
): Promise<OeeRow[]> {
  const query = { from: range.from.toISOString(), to: range.to.toISOString(), groupBy, bucket, machine };
  return unwrap(await api.GET('/api/v1/oee', { params: { query }, signal })).items;
}

/**
 * The period's figures: the factory's, or one machine's when `machine` is chosen (tiles, Pareto, trend), and every
 * machine's (table). `range` is computed at each fetch (the period ends now, and now moves), so the key is the
 * period, not its instants.
 */
export function usePeriodOee(period: string, machine: string | undefined, range: () => PeriodRange, enabled: boolean) {
  return useQuery({
    queryKey: [...DASHBOARD_KEY, 'oee', period, machine ?? ''],
    queryFn: async ({ signal }) => {
      const r = range();
      const scope = machine ? 'machine' : 'factory';
      const [factory, machines, trend] = await Promise.all([
        oee(r, scope, 'none', signal, machine),
        oee(r, 'machine', 'none', signal),
        oee(r, scope, r.bucket, signal, machine),
      ]);
      return { range: r, factory: factory[0] ?? null, machines, trend };
    },
    enabled,
    refetchInterval: REFRESH_MS,
    placeholderData: keepPreviousData,
  });
}

/** Each machine's state intervals over the range, in the machines' order. */
export function useTimelines(period: string, codes: readonly string[], range: () => { from: Date; to: Date }) {
  return useQuery({
    queryKey: [...DASHBOARD_KEY, 'timeline', period, codes.join(',')],
    queryFn: async ({ signal }) => {
      const r = range();
      const query = { from: r.from.toISOString(), to: r.to.toISOString() };
      const rows = await Promise.all(
        codes.map(
          async (machine) =>
            unwrap(
              await api.GET('/api/v1/machines/{machine}/timeline', { params: { path: { machine }, query }, signal }),
            ).items,
        ),
      );
      return { range: r, rows };
    },
    enabled: codes.length > 0,
    refetchInterval: REFRESH_MS,
    placeholderData: keepPreviousData,
  });
}

export function useWip() {
  return useQuery({
    queryKey: [...DASHBOARD_KEY, 'wip'],
    queryFn: ({ signal }) => loadWip(signal),
    refetchInterval: REFRESH_MS,
  });
}
