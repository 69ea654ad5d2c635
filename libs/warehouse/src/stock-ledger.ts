import { Injectable } from '@nestjs/common';
import { AuditService, auditInsert, ConflictError, preparedQuery, TenancyContext } from '@mendao/platform';
import { DatabaseError } from 'pg';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { balanceChanges, type MoveType } from './domain/stock-move-rules';
import { parseQuantity } from './domain/quantity';

/** A move the ledger is asked to record, with its item and locations already resolved. */
export interface LedgerEntry {
  scanId: string;
  type: MoveType;
  item: { id: string; code: string };
  quantity: number;
  from?: { id: string; code: string };
  to?: { id: string; code: string };
  lot: string;
  reason?: string;
  reference?: string;
  splitRunId?: string;
  workOrderId?: string;
  pickListId?: string;
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
  createdAt: string;
}

export interface MoveAnswer {
  move: MoveView;
  balances: BalanceAfter[];
  replayed: boolean;
}

/** Retries of a statement that lost a deadlock or serialization race (Postgres rolled it back whole). */
const RETRIES = 4;

/** SQLSTATEs raised by stock_move_settle (migration Warehouse1764500000000), which undo the whole statement. */
const ALREADY_RECORDED = 'MD001';
const NOT_ENOUGH_STOCK = 'MD002';
const NOT_ON_PICK_LIST = 'MD003';

/**
 * The stock ledger. A move is one SQL statement, atomic on its own: the balance it takes from is
 * decremented only where it holds enough (a conditional update, never a read-modify-write), the one
 * it puts to is upserted, the ledger row is appended with the balances it left, and an issue against
 * a pick list counts on its line. If any part fails (not enough stock, the scanId already recorded,
 * the item not on the pick list) a check at the end raises and Postgres undoes all of it. One round
 * trip per scan, so a scanner never waits on the network.
 *
 * The scanId is claimed by the ledger row (unique per factory): a second request with the same
 * scanId, even one racing the first, is undone and answered with the first one's answer.
 */
@Injectable()
export class StockLedger {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tenancy: TenancyContext,
    private readonly audit: AuditService,
  ) {}

  async record(entry: LedgerEntry): Promise<MoveAnswer> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const { move, balances } = await this.apply(entry);
        return { move, balances, replayed: false };
      } catch (error) {
        const code = sqlState(error);
        if (code === ALREADY_RECORDED || code === NOT_ENOUGH_STOCK) {
          // a retry of a recorded scan, or one short of the stock its racing twin just took: answer as the first did
          const first = await this.replay(entry.scanId);
          if (first) return first;
        }
        if (code === ALREADY_RECORDED && attempt < RETRIES) continue; // the first was rolled back meanwhile
        if ((code === '40P01' || code === '40001') && attempt < RETRIES) continue;
        throw await this.explain(error, entry);
      }
    }
  }

  /** A move inside a transaction the caller holds (a count's adjustments), with the same rules. */
  async recordWithin(manager: EntityManager, entry: LedgerEntry): Promise<MoveView> {
    try {
      return (await this.apply(entry, manager)).move;
    } catch (error) {
      throw await this.explain(error, entry, manager);
    }
  }

  /** The first answer to a scanId, or null when no move carries it. */
  async replay(scanId: string, manager?: EntityManager): Promise<MoveAnswer | null> {
    const rows: MoveRow[] = await (manager ?? this.dataSource.manager).query(
      `${MOVE_SELECT} WHERE m.factory_id = $1 AND m.scan_id = $2`,
      [this.tenancy.factoryId(), scanId],
    );
    if (rows.length === 0) return null;
    const row = rows[0];
    return {
      move: moveView(row),
      balances: (row.response as { balances?: BalanceAfter[] })?.balances ?? [],
      replayed: true,
    };
  }

  /** In the caller's transaction when `manager` is given; else on its own, as a prepared statement. */
  private async apply(
    entry: LedgerEntry,
    manager?: EntityManager,
  ): Promise<{ move: MoveView; balances: BalanceAfter[] }> {
    const actor = this.tenancy.actor();
    const id = randomUUID();
    // $1 factory, $2 item, $3 lot, $4 quantity; the rest as they are used (Postgres must type every one)
    const params: unknown[] = [this.tenancy.factoryId(), entry.item.id, entry.lot, entry.quantity];
    const param = (value: unknown, type: string) => {
      params.push(value);
      return `$${params.length}::${type}`;
    };
    const fromId = entry.from ? param(entry.from.id, 'uuid') : 'NULL::uuid';
    const toId = entry.to ? param(entry.to.id, 'uuid') : 'NULL::uuid';
    // balances in location-id order, each waiting for the one before: every writer locks rows in the
    // same order, so transfers in opposite directions cannot deadlock
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
    const balanceJson = changes
      .map((c) =>
        c.sign < 0
          ? `jsonb_build_object('location', ${param(entry.from?.code, 'text')}, 'lot', $3::text, 'quantity', (SELECT quantity FROM took))`
          : `jsonb_build_object('location', ${param(entry.to?.code, 'text')}, 'lot', $3::text, 'quantity', (SELECT quantity FROM put))`,
      )
      .join(', ');
    const taken = entry.from ? ' AND EXISTS (SELECT 1 FROM took)' : '';
    ctes.push(`recorded AS (
      INSERT INTO stock_move (id, factory_id, scan_id, type, item_id, quantity, from_location_id, to_location_id, lot,
                              reason, reference, split_run_id, work_order_id, pick_list_id, count_id,
                              user_id, username, device, response)
      SELECT ${param(id, 'uuid')}, $1, ${param(entry.scanId, 'uuid')}, ${param(entry.type, 'text')}, $2, $4, ${fromId}, ${toId}, $3,
             ${param(entry.reason ?? null, 'text')}, ${param(entry.reference ?? null, 'text')},
             ${param(entry.splitRunId ?? null, 'uuid')}, ${param(entry.workOrderId ?? null, 'uuid')},
             ${param(entry.pickListId ?? null, 'uuid')}, ${param(entry.countId ?? null, 'uuid')},
             ${param(actor?.userId ?? null, 'uuid')}, ${param(actor?.username ?? null, 'text')}, ${param(entry.device ?? null, 'text')},
             jsonb_build_object('balances', jsonb_build_array(${balanceJson}))
       WHERE true${taken}
      ON CONFLICT (factory_id, scan_id) DO NOTHING
      RETURNING created_at)`);
    // the request's audit row (201: recorded) in the same statement: a scan then costs one commit, not two
    const auditRow = manager ? null : this.audit.currentRequestRow(201);
    if (auditRow) {
      ctes.push(`audited AS (
        ${auditInsert(param(auditRow.json, 'text'), 'EXISTS (SELECT 1 FROM recorded)')}
        RETURNING 1)`);
    }
    if (entry.pickListId) {
      // the line of this item, the one at this location and lot first, then one still open
      ctes.push(`picked AS (
        UPDATE pick_list_line SET picked = picked + $4
         WHERE id = (SELECT id FROM pick_list_line
                      WHERE factory_id = $1 AND pick_list_id = ${param(entry.pickListId, 'uuid')} AND item_id = $2
                        AND location_id IS NOT NULL
                      ORDER BY COALESCE(location_id = ${fromId} AND lot = $3, false) DESC, (picked < quantity) DESC, seq
                      LIMIT 1)
           AND EXISTS (SELECT 1 FROM recorded)
        RETURNING id)`);
    }
    const count = (cte: string, present: boolean) => (present ? `(SELECT count(*) FROM ${cte})::int` : '-1');
    type Row = { created_at: Date; took: string | null; put: string | null };
    const sql = `WITH ${ctes.join(',\n')}
       SELECT (SELECT created_at FROM recorded) AS created_at,
              ${entry.from ? '(SELECT quantity FROM took)' : 'NULL'} AS took,
              ${entry.to ? '(SELECT quantity FROM put)' : 'NULL'} AS put,
              stock_move_settle(${count('recorded', true)}, ${count('took', !!entry.from)},
                                ${count('picked', !!entry.pickListId)}) AS settled`;
    const [row] = manager
      ? await manager.query<Row[]>(sql, params)
      : await preparedQuery<Row>(this.dataSource, sql, params);
    auditRow?.written();
    const balances = changes.map((c) => ({
      location: (c.sign < 0 ? entry.from?.code : entry.to?.code) ?? '',
      lot: entry.lot,
      quantity: parseQuantity(c.sign < 0 ? row.took : row.put),
    }));
    const move: MoveView = {
      id,
      scanId: entry.scanId,
      type: entry.type,
      item: entry.item.code,
      quantity: entry.quantity,
      from: entry.from?.code ?? null,
      to: entry.to?.code ?? null,
      lot: entry.lot,
      reason: entry.reason ?? null,
      reference: entry.reference ?? null,
      splitRunId: entry.splitRunId ?? null,
      workOrderId: entry.workOrderId ?? null,
      pickListId: entry.pickListId ?? null,
      countId: entry.countId ?? null,
      username: actor?.username ?? null,
      device: entry.device ?? null,
      createdAt: new Date(row.created_at).toISOString(),
    };
    return { move, balances };
  }

  /** The settle check's SQLSTATE as the 409 a client can act on; anything else unchanged. */
  private async explain(error: unknown, entry: LedgerEntry, manager?: EntityManager): Promise<unknown> {
    const code = sqlState(error);
    if (code === NOT_ENOUGH_STOCK && entry.from) {
      const [held] = manager?.queryRunner?.isTransactionActive
        ? [] // the caller's transaction is aborted; it holds the rows anyway
        : await this.dataSource.query<{ quantity: string }[]>(
            `SELECT quantity FROM stock_balance WHERE factory_id = $1 AND item_id = $2 AND location_id = $3 AND lot = $4`,
            [this.tenancy.factoryId(), entry.item.id, entry.from.id, entry.lot],
          );
      const available = parseQuantity(held?.quantity);
      return new ConflictError(
        `not enough ${entry.item.code} at ${entry.from.code}: ${available} available, ${entry.quantity} asked / 库存不足：可用 ${available}`,
        { available, requested: entry.quantity, item: entry.item.code, location: entry.from.code, lot: entry.lot },
        [{ field: 'quantity', message: `exceeds the ${available} available` }],
      );
    }
    if (code === NOT_ON_PICK_LIST) {
      return new ConflictError(
        `${entry.item.code} is not on pick list ${entry.pickListId} / 拣货单上没有该物料`,
        { item: entry.item.code, pickList: entry.pickListId },
        [{ field: 'pickList', message: `has no line for ${entry.item.code}` }],
      );
    }
    if (code === ALREADY_RECORDED) {
      return new ConflictError(
        'the first request with this scanId is still being recorded; retry / 该扫描正在处理，请重试',
        {
          scanId: entry.scanId,
          retry: true,
        },
      );
    }
    return error;
  }
}

/** The ledger's rows with the codes people know them by. */
export const MOVE_SELECT = `
  SELECT m.id, m.scan_id, m.type, i.code AS item, m.quantity, lf.code AS from_code, lt.code AS to_code, m.lot,
         m.reason, m.reference, m.split_run_id, m.work_order_id, m.pick_list_id, m.count_id, m.username, m.device,
         m.response, m.created_at,
         to_char(m.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at
    FROM stock_move m
    JOIN item i ON i.id = m.item_id
    LEFT JOIN location lf ON lf.id = m.from_location_id
    LEFT JOIN location lt ON lt.id = m.to_location_id`;

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
  response: unknown;
  created_at: Date;
  /** created_at to the microsecond, for cursors. */
  at: string;
}

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
    createdAt: new Date(row.created_at).toISOString(),
  };
}

function sqlState(error: unknown): string | undefined {
  if (error instanceof DatabaseError) return error.code;
  return error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
}
