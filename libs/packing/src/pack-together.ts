import { Injectable } from '@nestjs/common';
import type { RoundTrips } from '@mendao/platform';
import { type FulfilmentPackage, OrderFulfilmentService } from '@mendao/splitting';
import type { Gs1Settings } from './barcode';
import { PackagesService, scanCounts } from './order-packages.service';
import { packAnswerBody } from './pack-answer';
import { PACK_OR_KEEP } from './pack-statements';
import type { ScanRequest } from './scan-log';
import type { SharedScan, Together, TogetherAnswer } from './shared-scans';
import { StationsService } from './stations.service';

/** A pack scan of a known package of a ready door: one that may be packed with others. */
export interface PackTogetherScan extends SharedScan {
  scan: ScanRequest & { station: string };
  pkg: FulfilmentPackage;
  gs1: Gs1Settings | null;
  /** The order's expected package count (OrderFulfilmentService.expectedPackagesKept), read before the batch. */
  expected: number;
}

/** What the shared statement answers of a scan it packed. */
interface PackedRow {
  k: number;
  packed_at: Date;
  packed: string;
  expected: string;
  order_no: string;
  customer: string;
  door: { k: number; n: number; status: string | null }[];
}

/**
 * Pack scans decided together (SharedScans): only the plain case, the package unpacked, its order released and open
 * at the scanning station (or none open there: the scan opens it), its door ready. An order's last package moves the
 * order to packed and closes it at the station, as a single scan does. The stations and then the orders are locked
 * first, in code and id order, so a batch takes its turn with the other scans of those orders as a single scan does;
 * one scan per order and per station in a batch, so the order's count of packed packages is exact.
 */
@Injectable()
export class PackTogether implements Together<PackTogetherScan> {
  readonly kind = 'pack';

  constructor(
    private readonly packages: PackagesService,
    private readonly stations: StationsService,
    private readonly fulfilment: OrderFulfilmentService,
  ) {}

  claimsOf({ scan, pkg }: PackTogetherScan): string[] {
    return [`order ${pkg.order.id}`, `station ${scan.station}`];
  }

  async decide(scans: PackTogetherScan[], trips: RoundTrips): Promise<(TogetherAnswer | null)[]> {
    // one trip: the stations, then the orders locked (a single scan's order: its station's row, then its order's; the
    // second subquery is evaluated after the first), then the packing, whose own snapshot sees what the locks' holders
    // committed
    const [, rows] = (await trips.send([
      {
        text: `SELECT (SELECT count(*) FROM (SELECT 1 FROM packing_station WHERE factory_id = $1 AND code = ANY($2::text[])
                                              ORDER BY code FOR UPDATE) s) AS stations,
                      (SELECT count(*) FROM (SELECT 1 FROM sales_order WHERE factory_id = $1 AND id = ANY($3::uuid[])
                                              ORDER BY id FOR UPDATE) o) AS orders`,
        values: [[...new Set(scans.map((s) => s.scan.station))], [...new Set(scans.map((s) => s.pkg.order.id))]],
      },
      { text: PACK_TOGETHER, values: [JSON.stringify(scans.map(packInput))] },
    ])) as [unknown, PackedRow[]];
    const packed = new Map(rows.map((row) => [row.k, row]));
    // an order's last package moves it to packed and closes it at its station, as a single scan does
    const completed = scans.filter((s, k) => {
      const row = packed.get(k);
      return row !== undefined && Number(row.packed) === Number(row.expected);
    });
    if (completed.length > 0) {
      await this.fulfilment.apply(
        completed.map((s) => s.pkg.order.id),
        'pack',
        trips.manager,
      );
      for (const s of completed) await this.stations.openInScan(s.scan.station, null, trips.manager);
    }
    return scans.map((s, k) => {
      const row = packed.get(k);
      return row ? { body: this.answer(s, row), packageCode: s.pkg.code, orderId: s.pkg.order.id } : null;
    });
  }

  private answer(s: PackTogetherScan, row: PackedRow): Record<string, unknown> {
    const { pkg } = s;
    const order = { id: pkg.order.id, orderNo: row.order_no, customer: row.customer };
    const complete = Number(row.packed) === Number(row.expected);
    return packAnswerBody({
      result: 'ok',
      reason: null,
      view: this.packages.view(
        pkg,
        { status: 'packed', packed_at: row.packed_at, packed_by: s.username, packed_station: s.scan.station },
        s.gs1,
      ),
      order,
      counts: scanCounts(pkg, row),
      station: { code: s.scan.station, openOrder: complete ? null : { id: order.id, orderNo: order.orderNo } },
    });
  }
}

function packInput(s: PackTogetherScan, k: number) {
  const { pkg, expected } = s;
  return {
    k,
    code: pkg.code,
    order_id: pkg.order.id,
    line_id: pkg.line.id,
    door_no: pkg.doorNo,
    pk: pkg.k,
    pn: pkg.n,
    split_run_id: pkg.splitRunId,
    station: s.scan.station,
    scan_id: s.scan.scanId,
    user_id: s.userId,
    expected,
  };
}

/**
 * The plain cases of a batch packed (its stations and orders locked already): the station is active with the
 * package's order open, or none (the scan opens it, as the first ok scan at a station does, unless it completes the
 * order), the order is released and its split run is the package's and current, the scanId is new, and the package
 * is not packed (a conditional write). Answers, per scan packed, the order's packed and expected counts and the
 * door's packages (this statement's snapshot does not see its own write, so the package scanned is counted in).
 */
const PACK_TOGETHER = `
WITH input AS MATERIALIZED (
  SELECT * FROM jsonb_to_recordset($2::jsonb) AS x(
    k int, code text, order_id uuid, line_id uuid, door_no int, pk int, pn int, split_run_id uuid, station text,
    scan_id uuid, user_id uuid, expected int)),
eligible AS MATERIALIZED (
  SELECT i.*, o.order_no, o.customer,
         coalesce((SELECT c.packed FROM order_packed_count c
                    WHERE c.factory_id = $1 AND c.order_id = i.order_id AND c.split_run_id = i.split_run_id), 0) AS before
    FROM input i
    JOIN packing_station s ON s.factory_id = $1 AND s.code = i.station AND s.active
                         AND (s.open_order_id = i.order_id OR s.open_order_id IS NULL)
    JOIN sales_order o ON o.factory_id = $1 AND o.id = i.order_id AND o.status = 'in_production'
                      AND NOT o.split_stale AND o.last_split_run_id = i.split_run_id
   WHERE NOT EXISTS (SELECT 1 FROM packing_scan ps WHERE ps.factory_id = $1 AND ps.scan_id = i.scan_id)),
packed AS (
  INSERT INTO packed_package (factory_id, code, order_id, line_id, door_no, k, n, split_run_id, status, packed_at,
                              packed_by, packed_station, pack_scan_id)
  SELECT $1, code, order_id, line_id, door_no, pk, pn, split_run_id, 'packed', now(), user_id, station, scan_id
    FROM eligible
   ORDER BY code
  ${PACK_OR_KEEP}
  RETURNING code, packed_at),
opened AS (
  UPDATE packing_station s SET open_order_id = e.order_id, opened_at = now()
    FROM eligible e JOIN packed p ON p.code = e.code
   WHERE s.factory_id = $1 AND s.code = e.station AND s.open_order_id IS NULL AND e.before + 1 < e.expected
  RETURNING 1)
SELECT e.k, p.packed_at, e.before + 1 AS packed, e.expected, e.order_no, e.customer,
       (SELECT coalesce(json_agg(json_build_object(
                 'k', d.k, 'n', d.n, 'status', CASE WHEN d.barcode = e.code THEN 'packed' ELSE pp.status END)), '[]')
          FROM door_package d
          LEFT JOIN packed_package pp ON pp.factory_id = d.factory_id AND pp.code = d.barcode
         WHERE d.factory_id = $1 AND d.split_run_id = e.split_run_id AND d.line_id = e.line_id
           AND d.door_no = e.door_no) AS door
  FROM eligible e JOIN packed p ON p.code = e.code`;
