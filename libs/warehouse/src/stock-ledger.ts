import { Injectable } from '@nestjs/common';
import { ConflictError, queryRows, TenancyContext } from '@mendao/platform';
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

/** Retries of a transaction that lost a deadlock or serialization race (Postgres rolled it back whole). */
const RETRIES = 4;

/**
 * The stock ledger: appends a move and changes the balances it touches in one transaction, with
 * atomic conditional updates (a balance never goes below zero, and nothing is read into memory
 * and written back). The scanId is claimed by the ledger row itself (unique per factory): a second
 * request with the same scanId, even one racing the first, rolls back its own changes and answers
 * with the first one's answer.
 */
@Injectable()
export class StockLedger {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tenancy: TenancyContext,
  ) {}

  async record(entry: LedgerEntry, afterBalances?: (manager: EntityManager) => Promise<void>): Promise<MoveAnswer> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.recordOnce(entry, afterBalances);
      } catch (error) {
        if (attempt < RETRIES && isRaceLost(error)) continue;
        throw error;
      }
    }
  }

  /**
   * Appends moves inside a transaction the caller holds (a count's adjustments), with the same
   * balance rules; a move that would go negative throws the same 409.
   */
  async recordWithin(manager: EntityManager, entry: LedgerEntry): Promise<MoveView> {
    const balances = await this.changeBalances(manager, entry);
    const view = await this.insertMove(manager, entry, balances);
    if (!view)
      throw new ConflictError(`scan ${entry.scanId} was already recorded / 该扫描已记录`, { scanId: entry.scanId });
    return view;
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

  private async recordOnce(
    entry: LedgerEntry,
    afterBalances?: (manager: EntityManager) => Promise<void>,
  ): Promise<MoveAnswer> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      let balances: BalanceAfter[];
      try {
        balances = await this.changeBalances(runner.manager, entry);
        await afterBalances?.(runner.manager);
      } catch (error) {
        await runner.rollbackTransaction();
        // short of stock because a racing request with the same scanId took it: answer as that one did
        if (error instanceof ConflictError) {
          const first = await this.replay(entry.scanId, runner.manager);
          if (first) return first;
        }
        throw error;
      }
      const move = await this.insertMove(runner.manager, entry, balances);
      if (!move) {
        // the scanId is taken (the insert waited for the first request to commit): undo ours, replay theirs
        await runner.rollbackTransaction();
        const first = await this.replay(entry.scanId, runner.manager);
        if (first) return first;
        throw new ConflictError(
          'the first request with this scanId is still being recorded; retry / 该扫描正在处理，请重试',
          {
            scanId: entry.scanId,
            retry: true,
          },
        );
      }
      await runner.commitTransaction();
      return { move, balances, replayed: false };
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

  private async changeBalances(manager: EntityManager, entry: LedgerEntry): Promise<BalanceAfter[]> {
    const factoryId = this.tenancy.factoryId();
    const codeOf = (id: string) => (id === entry.from?.id ? entry.from.code : (entry.to?.code ?? ''));
    const balances: BalanceAfter[] = [];
    for (const change of balanceChanges(entry.from?.id, entry.to?.id)) {
      const key = [factoryId, entry.item.id, change.locationId, entry.lot];
      if (change.sign < 0) {
        const rows = await queryRows<{ quantity: string }>(
          manager,
          `UPDATE stock_balance SET quantity = quantity - $5, updated_at = now()
            WHERE factory_id = $1 AND item_id = $2 AND location_id = $3 AND lot = $4 AND quantity >= $5
            RETURNING quantity`,
          [...key, entry.quantity],
        );
        if (rows.length === 0) {
          const [held] = await manager.query<{ quantity: string }[]>(
            `SELECT quantity FROM stock_balance WHERE factory_id = $1 AND item_id = $2 AND location_id = $3 AND lot = $4`,
            key,
          );
          const available = parseQuantity(held?.quantity);
          throw new ConflictError(
            `not enough ${entry.item.code} at ${codeOf(change.locationId)}: ${available} available, ${entry.quantity} asked / 库存不足：可用 ${available}`,
            {
              available,
              requested: entry.quantity,
              item: entry.item.code,
              location: codeOf(change.locationId),
              lot: entry.lot,
            },
            [{ field: 'quantity', message: `exceeds the ${available} available` }],
          );
        }
        balances.push({
          location: codeOf(change.locationId),
          lot: entry.lot,
          quantity: parseQuantity(rows[0].quantity),
        });
      } else {
        const rows: { quantity: string }[] = await manager.query(
          `INSERT INTO stock_balance (factory_id, item_id, location_id, lot, quantity) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (factory_id, item_id, location_id, lot)
           DO UPDATE SET quantity = stock_balance.quantity + EXCLUDED.quantity, updated_at = now()
           RETURNING quantity`,
          [...key, entry.quantity],
        );
        balances.push({
          location: codeOf(change.locationId),
          lot: entry.lot,
          quantity: parseQuantity(rows[0].quantity),
        });
      }
    }
    return balances;
  }

  /** The ledger row; null when the scanId is already in the ledger. */
  private async insertMove(
    manager: EntityManager,
    entry: LedgerEntry,
    balances: BalanceAfter[],
  ): Promise<MoveView | null> {
    const actor = this.tenancy.actor();
    const rows: { id: string; created_at: Date }[] = await manager.query(
      `INSERT INTO stock_move (id, factory_id, scan_id, type, item_id, quantity, from_location_id, to_location_id, lot,
                               reason, reference, split_run_id, work_order_id, pick_list_id, count_id,
                               user_id, username, device, response)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
       ON CONFLICT (factory_id, scan_id) DO NOTHING
       RETURNING id, created_at`,
      [
        randomUUID(),
        this.tenancy.factoryId(),
        entry.scanId,
        entry.type,
        entry.item.id,
        entry.quantity,
        entry.from?.id ?? null,
        entry.to?.id ?? null,
        entry.lot,
        entry.reason ?? null,
        entry.reference ?? null,
        entry.splitRunId ?? null,
        entry.workOrderId ?? null,
        entry.pickListId ?? null,
        entry.countId ?? null,
        actor?.userId ?? null,
        actor?.username ?? null,
        entry.device ?? null,
        JSON.stringify({ balances }),
      ],
    );
    if (rows.length === 0) return null;
    return {
      id: rows[0].id,
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
      createdAt: new Date(rows[0].created_at).toISOString(),
    };
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

function isRaceLost(error: unknown): boolean {
  const code = error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
  return code === '40P01' || code === '40001';
}
