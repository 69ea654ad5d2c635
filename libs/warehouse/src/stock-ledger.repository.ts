import { Injectable } from '@nestjs/common';
import { FactorySql, preparedQuery } from '@mendao/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { parseQuantity } from './domain/quantity';
import { type LedgerEntry, type MoveContext, type MoveRow } from './ledger/move-view';
import {
  BATCH_SQL,
  batchInput,
  MOVE_SELECT,
  type MoveStatementRow,
  singleMoveStatement,
} from './ledger/stock-ledger.statements';

/**
 * The ledger's SQL. Every statement runs for the caller's factory through FactorySql ($1 from the tenancy
 * context), except the shared batch statement, which carries moves of several factories (see BATCH_SQL).
 */
@Injectable()
export class StockLedgerRepository {
  constructor(
    private readonly sql: FactorySql,
    private readonly dataSource: DataSource,
  ) {}

  /** One move, one statement: prepared on the pool, or in the caller's transaction when `manager` is given. */
  async recordOne(
    entry: LedgerEntry,
    context: MoveContext,
    id: string,
    manager?: EntityManager,
  ): Promise<MoveStatementRow> {
    const { text, values } = singleMoveStatement(entry, context, id);
    const [row] = manager
      ? await this.sql.query<MoveStatementRow>(text, values, manager)
      : await this.sql.prepared<MoveStatementRow>(text, values);
    return row;
  }

  /**
   * Many moves, of any factories, in the one shared statement (the exception to FactorySql: each move
   * carries its own factory, see BATCH_SQL). One row per move, in order (`k`); created_at null: not recorded.
   */
  recordShared(moves: { entry: LedgerEntry; context: MoveContext; id: string; k: number }[]) {
    return preparedQuery<MoveStatementRow & { k: number }>(this.dataSource, BATCH_SQL, [
      JSON.stringify(moves.map(batchInput)),
    ]);
  }

  async findByScanId(scanId: string): Promise<MoveRow | undefined> {
    const [row] = await this.sql.query<MoveRow>(`${MOVE_SELECT} WHERE m.factory_id = $1 AND m.scan_id = $2`, [scanId]);
    return row;
  }

  /** What the source of a move holds now. */
  async available(entry: LedgerEntry): Promise<number> {
    if (!entry.from) return 0;
    const [held] = await this.sql.query<{ quantity: string }>(
      `SELECT quantity FROM stock_balance WHERE factory_id = $1 AND item_id = $2 AND location_id = $3 AND lot = $4`,
      [entry.item.id, entry.from.id, entry.lot],
    );
    return parseQuantity(held?.quantity);
  }
}
