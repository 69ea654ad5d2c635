import { Inject, Injectable } from '@nestjs/common';
import {
  AuditService,
  FactorySql,
  LOGGER,
  metricsRegistry,
  type Queued,
  type RoundTrips,
  snapshotContext,
  StatementQueue,
  TenancyContext,
} from '@mendao/platform';
import type { Logger } from 'pino';
import { Counter } from 'prom-client';
import { ScanLog, type ScanRequest, type SharedScanRecord } from './scan-log';

/**
 * Scans per shared transaction, and shared transactions in flight at once. Measured with bench:pack (50 stations
 * back to back, 2 cores): 12 and 4 gave p99 52–60 ms pack and 42–45 ms load, against 53–67 and 41–58 with the stock
 * ledger's 25 and 2 (ADR 0005), whose statements are single round trips where these transactions are two.
 */
const BATCH_LIMIT = 12;
const BATCHES_IN_FLIGHT = 4;

const scansDecided = new Counter({
  name: 'mendao_packing_scans_decided_total',
  help: 'Pack and load scans that could go together, by how they were decided: shared (one transaction with others) or own',
  labelNames: ['kind', 'statement'] as const,
  registers: [metricsRegistry],
});

/** A scan as it waits for a shared transaction: who scanned it, and its way alone. */
export interface SharedScan {
  scan: ScanRequest;
  userId: string | null;
  username: string | null;
  /** The request's audit row (AuditService.currentRequestRow), written with the scan's record. */
  auditRow: { json: string; written: () => void } | null;
  /** The scan decided on its own (ScanLog.run), in its own request's context whichever request runs it. */
  alone: () => Promise<Record<string, unknown>>;
}

/** What an ok scan decided together answers and records. */
export interface TogetherAnswer {
  body: Record<string, unknown>;
  packageCode: string;
  orderId: string;
}

/** One kind of scans decided together: which may share a transaction, and how they are decided in it. */
export interface Together<T extends SharedScan> {
  kind: 'pack' | 'load';
  /** No two scans claiming one key share a transaction (takeBatch). */
  claimsOf(scan: T): string[];
  /**
   * In the transaction: the plain cases decided and done, an answer each; null for a scan to decide alone. Its first
   * `trips.send` opens the transaction; the records and the commit follow in one more trip.
   */
  decide(scans: T[], trips: RoundTrips): Promise<(TogetherAnswer | null)[]>;
}

/**
 * Pack and load scans that arrive together, decided together (ADR 0011, as the stock ledger's, ADR 0005): one
 * transaction decides the plain cases of many scans (`Together.decide`), records them with their requests' audit rows
 * and commits once, which is most of what a scan costs Postgres. Every other scan of the batch (a duplicate, a wrong
 * order, a replayed scanId, anything not plain) is then decided on its own (ScanLog.run), which gives every
 * answer; so is every scan if the transaction is undone (a scanId recorded meanwhile by a racing request, a deadlock).
 * While fewer than BATCHES_IN_FLIGHT transactions run, what arrives goes at the end of the event loop's turn
 * (StatementQueue), so a quiet station waits for nothing. A plain scan that arrives alone still goes through
 * `Together.decide`: its two round trips are half of what the single path takes (begin, lock, decide, record and
 * commit), and under load the single path's scans were the slowest.
 *
 * One queue per kind (Together) and factory: a batch runs in the tenancy context of the request that started it, so its
 * statements are that factory's (FactorySql's `$1`), and every scan of it is of that factory.
 */
@Injectable()
export class SharedScans {
  /** Per kind of scans (its Together) and factory. */
  private readonly queues = new Map<
    Together<never>,
    Map<string, StatementQueue<SharedScan, Record<string, unknown>>>
  >();

  constructor(
    private readonly sql: FactorySql,
    private readonly tenancy: TenancyContext,
    private readonly log: ScanLog,
    private readonly audit: AuditService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** The scan's answer: decided with others when it is a plain case, otherwise (or when alone) by `alone`. */
  submit<T extends SharedScan>(
    together: Together<T>,
    scan: Omit<T, keyof SharedScan> & Pick<SharedScan, 'scan'>,
    alone: () => Promise<Record<string, unknown>>,
  ): Promise<Record<string, unknown>> {
    const actor = this.tenancy.actor();
    // run later in this request's context (tenancy, workload), whichever request runs it
    const inThisContext = snapshotContext();
    const factoryId = this.tenancy.factoryId();
    const ofKind = this.queues.get(together) ?? new Map<string, StatementQueue<SharedScan, Record<string, unknown>>>();
    this.queues.set(together, ofKind);
    let queue = ofKind.get(factoryId);
    if (!queue) {
      queue = new StatementQueue<SharedScan, Record<string, unknown>>({
        limit: BATCH_LIMIT,
        inFlight: BATCHES_IN_FLIGHT,
        claimsOf: (s) => [`scan ${s.scan.scanId}`, ...together.claimsOf(s as T)],
        send: (batch) => this.send(together, batch as Queued<T, Record<string, unknown>>[]),
        onUnexpected: (error) => this.logger.error({ err: error }, `shared ${together.kind} scans failed outside them`),
      });
      ofKind.set(factoryId, queue);
    }
    return queue.push({
      ...scan,
      userId: actor?.userId ?? null,
      username: actor?.username ?? null,
      auditRow: this.audit.currentRequestRow(201),
      alone: () => inThisContext(alone),
    });
  }

  /** Never rejects: each scan's own promise carries its answer or its error. */
  private async send<T extends SharedScan>(
    together: Together<T>,
    batch: Queued<T, Record<string, unknown>>[],
  ): Promise<void> {
    const alone = (queued: Queued<T, Record<string, unknown>>) => {
      scansDecided.inc({ kind: together.kind, statement: 'own' });
      return queued.item.alone().then(queued.resolve, queued.reject);
    };
    const scans = batch.map((q) => q.item);
    let answers: (TogetherAnswer | null)[];
    try {
      answers = await this.sql.inRoundTrips(async (trips) => {
        const decided = await together.decide(scans, trips);
        const records = scans.flatMap((s, k): SharedScanRecord[] => {
          const answer = decided[k];
          if (!answer) return [];
          const { body, packageCode, orderId } = answer;
          const outcome = { status: 201 as const, result: 'ok', packageCode, orderId, body };
          return [
            { scan: s.scan, outcome, userId: s.userId, username: s.username, auditRow: s.auditRow?.json ?? null },
          ];
        });
        await trips.commit(records.length > 0 ? [this.log.sharedRecord(records)] : []);
        return decided;
      });
    } catch (error) {
      this.logger.warn({ err: error, scans: batch.length }, `shared ${together.kind} scans undone; decided alone`);
      answers = batch.map(() => null);
    }
    // the others are decided alone after the batch has made way for the next one: their own transactions lock what
    // they decide on (the order, the shipment), so they take turns with the next batch as any two scans do
    batch.forEach((queued, k) => {
      const answer = answers[k];
      if (!answer) {
        void alone(queued);
        return;
      }
      queued.item.auditRow?.written();
      scansDecided.inc({ kind: together.kind, statement: 'shared' });
      queued.resolve({ ...answer.body, replayed: false });
    });
  }
}
