import { Injectable } from '@nestjs/common';
import { FactorySql, TenancyContext } from '@mendao/platform';
import { type FulfilmentOrder, type FulfilmentPackage, OrderFulfilmentService } from '@mendao/splitting';
import type { EntityManager } from 'typeorm';
import { type Gs1Settings, readPackageBarcode, type ScannedPackage } from './barcode';
import { notExpectedReason } from './domain/pack-rules';
import { packAnswerBody } from './pack-answer';
import { PACK_OR_KEEP } from './pack-statements';
import { PackagesService, type ScanCounts, scanCounts, type StateRowLike } from './order-packages.service';
import { codeRefusal, ScanLog, type ScanOutcome } from './scan-log';
import { PackingSettingsService } from './settings.service';
import { PackTogether } from './pack-together';
import { ScanHints } from './scan-hints';
import { SharedScans } from './shared-scans';
import { type StationRow, stationInScan, StationsService } from './stations.service';

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
    private readonly shared: SharedScans,
    private readonly together: PackTogether,
    private readonly hints: ScanHints,
  ) {}

  async scan(body: PackScanBody): Promise<Record<string, unknown>> {
    const looked = await this.look(body.barcode.trim());
    const scan = {
      scanId: body.scanId,
      kind: 'pack' as const,
      station: body.station,
      barcode: looked.barcode,
      request: { station: body.station, barcode: body.barcode },
    };
    const alone = () => this.log.run(scan, (manager) => this.decide(manager, body.station, body.scanId, looked));
    const { pkg, gs1 } = looked;
    if (!pkg) return alone();
    // the plain case (a known package of a ready door) may be packed with the scans of other stations; one this
    // process knows to be a duplicate or of another order than the station's goes alone at once
    let answer: Record<string, unknown>;
    if (looked.ready && !this.hints.packAlone(body.station, pkg.code, pkg.order.id)) {
      const expected = (await this.fulfilment.expectedPackagesKept([pkg.order.id])).get(pkg.order.id) ?? 0;
      answer = await this.shared.submit(this.together, { scan, pkg, gs1, expected }, alone);
    } else answer = await alone();
    this.hints.heardPack(body.station, pkg.code, answer);
    return answer;
  }

  /** The reads before the transaction (which then holds its connection briefly): code, package, door readiness. */
  private async look(barcode: string): Promise<Looked> {
    const gs1 = await this.settings.gs1();
    const read = readPackageBarcode(barcode, gs1);
    const pkg = read.ok ? await this.fulfilment.packageByCode(read.code) : null;
    const ready = pkg ? await this.packages.doorReady(pkg) : false;
    return { barcode, read, pkg, ready, gs1 };
  }

  private async decide(manager: EntityManager, code: string, scanId: string, looked: Looked): Promise<ScanOutcome> {
    const { read, pkg, barcode } = looked;
    // thrown, so rolled back and not recorded: with no such station, or an inactive one, there is no scan to record
    if (!read.ok || !pkg) {
      await this.stations.lockForScan(code, manager);
      if (!read.ok) return codeRefusal(barcode, read.reason === 'foreign_prefix' ? 'unknown' : read.reason);
      return codeRefusal(barcode, 'unknown');
    }
    const locked = await this.lock(code, pkg, manager);
    const { station, order } = locked;
    let { state } = locked;
    if (state && state.status !== 'unpacked') {
      // read as the statement began, before its locks were granted: an undo may have unpacked it meanwhile
      state = await this.packages.state(pkg.code, manager);
      if (state && state.status !== 'unpacked')
        return this.answer(manager, 'duplicate', null, looked, order, station, state);
    }
    const reason = notExpectedReason({
      order,
      splitRunId: pkg.splitRunId,
      openOrderId: station.open_order_id,
      doorReady: looked.ready,
    });
    if (reason) {
      // the state was read as the statement began, before its locks were granted: another station may have packed
      // the package meanwhile (its order packed with it), and then it is a duplicate
      state = await this.packages.state(pkg.code, manager);
      if (state && state.status !== 'unpacked')
        return this.answer(manager, 'duplicate', null, looked, order, station, state);
      return this.answer(manager, 'not_expected', reason, looked, order, station, undefined);
    }
    const packed = await this.pack(pkg, code, scanId, order, manager);
    if (!packed) {
      state = await this.packages.state(pkg.code, manager);
      return this.answer(manager, 'duplicate', null, looked, order, station, state);
    }
    return this.answer(manager, 'ok', null, looked, order, station, packed.state, packed.counts);
  }

  /**
   * In one statement: the station (its scans take turns) and the package's order (its scans take turns, so its last
   * package moves it to packed once) locked, and the package's packing state. 404 / 409 on the station as lockForScan.
   */
  private async lock(
    code: string,
    pkg: FulfilmentPackage,
    manager: EntityManager,
  ): Promise<{ station: StationRow; order: FulfilmentOrder; state: StateRowLike | undefined }> {
    const [row] = await this.sql.query<
      StationRow & {
        order_no: string;
        customer: string;
        order_status: FulfilmentOrder['status'];
        split_stale: boolean;
        last_split_run_id: string | null;
        status: StateRowLike['status'] | null;
        packed_at: Date;
        packed_by: string | null;
        packed_station: string | null;
        loaded_at: Date | null;
        shipment_id: string | null;
        shipment_number: string | null;
      }
    >(
      `SELECT s.code, s.name, s.active, s.open_order_id, so.order_no AS open_order_no,
              so.status AS open_order_status, s.opened_at, s.created_at,
              o.order_no, o.customer, o.status AS order_status, o.split_stale, o.last_split_run_id,
              pp.status, pp.packed_at, u.username AS packed_by, pp.packed_station, pp.loaded_at, pp.shipment_id,
              sh.number AS shipment_number
         FROM packing_station s
         JOIN sales_order o ON o.factory_id = s.factory_id AND o.id = $3
         LEFT JOIN sales_order so ON so.factory_id = s.factory_id AND so.id = s.open_order_id
         LEFT JOIN packed_package pp ON pp.factory_id = s.factory_id AND pp.code = $4
         LEFT JOIN "user" u ON u.factory_id = pp.factory_id AND u.id = pp.packed_by
         LEFT JOIN shipment sh ON sh.factory_id = pp.factory_id AND sh.id = pp.shipment_id
        WHERE s.factory_id = $1 AND s.code = $2
          FOR UPDATE OF s, o`,
      [code, pkg.order.id, pkg.code],
      manager,
    );
    if (!row) return this.missingStation(code, manager);
    // the open order is joined, not locked: when another scan opened or switched it while this one waited for the
    // station's lock, the join still holds the order before (or none); read the station again, its lock now held
    const station =
      row.open_order_id !== null && row.open_order_no === null
        ? await this.stations.lockForScan(code, manager)
        : stationInScan(row);
    const order: FulfilmentOrder = {
      id: pkg.order.id,
      orderNo: row.order_no,
      customer: row.customer,
      status: row.order_status,
      splitStale: row.split_stale,
      lastSplitRunId: row.last_split_run_id,
    };
    return { station, order, state: row.status === null ? undefined : (row as StateRowLike) };
  }

  /** No row: the station is unknown (404) or inactive (409), thrown as lockForScan throws them. */
  private async missingStation(code: string, manager: EntityManager): Promise<never> {
    await this.stations.lockForScan(code, manager);
    throw new Error(`pack station ${code} locked but its scan's order not found`);
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
    counted?: ScanCounts,
  ): Promise<ScanOutcome> {
    const p = pkg as FulfilmentPackage;
    const counts = counted ?? (await this.packages.inScan(order, p, manager));
    const complete = counts.expected > 0 && counts.packed === counts.expected;
    let open = station.open_order_id === null ? null : { id: station.open_order_id, orderNo: station.open_order_no };
    if (result === 'ok') {
      if (complete) {
        await this.fulfilment.apply([order.id], 'pack', manager);
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
      body: packAnswerBody({
        result,
        reason,
        view: this.packages.view(p, state, gs1),
        order: { id: order.id, orderNo: order.orderNo, customer: order.customer },
        counts,
        station: { code: station.code, openOrder: open },
      }),
    };
  }

  /**
   * Packs the package unless it is packed (or loaded): null when another scan got there first. In the same statement,
   * the counts of the answer: its snapshot does not see the package packed, so it is counted in.
   */
  private async pack(
    pkg: FulfilmentPackage,
    station: string,
    scanId: string,
    order: FulfilmentOrder,
    manager: EntityManager,
  ): Promise<{ state: StateRowLike; counts: ScanCounts } | null> {
    const actor = this.tenancy.actor();
    const rows = await this.sql.query<
      StateRowLike & { packed: string; expected: string; door: { k: number; n: number; status: string | null }[] }
    >(
      `WITH packed AS (
         INSERT INTO packed_package (factory_id, code, order_id, line_id, door_no, k, n, split_run_id, status, packed_at,
                                     packed_by, packed_station, pack_scan_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'packed', now(), $9, $10, $11)
         ${PACK_OR_KEEP}
         RETURNING status, packed_at, packed_station)
       SELECT p.status, p.packed_at, p.packed_station, $12::text AS packed_by,
              coalesce((SELECT packed FROM order_packed_count
                         WHERE factory_id = $1 AND order_id = $3 AND split_run_id = $13), 0)
                + (SELECT count(*) FROM packed) AS packed,
              (SELECT count(*) FROM door_package
                WHERE factory_id = $1 AND order_id = $3 AND split_run_id = $13) AS expected,
              (SELECT coalesce(json_agg(json_build_object(
                        'k', d.k, 'n', d.n, 'status', CASE WHEN d.barcode = $2 THEN 'packed' ELSE pp.status END)), '[]')
                 FROM door_package d
                 LEFT JOIN packed_package pp ON pp.factory_id = d.factory_id AND pp.code = d.barcode
                WHERE d.factory_id = $1 AND d.split_run_id = $8 AND d.line_id = $4 AND d.door_no = $5) AS door
         FROM packed p`,
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
        order.lastSplitRunId,
      ],
      manager,
    );
    const [row] = rows;
    return row ? { state: row, counts: scanCounts(pkg, row) } : null;
  }
}
