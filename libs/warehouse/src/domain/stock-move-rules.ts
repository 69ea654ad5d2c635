import { toMilli } from './quantity';

export const MOVE_TYPES = ['receipt', 'issue', 'completion', 'transfer', 'adjustment'] as const;
export type MoveType = (typeof MOVE_TYPES)[number];

/** Where a move takes stock from and puts it to: 采购入库, 领料, 完工入库, 调拨, 盘盈/盘亏 and other adjustments. */
const SIDES: Record<MoveType, { from: 'required' | 'forbidden' | 'either'; to: 'required' | 'forbidden' | 'either' }> =
  {
    receipt: { from: 'forbidden', to: 'required' },
    completion: { from: 'forbidden', to: 'required' },
    issue: { from: 'required', to: 'forbidden' },
    transfer: { from: 'required', to: 'required' },
    // a loss leaves `from`, a gain arrives at `to`: exactly one of them
    adjustment: { from: 'either', to: 'either' },
  };

export interface MoveShape {
  type: MoveType;
  from?: string;
  to?: string;
  reason?: string;
  lot?: string;
  lotTracked: boolean;
  /** The pick list an issue counts against. */
  pickList?: string;
  /** Why an issue takes more than its pick list needs: only with a pick list. */
  overIssueReason?: string;
}

/**
 * A refusal of a move's shape: the rule it breaks (a code of the warehouse error catalogue), the field
 * to fix (`from`, `lot`, … in the one field-path format) and a zh/en message.
 */
export interface MoveProblem {
  code: MoveRuleCode;
  field: string;
  message: string;
}

export type MoveRuleCode =
  | 'stock.side_required'
  | 'stock.side_not_allowed'
  | 'stock.adjustment_one_side'
  | 'stock.reason_required'
  | 'stock.same_location'
  | 'stock.lot_required'
  | 'stock.lot_not_allowed'
  | 'stock.pick_list_needs_issue'
  | 'stock.over_issue_needs_pick_list';

/** What is wrong with a move's shape, field by field (empty when it may be applied). */
export function moveProblems(move: MoveShape): MoveProblem[] {
  const problems: MoveProblem[] = [];
  const sides = SIDES[move.type];
  for (const side of ['from', 'to'] as const) {
    const given = move[side] !== undefined;
    if (sides[side] === 'required' && !given)
      problems.push({
        code: 'stock.side_required',
        field: side,
        message: `is required for a ${move.type} / ${move.type} 需要${side === 'from' ? '来源' : '目标'}库位`,
      });
    if (sides[side] === 'forbidden' && given)
      problems.push({
        code: 'stock.side_not_allowed',
        field: side,
        message: `must be empty for a ${move.type} / ${move.type} 不能指定该库位`,
      });
  }
  if (move.type === 'adjustment') {
    if ((move.from === undefined) === (move.to === undefined))
      problems.push({
        code: 'stock.adjustment_one_side',
        field: 'from',
        message:
          'an adjustment takes either from (a loss) or to (a gain) / 调整需且仅需指定来源（盘亏）或目标（盘盈）库位',
      });
    if (!move.reason?.trim())
      problems.push({
        code: 'stock.reason_required',
        field: 'reason',
        message: 'is required for an adjustment / 调整必须填写原因',
      });
  }
  if (move.from !== undefined && move.from === move.to)
    problems.push({
      code: 'stock.same_location',
      field: 'to',
      message: 'must differ from from / 调入与调出库位不能相同',
    });
  if (move.pickList !== undefined && move.type !== 'issue')
    problems.push({
      code: 'stock.pick_list_needs_issue',
      field: 'pickList',
      message: 'only an issue (领料) picks against a pick list / 仅领料可关联拣货单',
    });
  if (move.overIssueReason !== undefined && move.pickList === undefined)
    problems.push({
      code: 'stock.over_issue_needs_pick_list',
      field: 'overIssueReason',
      message: 'goes with an issue against a pick list / 超领原因仅用于按拣货单领料',
    });
  const lot = lotProblem(move.lotTracked, move.lot);
  if (lot) problems.push(lot);
  return problems;
}

/**
 * The lot rule, for moves and count scans alike: a lot exactly when the item is lot-tracked (`field`
 * names where the lot was given).
 */
export function lotProblem(lotTracked: boolean, lot: string | undefined, field = 'lot'): MoveProblem | undefined {
  if (lotTracked && !lot?.trim())
    return {
      code: 'stock.lot_required',
      field,
      message: 'is required: this item is lot-tracked / 该物料按批次管理，必须填写批次',
    };
  if (!lotTracked && lot?.trim())
    return {
      code: 'stock.lot_not_allowed',
      field,
      message: 'must be empty: this item is not lot-tracked / 该物料不按批次管理',
    };
  return undefined;
}

export interface BalanceChange {
  locationId: string;
  /** −1 takes the quantity out (never below zero), +1 puts it in. */
  sign: -1 | 1;
}

/**
 * The balance rows a move changes, in location-id order: every writer locks rows in the same order,
 * so two transfers between the same two locations in opposite directions cannot deadlock.
 */
export function balanceChanges(fromId: string | undefined, toId: string | undefined): BalanceChange[] {
  const changes: BalanceChange[] = [];
  if (fromId) changes.push({ locationId: fromId, sign: -1 });
  if (toId) changes.push({ locationId: toId, sign: 1 });
  return changes.sort((a, b) => (a.locationId < b.locationId ? -1 : a.locationId > b.locationId ? 1 : 0));
}

/** Sums quantities exactly (thousandths). */
export function sumQuantities(quantities: number[]): number {
  return quantities.reduce((s, q) => s + toMilli(q), 0) / 1000;
}
