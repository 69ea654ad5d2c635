import { Injectable } from '@nestjs/common';
import {
  DEFAULT_PAGE_SIZE,
  decodeCursor,
  FactorySql,
  isUuid,
  toPage,
  ValidationFailedError,
  type Page,
} from '@mendao/platform';
import type { ScanHistoryQuery, ScanRecordDto } from './scan-history.dto';

interface ScanRow {
  id: string;
  scan_id: string;
  kind: 'pack' | 'load';
  station: string | null;
  shipment_number: string | null;
  barcode: string;
  package_code: string | null;
  order_no: string | null;
  result: string;
  reason: string | null;
  username: string | null;
  at: Date;
  /** `at` as Postgres writes it, to the microsecond: the cursor's key (a Date keeps milliseconds only) */
  at_key: string;
  undone_at: Date | null;
  undo_reason: string | null;
}

/** A timestamptz as Postgres writes it (ISO DateStyle): what the cursor carries, checked before it is cast. */
const PG_INSTANT = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

/** The recent pack and load scans, newest first: what a supervisor reads before undoing one. */
@Injectable()
export class ScanHistoryService {
  constructor(private readonly sql: FactorySql) {}

  async list(query: ScanHistoryQuery): Promise<Page<ScanRecordDto>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, 2);
    if (after && (typeof after[0] !== 'string' || !PG_INSTANT.test(after[0]) || !isUuid(after[1])))
      throw new ValidationFailedError([{ field: 'cursor', message: 'is not a cursor this endpoint issued' }]);
    const values: unknown[] = [];
    const where: string[] = ['ps.factory_id = $1'];
    const bind = (value: unknown) => `$${values.push(value) + 1}`;
    if (query.station) where.push(`ps.station = ${bind(query.station)}`);
    if (query.shipment)
      where.push(
        isUuid(query.shipment)
          ? `ps.shipment_id = ${bind(query.shipment.toLowerCase())}::uuid`
          : `sh.number = ${bind(query.shipment)}`,
      );
    if (query.result) where.push(`ps.result = ${bind(query.result)}`);
    if (after) where.push(`(ps.at, ps.id) < (${bind(after[0])}::timestamptz, ${bind(after[1])}::uuid)`);
    const rows = await this.sql.query<ScanRow>(
      `SELECT ps.id, ps.scan_id, ps.kind, ps.station, sh.number AS shipment_number, ps.barcode, ps.package_code,
              o.order_no, ps.result, ps.reason, ps.username, ps.at, ps.at::text AS at_key, ps.undone_at,
              ps.undo_reason
         FROM packing_scan ps
         LEFT JOIN shipment sh ON sh.factory_id = ps.factory_id AND sh.id = ps.shipment_id
         LEFT JOIN sales_order o ON o.factory_id = ps.factory_id AND o.id = ps.order_id
        WHERE ${where.join(' AND ')}
        ORDER BY ps.at DESC, ps.id DESC
        LIMIT ${bind(limit + 1)}`,
      values,
    );
    const page = toPage(rows, limit, (r) => [r.at_key, r.id]);
    return { items: page.items.map(recordOf), nextCursor: page.nextCursor };
  }
}

function recordOf(r: ScanRow): ScanRecordDto {
  return {
    scanId: r.scan_id,
    kind: r.kind,
    station: r.station,
    shipmentNumber: r.shipment_number,
    barcode: r.barcode,
    packageCode: r.package_code,
    orderNo: r.order_no,
    result: r.result,
    reason: r.reason,
    username: r.username,
    at: r.at.toISOString(),
    undoneAt: r.undone_at?.toISOString() ?? null,
    undoReason: r.undo_reason,
  };
}
