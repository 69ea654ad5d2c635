import { Injectable } from '@nestjs/common';
import {
  AuditService,
  auditInsert,
  DomainError,
  FactorySql,
  type FieldError,
  type Statement,
  TenancyContext,
} from '@mendao/platform';
import type { EntityManager } from 'typeorm';
import { sameRequest } from './domain/same-request';
import { PACKING_ERRORS } from './packing.errors';

/** What a scan decided: its HTTP answer, recorded in packing_scan whether it is an ok, a warning or a refusal. */
export interface ScanOutcome {
  /** The HTTP answer: 201 ok, 200 duplicate / not_expected / not_in_shipment / not_packed, 4xx a code refused. */
  status: 200 | 201 | 404 | 409 | 422;
  /** ok | duplicate | unknown | not_expected | not_in_shipment | not_packed */
  result: string;
  /** bad_check | malformed | wrong_order | door_not_ready | not_released | stale | closed … */
  reason?: string | null;
  packageCode?: string | null;
  orderId?: string | null;
  /** 2xx: the answer; 4xx: `{code, message, params, errors}` of a DomainError (see `refusal`). */
  body: Record<string, unknown>;
}

/** One scan as a station sent it: `request` is the body, to tell a retry from a scanId used again for another scan. */
export interface ScanRequest {
  scanId: string;
  kind: 'pack' | 'load';
  station?: string;
  shipmentId?: string;
  barcode: string;
  request: Record<string, unknown>;
}

/** An ok scan decided with others, to record (ScanLog.sharedRecord). */
export interface SharedScanRecord {
  scan: ScanRequest;
  outcome: ScanOutcome;
  userId: string | null;
  username: string | null;
  /** The request's audit row (AuditService.currentRequestRow's json, an array of one), written in the same statement. */
  auditRow: string | null;
}

/** A scan row as recorded: what undo and the accuracy figures read. */
export interface RecordedScan {
  id: string;
  scanId: string;
  kind: 'pack' | 'load';
  station: string | null;
  shipmentId: string | null;
  barcode: string;
  packageCode: string | null;
  orderId: string | null;
  result: string;
  reason: string | null;
  status: number;
  at: Date;
  undoneAt: Date | null;
}

interface ScanRow {
  id: string;
  scan_id: string;
  kind: 'pack' | 'load';
  station: string | null;
  shipment_id: string | null;
  barcode: string;
  package_code: string | null;
  order_id: string | null;
  result: string;
  reason: string | null;
  status: number;
  at: Date;
  undone_at: Date | null;
  request: Record<string, unknown>;
  answer: Record<string, unknown>;
}

const COLUMNS = `id, scan_id, kind, station, shipment_id, barcode, package_code, order_id, result, reason, status, at,
                 undone_at, request, answer`;

/**
 * A refused scan as an outcome: the DomainError's code, message, params and field errors, recorded with the scan
 * and thrown as problem+json (status from the error catalogue).
 */
export function refusal(
  error: DomainError,
  status: 404 | 409 | 422,
  recorded: { result: string; reason?: string | null; packageCode?: string | null; orderId?: string | null },
): ScanOutcome {
  return {
    status,
    ...recorded,
    body: { code: error.code, message: error.message, params: error.params, errors: error.errors },
  };
}

/**
 * The HTTP status of a scan's 2xx answer: 201 when it changed a package (ok), 200 for what it only reported and
 * for a replay (nothing changed now).
 */
export function scanHttpStatus(answer: Record<string, unknown>): 200 | 201 {
  return answer.result === 'ok' && answer.replayed !== true ? 201 : 200;
}

/**
 * The one log of pack and load scans (packing_scan). Every scan decides and records its outcome in one transaction
 * (the record, with the request's audit row of a 2xx answer, sent with the commit), a refusal too (then thrown), so the
 * accuracy figures count what the stations caught. The scanId is unique per factory, pack and load alike: a scanId
 * recorded already rolls the decision back and replays the first answer: with the same request, `replayed: true` (a
 * refusal thrown again); with another, 409 packing.scan_id_reused. Two requests with one scanId at once: the second's
 * record waits for the first's transaction, then replays its answer.
 */
@Injectable()
export class ScanLog {
  constructor(
    private readonly sql: FactorySql,
    private readonly tenancy: TenancyContext,
    private readonly audit: AuditService,
  ) {}

  async run(
    scan: ScanRequest,
    decide: (manager: EntityManager) => Promise<ScanOutcome>,
  ): Promise<Record<string, unknown>> {
    const asked = askedOf(scan);
    let recorded: { outcome: ScanOutcome; audited: (() => void) | null };
    try {
      recorded = await this.sql.inRoundTrips(async (trips) => {
        await trips.open();
        const outcome = await decide(trips.manager);
        // the record goes with the commit (with the request's audit row when the answer is a 2xx: the HTTP layer then
        // writes none); a scanId recorded already (by now committed) fails it, and the decision is rolled back
        const auditRow = outcome.status < 400 ? this.audit.currentRequestRow(outcome.status) : null;
        await trips.commit([this.record(scan, asked, outcome, auditRow?.json ?? null)]);
        return { outcome, audited: auditRow?.written ?? null };
      });
    } catch (error) {
      // a retry (or a scanId used again) is rare: it costs a decision rolled back, not a read before every scan. A
      // refusal thrown before anything was recorded (no such station, say) answers a scanId recorded before as then.
      const first = await this.byScanId(scan.scanId);
      if (first) return replay(first, asked);
      throw error;
    }
    recorded.audited?.();
    const { outcome } = recorded;
    if (outcome.status >= 400) throw thrown(outcome.body);
    return { ...outcome.body, replayed: false };
  }

  /**
   * The statement recording ok scans decided together (SharedScans), with their requests' audit rows: one for them
   * all, sent in their transaction. A scanId recorded meanwhile by a racing request raises (the unique scanId),
   * undoing the whole transaction; its scans are then decided one by one, and that one replays.
   */
  sharedRecord(scans: SharedScanRecord[]): Statement {
    const rows = scans.map(({ scan, outcome, userId, username }) => ({
      scan_id: scan.scanId,
      kind: scan.kind,
      station: scan.station ?? null,
      shipment_id: scan.shipmentId ?? null,
      barcode: scan.barcode,
      user_id: userId,
      username,
      request: askedOf(scan),
      result: outcome.result,
      reason: outcome.reason ?? null,
      package_code: outcome.packageCode ?? null,
      order_id: outcome.orderId ?? null,
      status: outcome.status,
      answer: outcome.body,
    }));
    // each audit row is a JSON array of one (auditJson): joined as they are, not parsed and written again
    const audited = scans.flatMap((s) => (s.auditRow === null ? [] : [s.auditRow.slice(1, -1)]));
    return {
      text: `WITH input AS MATERIALIZED (
         SELECT * FROM jsonb_to_recordset($2::jsonb) AS x(
           scan_id uuid, kind text, station text, shipment_id uuid, barcode text, user_id uuid, username text,
           request jsonb, result text, reason text, package_code text, order_id uuid, status int, answer jsonb)),
       recorded AS (
         INSERT INTO packing_scan (factory_id, scan_id, kind, station, shipment_id, barcode, user_id, username, request,
                                   result, reason, package_code, order_id, status, answer)
         SELECT $1, scan_id, kind, station, shipment_id, barcode, user_id, username, request,
                result, reason, package_code, order_id, status, answer
           FROM input
         RETURNING 1),
       audited AS (${auditInsert('$3')} RETURNING 1)
       SELECT (SELECT count(*) FROM recorded) AS recorded`,
      values: [JSON.stringify(rows), `[${audited.join(',')}]`],
    };
  }

  /** A recorded scan by its scanId (committed scans only), for undo. */
  async find(scanId: string, manager?: EntityManager): Promise<RecordedScan | null> {
    const row = await this.byScanId(scanId, manager, manager !== undefined);
    return row && recordedOf(row);
  }

  /** Marks an ok scan undone (once: false when it was undone already or is not ok). */
  async markUndone(id: string, reason: string, manager: EntityManager): Promise<boolean> {
    const rows = await this.sql.query<{ id: string }>(
      `UPDATE packing_scan SET undone_at = now(), undone_by = $3, undo_reason = $4
        WHERE factory_id = $1 AND id = $2 AND result = 'ok' AND undone_at IS NULL RETURNING id`,
      [id, this.tenancy.actor()?.userId ?? null, reason],
      manager,
    );
    return rows.length === 1;
  }

  /** The statement recording a scan decided alone, and the request's audit row when there is one. */
  private record(
    scan: ScanRequest,
    asked: Record<string, unknown>,
    outcome: ScanOutcome,
    auditRow: string | null,
  ): Statement {
    const actor = this.tenancy.actor();
    return {
      text: `WITH recorded AS (
         INSERT INTO packing_scan (factory_id, scan_id, kind, station, shipment_id, barcode, user_id, username, request,
                                   result, reason, package_code, order_id, status, answer)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id)${
           auditRow ? `, audited AS (${auditInsert('$16')} RETURNING 1)` : ''
         }
       SELECT id FROM recorded`,
      values: [
        scan.scanId,
        scan.kind,
        scan.station ?? null,
        scan.shipmentId ?? null,
        scan.barcode,
        actor?.userId ?? null,
        actor?.username ?? null,
        JSON.stringify(asked),
        outcome.result,
        outcome.reason ?? null,
        outcome.packageCode ?? null,
        outcome.orderId ?? null,
        outcome.status,
        JSON.stringify(outcome.body),
        ...(auditRow ? [auditRow] : []),
      ],
    };
  }

  private async byScanId(scanId: string, manager?: EntityManager, lock = false): Promise<ScanRow | null> {
    const rows = await this.sql.query<ScanRow>(
      `SELECT ${COLUMNS} FROM packing_scan WHERE factory_id = $1 AND scan_id = $2${lock ? ' FOR UPDATE' : ''}`,
      [scanId],
      manager,
    );
    return rows[0] ?? null;
  }
}

/** What identifies the request of a scan: its kind, where it was scanned, the barcode and the body. */
export function askedOf(scan: ScanRequest): Record<string, unknown> {
  return {
    ...scan.request,
    kind: scan.kind,
    station: scan.station ?? null,
    shipmentId: scan.shipmentId ?? null,
    barcode: scan.barcode,
  };
}

/** The first answer of a scanId again: the same request replays it, another is refused (409). */
function replay(first: ScanRow, asked: Record<string, unknown>): Record<string, unknown> {
  if (!sameRequest(first.request, asked)) {
    const message = `scanId ${first.scan_id} was used before for another scan (${first.barcode}); a new scan needs a new scanId / 该扫描号已用于其他扫描，请重新扫描`;
    throw new DomainError(
      PACKING_ERRORS['packing.scan_id_reused'],
      message,
      { scanId: first.scan_id, kind: first.kind, barcode: first.barcode },
      [{ field: 'scanId', message: 'was used before for another scan' }],
    );
  }
  if (first.status >= 400) throw thrown(first.answer, true);
  return { ...first.answer, replayed: true };
}

/** A recorded refusal as the DomainError to throw. */
function thrown(body: Record<string, unknown>, replayed = false): DomainError {
  const params = { ...((body.params as Record<string, unknown> | undefined) ?? {}), ...(replayed ? { replayed } : {}) };
  return new DomainError(
    String(body.code),
    String(body.message),
    params,
    (body.errors as FieldError[] | undefined) ?? [],
  );
}

function recordedOf(row: ScanRow): RecordedScan {
  return {
    id: row.id,
    scanId: row.scan_id,
    kind: row.kind,
    station: row.station,
    shipmentId: row.shipment_id,
    barcode: row.barcode,
    packageCode: row.package_code,
    orderId: row.order_id,
    result: row.result,
    reason: row.reason,
    status: row.status,
    at: row.at,
    undoneAt: row.undone_at,
  };
}

/**
 * The refusal of a code that names no package a scan can act on (recorded, then thrown): a code of no known form
 * (422 malformed), a wrong check character (422 bad_check), or a well-formed code this factory has no package of,
 * another company's SSCC included (404 unknown, the same answer for another factory's package: nothing leaks).
 */
export function codeRefusal(barcode: string, reason: 'malformed' | 'bad_check' | 'unknown'): ScanOutcome {
  const field = (message: string) => [{ field: 'barcode', message }];
  if (reason === 'malformed') {
    const message = `${barcode} is not a package code / ${barcode} 不是包装条码`;
    return refusal(
      new DomainError(
        PACKING_ERRORS['packing.malformed_barcode'],
        message,
        { result: 'unknown', reason, barcode },
        field(message),
      ),
      422,
      { result: 'unknown', reason },
    );
  }
  if (reason === 'bad_check') {
    const message = `the check character of ${barcode} does not match: a misread or mistyped code, scan again / ${barcode} 校验位不符，请重新扫描`;
    return refusal(
      new DomainError(
        PACKING_ERRORS['packing.bad_check_character'],
        message,
        { result: 'unknown', reason, barcode },
        field(message),
      ),
      422,
      { result: 'unknown', reason },
    );
  }
  const message = `no package ${barcode} in this factory / 本厂无此包装 ${barcode}`;
  return refusal(
    new DomainError(PACKING_ERRORS['packing.unknown_package'], message, { result: 'unknown', barcode }, field(message)),
    404,
    { result: 'unknown' },
  );
}
