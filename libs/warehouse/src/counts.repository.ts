import { Injectable } from '@nestjs/common';
import { FactorySql } from '@mendao/platform';
import type { EntityManager } from 'typeorm';
import type { CountStatus } from './domain/count-state';
import { parseQuantity } from './domain/quantity';

export interface CountRow {
  id: string;
  locationId: string | null;
  itemId: string | null;
  status: CountStatus;
}

/** A count as its list shows it; `at` is its created_at to the microsecond, for the cursor. */
export interface CountListRow {
  id: string;
  location: string | null;
  item: string | null;
  status: CountStatus;
  openedBy: string | null;
  closedBy: string | null;
  createdAt: Date;
  closedAt: Date | null;
  scans: number;
  totals: { gain: number; loss: number; net: number; value: number } | null;
  at: string;
}

export type StockKey = Omit<StockQuantity, 'quantity'>;

export interface StockQuantity {
  locationId: string;
  itemId: string;
  lot: string;
  quantity: number;
}

type Raw = { location_id: string; item_id: string; lot: string; quantity: string };
const stockQuantity = (r: Raw): StockQuantity => ({
  locationId: r.location_id,
  itemId: r.item_id,
  lot: r.lot,
  quantity: parseQuantity(r.quantity),
});
const countRow = (r: { id: string; location_id: string | null; item_id: string | null; status: CountStatus }) => ({
  id: r.id,
  locationId: r.location_id,
  itemId: r.item_id,
  status: r.status,
});

/** The counts' SQL (盘点): every statement runs in the caller's factory ($1, from the tenancy context). */
@Injectable()
export class CountsRepository {
  constructor(private readonly sql: FactorySql) {}

  /** Openers of one factory take turns (a transaction-scoped advisory lock), so check and insert cannot interleave. */
  async takeOpenersTurn(manager: EntityManager): Promise<void> {
    await this.sql.lock('stock_count', manager);
  }

  async openCounts(manager: EntityManager): Promise<CountRow[]> {
    const rows = await this.sql.query<Parameters<typeof countRow>[0]>(
      `SELECT id, location_id, item_id, status FROM stock_count WHERE factory_id = $1 AND status = 'open' ORDER BY created_at`,
      [],
      manager,
    );
    return rows.map(countRow);
  }

  /**
   * The first open count covering a location (or an item): one of it, or of every location (every item).
   * Call after takeOpenersTurn, so no count opens between this check and the caller's change.
   */
  async openCountCovering(
    manager: EntityManager,
    what: { locationId: string } | { itemId: string },
  ): Promise<string | undefined> {
    const column = 'locationId' in what ? 'location_id' : 'item_id';
    const [row] = await this.sql.query<{ id: string }>(
      `SELECT id FROM stock_count WHERE factory_id = $1 AND status = 'open' AND (${column} = $2 OR ${column} IS NULL)
        ORDER BY created_at LIMIT 1`,
      ['locationId' in what ? what.locationId : what.itemId],
      manager,
    );
    return row?.id;
  }

  async insertOpen(
    manager: EntityManager,
    count: { locationId: string | null; itemId: string | null; openedBy: string | null },
  ): Promise<string> {
    const [row] = await this.sql.query<{ id: string }>(
      // clock_timestamp, as the ledger's rows: the close compares it with the moves since (see movedSinceOpen)
      `INSERT INTO stock_count (factory_id, location_id, item_id, status, opened_by, created_at)
       VALUES ($1, $2, $3, 'open', $4, clock_timestamp()) RETURNING id`,
      [count.locationId, count.itemId, count.openedBy],
      manager,
    );
    return row.id;
  }

  /**
   * The count row, locked: shared by a scan (scans run side by side), exclusive by a close (which waits for
   * scans in flight, and which they then wait for). undefined: no such count in this factory.
   */
  async lockCount(manager: EntityManager, id: string, mode: 'share' | 'update'): Promise<CountRow | undefined> {
    const [row] = await this.sql.query<Parameters<typeof countRow>[0]>(
      `SELECT id, location_id, item_id, status FROM stock_count WHERE factory_id = $1 AND id = $2
          FOR ${mode === 'share' ? 'SHARE' : 'UPDATE'}`,
      [id],
      manager,
    );
    return row && countRow(row);
  }

  /** A blind scan; false when its scanId was recorded before (nothing changes). */
  async insertScan(
    manager: EntityManager,
    scan: {
      scanId: string;
      countId: string;
      locationId: string;
      itemId: string;
      lot: string;
      quantity: number;
      username: string | null;
      device: string | null;
    },
  ): Promise<boolean> {
    // clock_timestamp, as the ledger's rows: the close compares it with the moves since (see movedSinceFirstScan)
    const inserted = await this.sql.query(
      `INSERT INTO stock_count_scan (factory_id, scan_id, count_id, location_id, item_id, lot, quantity, username, device, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, clock_timestamp())
       ON CONFLICT (factory_id, scan_id) DO NOTHING RETURNING scan_id`,
      [scan.scanId, scan.countId, scan.locationId, scan.itemId, scan.lot, scan.quantity, scan.username, scan.device],
      manager,
    );
    return inserted.length > 0;
  }

  async countedSoFar(key: { countId: string; locationId: string; itemId: string; lot: string }): Promise<number> {
    const [row] = await this.sql.query<{ quantity: string }>(
      `SELECT COALESCE(sum(quantity), 0) AS quantity FROM stock_count_scan
        WHERE factory_id = $1 AND count_id = $2 AND location_id = $3 AND item_id = $4 AND lot = $5`,
      [key.countId, key.locationId, key.itemId, key.lot],
    );
    return parseQuantity(row?.quantity);
  }

  /**
   * The books a count covers, locked in the one global order (item, location, lot) so that moves wait
   * rather than slip in between. Inactive locations are left out: nobody can scan there, so a count would
   * only write their stock off; but stock scanned in this count stays, whatever became of its location
   * since (left out, its book would be 0 and its count a gain: the stock counted twice).
   */
  async lockBook(manager: EntityManager, count: CountRow): Promise<StockQuantity[]> {
    const rows = await this.sql.query<Raw>(
      `SELECT b.location_id, b.item_id, b.lot, b.quantity
         FROM stock_balance b JOIN location l ON l.factory_id = b.factory_id AND l.id = b.location_id
        WHERE b.factory_id = $1 AND ($2::uuid IS NULL OR b.location_id = $2) AND ($3::uuid IS NULL OR b.item_id = $3)
          AND b.quantity > 0
          AND (l.active OR EXISTS (SELECT 1 FROM stock_count_scan s
                                    WHERE s.factory_id = b.factory_id AND s.count_id = $4 AND s.location_id = b.location_id
                                      AND s.item_id = b.item_id AND s.lot = b.lot))
        ORDER BY b.item_id, b.location_id, b.lot FOR UPDATE OF b`,
      [count.locationId, count.itemId, count.id],
      manager,
    );
    return rows.map(stockQuantity);
  }

  /**
   * What was counted per location, item and lot, with the net quantity the ledger moved in or out of that
   * stock since its first scan: the book at the moment it was counted is the book now minus that.
   */
  async countedWithMovesSince(
    manager: EntityManager,
    countId: string,
  ): Promise<(StockQuantity & { movedSince: number })[]> {
    const rows = await this.sql.query<Raw & { moved_since: string }>(
      `SELECT s.location_id, s.item_id, s.lot, s.quantity,
              COALESCE((SELECT sum(CASE WHEN m.to_location_id = s.location_id THEN m.quantity ELSE -m.quantity END)
                          FROM stock_move m
                         WHERE m.factory_id = $1 AND m.item_id = s.item_id AND m.lot = s.lot
                           AND (m.from_location_id = s.location_id OR m.to_location_id = s.location_id)
                           AND m.created_at > s.first_at), 0) AS moved_since
         FROM (SELECT location_id, item_id, lot, sum(quantity) AS quantity, min(created_at) AS first_at
                 FROM stock_count_scan WHERE factory_id = $1 AND count_id = $2
                GROUP BY location_id, item_id, lot) s`,
      [countId],
      manager,
    );
    return rows.map((r) => ({ ...stockQuantity(r), movedSince: parseQuantity(r.moved_since) }));
  }

  /**
   * The net quantity the ledger moved in or out of each stock the count covers since the count opened:
   * the book when it opened is the book now minus that (for stock never scanned).
   */
  async movedSinceOpen(manager: EntityManager, count: CountRow): Promise<(StockKey & { movedSince: number })[]> {
    const rows = await this.sql.query<Raw>(
      `SELECT x.location_id, x.item_id, x.lot, sum(x.quantity) AS quantity
         FROM (SELECT m.to_location_id AS location_id, m.item_id, m.lot, m.quantity
                 FROM stock_move m JOIN stock_count c ON c.factory_id = m.factory_id AND c.id = $2
                WHERE m.factory_id = $1 AND m.to_location_id IS NOT NULL AND m.created_at > c.created_at
                  AND ($3::uuid IS NULL OR m.to_location_id = $3) AND ($4::uuid IS NULL OR m.item_id = $4)
               UNION ALL
               SELECT m.from_location_id, m.item_id, m.lot, -m.quantity
                 FROM stock_move m JOIN stock_count c ON c.factory_id = m.factory_id AND c.id = $2
                WHERE m.factory_id = $1 AND m.from_location_id IS NOT NULL AND m.created_at > c.created_at
                  AND ($3::uuid IS NULL OR m.from_location_id = $3) AND ($4::uuid IS NULL OR m.item_id = $4)) x
        GROUP BY x.location_id, x.item_id, x.lot`,
      [count.id, count.locationId, count.itemId],
      manager,
    );
    return rows.map((r) => {
      const { quantity, ...key } = stockQuantity(r);
      return { ...key, movedSince: quantity };
    });
  }

  async markClosed(
    manager: EntityManager,
    id: string,
    closed: { status: CountStatus; closedBy: string | null; report: unknown },
  ): Promise<void> {
    await this.sql.query(
      `UPDATE stock_count SET status = $3, closed_by = $4, closed_at = now(), report = $5::jsonb
        WHERE factory_id = $1 AND id = $2`,
      [id, closed.status, closed.closedBy, JSON.stringify(closed.report)],
      manager,
    );
  }

  /** One page of the factory's counts, newest first, after the (created_at, id) `after` key. */
  async page(filter: { status?: CountStatus; after?: [string, string] }, limit: number): Promise<CountListRow[]> {
    const rows = await this.sql.query<{
      id: string;
      location: string | null;
      item: string | null;
      status: CountStatus;
      opened_by: string | null;
      closed_by: string | null;
      created_at: Date;
      closed_at: Date | null;
      scans: string;
      totals: CountListRow['totals'];
      at: string;
    }>(
      `SELECT c.id, l.code AS location, i.code AS item, c.status, c.opened_by, c.closed_by, c.created_at, c.closed_at,
              (SELECT count(*) FROM stock_count_scan s WHERE s.factory_id = c.factory_id AND s.count_id = c.id) AS scans,
              c.report -> 'totals' AS totals,
              to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at
         FROM stock_count c
         LEFT JOIN location l ON l.factory_id = c.factory_id AND l.id = c.location_id
         LEFT JOIN item i ON i.factory_id = c.factory_id AND i.id = c.item_id
        WHERE c.factory_id = $1 AND ($2::text IS NULL OR c.status = $2)
          AND ($3::timestamptz IS NULL OR (c.created_at, c.id) < ($3::timestamptz, $4::uuid))
        ORDER BY c.created_at DESC, c.id DESC
        LIMIT $5`,
      [filter.status ?? null, filter.after?.[0] ?? null, filter.after?.[1] ?? null, limit],
    );
    return rows.map((r) => ({
      id: r.id,
      location: r.location,
      item: r.item,
      status: r.status,
      openedBy: r.opened_by,
      closedBy: r.closed_by,
      createdAt: r.created_at,
      closedAt: r.closed_at,
      scans: Number(r.scans),
      totals: r.totals ?? null,
      at: r.at,
    }));
  }
}
