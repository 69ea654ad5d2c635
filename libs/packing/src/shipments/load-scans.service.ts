import { Injectable } from '@nestjs/common';
import { TenancyContext } from '@mendao/platform';
import { type FulfilmentPackage, OrderFulfilmentService } from '@mendao/splitting';
import type { EntityManager } from 'typeorm';
import { readPackageBarcode } from '../barcode';
import { type PackageView, PackagesService } from '../order-packages.service';
import type { Shipment } from '../packing.entities';
import { ScanHints } from '../scan-hints';
import { codeRefusal, ScanLog, type ScanOutcome } from '../scan-log';
import { SharedScans } from '../shared-scans';
import { loadAnswerBody } from './load-answer';
import { LoadTogether } from './load-together';
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
    private readonly shared: SharedScans,
    private readonly together: LoadTogether,
    private readonly hints: ScanHints,
  ) {}

  /**
   * A shipment this factory does not have is a 404 before anything is recorded (no scan row can name it). A code of a
   * known package may be loaded with the scans of other trucks (LoadTogether); any other is decided alone.
   */
  async scan(key: string, body: LoadScanDto): Promise<Record<string, unknown>> {
    const id = await this.shipments.idOf(key);
    const barcode = body.barcode.trim();
    const scan = { scanId: body.scanId, kind: 'load' as const, shipmentId: id, barcode, request: { barcode } };
    const alone = () => this.scanLog.run(scan, (manager) => this.decide(id, body.scanId, barcode, manager));
    const gs1 = await this.settings.gs1();
    const read = readPackageBarcode(barcode, gs1);
    const pkg = read.ok ? await this.fulfilment.packageByCode(read.code) : null;
    if (!pkg) return alone();
    // one this process knows to be a duplicate or of an order it has not seen on this truck goes alone at once
    const answer = this.hints.loadAlone(id, pkg.code, pkg.order.id)
      ? await alone()
      : await this.shared.submit(this.together, { scan: { ...scan, shipmentId: id }, pkg, gs1 }, alone);
    this.hints.heardLoad(id, pkg.code, pkg.order.id, answer);
    return answer;
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
    const body = loadAnswerBody({
      decision,
      view,
      order: pkg.order,
      orderIds,
      loaded: new Map([...loaded].map(([key, n]) => [key.slice(key.indexOf(':') + 1), n])),
      expected: await this.fulfilment.expectedPackagesKept(orderIds, manager),
    });
    return {
      status: decision.result === 'ok' ? 201 : 200,
      result: decision.result,
      reason: decision.reason,
      packageCode: pkg.code,
      orderId: pkg.order.id,
      body,
    };
  }
}
