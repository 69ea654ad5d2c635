import { Injectable } from '@nestjs/common';
import { FactoryScope, FactorySql, isUuid } from '@mendao/platform';
import type { EntityManager } from 'typeorm';
import type { MissingPackage, PackedPackageStatus, ShipmentStatus } from '../packing.entities';
import { Shipment, ShipmentOrder } from '../packing.entities';

/** A package's packing state as a load scan and a shipment read it. */
export interface PackageState {
  code: string;
  status: PackedPackageStatus;
  shipmentId: string | null;
  packedAt: Date;
  packedBy: string | null;
  station: string | null;
  loadedAt: Date | null;
  loadedBy: string | null;
}

interface StateRow {
  code: string;
  status: PackedPackageStatus;
  shipment_id: string | null;
  packed_at: Date;
  packed_by: string | null;
  packed_station: string | null;
  loaded_at: Date | null;
  loaded_by: string | null;
}

/** A package just loaded, in the row shape a package view reads (packedBy a username). */
export interface LoadedRow {
  status: 'loaded';
  packed_at: Date;
  packed_by: string | null;
  packed_station: string | null;
  loaded_at: Date;
  shipment_id: string;
}

// who packed and who loaded, by the username the scan recorded (a user renamed later still reads as then)
const STATE_SELECT = `
  SELECT p.code, p.status, p.shipment_id, p.packed_at, ps.username AS packed_by, p.packed_station, p.loaded_at,
         ls.username AS loaded_by
    FROM packed_package p
    LEFT JOIN packing_scan ps ON ps.factory_id = p.factory_id AND ps.scan_id = p.pack_scan_id
    LEFT JOIN packing_scan ls ON ls.factory_id = p.factory_id AND ls.scan_id = p.load_scan_id`;

/** The named queries of shipments (shipment, shipment_order) and of the package states they load. */
@Injectable()
export class ShipmentsRepository {
  constructor(
    private readonly scope: FactoryScope,
    private readonly sql: FactorySql,
  ) {}

  /** The factory's day at `now` (YYYYMMDD, its time zone) and its time zone. */
  async factoryDay(now: Date, manager?: EntityManager): Promise<{ day: string; timeZone: string }> {
    const [row] = await this.sql.query<{ day: string; time_zone: string }>(
      `SELECT f.id AS factory_id, to_char($2::timestamptz AT TIME ZONE f.time_zone, 'YYYYMMDD') AS day, f.time_zone
         FROM factory f WHERE f.id = $1`,
      [now.toISOString()],
      manager,
    );
    return { day: row.day, timeZone: row.time_zone };
  }

  /** The last place taken among the day's shipment numbers (0 for none); the caller holds the numbering lock. */
  async lastSequence(day: string, manager: EntityManager): Promise<number> {
    const [row] = await this.sql.query<{ last: number | null }>(
      `SELECT max(substring(number from 13)::int) AS last FROM shipment
        WHERE factory_id = $1 AND number ~ ('^SH-' || $2 || '-[0-9]{3,}$')`,
      [day],
      manager,
    );
    return row.last ?? 0;
  }

  /** Shipment numbers are taken one at a time in a factory until the transaction ends. */
  lockNumbering(manager: EntityManager): Promise<void> {
    return this.sql.lock('shipment-number', manager);
  }

  async insert(
    shipment: Pick<Shipment, 'number' | 'vehicle' | 'driver' | 'createdBy'>,
    orders: { orderId: string; stop: number }[],
    manager: EntityManager,
  ): Promise<string> {
    const shipments = this.scope.repository(Shipment, manager);
    const saved = await shipments.save(shipments.create(shipment));
    await this.scope
      .repository(ShipmentOrder, manager)
      .insertMany(orders.map((o) => ({ shipmentId: saved.id, orderId: o.orderId, stop: o.stop })));
    return saved.id;
  }

  /** The open shipments any of these orders is on: [{orderId, number}]. */
  openShipmentsOf(orderIds: string[], manager: EntityManager): Promise<{ order_id: string; number: string }[]> {
    return this.sql.query(
      `SELECT so.order_id, s.number FROM shipment_order so
         JOIN shipment s ON s.factory_id = so.factory_id AND s.id = so.shipment_id
        WHERE so.factory_id = $1 AND so.order_id = ANY($2::uuid[]) AND s.status = 'open'
        ORDER BY s.number`,
      [orderIds],
      manager,
    );
  }

  /** The shipment a key names (its id or its number), or null. */
  async findByKey(key: string, manager?: EntityManager): Promise<Shipment | null> {
    const repository = this.scope.repository(Shipment, manager);
    return isUuid(key) ? repository.findOneBy({ id: key.toLowerCase() }) : repository.findOneBy({ number: key });
  }

  /**
   * The shipment locked until the transaction ends: `share` for load scans (they go on side by side), `update` to
   * close (it waits for the scans in progress, and the scans after it see it closed).
   */
  lock(id: string, mode: 'share' | 'update', manager: EntityManager): Promise<Shipment | null> {
    return this.scope
      .repository(Shipment, manager)
      .query('s')
      .andWhere('s.id = :id', { id })
      .setLock(mode === 'share' ? 'pessimistic_read' : 'pessimistic_write')
      .getOne();
  }

  /** Its orders in delivery order (stop 1 first). */
  orders(shipmentId: string, manager?: EntityManager): Promise<ShipmentOrder[]> {
    return this.scope.repository(ShipmentOrder, manager).find({ where: { shipmentId }, order: { stop: 'ASC' } });
  }

  /** The orders of many shipments (a list page), in delivery order. */
  async ordersOfShipments(shipmentIds: string[]): Promise<ShipmentOrder[]> {
    if (shipmentIds.length === 0) return [];
    return this.scope
      .repository(ShipmentOrder)
      .query('so')
      .andWhere('so.shipmentId IN (:...shipmentIds)', { shipmentIds })
      .orderBy('so.stop')
      .getMany();
  }

  /** A page of shipments, the newest first, keyset-paged on (created_at at millisecond precision, id). */
  page(status: ShipmentStatus | undefined, limit: number, after?: [string, string]): Promise<Shipment[]> {
    // the cursor carries milliseconds; the column has microseconds: compare and order at the cursor's precision
    const createdMs = "date_trunc('milliseconds', s.created_at)";
    const query = this.scope
      .repository(Shipment)
      .query('s')
      .orderBy(createdMs, 'DESC')
      .addOrderBy('s.id', 'DESC')
      .take(limit);
    if (status) query.andWhere('s.status = :status', { status });
    if (after)
      query.andWhere(`(${createdMs}, s.id) < (CAST(:at AS timestamptz), CAST(:id AS uuid))`, {
        at: after[0],
        id: after[1],
      });
    return query.getMany();
  }

  /** Packages loaded per shipment and order. */
  async loadedCounts(shipmentIds: string[], manager?: EntityManager): Promise<Map<string, number>> {
    if (shipmentIds.length === 0) return new Map();
    const rows = await this.sql.query<{ shipment_id: string; order_id: string; n: string }>(
      `SELECT shipment_id, order_id, loaded AS n FROM shipment_loaded_count
        WHERE factory_id = $1 AND shipment_id = ANY($2::uuid[]) AND loaded > 0`,
      [shipmentIds],
      manager,
    );
    return new Map(rows.map((r) => [`${r.shipment_id}:${r.order_id}`, Number(r.n)]));
  }

  /** Packages packed (loaded ones too) per order. */
  async packedCounts(orderIds: string[], manager?: EntityManager): Promise<Map<string, number>> {
    if (orderIds.length === 0) return new Map();
    const rows = await this.sql.query<{ order_id: string; n: string }>(
      `SELECT order_id, sum(packed) AS n FROM order_packed_count
        WHERE factory_id = $1 AND order_id = ANY($2::uuid[])
        GROUP BY order_id`,
      [orderIds],
      manager,
    );
    return new Map(rows.map((r) => [r.order_id, Number(r.n)]));
  }

  /** The packing state of a package, or null when it was never packed. */
  async state(code: string, manager?: EntityManager): Promise<PackageState | null> {
    const rows = await this.sql.query<StateRow>(
      `${STATE_SELECT} WHERE p.factory_id = $1 AND p.code = $2`,
      [code],
      manager,
    );
    return rows[0] ? stateOf(rows[0]) : null;
  }

  /** The packing states of these orders' packages, by code. */
  async statesOfOrders(orderIds: string[], manager?: EntityManager): Promise<Map<string, PackageState>> {
    if (orderIds.length === 0) return new Map();
    const rows = await this.sql.query<StateRow>(
      `${STATE_SELECT} WHERE p.factory_id = $1 AND p.order_id = ANY($2::uuid[])`,
      [orderIds],
      manager,
    );
    return new Map(rows.map((r) => [r.code, stateOf(r)]));
  }

  /**
   * Loads a packed package onto the shipment in one conditional UPDATE: of two loaders scanning it at once, the
   * second waits for the first and then finds it no longer packed (null). Answers its state as a view reads it.
   */
  async markLoaded(
    code: string,
    load: { shipmentId: string; scanId: string; userId: string | null },
    manager: EntityManager,
  ): Promise<LoadedRow | null> {
    const rows = await this.sql.query<LoadedRow>(
      `WITH loaded AS (
         UPDATE packed_package SET status = 'loaded', shipment_id = $3, loaded_at = now(), loaded_by = $4, load_scan_id = $5
          WHERE factory_id = $1 AND code = $2 AND status = 'packed'
          RETURNING factory_id, status, packed_at, packed_by, packed_station, loaded_at, shipment_id)
       SELECT l.status, l.packed_at, u.username AS packed_by, l.packed_station, l.loaded_at, l.shipment_id
         FROM loaded l LEFT JOIN "user" u ON u.factory_id = l.factory_id AND u.id = l.packed_by`,
      [code, load.shipmentId, load.userId, load.scanId],
      manager,
    );
    return rows[0] ?? null;
  }

  async close(
    id: string,
    closing: { closedBy: string | null; overrideReason: string | null; missing: MissingPackage[] },
    manager: EntityManager,
  ): Promise<void> {
    await this.sql.query(
      `UPDATE shipment SET status = 'closed', closed_at = now(), closed_by = $3, override_reason = $4, missing = $5
        WHERE factory_id = $1 AND id = $2 AND status = 'open'`,
      [id, closing.closedBy, closing.overrideReason, JSON.stringify(closing.missing)],
      manager,
    );
  }

  async cancel(id: string, cancelledBy: string | null, manager: EntityManager): Promise<void> {
    await this.sql.query(
      `UPDATE shipment SET status = 'cancelled', cancelled_at = now(), cancelled_by = $3
        WHERE factory_id = $1 AND id = $2 AND status = 'open'`,
      [id, cancelledBy],
      manager,
    );
  }

  /** A user's name, for who closed a shipment. */
  async username(userId: string | null): Promise<string | null> {
    if (userId === null) return null;
    const [row] = await this.sql.query<{ username: string }>(
      `SELECT username FROM "user" WHERE factory_id = $1 AND id = $2`,
      [userId],
    );
    return row?.username ?? null;
  }
}

function stateOf(row: StateRow): PackageState {
  return {
    code: row.code,
    status: row.status,
    shipmentId: row.shipment_id,
    packedAt: row.packed_at,
    packedBy: row.packed_by,
    station: row.packed_station,
    loadedAt: row.loaded_at,
    loadedBy: row.loaded_by,
  };
}
