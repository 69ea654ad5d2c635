import { Injectable } from '@nestjs/common';
import { DomainError, FactorySql, NotFoundError } from '@mendao/platform';
import type { EntityManager } from 'typeorm';
import { type OrderPackingView, PackagesService } from './order-packages.service';
import { PACKING_ERRORS } from './packing.errors';

export interface StationView {
  code: string;
  name: string;
  active: boolean;
  /** The order open at the station: a package of another order is refused there (not_expected, wrong_order). */
  openOrder: { id: string; orderNo: string } | null;
  openedAt: string | null;
  createdAt: string;
}

export interface StationDetail extends StationView {
  /** The open order's packing progress (null with no open order). */
  progress: OrderPackingView | null;
}

/** A station row as the scan path reads it, under its lock. */
export interface StationRow {
  code: string;
  name: string;
  active: boolean;
  open_order_id: string | null;
  open_order_no: string | null;
  /** An order packed (or shipped) since it was opened is open no more: its station takes the next order. */
  open_order_status: string | null;
  opened_at: Date | null;
  created_at: Date;
}

const SELECT = `SELECT s.code, s.name, s.active, s.open_order_id, o.order_no AS open_order_no,
                       o.status AS open_order_status, s.opened_at, s.created_at
                  FROM packing_station s
                  LEFT JOIN sales_order o ON o.factory_id = s.factory_id AND o.id = s.open_order_id`;

/** Pack stations (打包工位): their codes and names, whether they take scans, and the order open at each. */
@Injectable()
export class StationsService {
  constructor(
    private readonly sql: FactorySql,
    private readonly packages: PackagesService,
  ) {}

  async list(): Promise<StationView[]> {
    const rows = await this.sql.query<StationRow>(`${SELECT} WHERE s.factory_id = $1 ORDER BY s.code`);
    return rows.map(stationView);
  }

  async get(code: string): Promise<StationDetail> {
    const station = stationView(await this.row(code, 'code'));
    const progress = station.openOrder ? await this.packages.orderProgress(station.openOrder.id) : null;
    return { ...station, progress };
  }

  async create(body: { code: string; name: string; active?: boolean }): Promise<StationView> {
    const rows = await this.sql.query<{ code: string }>(
      `INSERT INTO packing_station (factory_id, code, name, active) VALUES ($1, $2, $3, $4)
       ON CONFLICT (factory_id, code) DO NOTHING RETURNING code`,
      [body.code, body.name, body.active ?? true],
    );
    if (rows.length === 0)
      throw new DomainError(
        PACKING_ERRORS['packing.station_exists'],
        `pack station ${body.code} exists / 打包工位 ${body.code} 已存在`,
        { station: body.code },
        [{ field: 'code', message: 'is taken by another pack station / 该工位编码已被使用' }],
      );
    return stationView(await this.row(body.code, 'code'));
  }

  async update(code: string, patch: { name?: string; active?: boolean }): Promise<StationView> {
    await this.row(code, 'code');
    await this.sql.query(
      `UPDATE packing_station SET name = coalesce($3, name), active = coalesce($4, active)
        WHERE factory_id = $1 AND code = $2`,
      [code, patch.name ?? null, patch.active ?? null],
    );
    return stationView(await this.row(code, 'code'));
  }

  /**
   * Opens an order at the station (id or order number), switches to another, or clears it (null). Only an order in
   * production is opened (409 packing.order_not_packable); an inactive station takes no order (409).
   */
  async setOrder(code: string, orderKey: string | null): Promise<StationDetail> {
    const station = await this.row(code, 'code');
    assertActive(station);
    let orderId: string | null = null;
    if (orderKey !== null) {
      const order = await this.packages.order(orderKey, 'order');
      if (order.status !== 'in_production')
        throw new DomainError(
          PACKING_ERRORS['packing.order_not_packable'],
          `order ${order.orderNo} is ${order.status}; only an order in production is packed / 订单 ${order.orderNo} 不在生产中，不可打包`,
          { order: order.orderNo, status: order.status },
          [{ field: 'order', message: `is ${order.status}, not in_production` }],
        );
      orderId = order.id;
    }
    await this.sql.query(
      `UPDATE packing_station SET open_order_id = $3, opened_at = CASE WHEN $3::uuid IS NULL THEN NULL ELSE now() END
        WHERE factory_id = $1 AND code = $2`,
      [code, orderId],
    );
    return this.get(code);
  }

  /**
   * The station for a scan, locked until the scan's transaction ends: scans at one station take turns. Its open order
   * reads as none once that order is no longer in production (packed at another station, say). An unknown station is a
   * 404 naming `station`, an inactive one a 409.
   */
  async lockForScan(code: string, manager: EntityManager): Promise<StationRow> {
    const [row] = await this.sql.query<StationRow>(
      `SELECT s.code, s.name, s.active, s.open_order_id, o.order_no AS open_order_no,
              o.status AS open_order_status, s.opened_at, s.created_at
         FROM packing_station s
         LEFT JOIN sales_order o ON o.factory_id = s.factory_id AND o.id = s.open_order_id
        WHERE s.factory_id = $1 AND s.code = $2
          FOR UPDATE OF s`,
      [code],
      manager,
    );
    if (!row) throw new NotFoundError('pack station', code, 'station');
    return stationInScan(row);
  }

  /** Opens (orderId) or clears (null) the station's order inside a scan. */
  async openInScan(code: string, orderId: string | null, manager: EntityManager): Promise<void> {
    await this.sql.query(
      `UPDATE packing_station SET open_order_id = $3, opened_at = CASE WHEN $3::uuid IS NULL THEN NULL ELSE now() END
        WHERE factory_id = $1 AND code = $2`,
      [code, orderId],
      manager,
    );
  }

  private async row(code: string, field: string): Promise<StationRow> {
    const [row] = await this.sql.query<StationRow>(`${SELECT} WHERE s.factory_id = $1 AND s.code = $2`, [code]);
    if (!row) throw new NotFoundError('pack station', code, field);
    return row;
  }
}

function assertActive(station: StationRow): void {
  if (!station.active)
    throw new DomainError(
      PACKING_ERRORS['packing.station_inactive'],
      `pack station ${station.code} is inactive / 打包工位 ${station.code} 已停用`,
      { station: station.code },
      [{ field: 'station', message: 'is inactive' }],
    );
}

/** A station row a scan read under its lock: 409 when inactive; its open order only while in production. */
export function stationInScan(row: StationRow): StationRow {
  assertActive(row);
  return stillOpen(row);
}

/** The station with its open order only while that order is in production. */
function stillOpen(row: StationRow): StationRow {
  return row.open_order_id !== null && row.open_order_status !== 'in_production'
    ? { ...row, open_order_id: null, open_order_no: null, opened_at: null }
    : row;
}

export function stationView(station: StationRow): StationView {
  const row = stillOpen(station);
  return {
    code: row.code,
    name: row.name,
    active: row.active,
    openOrder:
      row.open_order_id === null ? null : { id: row.open_order_id, orderNo: row.open_order_no ?? row.open_order_id },
    openedAt: row.opened_at ? new Date(row.opened_at).toISOString() : null,
    createdAt: new Date(row.created_at).toISOString(),
  };
}
