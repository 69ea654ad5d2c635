import type { Refusal, Transition } from './refusal';

/**
 * The count (盘点) state machine. A count is open until it is closed, once: closing it turns every
 * difference into an adjustment, so a second close or a late scan would adjust the same stock twice.
 */
export const COUNT_STATUSES = ['open', 'completed', 'completed_with_discrepancies'] as const;
export type CountStatus = (typeof COUNT_STATUSES)[number];

export const COUNT_EVENTS = ['scan', 'close_matching', 'close_with_differences'] as const;
export type CountEvent = (typeof COUNT_EVENTS)[number];

export type CountRefusalCode =
  'count.closed' | 'count.overlaps_open_count' | 'count.item_not_counted' | 'count.location_not_counted';

/** Every allowed transition; any pair not listed is refused. */
export const COUNT_TRANSITIONS: Readonly<Record<CountStatus, Partial<Record<CountEvent, CountStatus>>>> = {
  open: { scan: 'open', close_matching: 'completed', close_with_differences: 'completed_with_discrepancies' },
  completed: {},
  completed_with_discrepancies: {},
};

export function countTransition(status: CountStatus, event: CountEvent): Transition<CountStatus, CountRefusalCode> {
  const next = COUNT_TRANSITIONS[status][event];
  if (next) return { ok: true, next };
  // the only refused pairs are events on a closed count
  return { ok: false, refusal: { code: 'count.closed', params: { status, event } } };
}

/**
 * The close event a count's report calls for: any line with a difference ends it as
 * completed_with_discrepancies, whether or not the difference could be adjusted (a loss is capped at the
 * book at close, so a difference may adjust nothing and still be one).
 */
export function closeEvent(lines: readonly { difference: number }[]): CountEvent {
  return lines.some((l) => l.difference !== 0) ? 'close_with_differences' : 'close_matching';
}

/** What a count covers: one location (null: every location), one item (null: every item). */
export interface CountScope {
  locationId: string | null;
  itemId: string | null;
}

/**
 * Two open counts covering the same stock would each adjust it: a new count is refused when an open one
 * overlaps it (a null location or item covers every location or item). One location has one open count
 * at a time, whatever its items, as the database's unique index stock_count_one_open_uq holds: counting
 * means walking the location, and a second count of other items there is refused by this rule, not by the
 * index.
 */
export function overlappingCount(
  open: (CountScope & { id: string })[],
  wanted: CountScope,
): Refusal<CountRefusalCode> | undefined {
  const covers = (a: string | null, b: string | null) => a === null || b === null || a === b;
  const sameLocation = (c: CountScope) => c.locationId !== null && c.locationId === wanted.locationId;
  const overlap = open.find(
    (c) => sameLocation(c) || (covers(c.locationId, wanted.locationId) && covers(c.itemId, wanted.itemId)),
  );
  return overlap ? { code: 'count.overlaps_open_count', params: { count: overlap.id } } : undefined;
}

/** A scan of stock the count does not cover is refused (its stock would not be adjusted, or adjusted wrongly). */
export function scanOutsideCount(
  count: CountScope,
  scan: { locationId: string; itemId: string },
): Refusal<CountRefusalCode> | undefined {
  if (count.locationId !== null && count.locationId !== scan.locationId)
    return { code: 'count.location_not_counted', params: {} };
  if (count.itemId !== null && count.itemId !== scan.itemId) return { code: 'count.item_not_counted', params: {} };
  return undefined;
}
