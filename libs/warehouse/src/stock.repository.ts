import { Injectable } from '@nestjs/common';
import { FactorySql } from '@mendao/platform';
import { MOVE_SELECT } from './ledger/stock-ledger.statements';
import type { MoveRow } from './ledger/move-view';

/**
 * Reads of stock (balances, the ledger, valuations) for the caller's factory: `$1` is its factory, bound
 * by FactorySql; filters built by the service continue from `$2`.
 */
@Injectable()
export class StockRepository {
  constructor(private readonly sql: FactorySql) {}

  balanceTotals(filter: string, values: unknown[]) {
    return this.sql.query<{ item: string; quantity: string }>(
      `SELECT i.code AS item, sum(b.quantity) AS quantity
         FROM stock_balance b JOIN item i ON i.factory_id = b.factory_id AND i.id = b.item_id
        WHERE ${filter} GROUP BY i.code ORDER BY i.code`,
      values,
    );
  }

  balancePage(filter: string, values: unknown[], limitParam: string) {
    return this.sql.query<{
      item: string;
      itemName: string;
      itemNameEn: string;
      unit: string;
      location: string;
      locationName: string;
      locationNameEn: string;
      lot: string;
      quantity: string;
    }>(
      `SELECT i.code AS item, i.name_zh AS "itemName", i.name_en AS "itemNameEn", i.unit, l.code AS location,
              l.name_zh AS "locationName", l.name_en AS "locationNameEn", b.lot, b.quantity
         FROM stock_balance b JOIN item i ON i.factory_id = b.factory_id AND i.id = b.item_id
         JOIN location l ON l.factory_id = b.factory_id AND l.id = b.location_id
        WHERE ${filter}
        ORDER BY i.code, l.code, b.lot
        LIMIT ${limitParam}`,
      values,
    );
  }

  movePage(filter: string, values: unknown[], limitParam: string) {
    return this.sql.query<MoveRow>(
      `${MOVE_SELECT} WHERE ${filter} ORDER BY m.created_at DESC, m.id DESC LIMIT ${limitParam}`,
      values,
    );
  }

  belowReorderPoint() {
    return this.sql.query<{
      item: string;
      name: string;
      name_en: string;
      unit: string;
      reorder_point: string;
      on_hand: string;
    }>(
      `SELECT i.code AS item, i.name_zh AS name, i.name_en, i.unit, i.reorder_point, COALESCE(sum(b.quantity), 0) AS on_hand
         FROM item i LEFT JOIN stock_balance b ON b.factory_id = i.factory_id AND b.item_id = i.id
        WHERE i.factory_id = $1 AND i.active AND i.reorder_point > 0
        GROUP BY i.id HAVING COALESCE(sum(b.quantity), 0) < i.reorder_point
        ORDER BY i.code`,
    );
  }

  value() {
    return this.sql.query<{ item: string; quantity: string; standard_cost: string; value: string }>(
      `SELECT i.code AS item, sum(b.quantity) AS quantity, i.standard_cost, round(sum(b.quantity) * i.standard_cost, 2) AS value
         FROM stock_balance b JOIN item i ON i.factory_id = b.factory_id AND i.id = b.item_id
        WHERE b.factory_id = $1 AND b.quantity > 0
        GROUP BY i.id ORDER BY i.code`,
    );
  }

  /** Which of these scans the ledger has recorded (the receipts of a run's remnants, by their derived scanIds). */
  async recordedScans(scanIds: string[]): Promise<Set<string>> {
    if (scanIds.length === 0) return new Set();
    const rows = await this.sql.query<{ scan_id: string }>(
      `SELECT scan_id FROM stock_move WHERE factory_id = $1 AND scan_id = ANY($2::uuid[])`,
      [scanIds],
    );
    return new Set(rows.map((r) => r.scan_id));
  }
}
