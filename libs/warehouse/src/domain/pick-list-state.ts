import { fromMilli, toMilli } from './quantity';
import type { Refusal, Transition } from './refusal';

/**
 * The pick list (拣货单) state machine. A list is open while any line has something left to pick and
 * complete when every line is picked; an issue naming the list is its one event. A line's quantity is
 * what the split run needs from it, whether or not the stock was there when the list was made (a
 * shortage line has no location and waits for stock to arrive), so an issue can always be counted
 * against what the run still needs — and never beyond it.
 */
export const PICK_LIST_STATUSES = ['open', 'complete'] as const;
export type PickListStatus = (typeof PICK_LIST_STATUSES)[number];

export type PickListEvent = 'issue';

export type PickListRefusalCode = 'pick_list.complete' | 'pick_list.item_not_listed' | 'pick_list.beyond_need';

/** Every allowed transition; an issue against a complete list is refused. */
export const PICK_LIST_TRANSITIONS: Readonly<
  Record<PickListStatus, Partial<Record<PickListEvent, readonly PickListStatus[]>>>
> = {
  // stays open, or completes when the issue picks what was left
  open: { issue: ['open', 'complete'] },
  complete: {},
};

export interface PickListLineState {
  id: string;
  seq: number;
  itemId: string;
  /** null on a shortage line: stock of the item from wherever it arrives. */
  locationId: string | null;
  lot: string;
  quantity: number;
  picked: number;
}

export interface PickIssue {
  itemId: string;
  locationId: string;
  lot: string;
  quantity: number;
}

export interface PickAllocation {
  lineId: string;
  quantity: number;
}

export function pickListStatus(lines: Pick<PickListLineState, 'quantity' | 'picked'>[]): PickListStatus {
  return lines.every((l) => toMilli(l.picked) >= toMilli(l.quantity)) ? 'complete' : 'open';
}

/**
 * Where an issue against the list counts: the line at the issue's location and lot first, then a
 * shortage line, then the item's other lines in list order; split over several when one has too little
 * left. Refused when the list is complete, the item is not on it, or the issue exceeds what the run
 * still needs of the item.
 */
export function pickListIssue(
  lines: PickListLineState[],
  issue: PickIssue,
): Transition<PickListStatus, PickListRefusalCode> & { allocations?: PickAllocation[] } {
  const status = pickListStatus(lines);
  if (!PICK_LIST_TRANSITIONS[status].issue) return refuse('pick_list.complete', { status });
  const ofItem = lines.filter((l) => l.itemId === issue.itemId);
  if (ofItem.length === 0) return refuse('pick_list.item_not_listed', {});
  const left = (l: PickListLineState) => Math.max(0, toMilli(l.quantity) - toMilli(l.picked));
  const remaining = ofItem.reduce((s, l) => s + left(l), 0);
  let wanted = toMilli(issue.quantity);
  if (wanted > remaining)
    return refuse('pick_list.beyond_need', { remaining: fromMilli(remaining), requested: issue.quantity });
  const rank = (l: PickListLineState) =>
    l.locationId === issue.locationId && l.lot === issue.lot ? 0 : l.locationId === null ? 1 : 2;
  const allocations: PickAllocation[] = [];
  for (const line of [...ofItem].sort((a, b) => rank(a) - rank(b) || a.seq - b.seq)) {
    if (wanted === 0) break;
    const take = Math.min(wanted, left(line));
    if (take === 0) continue;
    allocations.push({ lineId: line.id, quantity: fromMilli(take) });
    wanted -= take;
  }
  const after = lines.map((l) => {
    const a = allocations.find((x) => x.lineId === l.id);
    return a ? { ...l, picked: fromMilli(toMilli(l.picked) + toMilli(a.quantity)) } : l;
  });
  return { ok: true, next: pickListStatus(after), allocations };
}

function refuse(
  code: PickListRefusalCode,
  params: Record<string, unknown>,
): { ok: false; refusal: Refusal<PickListRefusalCode> } {
  return { ok: false, refusal: { code, params } };
}
