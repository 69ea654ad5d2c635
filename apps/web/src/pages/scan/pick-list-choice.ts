import type { OpenPickList } from './scan-api';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The open pick list a scanned code names: its printed id, or the number of an order its run split (what the
 * picker has on the order's paperwork). An order split by several runs with open lists names the newest one.
 */
export function pickListScanned(lists: readonly OpenPickList[], raw: string): OpenPickList | undefined {
  const code = raw.trim();
  if (code === '') return undefined;
  if (UUID.test(code)) return lists.find((l) => l.id.toLowerCase() === code.toLowerCase());
  const newestFirst = [...lists].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return newestFirst.find((l) => l.orders.some((orderNo) => orderNo.toLowerCase() === code.toLowerCase()));
}

/** What the picker reads of a list: its orders first (they are on the paperwork), then its short run id. */
export function pickListOrders(list: Pick<OpenPickList, 'orders'>): string {
  return list.orders.join(', ');
}

/** A select's search over the pick lists: the typed text anywhere in the option's words, in any case. */
export function pickListMatches(input: string, option?: { label?: unknown; search?: unknown }): boolean {
  const words = typeof option?.search === 'string' ? option.search : '';
  return words.toLowerCase().includes(input.trim().toLowerCase());
}
