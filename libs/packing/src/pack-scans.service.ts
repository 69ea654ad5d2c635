import { Injectable } from '@nestjs/common';
import { FactorySql, TenancyContext } from '@mendao/platform';
import { type FulfilmentOrder, type FulfilmentPackage, OrderFulfilmentService } from '@mendao/splitting';
import type { EntityManager } from 'typeorm';
import { type Gs1Settings, readPackageBarcode, type ScannedPackage } from './barcode';
import { notExpectedReason } from './domain/pack-rules';
import { PackagesService, type StateRowLike } from './order-packages.service';
import { codeRefusal, ScanLog, type ScanOutcome } from './scan-log';
import { PackingSettingsService } from './settings.service';
import { type StationRow, StationsService } from './stations.service';

export interface PackScanBody {
  scanId: string;
  station: string;
  barcode: string;
}

/** What a scan learnt before its transaction: the code read, its package and whether its door is ready. */
interface Looked {
  barcode: string;
  read: ScannedPackage;
  pkg: FulfilmentPackage | null;
  ready: boolean;
  gs1: Gs1Settings | null;
}

/**
 * Scan-to-pack (POST /packing/scans): a station scans a package and hears ok, duplicate, unknown, bad check
 * character, or not_expected (another order than the one open there, its door not through the processes before
 * packing, its order not released, its split run stale), with the door's k of n and the order's packed / expected.
 * The order's row lock serializes the scans of one order, so its last package moves it to packed exactly once; the
 * package's state changes by a conditional write, so two stations scanning it at once hear one ok and one duplicate.
 */
@Injectable()
export class PackScansService {
  constructor(
    private readonly log: ScanLog,
    private readonly sql: FactorySql,
    private readonly tenancy: TenancyContext,
    private readonly stations: StationsService,
    private readonly packages: PackagesService,
    private readonly settings: PackingSettingsService,
    private readonly fulfilment: OrderFulfilmentService,
  ) {}

  async scan(body: PackScanBody): Promise<Record<string, unknown>> {
    const looked = await this.look(body.barcode.trim());
    return this.log.run(
      {
        scanId: body.scanId,
        kind: 'pack',
        station: body.station,
        barcode: looked.barcode,
        request: { station: body.station, barcode: body.barcode },
      },
      (manager) => this.decide(manager, body.station, body.scanId, looked),
    );
  }

  /** The reads before the transaction (which then holds its connection briefly): code, package, door readiness. */
  private async look(barcode: string): Promise<Looked> {
    const gs1 = await this.settings.gs1();
    const read = readPackageBarcode(barcode, gs1);
    const pkg = read.ok ? await this.fulfilment.packageByCode(read.code) : null;
    const ready = pkg ? await this.packages.doorReady(pkg.order.id, pkg.line.lineNo, pkg.doorNo) : false;
    return { barcode, read, pkg, ready, gs1 };
  }

  private async decide(manager: EntityManager, code: string, scanId: string, looked: Looked): Promise<ScanOutcome> {
    const { read, pkg, barcode } = looked;
    // thrown, so rolled back and not recorded: with no such station, or an inactive one, there is no scan to record
    const station = await this.stations.lockForScan(code, manager);
    if (!read.ok) return codeRefusal(barcode, read.reason === 'foreign_prefix' ? 'unknown' : read.reason);
    if (!pkg) return codeRefusal(barcode, 'unknown');
    const [order] = await this.fulfilment.lock([pkg.order.id], manager);
    const state = await this.state(pkg.code, manager);
    if (state && state.status !== 'unpacked')
      return this.answer(manager, 'duplicate', null, looked, order, station, state);
    const reason = notExpectedReason({
      order,
      splitRunId: pkg.splitRunId,
      openOrderId: station.open_order_id,
      doorReady: looked.ready,
    });
    if (reason) return this.answer(manager, 'not_expected', reason, looked, order, station, undefined);
    const packed = await this.pack(pkg, code, scanId, manager);
    if (!packed)
      return this.answer(manager, 'duplicate', null, looked, order, station, await this.state(pkg.code, manager));
    return this.answer(manager, 'ok', null, looked, order, station, packed);
  }

  /** The scan's answer; an ok one also moves the order (complete → packed) and the station's open order. */
  private async answer(
    manager: EntityManager,
    result: 'ok' | 'duplicate' | 'not_expected',
    reason: string | null,
    { pkg, gs1 }: Looked,
    order: FulfilmentOrder,
    station: StationRow,
    state: StateRowLike | undefined,
  ): Promise<ScanOutcome> {
    const p = pkg as FulfilmentPackage;
    const { door, ...counts } = await this.packages.inScan(order, p, manager);
    const complete = counts.expected > 0 && counts.packed === counts.expected;
    let open = station.open_order_id === null ? null : { id: station.open_order_id, orderNo: station.open_order_no };
    if (result === 'ok') {
      if (complete) {
        await this.fulfilment.apply([order.id], 'pack', manager);
        this.packages.forgetReady(order.id);
        if (open !== null) await this.stations.openInScan(station.code, null, manager);
        open = null;
      } else if (open === null) {
        await this.stations.openInScan(station.code, order.id, manager);
        open = { id: order.id, orderNo: order.orderNo };
      }
    }
    return {
      status: result === 'ok' ? 201 : 200,
      result,
      reason,
      packageCode: p.code,
      orderId: order.id,
      body: {
        result,
        ...(reason ? { reason } : {}),
        package: this.packages.view(p, state, gs1),
        order: { id: order.id, orderNo: order.orderNo, customer: order.customer, ...counts, complete },
        door,
        station: { code: station.code, openOrder: open },
      },
    };
  }

  /** Packs the package unless it is packed (or loaded): null when another scan got there first. */
  private async pack(
    pkg: FulfilmentPackage,
    station: string,
    scanId: string,
    manager: EntityManager,
  ): Promise<StateRowLike | null> {
    const actor = this.tenancy.actor();
    const rows = await this.sql.query<StateRowLike & { code: string }>(
      `INSERT INTO packed_package (factory_id, code, order_id, line_id, door_no, k, n, split_run_id, status, packed_at,
                                   packed_by, packed_station, pack_scan_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'packed', now(), $9, $10, $11)
       ON CONFLICT (factory_id, code) DO UPDATE
          SET status = 'packed', packed_at = now(), packed_by = excluded.packed_by,
              packed_station = excluded.packed_station, pack_scan_id = excluded.pack_scan_id,
              order_id = excluded.order_id, line_id = excluded.line_id, door_no = excluded.door_no,
              split_run_id = excluded.split_run_id
        WHERE packed_package.status = 'unpacked'
       RETURNING code, status, packed_at, packed_station, $12::text AS packed_by`,
      [
        pkg.code,
        pkg.order.id,
        pkg.line.id,
        pkg.doorNo,
        pkg.k,
        pkg.n,
        pkg.splitRunId,
        actor?.userId ?? null,
        station,
        scanId,
        actor?.username ?? null,
      ],
      manager,
    );
    return rows[0] ?? null;
  }

  private async state(code: string, manager: EntityManager): Promise<StateRowLike | undefined> {
    const [row] = await this.sql.query<StateRowLike>(
      `SELECT pp.status, pp.packed_at, u.username AS packed_by, pp.packed_station, pp.loaded_at, pp.shipment_id,
              s.number AS shipment_number
         FROM packed_package pp
         LEFT JOIN "user" u ON u.factory_id = pp.factory_id AND u.id = pp.packed_by
         LEFT JOIN shipment s ON s.factory_id = pp.factory_id AND s.id = pp.shipment_id
        WHERE pp.factory_id = $1 AND pp.code = $2`,
      [code],
      manager,
    );
    return row;
  }
}
