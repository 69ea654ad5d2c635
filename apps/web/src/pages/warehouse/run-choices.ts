import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, ApiError, unwrap } from '../../api/client';
import { formatDateTime } from '../../i18n/format';
import type { Language } from '../../i18n/i18n';
import type { Schemas } from './warehouse-common';

type SplitRun = Schemas['SplitRunDto'];
export type RunChoice = { value: string; label: string };

/** How long typing pauses before the api is asked for the runs of the order typed so far. */
const SEARCH_PAUSE_MS = 400;
/** Order numbers are longer than this: fewer characters search only the runs already listed. */
const MIN_SEARCH = 4;

/** A succeeded run as a choice people read: its short id, its orders' numbers, when it was started. */
export function runChoice(run: SplitRun, language: Language): RunChoice {
  return {
    value: run.id,
    label: `${run.id.slice(0, 8).toUpperCase()} · ${run.orders.map((o) => o.orderNo).join(', ')} · ${formatDateTime(run.createdAt, language)}`,
  };
}

/** The newest runs first, then the runs of the searched order that are older; each run once, succeeded ones only. */
export function mergeRunChoices(newest: SplitRun[], ofOrder: SplitRun[], language: Language): RunChoice[] {
  const byId = new Map([...ofOrder, ...newest].map((run) => [run.id, run]));
  return [...byId.values()]
    .filter((run) => run.status === 'succeeded')
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map((run) => runChoice(run, language));
}

/** A select filters its choices by what is typed, in any case: an order number, the id's first block, a date. */
export function choiceMatches(input: string, choice?: { label?: unknown }): boolean {
  const label = typeof choice?.label === 'string' ? choice.label : '';
  return label.toLowerCase().includes(input.trim().toLowerCase());
}

/**
 * The succeeded split runs to choose from: the newest 50, and — since a factory soon has more — every run of the
 * order number typed in the select's search that none of those shows (the api's `?order=`), so an older run is
 * never out of reach.
 */
export function useRunChoices(language: Language, search: string) {
  const [order, setOrder] = useState('');
  const newest = useQuery({
    queryKey: ['warehouse', 'run-choices', 'newest'],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/split-runs', { params: { query: { limit: 50 } }, signal })).items,
  });
  // the api is asked only for what the newest runs do not show: an order number half typed is a 404 there
  const shownAlready = mergeRunChoices(newest.data ?? [], [], language).some((c) => choiceMatches(search, c));
  const wanted = !shownAlready && search.trim().length >= MIN_SEARCH ? search.trim() : '';
  useEffect(() => {
    // the last order searched stays: its run, once chosen, keeps its label when the search box empties
    if (!wanted) return;
    const timer = setTimeout(() => setOrder(wanted), SEARCH_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [wanted]);
  const ofOrder = useQuery({
    queryKey: ['warehouse', 'run-choices', 'order', order],
    enabled: order.length > 0,
    retry: false,
    queryFn: async ({ signal }) => {
      try {
        return unwrap(await api.GET('/api/v1/split-runs', { params: { query: { order, limit: 50 } }, signal })).items;
      } catch (error) {
        // no order of that number (yet: the picker is still typing it) is no run, not a failure
        if (error instanceof ApiError && error.problem.status === 404) return [];
        throw error;
      }
    },
  });
  return {
    options: mergeRunChoices(newest.data ?? [], order ? (ofOrder.data ?? []) : [], language),
    loading: newest.isLoading || (order.length > 0 && ofOrder.isFetching),
    error: newest.error ?? ofOrder.error,
  };
}
