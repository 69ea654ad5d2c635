import type { MoveType } from '../domain/stock-move-rules';
import { parseQuantity } from '../domain/quantity';

/** A move the ledger is asked to record, with its item and locations already resolved. */
export interface LedgerEntry {
  scanId: string;
  type: MoveType;
  /** `unit` given: a fraction of an item counted whole is refused (every move type, StockLedger). */
  item: { id: string; code: string; unit?: string };
  quantity: number;
  from?: { id: string; code: string };
  to?: { id: string; code: string };
  lot: string;
  reason?: string;
  reference?: string;
  splitRunId?: string;
  workOrderId?: string;
  pickListId?: string;
  /** The pick-list lines an issue counts on, as the pick-list state machine decided (with pickListId). */
  pickAllocations?: { lineId: string; quantity: number; over: number }[];
  /** An issue beyond its pick list's need: why, and how much beyond (both or neither). */
  overIssueReason?: string;
  overIssued?: number;
  countId?: string;
  device?: string;
}

export interface BalanceAfter {
  location: string;
  lot: string;
  quantity: number;
}

export interface MoveView {
  id: string;
  scanId: string;
  type: MoveType;
  item: string;
  quantity: number;
  from: string | null;
  to: string | null;
  lot: string;
  reason: string | null;
  reference: string | null;
  splitRunId: string | null;
  workOrderId: string | null;
  pickListId: string | null;
  countId: string | null;
  username: string | null;
  device: string | null;
  /** Why an issue took more than its pick list still needed, and how much more (null otherwise). */
  overIssueReason: string | null;
  overIssued: number | null;
  createdAt: string;
}

export interface MoveAnswer {
  move: MoveView;
  balances: BalanceAfter[];
  replayed: boolean;
}

/** Who a move is recorded for: a shared statement runs outside the request that asked for it. */
export interface MoveContext {
  factoryId: string;
  userId: string | null;
  username: string | null;
  /** The request's audit row, written in the move's own statement (null inside a caller's transaction). */
  auditRow: { json: string; written: () => void } | null;
}

export interface MoveRow {
  id: string;
  scan_id: string;
  type: MoveType;
  item: string;
  quantity: string;
  from_code: string | null;
  to_code: string | null;
  lot: string;
  reason: string | null;
  reference: string | null;
  split_run_id: string | null;
  work_order_id: string | null;
  pick_list_id: string | null;
  count_id: string | null;
  username: string | null;
  device: string | null;
  over_issue_reason: string | null;
  over_issued: string | null;
  response: unknown;
  created_at: Date;
  /** created_at to the microsecond, for cursors. */
  at: string;
}

/** The one mapping to what a client sees: from a ledger row, or from a move just recorded. */
export function moveView(row: MoveRow): MoveView {
  return {
    id: row.id,
    scanId: row.scan_id,
    type: row.type,
    item: row.item,
    quantity: parseQuantity(row.quantity),
    from: row.from_code,
    to: row.to_code,
    lot: row.lot,
    reason: row.reason,
    reference: row.reference,
    splitRunId: row.split_run_id,
    workOrderId: row.work_order_id,
    pickListId: row.pick_list_id,
    countId: row.count_id,
    username: row.username,
    device: row.device,
    overIssueReason: row.over_issue_reason ?? null,
    overIssued: row.over_issued === null || row.over_issued === undefined ? null : parseQuantity(row.over_issued),
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/** A move just recorded, as the ledger row it wrote would read (see moveView). */
export function recordedView(entry: LedgerEntry, context: MoveContext, id: string, createdAt: Date): MoveView {
  return moveView({
    id,
    scan_id: entry.scanId,
    type: entry.type,
    item: entry.item.code,
    quantity: String(entry.quantity),
    from_code: entry.from?.code ?? null,
    to_code: entry.to?.code ?? null,
    lot: entry.lot,
    reason: entry.reason ?? null,
    reference: entry.reference ?? null,
    split_run_id: entry.splitRunId ?? null,
    work_order_id: entry.workOrderId ?? null,
    pick_list_id: entry.pickListId ?? null,
    count_id: entry.countId ?? null,
    username: context.username,
    device: entry.device ?? null,
    over_issue_reason: entry.overIssueReason ?? null,
    over_issued: entry.overIssued === undefined ? null : String(entry.overIssued),
    response: null,
    created_at: createdAt,
    at: '',
  });
}

/** The balances a move left, the one it took from first. */
export function balancesAfter(entry: LedgerEntry, took: string | null, put: string | null): BalanceAfter[] {
  const balances: BalanceAfter[] = [];
  if (entry.from) balances.push({ location: entry.from.code, lot: entry.lot, quantity: parseQuantity(took) });
  if (entry.to) balances.push({ location: entry.to.code, lot: entry.lot, quantity: parseQuantity(put) });
  return balances;
}
