import { Injectable } from '@nestjs/common';
import { AuditService, DomainError, FactoryScope, FactorySql, NotFoundError } from '@mendao/platform';
import { type FulfilmentOrder, OrderFulfilmentService } from '@mendao/splitting';
import type { EntityManager } from 'typeorm';
import { PackagesService, type PackageView } from './order-packages.service';
import { PACKING_ERRORS } from './packing.errors';
import { type RecordedScan, ScanLog } from './scan-log';
import { PackingSettingsService } from './settings.service';

export interface UndoAnswer {
  scanId: string;
  kind: 'pack' | 'load';
  undoneAt: string;
  undoReason: string;
  package: PackageView | null;
}

interface ShipmentRow {
  number: string;
  status: string;
  closed_at: Date | null;
}

interface PackageRow {
  code: string;
  status: 'packed' | 'loaded' | 'unpacked';
  order_id: string;
  pack_scan_id: string | null;
  load_scan_id: string | null;
  shipment_id: string | null;
  shipment_number: string | null;
}

/**
 * A supervisor's undo of an ok scan, with a reason (audited): a pack scan puts its package back to not packed (its
 * order back in production when it was packed), refused while the package is loaded; a load scan puts its package
 * back to packed, on an open shipment only. A scan is undone once; a refusal or a duplicate has nothing to undo.
 */
@Injectable()
export class UndoService {
  constructor(
    private readonly scope: FactoryScope,
    private readonly sql: FactorySql,
    private readonly log: ScanLog,
    private readonly fulfilment: OrderFulfilmentService,
    private readonly packages: PackagesService,
    private readonly settings: PackingSettingsService,
    private readonly audit: AuditService,
  ) {}

  async undo(scanId: string, reason: string): Promise<UndoAnswer> {
    if (!(await this.log.find(scanId))) throw new NotFoundError('scan', scanId, 'scanId');
    const undone = await this.scope.transaction(async (manager) => {
      const scan = (await this.log.find(scanId, manager)) as RecordedScan;
      if (scan.result !== 'ok' || scan.undoneAt !== null || scan.packageCode === null) throw notUndoable(scan);
      // locks in the order every writer takes them: shipment, then order, then package
      if (scan.kind === 'load') {
        const shipment = await this.lockShipment(scan.shipmentId, manager);
        await this.undoLoad(scan, shipment, await this.packageRow(scan.packageCode, manager), manager);
      } else {
        const [order] = scan.orderId ? await this.fulfilment.lock([scan.orderId], manager) : [];
        await this.undoPack(scan, order, await this.packageRow(scan.packageCode, manager), manager);
      }
      await this.log.markUndone(scan.id, reason, manager);
      return scan;
    });
    this.audit.note({ undone: { scanId, kind: undone.kind, package: undone.packageCode, reason } });
    const found = undone.packageCode ? await this.fulfilment.packageByCode(undone.packageCode) : null;
    const [view] = found ? await this.packages.views([found], await this.settings.gs1()) : [];
    const after = await this.log.find(scanId);
    return {
      scanId,
      kind: undone.kind,
      undoneAt: new Date(after?.undoneAt ?? Date.now()).toISOString(),
      undoReason: reason,
      package: view ?? null,
    };
  }

  /**
   * The package back to not packed; its order (locked by the caller) back in production when the scan had completed
   * it. Refused once the order is shipped (a shipment closed with an override leaves packed packages behind): a
   * shipped order has no packing left to undo.
   */
  private async undoPack(
    scan: RecordedScan,
    order: FulfilmentOrder | undefined,
    pkg: PackageRow | undefined,
    manager: EntityManager,
  ): Promise<void> {
    if (!pkg || pkg.pack_scan_id !== scan.scanId) throw notUndoable(scan);
    if (order?.status === 'shipped')
      throw new DomainError(
        PACKING_ERRORS['packing.order_shipped'],
        `order ${order.orderNo} is shipped; the pack scan of ${pkg.code} cannot be undone / 订单 ${order.orderNo} 已发货，包装 ${pkg.code} 的扫描不可撤销`,
        { scanId: scan.scanId, code: pkg.code, order: order.orderNo },
        [{ field: 'scanId', message: 'its order is shipped' }],
      );
    if (pkg.status === 'loaded')
      throw new DomainError(
        PACKING_ERRORS['packing.package_loaded'],
        `package ${pkg.code} is loaded on shipment ${pkg.shipment_number}; undo its load scan first / 包装 ${pkg.code} 已装车（${pkg.shipment_number}），请先撤销装车扫描`,
        { scanId: scan.scanId, code: pkg.code, shipment: pkg.shipment_number },
        [{ field: 'scanId', message: 'its package is loaded' }],
      );
    if (pkg.status !== 'packed') throw notUndoable(scan);
    await this.sql.query(
      `UPDATE packed_package SET status = 'unpacked' WHERE factory_id = $1 AND code = $2`,
      [pkg.code],
      manager,
    );
    if (order?.status === 'packed') await this.fulfilment.apply([order.id], 'unpack', manager);
  }

  /** The package back to packed, off the shipment, which must still be open. */
  private async undoLoad(
    scan: RecordedScan,
    shipment: ShipmentRow | undefined,
    pkg: PackageRow | undefined,
    manager: EntityManager,
  ): Promise<void> {
    if (shipment?.status !== 'open')
      throw new DomainError(
        PACKING_ERRORS['shipment.closed'],
        `shipment ${shipment?.number} is closed; its load cannot be undone / 装车单 ${shipment?.number} 已关闭，不可撤销`,
        {
          shipment: shipment?.number,
          closedAt: shipment?.closed_at ? new Date(shipment.closed_at).toISOString() : null,
        },
        [{ field: 'scanId', message: 'its shipment is closed' }],
      );
    if (!pkg || pkg.load_scan_id !== scan.scanId || pkg.status !== 'loaded') throw notUndoable(scan);
    await this.sql.query(
      `UPDATE packed_package
          SET status = 'packed', shipment_id = NULL, loaded_at = NULL, loaded_by = NULL, load_scan_id = NULL
        WHERE factory_id = $1 AND code = $2`,
      [pkg.code],
      manager,
    );
  }

  /** The load scan's shipment, locked until the undo ends (a close waits for it). */
  private async lockShipment(id: string | null, manager: EntityManager): Promise<ShipmentRow | undefined> {
    const [row] = await this.sql.query<ShipmentRow>(
      `SELECT number, status, closed_at FROM shipment WHERE factory_id = $1 AND id = $2 FOR UPDATE`,
      [id],
      manager,
    );
    return row;
  }

  private async packageRow(code: string, manager: EntityManager): Promise<PackageRow | undefined> {
    const [row] = await this.sql.query<PackageRow>(
      `SELECT pp.code, pp.status, pp.order_id, pp.pack_scan_id, pp.load_scan_id, pp.shipment_id, s.number AS shipment_number
         FROM packed_package pp
         LEFT JOIN shipment s ON s.factory_id = pp.factory_id AND s.id = pp.shipment_id
        WHERE pp.factory_id = $1 AND pp.code = $2
          FOR UPDATE OF pp`,
      [code],
      manager,
    );
    return row;
  }
}

function notUndoable(scan: RecordedScan): DomainError {
  const why =
    scan.undoneAt !== null
      ? `was undone at ${new Date(scan.undoneAt).toISOString()} / 已撤销`
      : scan.result !== 'ok'
        ? `answered ${scan.result}: it changed nothing / 该扫描未改变任何包装`
        : 'its package changed since (packed again or moved) / 包装状态已变化';
  return new DomainError(
    PACKING_ERRORS['packing.scan_not_undoable'],
    `scan ${scan.scanId} ${why}`,
    {
      scanId: scan.scanId,
      result: scan.result,
      undoneAt: scan.undoneAt ? new Date(scan.undoneAt).toISOString() : null,
    },
    [{ field: 'scanId', message: 'is not an ok scan that can be undone' }],
  );
}
