import { Injectable } from '@nestjs/common';
import { FactorySql } from '@mendao/platform';
import type { EntityManager } from 'typeorm';
import type { PickListLineState, PickListStatus } from './domain/pick-list-state';
import type { PickLine } from './domain/pick-list';
import type { UnlistedMaterial } from './domain/pick-list-units';
import { parseQuantity } from './domain/quantity';

export interface PickListRow {
  id: string;
  splitRunId: string;
  createdBy: string | null;
  createdAt: Date;
}

export interface PickListDetailRow extends PickListRow {
  unlisted: UnlistedMaterial[];
}

/** A pick list as its list shows it; `at` is its created_at to the microsecond, for the cursor. */
export interface PickListListRow extends PickListRow {
  lines: number;
  linesPicked: number;
  shortageLines: number;
  at: string;
}

export interface PickListLineRow {
  seq: number;
  item: string;
  itemName: string;
  itemNameEn: string;
  unit: string;
  location: string | null;
  lot: string;
  quantity: number;
  picked: number;
  shortage: number;
  overPicked: number;
}

/** The pick lists' SQL: every statement runs in the caller's factory ($1, from the tenancy context). */
@Injectable()
export class PickListsRepository {
  constructor(private readonly sql: FactorySql) {}

  /** Stock a picker may take of these items: positive balances at active locations of the given types. */
  async pickableStock(itemIds: string[], locationTypes: string[]) {
    if (itemIds.length === 0) return [];
    const rows = await this.sql.query<{
      item_id: string;
      location_id: string;
      location_code: string;
      lot: string;
      quantity: string;
    }>(
      `SELECT b.item_id, b.location_id, l.code AS location_code, b.lot, b.quantity
         FROM stock_balance b JOIN location l ON l.factory_id = b.factory_id AND l.id = b.location_id
        WHERE b.factory_id = $1 AND b.item_id = ANY($2::uuid[]) AND b.quantity > 0
          AND l.active AND l.type = ANY($3::text[])`,
      [itemIds, locationTypes],
    );
    return rows.map((s) => ({
      itemId: s.item_id,
      locationId: s.location_id,
      locationCode: s.location_code,
      lot: s.lot,
      quantity: parseQuantity(s.quantity),
    }));
  }

  async insert(
    manager: EntityManager,
    list: { splitRunId: string; createdBy: string | null; unlisted: UnlistedMaterial[] },
    lines: PickLine[],
  ): Promise<string> {
    const [row] = await this.sql.query<{ id: string }>(
      `INSERT INTO pick_list (factory_id, split_run_id, created_by, unlisted) VALUES ($1, $2, $3, $4::jsonb) RETURNING id`,
      [list.splitRunId, list.createdBy, JSON.stringify(list.unlisted)],
      manager,
    );
    if (lines.length > 0)
      await this.sql.query(
        `INSERT INTO pick_list_line (factory_id, pick_list_id, seq, item_id, location_id, lot, quantity, shortage)
         SELECT $1, $2, x.seq, x.item_id, x.location_id, x.lot, x.quantity, x.shortage
           FROM jsonb_to_recordset($3::jsonb) AS x(seq int, item_id uuid, location_id uuid, lot text, quantity numeric, shortage numeric)`,
        [
          row.id,
          JSON.stringify(
            lines.map((l, k) => ({
              seq: k + 1,
              item_id: l.itemId,
              location_id: l.locationId,
              lot: l.lot,
              quantity: l.quantity,
              shortage: l.shortage,
            })),
          ),
        ],
        manager,
      );
    return row.id;
  }

  /**
   * The pick list of a split run, if it has one. With a manager, after taking the run's turn (a
   * transaction-scoped advisory lock), so two creates for one run cannot both find none.
   */
  async findForRun(splitRunId: string, manager?: EntityManager): Promise<string | undefined> {
    if (manager) await this.sql.lock(`pick_list:${splitRunId}`, manager);
    const [row] = await this.sql.query<{ id: string }>(
      `SELECT id FROM pick_list WHERE factory_id = $1 AND split_run_id = $2 ORDER BY created_at LIMIT 1`,
      [splitRunId],
      manager,
    );
    return row?.id;
  }

  async find(id: string): Promise<PickListDetailRow | undefined> {
    const [row] = await this.sql.query<{
      id: string;
      split_run_id: string;
      created_by: string | null;
      created_at: Date;
      unlisted: UnlistedMaterial[] | null;
    }>(`SELECT id, split_run_id, created_by, created_at, unlisted FROM pick_list WHERE factory_id = $1 AND id = $2`, [
      id,
    ]);
    return (
      row && {
        id: row.id,
        splitRunId: row.split_run_id,
        createdBy: row.created_by,
        createdAt: row.created_at,
        unlisted: row.unlisted ?? [],
      }
    );
  }

  /**
   * What the pick lists of these runs still need, per item (line quantity less picked, never below zero),
   * which of the runs have a list at all, and the materials those lists do not carry.
   */
  async remainingOfRuns(splitRunIds: string[]): Promise<{
    listed: Set<string>;
    remaining: { splitRunId: string; itemId: string; quantity: number }[];
    unlisted: (UnlistedMaterial & { splitRunId: string })[];
  }> {
    if (splitRunIds.length === 0) return { listed: new Set(), remaining: [], unlisted: [] };
    const rows = await this.sql.query<{ split_run_id: string; item_id: string | null; remaining: string | null }>(
      `SELECT p.split_run_id, l.item_id, sum(greatest(l.quantity - l.picked, 0)) AS remaining
         FROM pick_list p LEFT JOIN pick_list_line l ON l.factory_id = p.factory_id AND l.pick_list_id = p.id
        WHERE p.factory_id = $1 AND p.split_run_id = ANY($2::uuid[])
        GROUP BY p.split_run_id, l.item_id`,
      [splitRunIds],
    );
    const lists = await this.sql.query<{ split_run_id: string; unlisted: UnlistedMaterial[] | null }>(
      `SELECT split_run_id, unlisted FROM pick_list WHERE factory_id = $1 AND split_run_id = ANY($2::uuid[])`,
      [splitRunIds],
    );
    return {
      unlisted: lists.flatMap((l) => (l.unlisted ?? []).map((u) => ({ ...u, splitRunId: l.split_run_id }))),
      listed: new Set(rows.map((r) => r.split_run_id)),
      remaining: rows
        .filter((r) => r.item_id !== null)
        .map((r) => ({
          splitRunId: r.split_run_id,
          itemId: r.item_id as string,
          quantity: parseQuantity(r.remaining),
        })),
    };
  }

  async lines(id: string): Promise<PickListLineRow[]> {
    const rows = await this.sql.query<{
      seq: number;
      item: string;
      item_name: string;
      item_name_en: string;
      unit: string;
      location: string | null;
      lot: string;
      quantity: string;
      picked: string;
      shortage: string;
      over_picked: string;
    }>(
      `SELECT p.seq, i.code AS item, i.name_zh AS item_name, i.name_en AS item_name_en, i.unit, l.code AS location, p.lot, p.quantity, p.picked, p.shortage, p.over_picked
         FROM pick_list_line p JOIN item i ON i.factory_id = p.factory_id AND i.id = p.item_id
         LEFT JOIN location l ON l.factory_id = p.factory_id AND l.id = p.location_id
        WHERE p.factory_id = $1 AND p.pick_list_id = $2
        ORDER BY p.seq`,
      [id],
    );
    return rows.map((r) => ({
      seq: r.seq,
      item: r.item,
      itemName: r.item_name,
      itemNameEn: r.item_name_en,
      unit: r.unit,
      location: r.location,
      lot: r.lot,
      quantity: parseQuantity(r.quantity),
      picked: parseQuantity(r.picked),
      shortage: parseQuantity(r.shortage),
      overPicked: parseQuantity(r.over_picked),
    }));
  }

  /** The lines' state, as the pick-list state machine reads it; undefined: no such pick list. */
  async lineStates(id: string): Promise<PickListLineState[] | undefined> {
    const rows = await this.sql.query<{
      list: string;
      id: string | null;
      seq: number;
      item_id: string;
      location_id: string | null;
      lot: string;
      quantity: string;
      picked: string;
    }>(
      `SELECT p.id AS list, l.id, l.seq, l.item_id, l.location_id, l.lot, l.quantity, l.picked
         FROM pick_list p LEFT JOIN pick_list_line l ON l.factory_id = p.factory_id AND l.pick_list_id = p.id
        WHERE p.factory_id = $1 AND p.id = $2`,
      [id],
    );
    if (rows.length === 0) return undefined;
    return rows
      .filter((r) => r.id !== null)
      .map((r) => ({
        id: r.id as string,
        seq: r.seq,
        itemId: r.item_id,
        locationId: r.location_id,
        lot: r.lot,
        quantity: parseQuantity(r.quantity),
        picked: parseQuantity(r.picked),
      }));
  }

  /**
   * One page of the factory's pick lists, newest first, after the (created_at, id) `after` key, with how far
   * picking has got (a list is complete when every line is picked, as domain/pick-list-state.ts says).
   */
  async page(
    filter: { splitRunId?: string; status?: PickListStatus; after?: [string, string] },
    limit: number,
  ): Promise<PickListListRow[]> {
    const rows = await this.sql.query<{
      id: string;
      split_run_id: string;
      created_by: string | null;
      created_at: Date;
      lines: string;
      lines_picked: string;
      shortage_lines: string;
      at: string;
    }>(
      `SELECT * FROM (
         SELECT p.id, p.split_run_id, p.created_by, p.created_at,
                count(l.id) AS lines,
                count(l.id) FILTER (WHERE l.picked >= l.quantity) AS lines_picked,
                count(l.id) FILTER (WHERE l.location_id IS NULL) AS shortage_lines,
                to_char(p.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at
           FROM pick_list p LEFT JOIN pick_list_line l ON l.factory_id = p.factory_id AND l.pick_list_id = p.id
          WHERE p.factory_id = $1 AND ($2::uuid IS NULL OR p.split_run_id = $2)
            AND ($3::timestamptz IS NULL OR (p.created_at, p.id) < ($3::timestamptz, $4::uuid))
          GROUP BY p.id) x
        WHERE $5::text IS NULL OR (CASE WHEN x.lines_picked = x.lines THEN 'complete' ELSE 'open' END) = $5
        ORDER BY x.created_at DESC, x.id DESC
        LIMIT $6`,
      [filter.splitRunId ?? null, filter.after?.[0] ?? null, filter.after?.[1] ?? null, filter.status ?? null, limit],
    );
    return rows.map((r) => ({
      id: r.id,
      splitRunId: r.split_run_id,
      createdBy: r.created_by,
      createdAt: r.created_at,
      lines: Number(r.lines),
      linesPicked: Number(r.lines_picked),
      shortageLines: Number(r.shortage_lines),
      at: r.at,
    }));
  }
}
