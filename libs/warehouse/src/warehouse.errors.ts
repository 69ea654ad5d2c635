import { defineErrorCodes, DomainError } from '@mendao/platform';
import type { Refusal } from './domain/refusal';
import type { MoveProblem } from './domain/stock-move-rules';

/**
 * Every refusal of the warehouse context: master data, the ledger, counts and pick lists. The rule codes
 * of domain/ (refusals returned as data) are registered here; warehouse.errors.spec checks none is missing.
 */
// a move's shape given its type and item (domain/stock-move-rules.ts): 400 as before, the code names the rule
const moveRule = (title: string) => ({ status: 400 as const, title, params: ['rules'] });

export const WAREHOUSE_ERRORS = defineErrorCodes({
  'item.already_exists': { status: 409, title: 'Item code already exists', params: ['code'] },
  'item.inactive': { status: 422, title: 'The item is inactive', params: ['item'] },
  'location.already_exists': { status: 409, title: 'Location code already exists', params: ['code'] },
  'location.inactive': { status: 422, title: 'The location is inactive', params: ['location'] },
  'location.under_count': {
    status: 409,
    title: 'An open count covers the location: close it before deactivating the location',
    params: ['location', 'count'],
  },
  'item.under_count': {
    status: 409,
    title: 'An open count covers the item: close it before deactivating the item',
    params: ['item', 'count'],
  },
  'barcode.in_use': {
    status: 409,
    title: 'The barcode already names another item or location',
    params: ['barcode'],
  },
  'stock.insufficient': {
    status: 409,
    title: 'Not enough stock',
    params: ['available', 'requested', 'item', 'location', 'lot'],
  },
  'stock.scan_in_progress': {
    status: 409,
    title: 'The first request with this scanId is still being recorded; retry',
    params: ['scanId', 'retry'],
  },
  'stock.fractional_quantity': {
    status: 422,
    title: 'The item is counted in whole units (piece, sheet, set): no fraction of one',
    params: ['item', 'unit', 'quantity'],
  },
  'stock.side_required': moveRule('This move type needs that location (from or to)'),
  'stock.side_not_allowed': moveRule('This move type must not name that location (from or to)'),
  'stock.adjustment_one_side': moveRule('An adjustment takes either from (a loss) or to (a gain)'),
  'stock.reason_required': moveRule('An adjustment needs a reason'),
  'stock.same_location': moveRule('A transfer must go to another location'),
  'stock.lot_required': moveRule('The item is lot-tracked: a lot is required'),
  'stock.lot_not_allowed': moveRule('The item is not lot-tracked: no lot may be given'),
  'stock.pick_list_needs_issue': moveRule('Only an issue picks against a pick list'),
  'stock.over_issue_needs_pick_list': moveRule('An over-issue reason goes with an issue against a pick list'),
  'pick_list.item_not_listed': {
    status: 409,
    title: 'The item is not on the pick list',
    params: ['item', 'pickList'],
  },
  'pick_list.beyond_need': {
    status: 409,
    title: 'The issue exceeds what the pick list still needs of the item',
    params: ['item', 'pickList', 'remaining', 'requested'],
  },
  'pick_list.over_issue_reason': {
    status: 422,
    title: 'An over-issue reason says why in 2 to 200 characters',
    params: ['length', 'min', 'max'],
  },
  'pick_list.complete': {
    status: 409,
    title: 'Every line of the pick list is picked',
    params: ['pickList', 'status'],
  },
  'pick_list.already_exists': {
    status: 409,
    title: 'The split run already has a pick list (one per run): pick against it',
    params: ['splitRun', 'pickList'],
  },
  'pick_list.other_run': {
    status: 422,
    title: "An issue against a pick list is for the list's split run: another splitRun cannot go with it",
    params: ['pickList', 'splitRun', 'listSplitRun'],
  },
  'pick_list.run_not_succeeded': {
    status: 409,
    title: 'A pick list is made for a split run that has succeeded',
    params: ['splitRun', 'status'],
  },
  'count.overlaps_open_count': { status: 409, title: 'An open count already covers this stock', params: ['count'] },
  'count.closed': { status: 409, title: 'The count is closed', params: ['count', 'status', 'event'] },
  'count.item_not_counted': {
    status: 409,
    title: 'The count does not cover this item',
    params: ['count', 'item'],
  },
  'count.location_not_counted': {
    status: 409,
    title: 'The count does not cover this location',
    params: ['count', 'location'],
  },
});

export type WarehouseErrorCode = keyof typeof WAREHOUSE_ERRORS;

/** A domain refusal as the error a use case throws, with the facts the service adds (ids, codes people know). */
export function refused(
  refusal: Refusal,
  detail: string,
  params: Record<string, unknown> = {},
  errors: { field: string; message: string }[] = [],
): DomainError {
  return new DomainError(refusal.code, detail, { ...refusal.params, ...params }, errors);
}

/**
 * Move-rule problems as one 400: the first problem's rule is the code, `rules` lists every rule broken, and
 * each problem names its field.
 */
export function moveRulesBroken(problems: MoveProblem[]): DomainError {
  return new DomainError(
    problems[0].code,
    `${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`,
    { rules: problems.map((p) => p.code) },
    problems.map(({ field, message }) => ({ field, message })),
  );
}

/** 422 on `quantity`: a fraction of an item counted whole. */
export function fractionRefused(item: string, unit: string, quantity: number, field = 'quantity'): DomainError {
  return new DomainError(
    WAREHOUSE_ERRORS['stock.fractional_quantity'],
    `${item} is counted in whole ${unit}s: ${quantity} is not a whole number / 该物料按整数计量，数量不能有小数`,
    { item, unit, quantity },
    [{ field, message: `must be a whole number of ${unit}` }],
  );
}
