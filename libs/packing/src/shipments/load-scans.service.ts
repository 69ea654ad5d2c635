import { Injectable } from '@nestjs/common';
import { TenancyContext } from '@mendao/platform';
import { type FulfilmentPackage, OrderFulfilmentService } from '@mendao/splitting';
import type { EntityManager } from 'typeorm';
import { readPackageBarcode } from '../barcode';
import { type PackageView, PackagesService } from '../order-packages.service';
import type { Shipment } from '../packing.entities';
import { codeRefusal, ScanLog, type ScanOutcome } from '../scan-log';
import { PackingSettingsService } from '../settings.service';
import { loadDecision, type LoadDecision } from './shipment-rules';
import type { LoadScanDto } from './shipments.dto';
import { ShipmentsRepository } from './shipments.repository';
import { ShipmentsService } from './shipments.service';

/** Orders whose package count an api process keeps. */
const ORDERS_KEPT = 10_000;
/**
 * Scan-to-load: a package scanned into a shipment is loaded when it is packed and of one of its orders; every scan
 * is recorded in the scan log (refusals of a code too) and answered with the shipment's and the order's counts.
 */
@Injectable()
export class LoadScansService {
  constructor(
    private readonly shipments: ShipmentsService,
    private readonly repository: ShipmentsRepository,
    private readonly fulfilment: OrderFulfilmentService,
    private readonly packages: PackagesService,
    private readonly settings: PackingSettingsService,
    private readonly scanLog: ScanLog,
    private readonly tenancy: TenancyContext,
  ) {}

  /** Packages per factory and order (`factoryId:orderId`), see `expected`. */
  private readonly counts = new Map<string, number>();

  /** A shipment this factory does not have is a 404 before anything is recorded (no scan row can name it). */
  async scan(key: string, body: LoadScanDto): Promise<Record<string, unknown>> {
    const { id } = await this.shipments.require(key);
    const barcode = body.barcode.trim();
    return this.scanLog.run(
      { scanId: body.scanId, kind: 'load', shipmentId: id, barcode, request: { barcode } },
      (manager) => this.decide(id, body.scanId, barcode, manager),
    );
  }

  /**
   * Under the shipment's share lock (a close waits for it; a closed shipment throws 409, rolling the scan back):
   * reads the code, finds the package and loads it by a conditional write.
   */
  private async decide(id: string, scanId: string, barcode: string, manager: EntityManager): Promise<ScanOutcome> {
    const shipment = await this.shipments.lockOpen(id, 'share', manager);
    const gs1 = await this.settings.gs1(manager);
    const read = readPackageBarcode(barcode, gs1);
    // another company's SSCC names no package of this factory: unknown, like another factory's code
    if (!read.ok) return codeRefusal(barcode, read.reason === 'foreign_prefix' ? 'unknown' : read.reason);
    const pkg = await this.fulfilment.packageByCode(read.code, manager);
    if (!pkg) return codeRefusal(barcode, 'unknown');
    const orderIds = (await this.repository.orders(id, manager)).map((o) => o.orderId);
    const inShipment = orderIds.includes(pkg.order.id);
    // the common case in one write: a packed package of one of its orders; a loader who got there first, or any
    // other state, is then read and answered
    const userId = this.tenancy.actor()?.userId ?? null;
    const loaded = inShipment
      ? await this.repository.markLoaded(pkg.code, { shipmentId: id, scanId, userId }, manager)
      : null;
    const decision: LoadDecision = loaded
      ? { result: 'ok', reason: null }
      : await this.decision(pkg, inShipment, id, manager);
    const view = loaded
      ? this.packages.view(pkg, { ...loaded, shipment_number: shipment.number }, gs1)
      : (await this.packages.views([pkg], gs1, manager))[0];
    return this.answer(shipment, pkg, view, decision, orderIds, manager);
  }

  private async decision(
    pkg: FulfilmentPackage,
    inShipment: boolean,
    id: string,
    manager: EntityManager,
  ): Promise<LoadDecision> {
    const state = await this.repository.state(pkg.code, manager);
    return loadDecision(
      { orderInShipment: inShipment, status: state?.status ?? null, loadedOn: state?.shipmentId ?? null },
      id,
    );
  }

  /** The answer with the package as it is now, the shipment's counts and, for one of its orders, the order's. */
  private async answer(
    shipment: Shipment,
    pkg: FulfilmentPackage,
    view: PackageView,
    decision: LoadDecision,
    orderIds: string[],
    manager: EntityManager,
  ): Promise<ScanOutcome> {
    const loaded = await this.repository.loadedCounts([shipment.id], manager);
    const expected = await this.expected(orderIds, manager);
    const count = (orderId?: string) =>
      [...loaded]
        .filter(([key]) => orderId === undefined || key.endsWith(`:${orderId}`))
        .reduce((s, [, n]) => s + n, 0);
    const body: Record<string, unknown> = {
      result: decision.result,
      ...(decision.reason ? { reason: decision.reason } : {}),
      package: view,
      loaded: count(),
      expected: orderIds.reduce((s, orderId) => s + (expected.get(orderId) ?? 0), 0),
    };
    if (orderIds.includes(pkg.order.id)) {
      const order = { loaded: count(pkg.order.id), expected: expected.get(pkg.order.id) ?? 0 };
      body.order = { ...pkg.order, ...order, complete: order.loaded === order.expected };
    }
    const status = decision.result === 'ok' ? 201 : 200;
    return {
      status,
      result: decision.result,
      reason: decision.reason,
      packageCode: pkg.code,
      orderId: pkg.order.id,
      body,
    };
  }

  /**
   * Packages per order, kept once read: an order on a shipment is released, so its split run, and the packages it
   * made, never change again (a released order is neither re-split nor edited).
   */
  private async expected(orderIds: string[], manager: EntityManager): Promise<Map<string, number>> {
    const factory = this.tenancy.factoryId();
    let unknown = orderIds.filter((id) => !this.counts.has(`${factory}:${id}`));
    // a bound on what an api process keeps: past it, the counts are read afresh
    if (unknown.length > 0 && this.counts.size + unknown.length > ORDERS_KEPT) {
      this.counts.clear();
      unknown = orderIds;
    }
    if (unknown.length > 0)
      for (const [id, n] of await this.fulfilment.expectedPackages(unknown, manager))
        this.counts.set(`${factory}:${id}`, n);
    return new Map(orderIds.map((id) => [id, this.counts.get(`${factory}:${id}`) ?? 0]));
  }
}
