import { Injectable } from '@nestjs/common';
import { FactorySql } from '@mendao/platform';
import type { PurchasableItem } from './domain/purchase-suggestion';
import { parseQuantity } from './domain/quantity';

/** Kinds never bought: remnants come from cutting, work in progress and packages from the shop floor. */
const NOT_BOUGHT = ['remnant', 'wip', 'package'];

/** The purchasing queries, in the caller's factory ($1). */
@Injectable()
export class PurchasingRepository {
  constructor(private readonly sql: FactorySql) {}

  async purchasableItems(): Promise<PurchasableItem[]> {
    const rows = await this.sql.query<{
      id: string;
      code: string;
      name_zh: string;
      name_en: string;
      unit: string;
      reorder_point: string;
      purchase_unit: string | null;
      purchase_unit_size: string;
    }>(
      `SELECT id, code, name_zh, name_en, unit, reorder_point, purchase_unit, purchase_unit_size
         FROM item WHERE factory_id = $1 AND active AND NOT (kind = ANY($2::text[])) ORDER BY code`,
      [NOT_BOUGHT],
    );
    return rows.map((r) => ({
      id: r.id,
      code: r.code,
      nameZh: r.name_zh,
      nameEn: r.name_en,
      unit: r.unit,
      reorderPoint: parseQuantity(r.reorder_point),
      purchaseUnit: r.purchase_unit,
      purchaseUnitSize: parseQuantity(r.purchase_unit_size),
    }));
  }

  /** Stock per item at active locations of these types (what a picker could take). */
  async available(locationTypes: string[]): Promise<Map<string, number>> {
    const rows = await this.sql.query<{ item_id: string; quantity: string }>(
      `SELECT b.item_id, sum(b.quantity) AS quantity
         FROM stock_balance b JOIN location l ON l.factory_id = b.factory_id AND l.id = b.location_id
        WHERE b.factory_id = $1 AND b.quantity > 0 AND l.active AND l.type = ANY($2::text[])
        GROUP BY b.item_id`,
      [locationTypes],
    );
    return new Map(rows.map((r) => [r.item_id, parseQuantity(r.quantity)]));
  }
}
