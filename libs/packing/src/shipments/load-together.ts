import { Injectable } from '@nestjs/common';
import type { RoundTrips } from '@mendao/platform';
import { type FulfilmentPackage, OrderFulfilmentService } from '@mendao/splitting';
import type { Gs1Settings } from '../barcode';
import { PackagesService } from '../order-packages.service';
import type { ScanRequest } from '../scan-log';
import type { SharedScan, Together, TogetherAnswer } from '../shared-scans';
import { loadAnswerBody } from './load-answer';

/** A load scan of a known package: one that may be loaded with the scans of other trucks. */
export interface LoadTogetherScan extends SharedScan {
  scan: ScanRequest & { shipmentId: string };
  pkg: FulfilmentPackage;
  gs1: Gs1Settings | null;
}

/** What the shared statement answers of a scan it loaded. */
interface LoadedRow {
  k: number;
  number: string;
  packed_at: Date;
  packed_by: string | null;
  packed_station: string | null;
  loaded_at: Date;
  order_ids: string[];
  loaded: Record<string, string | number>;
}

/**
 * Load scans decided together (SharedScans): only the plain case, a packed package of one of the orders of an open
 * shipment. The shipments are share-locked, in id order, as a single load scan does (a close waits for them, and the
 * scans after it find the shipment closed). One scan per shipment and per package in a batch, so no package is loaded
 * twice and a batch counts each shipment's load once; two loaders of one truck at once hear each other's scan in the
 * counts a moment later, as single scans do.
 */
@Injectable()
export class LoadTogether implements Together<LoadTogetherScan> {
  readonly kind = 'load';

  constructor(
    private readonly packages: PackagesService,
    private readonly fulfilment: OrderFulfilmentService,
  ) {}

  claimsOf({ scan, pkg }: LoadTogetherScan): string[] {
    return [`shipment ${scan.shipmentId}`, `package ${pkg.code}`];
  }

  async decide(scans: LoadTogetherScan[], trips: RoundTrips): Promise<(TogetherAnswer | null)[]> {
    // one trip: the shipments locked, then the statement that counts, whose own snapshot sees what a close or an undo
    // holding a shipment committed
    const [, rows] = (await trips.send([
      {
        text: `SELECT 1 FROM shipment WHERE factory_id = $1 AND id = ANY($2::uuid[]) ORDER BY id FOR SHARE`,
        values: [[...new Set(scans.map((s) => s.scan.shipmentId))]],
      },
      { text: LOAD_TOGETHER, values: [JSON.stringify(scans.map(loadInput))] },
    ])) as [unknown, LoadedRow[]];
    const loadedRows = new Map(rows.map((row) => [row.k, row]));
    const expected = await this.fulfilment.expectedPackagesKept(
      [...new Set(rows.flatMap((row) => row.order_ids))],
      trips.manager,
    );
    return scans.map((s, k) => {
      const row = loadedRows.get(k);
      if (!row) return null;
      const { pkg } = s;
      // the statement's snapshot does not see its own write: this package is counted in
      const loaded = new Map(Object.entries(row.loaded).map(([id, n]) => [id, Number(n)]));
      loaded.set(pkg.order.id, (loaded.get(pkg.order.id) ?? 0) + 1);
      const view = this.packages.view(
        pkg,
        { ...row, status: 'loaded', shipment_id: s.scan.shipmentId, shipment_number: row.number },
        s.gs1,
      );
      const body = loadAnswerBody({
        decision: { result: 'ok', reason: null },
        view,
        order: pkg.order,
        orderIds: row.order_ids,
        loaded,
        expected,
      });
      return { body, packageCode: pkg.code, orderId: pkg.order.id };
    });
  }
}

function loadInput(s: LoadTogetherScan, k: number) {
  return {
    k,
    code: s.pkg.code,
    shipment_id: s.scan.shipmentId,
    order_id: s.pkg.order.id,
    scan_id: s.scan.scanId,
    user_id: s.userId,
  };
}

/**
 * The plain cases of a batch loaded (its shipments share-locked already, in id order, as a single load scan does: a
 * close or an undo waits for them, or they for it): the shipment is open, the package's order
 * is one of its orders, the scanId is new, and the package is packed (a conditional write). Answers, per scan loaded,
 * the package's packing, the shipment's orders in stop order and its loaded packages per order before this scan.
 */
const LOAD_TOGETHER = `
WITH input AS MATERIALIZED (
  SELECT * FROM jsonb_to_recordset($2::jsonb) AS x(
    k int, code text, shipment_id uuid, order_id uuid, scan_id uuid, user_id uuid)),
eligible AS MATERIALIZED (
  SELECT i.*, sh.number
    FROM input i
    JOIN shipment sh ON sh.factory_id = $1 AND sh.id = i.shipment_id AND sh.status = 'open'
   WHERE EXISTS (SELECT 1 FROM shipment_order so
                  WHERE so.factory_id = $1 AND so.shipment_id = i.shipment_id AND so.order_id = i.order_id)
     AND NOT EXISTS (SELECT 1 FROM packing_scan ps WHERE ps.factory_id = $1 AND ps.scan_id = i.scan_id)),
loaded AS (
  UPDATE packed_package pp
     SET status = 'loaded', shipment_id = e.shipment_id, loaded_at = now(), loaded_by = e.user_id,
         load_scan_id = e.scan_id
    FROM eligible e
   WHERE pp.factory_id = $1 AND pp.code = e.code AND pp.status = 'packed'
  RETURNING pp.code, pp.packed_at, pp.packed_by, pp.packed_station, pp.loaded_at)
SELECT e.k, e.number, l.packed_at, u.username AS packed_by, l.packed_station, l.loaded_at,
       (SELECT array_agg(so.order_id ORDER BY so.stop) FROM shipment_order so
         WHERE so.factory_id = $1 AND so.shipment_id = e.shipment_id) AS order_ids,
       (SELECT coalesce(jsonb_object_agg(c.order_id, c.loaded), '{}') FROM shipment_loaded_count c
         WHERE c.factory_id = $1 AND c.shipment_id = e.shipment_id AND c.loaded > 0) AS loaded
  FROM eligible e
  JOIN loaded l ON l.code = e.code
  LEFT JOIN "user" u ON u.factory_id = $1 AND u.id = l.packed_by`;
