import { Injectable } from '@nestjs/common';
import {
  AuditService,
  Clock,
  DEFAULT_PAGE_SIZE,
  decodeCursor,
  DomainError,
  FactoryScope,
  hasRole,
  isUuid,
  NotFoundError,
  PLATFORM_ERRORS,
  TenancyContext,
  toPage,
  ValidationFailedError,
  fieldPath,
  type Page,
} from '@mendao/platform';
import { type FulfilmentOrder, type FulfilmentPackage, OrderFulfilmentService } from '@mendao/splitting';
import type { EntityManager } from 'typeorm';
import type { Gs1Settings } from '../barcode';
import type { MissingPackage, Shipment, ShipmentOrder } from '../packing.entities';
import { PACKING_ERRORS } from '../packing.errors';
import { PackingSettingsService } from '../settings.service';
import type { ManifestOrder, ShipmentManifest } from './manifest';
import { manifestPdf } from './manifest-pdf';
import { missingOf } from './shipment-packages';
import { closeDecision, loadingSequence, shipmentNumber, sortMissing } from './shipment-rules';
import type { CreateShipmentDto, ShipmentListQuery } from './shipments.dto';
import { type PackageState, ShipmentsRepository } from './shipments.repository';

/** Orders go on a truck once released: in production (packing under way) or packed. */
const SHIPPABLE = ['in_production', 'packed'];
/** Shipment keys (id or number) whose id an api process keeps, see `idOf`. */
const SHIPMENT_KEYS_KEPT = 10_000;

export interface ShipmentOrderView {
  id: string;
  orderNo: string;
  customer: string;
  stop: number;
  loadSequence: number;
  status: string;
  loaded: number;
  expected: number;
  packed: number;
}

export interface ShipmentSummary {
  id: string;
  number: string;
  vehicle: string;
  driver: string | null;
  status: 'open' | 'closed' | 'cancelled';
  createdAt: string;
  closedAt: string | null;
  cancelledAt: string | null;
  overrideReason: string | null;
  loaded: number;
  expected: number;
  orders: number;
}

export interface ShipmentView extends Omit<ShipmentSummary, 'orders'> {
  closedBy: { id: string | null; username: string | null } | null;
  orders: ShipmentOrderView[];
  missing: MissingPackage[];
}

/** Everything a shipment's answers are made of, read once. */
interface ShipmentFacts {
  shipment: Shipment;
  orders: (ShipmentOrderView & { packages: FulfilmentPackage[] })[];
  states: Map<string, PackageState>;
  gs1: Gs1Settings | null;
}

/**
 * Shipments (装车): a truck's orders in delivery order, loaded by scanning (load-scans.service.ts), closed once —
 * clean, or with packages missing on a supervisor's override — which ships its orders; and its manifest.
 */
@Injectable()
export class ShipmentsService {
  /** Shipment ids by factory and key (`factoryId:key`). */
  private readonly ids = new Map<string, string>();

  constructor(
    private readonly repository: ShipmentsRepository,
    private readonly fulfilment: OrderFulfilmentService,
    private readonly settings: PackingSettingsService,
    private readonly scope: FactoryScope,
    private readonly tenancy: TenancyContext,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(input: CreateShipmentDto): Promise<ShipmentView> {
    const vehicle = required(input.vehicle, 'vehicle');
    const driver = input.driver === undefined ? null : required(input.driver, 'driver');
    const id = await this.scope.transaction(async (manager) => {
      const orders = await this.shippableOrders(input.orderIds, manager);
      await this.repository.lockNumbering(manager);
      const { day } = await this.repository.factoryDay(new Date(this.clock.now()), manager);
      const number = shipmentNumber(day, (await this.repository.lastSequence(day, manager)) + 1);
      const stops = orders.map((o, i) => ({ orderId: o.id, stop: i + 1 }));
      return this.repository.insert({ number, vehicle, driver, createdBy: this.actorId() }, stops, manager);
    });
    // the loaders start scanning it next: its first scan needs no read of it
    this.keepId(id, id);
    this.audit.note({ shipment: id });
    return this.get(id);
  }

  async list(query: ShipmentListQuery): Promise<Page<ShipmentSummary>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, 2);
    if (after && (typeof after[0] !== 'string' || Number.isNaN(Date.parse(after[0])) || !isUuid(after[1])))
      throw new ValidationFailedError([{ field: 'cursor', message: 'is not a cursor this endpoint issued' }]);
    const rows = await this.repository.page(query.status, limit + 1, after as [string, string] | undefined);
    const page = toPage(rows, limit, (s) => [s.createdAt.toISOString(), s.id]);
    const orders = await this.repository.ordersOfShipments(page.items.map((s) => s.id));
    const expected = await this.fulfilment.expectedPackages([...new Set(orders.map((o) => o.orderId))]);
    const loaded = await this.repository.loadedCounts(page.items.map((s) => s.id));
    const items = page.items.map((s) => {
      const mine = orders.filter((o) => o.shipmentId === s.id);
      return {
        ...summaryOf(s),
        loaded: mine.reduce((sum, o) => sum + (loaded.get(`${s.id}:${o.orderId}`) ?? 0), 0),
        expected: mine.reduce((sum, o) => sum + (expected.get(o.orderId) ?? 0), 0),
        orders: mine.length,
      };
    });
    return { items, nextCursor: page.nextCursor };
  }

  /** By id or number: its orders with their counts, and what is missing (still to load, or missing at closing). */
  async get(key: string): Promise<ShipmentView> {
    const facts = await this.facts(await this.require(key));
    return this.viewOf(facts, await this.repository.username(facts.shipment.closedBy));
  }

  /**
   * A shipment's id by its id or number, kept once found (shipments are never deleted and keep their number): a load
   * scan's 404 before anything is recorded, without a read per scan.
   */
  async idOf(key: string): Promise<string> {
    const id = this.ids.get(this.keptKey(key));
    if (id) return id;
    const found = (await this.require(key)).id;
    this.keepId(key, found);
    return found;
  }

  private keepId(key: string, id: string): void {
    if (this.ids.size >= SHIPMENT_KEYS_KEPT) this.ids.clear();
    this.ids.set(this.keptKey(key), id);
  }

  /** Keyed by factory: another factory's id or number never finds this one's shipment. */
  private keptKey(key: string): string {
    return `${this.tenancy.factoryId()}:${key}`;
  }

  /** The shipment a key names; 404 naming `id` when this factory has none. */
  async require(key: string): Promise<Shipment> {
    const shipment = await this.repository.findByKey(key);
    if (!shipment) throw new NotFoundError('shipment', key, 'id');
    return shipment;
  }

  /**
   * Closes the shipment under its lock (load scans in progress finish first; later ones find it closed): every
   * package loaded, or a supervisor's override with a reason (the missing ones recorded). Its orders are shipped.
   */
  async close(key: string, overrideReason: string | undefined): Promise<ShipmentView> {
    const { id } = await this.require(key);
    const supervisor = hasRole(this.tenancy.actor()?.roles ?? [], ['manager']);
    await this.scope.transaction(async (manager) => {
      const shipment = await this.lockOpen(id, 'update', manager);
      const facts = await this.facts(shipment, manager);
      const decision = closeDecision(this.missingOf(facts), overrideReason, supervisor);
      if (!decision.close) throw closeRefusal(decision.refusal, shipment, decision.missing);
      await this.fulfilment.apply(
        facts.orders.map((o) => o.id),
        'ship',
        manager,
      );
      const { overrideReason: reason, missing } = decision;
      await this.repository.close(id, { closedBy: this.actorId(), overrideReason: reason, missing }, manager);
      this.audit.note({ shipment: id, overrideReason: reason, missing: missing.length });
    });
    return this.get(id);
  }

  /**
   * Cancels an open shipment nothing is loaded on (409 shipment.not_empty otherwise: undo the load scans first);
   * its orders are free for another shipment. What was scanned into it stays recorded.
   */
  async cancel(key: string): Promise<ShipmentView> {
    const { id } = await this.require(key);
    await this.scope.transaction(async (manager) => {
      const shipment = await this.lockOpen(id, 'update', manager);
      const loaded = [...(await this.repository.loadedCounts([id], manager)).values()].reduce((s, n) => s + n, 0);
      if (loaded > 0)
        throw new DomainError(
          PACKING_ERRORS['shipment.not_empty'],
          `${loaded} packages are loaded on shipment ${shipment.number}; undo their load scans first / 装车单 ${shipment.number} 已装 ${loaded} 件，请先撤销装车扫描`,
          { shipment: shipment.number, loaded },
        );
      await this.repository.cancel(id, this.actorId(), manager);
      this.audit.note({ shipment: id, cancelled: true });
    });
    return this.get(id);
  }

  private actorId(): string | null {
    return this.tenancy.actor()?.userId ?? null;
  }

  /** The open shipment, locked (`share` for a load scan, `update` to close or cancel); 409 once closed or cancelled. */
  async lockOpen(id: string, mode: 'share' | 'update', manager: EntityManager): Promise<Shipment> {
    const shipment = await this.repository.lock(id, mode, manager);
    if (!shipment) throw new NotFoundError('shipment', id, 'id');
    if (shipment.status === 'closed') throw closedError(shipment);
    if (shipment.status === 'cancelled') throw cancelledError(shipment);
    return shipment;
  }

  /** The manifest: the shipment, its orders by stop with each loaded package (when, by whom), missing, override. */
  async manifest(key: string): Promise<ShipmentManifest> {
    const facts = await this.facts(await this.require(key));
    const view = this.viewOf(facts, await this.repository.username(facts.shipment.closedBy));
    const { closedBy, orders: _orders, missing, ...shipment } = view;
    return {
      shipment: { ...shipment, orders: facts.orders.length },
      orders: facts.orders.map(({ packages, ...order }) => ({ ...order, packages: manifestPackages(packages, facts) })),
      missing,
      override:
        view.overrideReason === null
          ? null
          : { reason: view.overrideReason, by: closedBy ?? { id: null, username: null }, at: view.closedAt ?? '' },
    };
  }

  async manifestPdf(key: string): Promise<{ number: string; pdf: Buffer }> {
    const manifest = await this.manifest(key);
    const { timeZone } = await this.repository.factoryDay(new Date(this.clock.now()));
    return { number: manifest.shipment.number, pdf: await manifestPdf(manifest, timeZone) };
  }

  /** The orders the keys name, in the keys' order, locked; 404 / 409 naming the ones that cannot go. */
  private async shippableOrders(keys: string[], manager: EntityManager): Promise<FulfilmentOrder[]> {
    const found = await this.fulfilment.ordersByKey(keys, manager);
    const ids = keys.map((key, i) => {
      const order = found.find((o) => o.id === key.toLowerCase()) ?? found.find((o) => o.orderNo === key);
      if (!order) throw new NotFoundError('order', key, fieldPath('orderIds', i));
      return order.id;
    });
    const twice = ids.findIndex((id, i) => ids.indexOf(id) !== i);
    if (twice >= 0)
      throw new ValidationFailedError([
        {
          field: fieldPath('orderIds', twice),
          message: `names the same order as orderIds[${ids.indexOf(ids[twice])}]`,
        },
      ]);
    const locked = await this.fulfilment.lock(ids, manager);
    const orders = ids.map((id) => locked.find((o) => o.id === id) as FulfilmentOrder);
    const refused = orders.filter((o) => !SHIPPABLE.includes(o.status));
    if (refused.length > 0) throw notShippable(refused);
    const taken = await this.repository.openShipmentsOf(ids, manager);
    if (taken.length > 0) throw onOpenShipment(taken, orders);
    return orders;
  }

  /** The shipment's orders with their packages, counts and states. */
  private async facts(shipment: Shipment, manager?: EntityManager): Promise<ShipmentFacts> {
    const stops = await this.repository.orders(shipment.id, manager);
    const ids = stops.map((s) => s.orderId);
    // one after the other: in a transaction they share one connection
    const orders = await this.fulfilment.ordersByKey(ids, manager);
    const packages = await this.fulfilment.packagesOfOrders(ids, manager);
    const states = await this.repository.statesOfOrders(ids, manager);
    const loaded = await this.repository.loadedCounts([shipment.id], manager);
    const gs1 = await this.settings.gs1(manager);
    return {
      shipment,
      orders: stops.map((stop) =>
        orderFacts(stop, stops.length, orders, packages, states, loaded.get(`${shipment.id}:${stop.orderId}`) ?? 0),
      ),
      states,
      gs1,
    };
  }

  /** Open: every package of its orders not loaded on it. Closed: what was missing when it closed. Cancelled: none. */
  private missingOf(facts: ShipmentFacts): MissingPackage[] {
    if (facts.shipment.status !== 'open') return facts.shipment.missing;
    const missing = facts.orders.flatMap((order) =>
      order.packages
        .filter((p) => facts.states.get(p.code)?.shipmentId !== facts.shipment.id)
        .map((p) => ({ ...missingOf(p, facts.gs1), stop: order.stop })),
    );
    return sortMissing(missing).map(({ stop: _stop, ...m }) => m);
  }

  private viewOf(facts: ShipmentFacts, closedByName: string | null): ShipmentView {
    const { shipment } = facts;
    const orders = facts.orders.map(({ packages: _packages, ...order }) => order);
    return {
      ...summaryOf(shipment),
      closedBy: shipment.closedBy === null ? null : { id: shipment.closedBy, username: closedByName },
      orders,
      loaded: orders.reduce((sum, o) => sum + o.loaded, 0),
      expected: orders.reduce((sum, o) => sum + o.expected, 0),
      missing: this.missingOf(facts),
    };
  }
}

function summaryOf(s: Shipment): Omit<ShipmentSummary, 'loaded' | 'expected' | 'orders'> {
  return {
    id: s.id,
    number: s.number,
    vehicle: s.vehicle,
    driver: s.driver,
    status: s.status,
    createdAt: s.createdAt.toISOString(),
    closedAt: s.closedAt?.toISOString() ?? null,
    cancelledAt: s.cancelledAt?.toISOString() ?? null,
    overrideReason: s.overrideReason,
  };
}

function orderFacts(
  stop: ShipmentOrder,
  stops: number,
  orders: FulfilmentOrder[],
  packages: FulfilmentPackage[],
  states: Map<string, PackageState>,
  loaded: number,
): ShipmentFacts['orders'][number] {
  const order = orders.find((o) => o.id === stop.orderId);
  if (!order) throw new Error(`shipment order ${stop.orderId} not found`);
  const mine = packages.filter((p) => p.order.id === order.id);
  return {
    id: order.id,
    orderNo: order.orderNo,
    customer: order.customer,
    stop: stop.stop,
    loadSequence: loadingSequence(stop.stop, stops),
    status: order.status,
    loaded,
    expected: mine.length,
    packed: mine.filter((p) => ['packed', 'loaded'].includes(states.get(p.code)?.status ?? '')).length,
    packages: mine,
  };
}

/** The packages loaded on the shipment, by line, door and k, with when and by whom. */
function manifestPackages(packages: FulfilmentPackage[], facts: ShipmentFacts): ManifestOrder['packages'] {
  return packages.flatMap((p) => {
    const state = facts.states.get(p.code);
    if (state?.shipmentId !== facts.shipment.id || state.loadedAt === null) return [];
    const { barcode } = missingOf(p, facts.gs1);
    return [
      {
        code: p.code,
        barcode,
        kind: p.kind,
        lineNo: p.line.lineNo,
        room: p.line.room,
        productCode: p.line.productCode,
        doorNo: p.doorNo,
        k: p.k,
        n: p.n,
        contents: p.contents,
        loadedAt: state.loadedAt.toISOString(),
        loadedBy: state.loadedBy,
      },
    ];
  });
}

/** Text a person typed, trimmed; blank is refused naming the field. */
function required(text: string, field: string): string {
  const trimmed = text.trim();
  if (trimmed === '') throw new ValidationFailedError([{ field, message: `${field} must not be blank` }]);
  return trimmed;
}

export function closedError(shipment: Shipment): DomainError {
  return new DomainError(
    PACKING_ERRORS['shipment.closed'],
    `shipment ${shipment.number} is closed / 装车单 ${shipment.number} 已关闭`,
    { shipment: shipment.number, closedAt: shipment.closedAt?.toISOString() ?? null },
  );
}

function cancelledError(shipment: Shipment): DomainError {
  return new DomainError(
    PACKING_ERRORS['shipment.cancelled'],
    `shipment ${shipment.number} was cancelled / 装车单 ${shipment.number} 已取消`,
    { shipment: shipment.number, cancelledAt: shipment.cancelledAt?.toISOString() ?? null },
  );
}

function closeRefusal(
  refusal: 'override_forbidden' | 'packages_missing',
  shipment: Shipment,
  missing: MissingPackage[],
): DomainError {
  if (refusal === 'override_forbidden')
    return new DomainError(
      PLATFORM_ERRORS['auth.forbidden'],
      'Only a supervisor (manager, admin) closes a shipment with an override reason / 只有主管可以强制关闭装车单',
      { required: ['manager', 'admin'] },
      [{ field: 'overrideReason', message: 'a supervisor’s (manager, admin) only' }],
    );
  return new DomainError(
    PACKING_ERRORS['shipment.packages_missing'],
    `${missing.length} packages of shipment ${shipment.number} are not loaded / 装车单 ${shipment.number} 还有 ${missing.length} 件未装车`,
    { shipment: shipment.number, count: missing.length, missing },
    [{ field: 'overrideReason', message: 'packages are missing: load them, or a supervisor gives a reason' }],
  );
}

function notShippable(orders: FulfilmentOrder[]): DomainError {
  const list = orders.map((o) => o.orderNo).join(', ');
  return new DomainError(
    PACKING_ERRORS['shipment.orders_not_shippable'],
    `only orders in production or packed are shipped: ${list} / 只有生产中或已打包的订单可以装车：${list}`,
    { orders: orders.map((o) => ({ order: o.orderNo, status: o.status })) },
    [{ field: 'orderIds', message: `not in production or packed: ${list}` }],
  );
}

function onOpenShipment(taken: { order_id: string; number: string }[], orders: FulfilmentOrder[]): DomainError {
  const named = taken.map((t) => ({
    order: orders.find((o) => o.id === t.order_id)?.orderNo ?? t.order_id,
    shipment: t.number,
  }));
  const list = named.map((t) => `${t.order} (${t.shipment})`).join(', ');
  return new DomainError(
    PACKING_ERRORS['shipment.orders_in_open_shipment'],
    `orders are on another open shipment: ${list} / 订单已在其他未关闭的装车单上：${list}`,
    { orders: named },
    [{ field: 'orderIds', message: `on another open shipment: ${list}` }],
  );
}
