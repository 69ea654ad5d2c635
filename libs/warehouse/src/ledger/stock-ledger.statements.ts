import { auditInsert } from '@mendao/platform';
import { balanceChanges } from '../domain/stock-move-rules';
import type { LedgerEntry, MoveContext } from './move-view';

/** What a move statement answers: when the move was recorded (null: it was not), and the balances it left. */
export interface MoveStatementRow {
  created_at: Date | null;
  took: string | null;
  put: string | null;
}

/**
 * One move as one statement for the caller's factory (`$1`, bound by FactorySql): a chain of CTEs whose
 * final `stock_move_settle` raises when any part did not happen, which undoes all of it (ADR 0005).
 */
export function singleMoveStatement(
  entry: LedgerEntry,
  context: MoveContext,
  id: string,
): { text: string; values: unknown[] } {
  // $1 the caller's factory (FactorySql), $2 item, $3 lot, $4 quantity; the rest as they are used
  // (Postgres must type every one)
  const values: unknown[] = [entry.item.id, entry.lot, entry.quantity];
  const param = (value: unknown, type: string) => {
    values.push(value);
    return `$${values.length + 1}::${type}`;
  };
  const fromId = entry.from ? param(entry.from.id, 'uuid') : 'NULL::uuid';
  const toId = entry.to ? param(entry.to.id, 'uuid') : 'NULL::uuid';
  // balances in location-id order, each waiting for the one before: every writer locks rows in the
  // same order (item, location, lot; a batch too), so transfers in opposite directions cannot deadlock
  const changes = balanceChanges(entry.from?.id, entry.to?.id);
  const ctes: string[] = [];
  let previous: string | undefined;
  for (const change of changes) {
    const after = previous ? ` AND EXISTS (SELECT 1 FROM ${previous})` : '';
    if (change.sign < 0) {
      ctes.push(`took AS (
          UPDATE stock_balance SET quantity = quantity - $4, updated_at = now()
           WHERE factory_id = $1 AND item_id = $2 AND location_id = ${fromId} AND lot = $3 AND quantity >= $4${after}
          RETURNING quantity)`);
      previous = 'took';
    } else {
      ctes.push(`put AS (
          INSERT INTO stock_balance (factory_id, item_id, location_id, lot, quantity)
          SELECT $1, $2, ${toId}, $3, $4 WHERE true${after}
          ON CONFLICT (factory_id, item_id, location_id, lot)
          DO UPDATE SET quantity = stock_balance.quantity + EXCLUDED.quantity, updated_at = now()
          RETURNING quantity)`);
      previous = 'put';
    }
  }
  // the balances the move left, the one taken from first (as a batch records them)
  const balanceJson = [
    ...(entry.from
      ? [
          `jsonb_build_object('location', ${param(entry.from.code, 'text')}, 'lot', $3::text, 'quantity', (SELECT quantity FROM took))`,
        ]
      : []),
    ...(entry.to
      ? [
          `jsonb_build_object('location', ${param(entry.to.code, 'text')}, 'lot', $3::text, 'quantity', (SELECT quantity FROM put))`,
        ]
      : []),
  ].join(', ');
  const taken = entry.from ? ' AND EXISTS (SELECT 1 FROM took)' : '';
  ctes.push(`recorded AS (
      INSERT INTO stock_move (id, factory_id, scan_id, type, item_id, quantity, from_location_id, to_location_id, lot,
                              reason, reference, split_run_id, work_order_id, pick_list_id, count_id,
                              user_id, username, device, over_issue_reason, over_issued, response)
      SELECT ${param(id, 'uuid')}, $1, ${param(entry.scanId, 'uuid')}, ${param(entry.type, 'text')}, $2, $4, ${fromId}, ${toId}, $3,
             ${param(entry.reason ?? null, 'text')}, ${param(entry.reference ?? null, 'text')},
             ${param(entry.splitRunId ?? null, 'uuid')}, ${param(entry.workOrderId ?? null, 'uuid')},
             ${param(entry.pickListId ?? null, 'uuid')}, ${param(entry.countId ?? null, 'uuid')},
             ${param(context.userId, 'uuid')}, ${param(context.username, 'text')}, ${param(entry.device ?? null, 'text')},
             ${param(entry.overIssueReason ?? null, 'text')}, ${param(entry.overIssued ?? null, 'numeric')},
             jsonb_build_object('balances', jsonb_build_array(${balanceJson}))
       WHERE true${taken}
      ON CONFLICT (factory_id, scan_id) DO NOTHING
      RETURNING created_at)`);
  // the request's audit row (201: recorded) in the same statement: a scan then costs one commit, not two
  const auditRow = context.auditRow; // none inside a caller's transaction (recordWithin)
  if (auditRow) {
    ctes.push(`audited AS (
        ${auditInsert(param(auditRow.json, 'text'), 'EXISTS (SELECT 1 FROM recorded)')}
        RETURNING 1)`);
  }
  const allocations = entry.pickListId ? (entry.pickAllocations ?? []) : [];
  if (entry.pickListId) {
    // the lines the pick-list state machine chose, each only while it still needs that much: a line that
    // another issue picked meanwhile is not updated, the check below raises and the issue is decided again
    // (an over-issue's excess is beyond any need, so it races nothing)
    const lines = allocations.map((a) => ({ id: a.lineId, quantity: a.quantity, over: a.over }));
    ctes.push(`picked AS (
        UPDATE pick_list_line p SET picked = p.picked + a.quantity, over_picked = p.over_picked + a.over
          FROM jsonb_to_recordset(${param(JSON.stringify(lines), 'jsonb')}) AS a(id uuid, quantity numeric, over numeric)
         WHERE p.factory_id = $1 AND p.id = a.id AND p.pick_list_id = ${param(entry.pickListId, 'uuid')} AND p.item_id = $2
           AND p.picked + a.quantity <= p.quantity AND EXISTS (SELECT 1 FROM recorded)
        RETURNING p.id)`);
  }
  const count = (cte: string, present: boolean) => (present ? `(SELECT count(*) FROM ${cte})::int` : '-1');
  // every chosen line picked, or none (-1: not an issue against a pick list)
  const picked = entry.pickListId
    ? `CASE WHEN (SELECT count(*) FROM picked) = ${param(allocations.length, 'int')} THEN 1 ELSE 0 END`
    : '-1';
  const text = `WITH ${ctes.join(',\n')}
       SELECT (SELECT created_at FROM recorded) AS created_at,
              ${entry.from ? '(SELECT quantity FROM took)' : 'NULL'} AS took,
              ${entry.to ? '(SELECT quantity FROM put)' : 'NULL'} AS put,
              stock_move_settle(${count('recorded', true)}, ${count('took', !!entry.from)},
                                ${picked}) AS settled`;
  return { text, values };
}

/** The ledger's rows with the codes people know them by. */
export const MOVE_SELECT = `
  SELECT m.id, m.scan_id, m.type, i.code AS item, m.quantity, lf.code AS from_code, lt.code AS to_code, m.lot,
         m.reason, m.reference, m.split_run_id, m.work_order_id, m.pick_list_id, m.count_id, m.username, m.device,
         m.over_issue_reason, m.over_issued, m.response, m.created_at,
         to_char(m.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at
    FROM stock_move m
    JOIN item i ON i.id = m.item_id
    LEFT JOIN location lf ON lf.id = m.from_location_id
    LEFT JOIN location lt ON lt.id = m.to_location_id`;

/**
 * One move as BATCH_SQL reads it (`k`: its place in the batch), with its own factory: the shared statement
 * is the one place where rows of several factories travel together, each taking its factory from the
 * request that asked for it (MoveContext), never from the context the statement runs in.
 */
export function batchInput({
  entry,
  context,
  id,
  k,
}: {
  entry: LedgerEntry;
  context: MoveContext;
  id: string;
  k: number;
}) {
  return {
    k,
    id,
    factory_id: context.factoryId,
    scan_id: entry.scanId,
    type: entry.type,
    item_id: entry.item.id,
    quantity: entry.quantity,
    from_id: entry.from?.id ?? null,
    from_code: entry.from?.code ?? null,
    to_id: entry.to?.id ?? null,
    to_code: entry.to?.code ?? null,
    lot: entry.lot,
    reason: entry.reason ?? null,
    reference: entry.reference ?? null,
    split_run_id: entry.splitRunId ?? null,
    work_order_id: entry.workOrderId ?? null,
    user_id: context.userId,
    username: context.username,
    device: entry.device ?? null,
    audit: context.auditRow?.json ?? null,
  };
}

/**
 * Many moves in one statement, given as one JSON array (so it is prepared once, whatever the size);
 * no two share a scanId or a balance (`takeBatch`). A move is recorded only when it goes through as
 * asked: its scanId is new and, if it takes stock, there is enough. Every balance is locked first, in
 * (item, location, lot) order as the single statement does, so batches and single moves never
 * deadlock. If a scanId turns out recorded by a racing request after all, the check at the end
 * raises and the whole statement is undone; the caller then records each move on its own.
 *
 * The one statement of the warehouse that does not run through FactorySql: it carries the moves of
 * several factories at once (one commit for the scans of every factory that arrived together, which is
 * what made the ledger fast, ADR 0005), so no single caller's factory can be its `$1`. Each row names its
 * own factory (batchInput, from the request that asked for the move), every join and conflict target
 * includes factory_id, and the ledger and balances reference item and location with their factory, so a
 * row cannot touch another factory's stock. StockLedgerRepository.recordShared is its only caller.
 */
export const BATCH_SQL = `
WITH m AS MATERIALIZED (
  SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(
    k int, id uuid, factory_id uuid, scan_id uuid, type text, item_id uuid, quantity numeric,
    from_id uuid, from_code text, to_id uuid, to_code text, lot text, reason text, reference text,
    split_run_id uuid, work_order_id uuid, user_id uuid, username text, device text, audit text)),
fresh AS MATERIALIZED (
  SELECT * FROM m
   WHERE NOT EXISTS (SELECT 1 FROM stock_move s WHERE s.factory_id = m.factory_id AND s.scan_id = m.scan_id)),
locked AS (
  SELECT 1 FROM stock_balance b
    JOIN (SELECT factory_id, item_id, from_id AS location_id, lot FROM fresh WHERE from_id IS NOT NULL
          UNION ALL
          SELECT factory_id, item_id, to_id, lot FROM fresh WHERE to_id IS NOT NULL) touched
      ON b.factory_id = touched.factory_id AND b.item_id = touched.item_id
     AND b.location_id = touched.location_id AND b.lot = touched.lot
   ORDER BY b.factory_id, b.item_id, b.location_id, b.lot
     FOR UPDATE OF b),
took AS (
  UPDATE stock_balance b SET quantity = b.quantity - f.quantity, updated_at = now()
    FROM fresh f
   WHERE b.factory_id = f.factory_id AND b.item_id = f.item_id AND b.location_id = f.from_id AND b.lot = f.lot
     AND b.quantity >= f.quantity AND (SELECT count(*) FROM locked) >= 0
  RETURNING f.k, b.quantity),
ok AS MATERIALIZED (
  SELECT f.*, took.quantity AS took FROM fresh f LEFT JOIN took ON took.k = f.k
   WHERE f.from_id IS NULL OR took.k IS NOT NULL),
put AS (
  INSERT INTO stock_balance (factory_id, item_id, location_id, lot, quantity)
  SELECT factory_id, item_id, to_id, lot, quantity FROM ok WHERE to_id IS NOT NULL
   ORDER BY factory_id, item_id, to_id, lot -- new rows too in the one lock order
  ON CONFLICT (factory_id, item_id, location_id, lot)
  DO UPDATE SET quantity = stock_balance.quantity + EXCLUDED.quantity, updated_at = now()
  RETURNING factory_id, item_id, location_id, lot, quantity),
placed AS MATERIALIZED (
  SELECT ok.*, put.quantity AS put FROM ok
    LEFT JOIN put ON put.factory_id = ok.factory_id AND put.item_id = ok.item_id
                 AND put.location_id = ok.to_id AND put.lot = ok.lot),
recorded AS (
  INSERT INTO stock_move (id, factory_id, scan_id, type, item_id, quantity, from_location_id, to_location_id, lot,
                          reason, reference, split_run_id, work_order_id, user_id, username, device, response)
  SELECT id, factory_id, scan_id, type, item_id, quantity, from_id, to_id, lot,
         reason, reference, split_run_id, work_order_id, user_id, username, device,
         jsonb_build_object('balances',
           CASE WHEN from_id IS NULL THEN '[]'::jsonb
                ELSE jsonb_build_array(jsonb_build_object('location', from_code, 'lot', lot, 'quantity', took)) END
           || CASE WHEN to_id IS NULL THEN '[]'::jsonb
                ELSE jsonb_build_array(jsonb_build_object('location', to_code, 'lot', lot, 'quantity', put)) END)
    FROM placed
  ON CONFLICT (factory_id, scan_id) DO NOTHING
  RETURNING id, created_at),
audited AS (
  ${auditInsert(
    `(SELECT jsonb_agg(row) FROM placed JOIN recorded USING (id), jsonb_array_elements(placed.audit::jsonb) row)`,
  )}
  RETURNING 1)
SELECT m.k, recorded.created_at, placed.took, placed.put,
       (SELECT stock_move_settle(
          CASE WHEN (SELECT count(*) FROM recorded) = (SELECT count(*) FROM placed) THEN 1 ELSE 0 END, -1, -1)) AS settled
  FROM m LEFT JOIN placed ON placed.k = m.k LEFT JOIN recorded ON recorded.id = placed.id
 ORDER BY m.k`;
