import { Injectable } from '@nestjs/common';
import { FactorySql } from '@mendao/platform';
import type { EntityManager } from 'typeorm';

/** Locations a picker takes stock from (as pick lists): a remnant in production or scrap is not offered. */
const PICKABLE = ['storage', 'receiving'];

/**
 * What each run still holds of a remnant item: reserved less what the ledger has issued for that run, never below
 * zero. `$2` lists the runs left out (the claiming run and the runs it replaces). An issue is for the run when it
 * names the run or one of the run's pick lists (issues recorded before a pick list's run was written on the move
 * name the list only).
 */
const HELD = `
  SELECT r.item_id, sum(GREATEST(0, r.quantity - COALESCE((
           SELECT sum(m.quantity) FROM stock_move m
            WHERE m.factory_id = r.factory_id AND m.type = 'issue' AND m.item_id = r.item_id
              AND (m.split_run_id = r.split_run_id
                   OR m.pick_list_id IN (SELECT p.id FROM pick_list p
                                          WHERE p.factory_id = r.factory_id AND p.split_run_id = r.split_run_id))), 0)))
         AS quantity
    FROM remnant_reservation r
   WHERE r.factory_id = $1 AND NOT (r.split_run_id = ANY($2::uuid[]))
   GROUP BY r.item_id`;

const PICKABLE_BALANCE = `
  SELECT b.item_id, sum(b.quantity) AS quantity
    FROM stock_balance b JOIN location l ON l.factory_id = b.factory_id AND l.id = b.location_id
   WHERE b.factory_id = $1 AND b.quantity > 0 AND l.type = ANY($3::text[])
   GROUP BY b.item_id`;

export interface RemnantStockRow {
  item_id: string;
  item: string;
  material: string;
  length: string | null;
  width: string | null;
  on_hand: string;
  reserved: string;
  available: string;
}

/** The remnant_reservation table, and remnant stock net of what runs hold (the caller's factory is `$1`). */
@Injectable()
export class RemnantReservationsRepository {
  constructor(private readonly sql: FactorySql) {}

  /** Claims of different runs take turns within the factory, so two never count the same piece as free. */
  lock(manager: EntityManager): Promise<void> {
    return this.sql.lock('remnant-claim', manager);
  }

  /**
   * Remnant items of these materials (codes of their parent items, all when null) with stock on hand at pickable
   * locations, what other runs hold of them, and what is left to offer.
   */
  stock(materials: string[] | null, excludedRuns: string[], manager?: EntityManager): Promise<RemnantStockRow[]> {
    return this.sql.query<RemnantStockRow>(
      `WITH held AS (${HELD}), pickable AS (${PICKABLE_BALANCE})
       SELECT i.id AS item_id, i.code AS item, p.code AS material, i.length, i.width,
              pk.quantity AS on_hand, COALESCE(h.quantity, 0) AS reserved,
              GREATEST(0, pk.quantity - COALESCE(h.quantity, 0)) AS available
         FROM item i
         JOIN item p ON p.factory_id = i.factory_id AND p.id = i.parent_item_id
         JOIN pickable pk ON pk.item_id = i.id
         LEFT JOIN held h ON h.item_id = i.id
        WHERE i.factory_id = $1 AND i.kind = 'remnant' AND i.active AND ($4::text[] IS NULL OR p.code = ANY($4::text[]))
        ORDER BY p.code, i.length DESC, i.width DESC NULLS LAST, i.code`,
      [excludedRuns, PICKABLE, materials],
      manager,
    );
  }

  /**
   * One remnant item as an issue for `runId` (none: for no run) sees it: on hand at pickable locations, and what
   * other runs hold of it (the issuing run's own holding is its to take).
   */
  async heldFromRun(itemId: string, runId: string | null): Promise<{ onHand: string; heldByOthers: string }> {
    const [row] = await this.sql.query<{ on_hand: string; held: string }>(
      `WITH held AS (${HELD}), pickable AS (${PICKABLE_BALANCE})
       SELECT COALESCE((SELECT quantity FROM pickable WHERE item_id = $4), 0) AS on_hand,
              COALESCE((SELECT quantity FROM held WHERE item_id = $4), 0) AS held`,
      [runId === null ? [] : [runId], PICKABLE, itemId],
    );
    return { onHand: row.on_hand, heldByOthers: row.held };
  }

  /** The run's reservations become exactly `items` (item id → pieces). */
  async replace(runId: string, items: { itemId: string; quantity: number }[], manager: EntityManager): Promise<void> {
    await this.sql.query(
      `DELETE FROM remnant_reservation WHERE factory_id = $1 AND split_run_id = $2`,
      [runId],
      manager,
    );
    if (items.length === 0) return;
    await this.sql.query(
      `INSERT INTO remnant_reservation (factory_id, split_run_id, item_id, quantity)
       SELECT $1, $2, x.item_id, x.quantity FROM jsonb_to_recordset($3::jsonb) AS x(item_id uuid, quantity numeric)`,
      [runId, JSON.stringify(items.map((i) => ({ item_id: i.itemId, quantity: i.quantity })))],
      manager,
    );
  }

  /** Keeps only the run's reservations of these items (codes), at most the pieces given. */
  async keep(runId: string, used: { item: string; quantity: number }[], manager?: EntityManager): Promise<void> {
    await this.sql.query(
      `WITH used AS (
         SELECT i.id AS item_id, x.quantity FROM jsonb_to_recordset($3::jsonb) AS x(item text, quantity numeric)
           JOIN item i ON i.factory_id = $1 AND i.code = x.item),
       kept AS (
         UPDATE remnant_reservation r SET quantity = LEAST(r.quantity, u.quantity) FROM used u
          WHERE r.factory_id = $1 AND r.split_run_id = $2 AND r.item_id = u.item_id RETURNING r.id)
       DELETE FROM remnant_reservation r
        WHERE r.factory_id = $1 AND r.split_run_id = $2 AND r.id NOT IN (SELECT id FROM kept)`,
      [runId, JSON.stringify(used)],
      manager,
    );
  }

  /** Releases everything these runs hold (runs a newer split of the same orders replaced). */
  async release(runIds: string[], manager?: EntityManager): Promise<void> {
    if (runIds.length === 0) return;
    await this.sql.query(
      `DELETE FROM remnant_reservation WHERE factory_id = $1 AND split_run_id = ANY($2::uuid[])`,
      [runIds],
      manager,
    );
  }

  /** What the run holds, per item (the pick list asks for these pieces). */
  ofRun(runId: string): Promise<{ item_id: string; quantity: string }[]> {
    return this.sql.query(
      `SELECT item_id, quantity FROM remnant_reservation WHERE factory_id = $1 AND split_run_id = $2 ORDER BY item_id`,
      [runId],
    );
  }
}
