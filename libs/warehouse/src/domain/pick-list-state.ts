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

export type PickListRefusalCode =
  'pick_list.complete' | 'pick_list.item_not_listed' | 'pick_list.beyond_need' | 'pick_list.over_issue_reason';

/** An over-issue's reason, trimmed: long enough to say something, short enough for a scanner's screen. */
export const OVER_ISSUE_REASON = { min: 2, max: 200 };

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
  /** Why the issue may take more than the list still needs (a broken sheet, a miscut): allows an over-issue. */
  overIssueReason?: string;
}

export interface PickAllocation {
  lineId: string;
  /** Counted against what the line needs. */
  quantity: number;
  /** Taken beyond the line's need, with the issue's reason. */
  over: number;
}

export function pickListStatus(lines: Pick<PickListLineState, 'quantity' | 'picked'>[]): PickListStatus {
  return lines.every((l) => toMilli(l.picked) >= toMilli(l.quantity)) ? 'complete' : 'open';
}

/** A reason that says something (2–200 characters once trimmed), or the refusal naming `overIssueReason`. */
export function overIssueReasonRefusal(reason: string | undefined): Refusal<PickListRefusalCode> | undefined {
  if (reason === undefined) return undefined;
  const length = [...reason.trim()].length;
  if (length >= OVER_ISSUE_REASON.min && length <= OVER_ISSUE_REASON.max) return undefined;
  return { code: 'pick_list.over_issue_reason', params: { length, ...OVER_ISSUE_REASON } };
}

/**
 * Where an issue against the list counts: the line at the issue's location and lot first, then a
 * shortage line, then the item's other lines in list order; split over several when one has too little
 * left. Refused when the list is complete, the item is not on it, or the issue exceeds what the run
 * still needs of the item — unless the issue gives a reason for taking more: then what exceeds the need
 * is an over-issue (`overIssued`), counted on the first line it would have picked.
 */
export function pickListIssue(
  lines: PickListLineState[],
  issue: PickIssue,
): Transition<PickListStatus, PickListRefusalCode> & { allocations?: PickAllocation[]; overIssued?: number } {
  const badReason = overIssueReasonRefusal(issue.overIssueReason);
  if (badReason) return { ok: false, refusal: badReason };
  const over = issue.overIssueReason !== undefined;
  const status = pickListStatus(lines);
  if (!PICK_LIST_TRANSITIONS[status].issue && !over) return refuse('pick_list.complete', { status });
  const ofItem = lines.filter((l) => l.itemId === issue.itemId);
  if (ofItem.length === 0) return refuse('pick_list.item_not_listed', {});
  const left = (l: PickListLineState) => Math.max(0, toMilli(l.quantity) - toMilli(l.picked));
  const remaining = ofItem.reduce((s, l) => s + left(l), 0);
  let wanted = toMilli(issue.quantity);
  if (wanted > remaining && !over)
    return refuse('pick_list.beyond_need', { remaining: fromMilli(remaining), requested: issue.quantity });
  const rank = (l: PickListLineState) =>
    l.locationId === issue.locationId && l.lot === issue.lot ? 0 : l.locationId === null ? 1 : 2;
  const ranked = [...ofItem].sort((a, b) => rank(a) - rank(b) || a.seq - b.seq);
  const beyond = Math.max(0, wanted - remaining);
  wanted -= beyond;
  const allocations: PickAllocation[] = [];
  for (const line of ranked) {
    if (wanted === 0) break;
    const take = Math.min(wanted, left(line));
    if (take === 0) continue;
    allocations.push({ lineId: line.id, quantity: fromMilli(take), over: 0 });
    wanted -= take;
  }
  if (beyond > 0) {
    const first = allocations.find((a) => a.lineId === ranked[0].id);
    if (first) first.over = fromMilli(beyond);
    else allocations.unshift({ lineId: ranked[0].id, quantity: 0, over: fromMilli(beyond) });
  }
  const after = lines.map((l) => {
    const a = allocations.find((x) => x.lineId === l.id);
    return a ? { ...l, picked: fromMilli(toMilli(l.picked) + toMilli(a.quantity)) } : l;
  });
  return { ok: true, next: pickListStatus(after), allocations, overIssued: fromMilli(beyond) };
}

function refuse(
  code: PickListRefusalCode,
  params: Record<string, unknown>,
): { ok: false; refusal: Refusal<PickListRefusalCode> } {
  return { ok: false, refusal: { code, params } };
}
