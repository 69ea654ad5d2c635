import { ORDER_STATUSES, type OrderStatus } from './order-types';

/** The list's filters as the address bar keeps them (`?status=draft&customer=江山&dueFrom=2026-12-01`). */
export type OrderFilters = {
  status: OrderStatus[];
  customer: string;
  /** order number contains */
  q: string;
  dueFrom?: string;
  dueTo?: string;
  createdFrom?: string;
  createdTo?: string;
};

const DAYS = ['dueFrom', 'dueTo', 'createdFrom', 'createdTo'] as const;
type DayFilter = (typeof DAYS)[number];

/** A calendar day the calendar has (`2026-02-30` is not one). */
export function isDay(text: string | null | undefined): text is string {
  if (!text || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const at = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(at) && new Date(at).toISOString().startsWith(text);
}

/**
 * The filters a link carries; what the list cannot use (an unknown state, a day that is not one, a range
 * that ends before it starts) is dropped rather than sent, so an edited or old link still opens the list.
 */
export function filtersFromSearch(search: URLSearchParams): OrderFilters {
  const filters: OrderFilters = {
    status: [...new Set(search.getAll('status'))].filter((s): s is OrderStatus =>
      (ORDER_STATUSES as string[]).includes(s),
    ),
    customer: (search.get('customer') ?? '').slice(0, 200),
    q: (search.get('q') ?? '').slice(0, 40),
  };
  for (const day of DAYS) {
    const value = search.get(day);
    if (isDay(value)) filters[day] = value;
  }
  for (const [from, to] of [
    ['dueFrom', 'dueTo'],
    ['createdFrom', 'createdTo'],
  ] as [DayFilter, DayFilter][]) {
    const start = filters[from];
    const end = filters[to];
    if (start && end && end < start) delete filters[to];
  }
  return filters;
}

/** The address bar's query for these filters: only what is set, in a stable order. */
export function searchFromFilters(filters: OrderFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const status of filters.status) search.append('status', status);
  if (filters.customer.trim()) search.set('customer', filters.customer.trim());
  if (filters.q.trim()) search.set('q', filters.q.trim());
  for (const day of DAYS) {
    const value = filters[day];
    if (value) search.set(day, value);
  }
  return search;
}

export type OrderListQuery = {
  status?: OrderStatus[];
  customer?: string;
  q?: string;
} & Partial<Record<DayFilter, string>>;

/** GET /orders's query for these filters: empty ones left out (the api refuses an empty text). */
export function listQuery(filters: OrderFilters): OrderListQuery {
  const query: OrderListQuery = {};
  if (filters.status.length > 0) query.status = filters.status;
  if (filters.customer.trim()) query.customer = filters.customer.trim();
  if (filters.q.trim()) query.q = filters.q.trim();
  for (const day of DAYS) {
    const value = filters[day];
    if (value) query[day] = value;
  }
  return query;
}

export function hasFilters(filters: OrderFilters): boolean {
  return Object.keys(listQuery(filters)).length > 0;
}
