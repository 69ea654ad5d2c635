import { Injectable } from '@nestjs/common';
import { FactorySql, isUuid, SharedReads } from '@mendao/platform';
import type { EntityManager } from 'typeorm';
import type { OrderStatus } from './domain/order-status';
import type { PackageContent } from './domain/packages';
import { assertAllowed } from './orders.service';
import { OrdersRepository } from './orders.repository';

/** The order actions packing and shipping take (domain/order-status.ts). */
export type FulfilmentAction = 'pack' | 'unpack' | 'ship';

/** An order as packing and shipping read it under its lock. */
export interface FulfilmentOrder {
  id: string;
  orderNo: string;
  customer: string;
  status: OrderStatus;
  splitStale: boolean;
  lastSplitRunId: string | null;
}

/**
 * A package (door_package) as packing reads it: the door, line and order it belongs to, and what is in it. A package
 * of an order edited since its split keeps its line id, but that line is gone: line number 0, its facts empty.
 */
export interface FulfilmentPackage {
  code: string;
  kind: string;
  k: number;
  n: number;
  doorNo: number;
  splitRunId: string;
  contents: PackageContent[];
  order: { id: string; orderNo: string; customer: string };
  line: {
    id: string;
    lineNo: number;
    room: string | null;
    productCode: string;
    width: number;
    height: number;
    finish: string;
    handing: string;
  };
}

interface OrderRow {
  id: string;
  order_no: string;
  customer: string;
  status: OrderStatus;
  split_stale: boolean;
  last_split_run_id: string | null;
}

function orderOf(r: OrderRow): FulfilmentOrder {
  return {
    id: r.id,
    orderNo: r.order_no,
    customer: r.customer,
    status: r.status,
    splitStale: r.split_stale,
    lastSplitRunId: r.last_split_run_id,
  };
}

interface PackageRow {
  code: string;
  kind: string;
  k: number;
  n: number;
  door_no: number;
  split_run_id: string;
  contents: PackageContent[];
  order_id: string;
  order_no: string;
  customer: string;
  line_id: string;
  line_no: number;
  room: string | null;
  product_code: string;
  width: string;
  height: string;
  finish: string;
  handing: string;
  /** Whether the package's facts are final: its order released (never edited or split again), its run the last. */
  settled: boolean;
}

/** Orders whose split is final: released, so neither edited, re-split nor cancelled again (domain/order-status). */
const RELEASED: OrderStatus[] = ['in_production', 'packed', 'shipped'];
/** Settled packages kept per api process (every pack and load scan looks its code up): past it, the map starts over. */
const PACKAGES_KEPT = 100_000;
/** Package counts of released orders kept per api process. */
const ORDERS_KEPT = 10_000;

const PACKAGE_SELECT = `
  SELECT o.status IN (${RELEASED.map((r) => `'${r}'`).join(', ')}) AND NOT o.split_stale
           AND o.last_split_run_id = d.split_run_id AS settled,
         d.barcode AS code, d.package_group AS kind, d.k, d.n, d.door_no, d.split_run_id, d.contents,
         o.id AS order_id, o.order_no, o.customer, d.line_id, coalesce(l.line_no, 0) AS line_no, l.room,
         coalesce(l.product_code, '') AS product_code, coalesce(l.width, 0) AS width, coalesce(l.height, 0) AS height,
         coalesce(l.finish, '') AS finish, coalesce(d.handing, l.swing, '') AS handing
    FROM door_package d
    JOIN sales_order o ON o.factory_id = d.factory_id AND o.id = d.order_id
    -- an order edited since its split has new lines: its packages stay (stale) until it is split again
    LEFT JOIN order_line l ON l.factory_id = d.factory_id AND l.id = d.line_id`;

/**
 * What packing and shipping ask of the order state machine: lock orders in the caller's transaction and move them
 * by `pack` (in_production → packed), `unpack` (packed → in_production, an undo) and `ship` (a shipment closed).
 * A refused action throws the state machine's 409 (order.not_packable, order.not_packed, order.not_shippable).
 */
@Injectable()
export class OrderFulfilmentService {
  /** Settled packages by factory and code (`factoryId:code`): a released order's packages never change. */
  private readonly settled = new Map<string, FulfilmentPackage>();
  /** Runs whose packages are being read (`factoryId:splitRunId`), see keepRun. */
  private readonly runReads = new SharedReads<void>();
  /** Package counts of released orders by factory and order (`factoryId:orderId`): final, as their packages. */
  private readonly settledCounts = new Map<string, number>();

  constructor(
    private readonly orders: OrdersRepository,
    private readonly sql: FactorySql,
  ) {}

  /**
   * The package with this code (door_package barcode, exact), or null. A package of a released order, of its last
   * split run, is kept once read: every fact of it is final (the order is neither edited nor split again). Stations
   * scan the packages of a run's orders one after another, so the first code of a settled package looked up reads
   * the rest of its run with it (once, however many stations ask at that moment): one query per run, not one per
   * package, and with them the package count of each of the run's released orders (expectedPackagesKept).
   */
  async packageByCode(code: string, manager?: EntityManager): Promise<FulfilmentPackage | null> {
    const factoryId = this.sql.factoryId();
    const kept = this.settled.get(`${factoryId}:${code}`);
    if (kept) return kept;
    const rows = await this.sql.query<PackageRow>(
      `${PACKAGE_SELECT} WHERE d.factory_id = $1 AND d.barcode = $2`,
      [code],
      manager,
    );
    if (!rows[0]) return null;
    if (rows[0].settled) await this.keepRun(rows[0].split_run_id);
    return packageOf(rows[0]);
  }

  /** Reads and keeps the settled packages of a split run; callers asking while it is read share the read. */
  private keepRun(splitRunId: string): Promise<void> {
    const factoryId = this.sql.factoryId();
    return this.runReads.read(`${factoryId}:${splitRunId}`, async () => {
      const rows = await this.sql.query<PackageRow>(
        `${PACKAGE_SELECT} WHERE d.factory_id = $1 AND d.split_run_id = $2`,
        [splitRunId],
      );
      // a bound on what an api process keeps: past it, the map starts over
      if (this.settled.size + rows.length > PACKAGES_KEPT) this.settled.clear();
      // the run's released orders' package counts come with their packages (expectedPackagesKept)
      const counts = new Map<string, number>();
      for (const row of rows) {
        if (!row.settled) continue;
        this.settled.set(`${factoryId}:${row.code}`, packageOf(row));
        counts.set(row.order_id, (counts.get(row.order_id) ?? 0) + 1);
      }
      if (this.settledCounts.size + counts.size > ORDERS_KEPT) this.settledCounts.clear();
      for (const [orderId, n] of counts) this.settledCounts.set(`${factoryId}:${orderId}`, n);
    });
  }

  /** Every package of these orders as their last split run made them, in order, line, door, k order. */
  async packagesOfOrders(orderIds: string[], manager?: EntityManager): Promise<FulfilmentPackage[]> {
    if (orderIds.length === 0) return [];
    const rows = await this.sql.query<PackageRow>(
      `${PACKAGE_SELECT}
        WHERE d.factory_id = $1 AND d.order_id = ANY($2::uuid[]) AND d.split_run_id = o.last_split_run_id
        ORDER BY o.order_no, l.line_no, d.door_no, d.k`,
      [orderIds],
      manager,
    );
    return rows.map(packageOf);
  }

  /** The codes of one door's packages (k order) in a split run. */
  async doorCodes(
    door: { splitRunId: string; lineId: string; doorNo: number },
    manager?: EntityManager,
  ): Promise<{ code: string; k: number }[]> {
    return this.sql.query<{ code: string; k: number }>(
      `SELECT barcode AS code, k FROM door_package
        WHERE factory_id = $1 AND split_run_id = $2 AND line_id = $3 AND door_no = $4 ORDER BY k`,
      [door.splitRunId, door.lineId, door.doorNo],
      manager,
    );
  }

  /** How many packages each order's last split run made, read now. */
  async expectedPackages(orderIds: string[], manager?: EntityManager): Promise<Map<string, number>> {
    const rows = await this.packageCounts(orderIds, manager);
    return new Map(rows.map((r) => [r.order_id, Number(r.n)]));
  }

  /**
   * expectedPackages for the scan path (every pack and load scan answers with it): kept once read for a released
   * order, whose run and packages never change again.
   */
  async expectedPackagesKept(orderIds: string[], manager?: EntityManager): Promise<Map<string, number>> {
    const factoryId = this.sql.factoryId();
    // what is kept now: another call may start the map over while this one reads
    const kept = new Map(orderIds.map((id) => [id, this.settledCounts.get(`${factoryId}:${id}`)]));
    const unknown = orderIds.filter((id) => kept.get(id) === undefined);
    const read = new Map<string, number>();
    const rows = await this.packageCounts(unknown, manager);
    // a bound on what an api process keeps: past it, the map starts over
    if (this.settledCounts.size + rows.length > ORDERS_KEPT) this.settledCounts.clear();
    for (const row of rows) {
      read.set(row.order_id, Number(row.n));
      if (row.settled) this.settledCounts.set(`${factoryId}:${row.order_id}`, Number(row.n));
    }
    // an order read and not found has no package of its last run
    return new Map(orderIds.map((id) => [id, kept.get(id) ?? read.get(id) ?? 0]));
  }

  private async packageCounts(
    orderIds: string[],
    manager?: EntityManager,
  ): Promise<{ order_id: string; n: string; settled: boolean }[]> {
    if (orderIds.length === 0) return [];
    return this.sql.query<{ order_id: string; n: string; settled: boolean }>(
      `SELECT d.order_id, count(*) AS n,
              bool_and(o.status IN (${RELEASED.map((r) => `'${r}'`).join(', ')}) AND NOT o.split_stale) AS settled
         FROM door_package d
         JOIN sales_order o ON o.factory_id = d.factory_id AND o.id = d.order_id AND o.last_split_run_id = d.split_run_id
        WHERE d.factory_id = $1 AND d.order_id = ANY($2::uuid[]) GROUP BY d.order_id`,
      [orderIds],
      manager,
    );
  }

  /**
   * Orders by id or number (unknown keys left out), unlocked. The uuid-shaped keys are looked up as ids and the
   * others as numbers, so both go by their index (`id::text` would read every order of the factory).
   */
  async ordersByKey(keys: string[], manager?: EntityManager): Promise<FulfilmentOrder[]> {
    if (keys.length === 0) return [];
    const rows = await this.sql.query<OrderRow>(
      `SELECT id, order_no, customer, status, split_stale, last_split_run_id FROM sales_order
        WHERE factory_id = $1 AND (id = ANY($2::uuid[]) OR order_no = ANY($3::text[]))`,
      [keys.filter((k) => isUuid(k)), keys.filter((k) => !isUuid(k))],
      manager,
    );
    return rows.map(orderOf);
  }

  /** Locks the orders (in id order: two lockers never deadlock) until the caller's transaction ends. */
  async lock(ids: string[], manager: EntityManager): Promise<FulfilmentOrder[]> {
    if (ids.length === 0) return [];
    const rows = await this.sql.query<OrderRow>(
      `SELECT id, order_no, customer, status, split_stale, last_split_run_id FROM sales_order
        WHERE factory_id = $1 AND id = ANY($2::uuid[]) ORDER BY id FOR UPDATE`,
      [[...new Set(ids)]],
      manager,
    );
    return rows.map(orderOf);
  }

  /** Locks the orders and takes `action` on each (all or none: the first refusal throws). */
  async apply(ids: string[], action: FulfilmentAction, manager: EntityManager): Promise<FulfilmentOrder[]> {
    const orders = await this.lock(ids, manager);
    const moved = orders.map((order) => ({ ...order, status: assertAllowed(order, action) }));
    for (const to of new Set(moved.map((o) => o.status)))
      await this.orders.update(
        moved.filter((o) => o.status === to).map((o) => o.id),
        { status: to },
        manager,
      );
    return moved;
  }
}

function packageOf(row: PackageRow): FulfilmentPackage {
  return {
    code: row.code,
    kind: row.kind,
    k: row.k,
    n: row.n,
    doorNo: row.door_no,
    splitRunId: row.split_run_id,
    contents: row.contents,
    order: { id: row.order_id, orderNo: row.order_no, customer: row.customer },
    line: {
      id: row.line_id,
      lineNo: row.line_no,
      room: row.room,
      productCode: row.product_code,
      width: Number(row.width),
      height: Number(row.height),
      finish: row.finish,
      handing: row.handing,
    },
  };
}
