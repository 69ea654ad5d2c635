import { Injectable } from '@nestjs/common';
import { TenancyContext } from '@mendao/platform';
import { type FulfilmentPackage, OrderFulfilmentService } from '@mendao/splitting';
import type { EntityManager } from 'typeorm';
import { type Gs1Settings, readPackageBarcode } from '../barcode';
import { PackagesService } from '../order-packages.service';
import type { Shipment } from '../packing.entities';
import { codeRefusal, ScanLog, type ScanOutcome } from '../scan-log';
import { PackingSettingsService } from '../settings.service';
import { loadDecision, type LoadDecision } from './shipment-rules';
import type { LoadScanDto } from './shipments.dto';
import { ShipmentsRepository } from './shipments.repository';
import { ShipmentsService } from './shipments.service';

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
    let decision = await this.decision(pkg.code, orderIds.includes(pkg.order.id), id, manager);
    if (decision.result === 'ok') {
      const userId = this.tenancy.actor()?.userId ?? null;
      // a loader who got there first turns this one into a duplicate
      if (!(await this.repository.markLoaded(pkg.code, { shipmentId: id, scanId, userId }, manager)))
        decision = await this.decision(pkg.code, true, id, manager);
    }
    return this.answer(shipment, pkg, decision, orderIds, gs1, manager);
  }

  private async decision(code: string, inShipment: boolean, id: string, manager: EntityManager): Promise<LoadDecision> {
    const state = await this.repository.state(code, manager);
    return loadDecision(
      { orderInShipment: inShipment, status: state?.status ?? null, loadedOn: state?.shipmentId ?? null },
      id,
    );
  }

  /** The answer with the package as it is now, the shipment's counts and, for one of its orders, the order's. */
  private async answer(
    shipment: Shipment,
    pkg: FulfilmentPackage,
    decision: LoadDecision,
    orderIds: string[],
    gs1: Gs1Settings | null,
    manager: EntityManager,
  ): Promise<ScanOutcome> {
    const [[view], loaded, expected] = await Promise.all([
      this.packages.views([pkg], gs1, manager),
      this.repository.loadedCounts([shipment.id], manager),
      this.fulfilment.expectedPackages(orderIds, manager),
    ]);
    const count = (orderId?: string) =>
      [...loaded]
        .filter(([key]) => orderId === undefined || key.endsWith(`:${orderId}`))
        .reduce((s, [, n]) => s + n, 0);
    const body: Record<string, unknown> = {
      result: decision.result,
      ...(decision.reason ? { reason: decision.reason } : {}),
      package: view,
      loaded: count(),
      expected: [...expected.values()].reduce((s, n) => s + n, 0),
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
}
