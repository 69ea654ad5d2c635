import { Injectable } from '@nestjs/common';
import { FactorySql, NotFoundError } from '@mendao/platform';
import { ProgressService } from '@mendao/production';
import { type FulfilmentOrder, type FulfilmentPackage, OrderFulfilmentService } from '@mendao/splitting';
import type { EntityManager } from 'typeorm';
import { type Gs1Settings, printedBarcode } from './barcode';
import { doorProgress, type DoorProgress, missingKs, type PackageState } from './domain/pack-progress';
import { PackingSettingsService } from './settings.service';

/** A package as every packing answer shows it (contract §7). */
export interface PackageView {
  code: string;
  barcode: string;
  kind: string;
  k: number;
  n: number;
  order: { id: string; orderNo: string; customer: string };
  line: FulfilmentPackage['line'];
  doorNo: number;
  contents: FulfilmentPackage['contents'];
  status: PackageState;
  packedAt?: string;
  packedBy?: string | null;
  station?: string | null;
  loadedAt?: string;
  shipment?: { id: string; number: string };
}

/** The order-packages route's row: a PackageView with its door (the DESIGN contract). */
export interface OrderPackageView extends PackageView {
  door: { lineNo: number; doorNo: number; k: number; n: number };
}

export interface OrderPackingView {
  order: {
    id: string;
    orderNo: string;
    customer: string;
    status: string;
    packed: number;
    expected: number;
    complete: boolean;
  };
  doors: (DoorProgress & { lineId: string; room: string | null; ready: boolean; packages: DoorPackageView[] })[];
  missing: PackageView[];
}

export interface DoorPackageView {
  code: string;
  barcode: string;
  kind: string;
  k: number;
  n: number;
  status: PackageState;
}

interface StateRow {
  code: string;
  status: 'packed' | 'loaded' | 'unpacked';
  packed_at: Date;
  packed_by: string | null;
  packed_station: string | null;
  loaded_at: Date | null;
  shipment_id: string | null;
  shipment_number: string | null;
}

/** How long a door production did not report ready is taken as not ready without asking again. */
const NOT_READY_KEPT_MS = 3_000;

/** Split runs whose ready doors an api process keeps (a few are packed in a day, thousands of doors each). */
const RUNS_KEPT = 200;

/**
 * The packages of orders with their packing state (packed_package, keyed by code: it outlives a re-split), the
 * station screens' order progress, and which doors production says are ready for packing.
 */
@Injectable()
export class PackagesService {
  /** Doors seen ready, per factory and split run (`lineId#doorNo`): readiness only grows, so a yes is kept. */
  private readonly ready = new Map<string, Set<string>>();
  /** When production was last asked about a run's doors: a door not ready then is asked about again after a while. */
  private readonly askedAt = new Map<string, number>();

  constructor(
    private readonly sql: FactorySql,
    private readonly fulfilment: OrderFulfilmentService,
    private readonly progress: ProgressService,
    private readonly settings: PackingSettingsService,
  ) {}

  /**
   * Whether production reports the package's door through every process before packing. Asked of production for the
   * whole split run (the stations starting on its orders share one read), and kept once it is.
   */
  async doorReady(pkg: Pick<FulfilmentPackage, 'splitRunId' | 'line' | 'doorNo'>): Promise<boolean> {
    const key = `${this.sql.factoryId()}:${pkg.splitRunId}`;
    const door = `${pkg.line.id}#${pkg.doorNo}`;
    if (this.ready.get(key)?.has(door)) return true;
    // a door not ready a moment ago is most likely not ready now: production is asked again after NOT_READY_KEPT_MS
    if (Date.now() - (this.askedAt.get(key) ?? 0) < NOT_READY_KEPT_MS) return false;
    return (await this.readyOfRun(pkg.splitRunId)).has(door);
  }

  /** The ready doors of a split run (`lineId#doorNo`), asked of production now, and kept. */
  private async readyOfRun(splitRunId: string): Promise<Set<string>> {
    const key = `${this.sql.factoryId()}:${splitRunId}`;
    const doors = await this.progress.readyOfRun(splitRunId);
    // a bound on what an api process keeps: past it, the runs are asked about afresh
    if (!this.ready.has(key) && this.ready.size >= RUNS_KEPT) {
      this.ready.clear();
      this.askedAt.clear();
    }
    this.askedAt.set(key, Date.now());
    const seen = this.ready.get(key) ?? new Set<string>();
    for (const door of doors) seen.add(door);
    this.ready.set(key, seen);
    return seen;
  }

  /** The views of these packages, with their packing states. */
  async views(packages: FulfilmentPackage[], gs1: Gs1Settings | null, manager?: EntityManager): Promise<PackageView[]> {
    const states = await this.states(
      packages.map((p) => p.code),
      manager,
    );
    return packages.map((p) => viewOf(p, states.get(p.code), gs1));
  }

  /** The view of one package whose state the caller knows (the scan path: no second read). */
  view(p: FulfilmentPackage, state: StateRowLike | undefined, gs1: Gs1Settings | null): PackageView {
    return viewOf(p, state, gs1);
  }

  /** GET /orders/{id|orderNo}/packages: every package of the order's last split run, in door order. */
  async ofOrder(key: string): Promise<OrderPackageView[]> {
    const order = await this.order(key);
    const gs1 = await this.settings.gs1();
    const packages = await this.fulfilment.packagesOfOrders([order.id]);
    const views = await this.views(packages, gs1);
    return views.map((v) => ({ ...v, door: { lineNo: v.line.lineNo, doorNo: v.doorNo, k: v.k, n: v.n } }));
  }

  /** GET /packing/orders/{id|orderNo}: the order's packing progress, per door (ready, k of n) and what is missing. */
  async orderProgress(key: string, field = 'id'): Promise<OrderPackingView> {
    const order = await this.order(key, field);
    const gs1 = await this.settings.gs1();
    const packages = await this.fulfilment.packagesOfOrders([order.id]);
    const views = await this.views(packages, gs1);
    const ready =
      order.status === 'draft' || order.lastSplitRunId === null || packages.length === 0
        ? new Set<string>()
        : await this.readyOfRun(order.lastSplitRunId);
    const doors = new Map<string, PackageView[]>();
    for (const v of views) {
      const door = `${v.line.lineNo}/${v.doorNo}`;
      doors.set(door, [...(doors.get(door) ?? []), v]);
    }
    const packed = views.filter((v) => v.status !== 'created').length;
    return {
      order: {
        id: order.id,
        orderNo: order.orderNo,
        customer: order.customer,
        status: order.status,
        packed,
        expected: views.length,
        complete: views.length > 0 && packed === views.length,
      },
      doors: [...doors.values()].map((list) => ({
        lineId: list[0].line.id,
        room: list[0].line.room,
        ready: ready.has(`${list[0].line.id}#${list[0].doorNo}`),
        ...doorProgress(
          list[0].line.lineNo,
          list[0].doorNo,
          list.map((v) => ({ k: v.k, n: v.n, status: v.status })),
        ),
        packages: list.map(({ code, barcode, kind, k, n, status }) => ({ code, barcode, kind, k, n, status })),
      })),
      missing: views.filter((v) => v.status === 'created'),
    };
  }

  /** An order by id or number: 404 naming `field`. */
  async order(key: string, field = 'id', manager?: EntityManager): Promise<FulfilmentOrder> {
    const [order] = await this.fulfilment.ordersByKey([key], manager);
    if (!order) throw new NotFoundError('order', key, field);
    return order;
  }

  /**
   * In a scan, in one statement: the order's packed (or loaded) packages of its last run and how many that run made,
   * and the scanned package's door, k of n.
   */
  async inScan(
    order: Pick<FulfilmentOrder, 'id' | 'lastSplitRunId'>,
    p: FulfilmentPackage,
    manager: EntityManager,
  ): Promise<ScanCounts> {
    const [row] = await this.sql.query<{
      packed: string;
      expected: string;
      door: { k: number; n: number; status: string | null }[];
    }>(
      `SELECT coalesce((SELECT packed FROM order_packed_count
                         WHERE factory_id = $1 AND order_id = $2 AND split_run_id = $3), 0) AS packed,
              (SELECT count(*) FROM door_package
                WHERE factory_id = $1 AND order_id = $2 AND split_run_id = $3) AS expected,
              (SELECT coalesce(json_agg(json_build_object('k', d.k, 'n', d.n, 'status', pp.status)), '[]')
                 FROM door_package d
                 LEFT JOIN packed_package pp ON pp.factory_id = d.factory_id AND pp.code = d.barcode
                WHERE d.factory_id = $1 AND d.split_run_id = $4 AND d.line_id = $5 AND d.door_no = $6) AS door`,
      [order.id, order.lastSplitRunId, p.splitRunId, p.line.id, p.doorNo],
      manager,
    );
    return scanCounts(p, row);
  }

  /** One package's packing state (none: never packed), read in the caller's transaction. */
  async state(code: string, manager: EntityManager): Promise<StateRowLike | undefined> {
    return (await this.states([code], manager)).get(code);
  }

  private async states(codes: string[], manager?: EntityManager): Promise<Map<string, StateRow>> {
    if (codes.length === 0) return new Map();
    const rows = await this.sql.query<StateRow>(
      `SELECT pp.code, pp.status, pp.packed_at, u.username AS packed_by, pp.packed_station, pp.loaded_at,
              pp.shipment_id, s.number AS shipment_number
         FROM packed_package pp
         LEFT JOIN "user" u ON u.factory_id = pp.factory_id AND u.id = pp.packed_by
         LEFT JOIN shipment s ON s.factory_id = pp.factory_id AND s.id = pp.shipment_id
        WHERE pp.factory_id = $1 AND pp.code = ANY($2::text[])`,
      [codes],
      manager,
    );
    return new Map(rows.map((r) => [r.code, r]));
  }
}

/** What a scan's statement counted (bigints as text, the door's packages as JSON), as a scan answers it. */
export function scanCounts(
  p: FulfilmentPackage,
  row: { packed: string; expected: string; door: { k: number; n: number; status: string | null }[] },
): ScanCounts {
  return {
    packed: Number(row.packed),
    expected: Number(row.expected),
    door: {
      ...doorProgress(
        p.line.lineNo,
        p.doorNo,
        row.door.map((d) => ({ k: d.k, n: d.n, status: stateOf(d.status) })),
      ),
      room: p.line.room,
    },
  };
}

/** A scan's counts: the order's packed (or loaded) and expected packages, and the scanned package's door k of n. */
export interface ScanCounts {
  packed: number;
  expected: number;
  door: DoorProgress & { room: string | null };
}

/** What a view needs of a package's packing state. */
export type StateRowLike = Pick<StateRow, 'status' | 'packed_at' | 'packed_by' | 'packed_station'> &
  Partial<Pick<StateRow, 'loaded_at' | 'shipment_id' | 'shipment_number'>>;

function stateOf(status: string | null | undefined): PackageState {
  return status === 'packed' || status === 'loaded' ? status : 'created';
}

function viewOf(p: FulfilmentPackage, state: StateRowLike | undefined, gs1: Gs1Settings | null): PackageView {
  const status = stateOf(state?.status);
  return {
    code: p.code,
    barcode: printedBarcode(p.code, gs1),
    kind: p.kind,
    k: p.k,
    n: p.n,
    order: p.order,
    line: p.line,
    doorNo: p.doorNo,
    contents: p.contents,
    status,
    ...(state && status !== 'created'
      ? {
          packedAt: new Date(state.packed_at).toISOString(),
          packedBy: state.packed_by,
          station: state.packed_station,
        }
      : {}),
    ...(state?.loaded_at && status === 'loaded'
      ? {
          loadedAt: new Date(state.loaded_at).toISOString(),
          ...(state.shipment_id ? { shipment: { id: state.shipment_id, number: state.shipment_number ?? '' } } : {}),
        }
      : {}),
  };
}

export { missingKs };
