import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { AuditService, LOGGER, metricsRegistry, type Queued, StatementQueue, TenancyContext } from '@mendao/platform';
import { Counter } from 'prom-client';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { isFractionOf } from './domain/quantity';
import {
  balancesAfter,
  type LedgerEntry,
  type MoveAnswer,
  type MoveContext,
  type MoveView,
  moveView,
  recordedView,
  type BalanceAfter,
} from './ledger/move-view';
import {
  ALREADY_RECORDED,
  explainMoveFailure,
  NOT_ENOUGH_STOCK,
  RETRYABLE,
  sqlState,
} from './ledger/stock-ledger.errors';
import { StockLedgerRepository } from './stock-ledger.repository';
import { fractionRefused } from './warehouse.errors';

export type { BalanceAfter, LedgerEntry, MoveAnswer, MoveView } from './ledger/move-view';

/** Retries of a statement that lost a deadlock or serialization race (Postgres rolled it back whole). */
const RETRIES = 4;

/**
 * Moves per batch statement, and batch statements in flight at once (see `record`). Measured with
 * bench:scan: two in flight keep one slow statement from holding up every scanner; batches of at most
 * 25 keep the two about even, which cut p99 by a fifth against 100 (ADR 0005).
 */
const BATCH_LIMIT = 25;
const BATCHES_IN_FLIGHT = 2;

const movesRecorded = new Counter({
  name: 'mendao_stock_moves_recorded_total',
  help: 'Stock moves recorded, by statement: shared (with other scans) or own',
  labelNames: ['statement'] as const,
  registers: [metricsRegistry],
});
/** A move waiting for the shared statement, with the request's context it was asked in. */
interface QueuedEntry {
  entry: LedgerEntry;
  context: MoveContext;
}
type QueuedMove = Queued<QueuedEntry, MoveAnswer>;

const batchesUndone = new Counter({
  name: 'mendao_stock_move_batches_undone_total',
  help: 'Shared statements undone whole; each of their moves was then recorded on its own',
  registers: [metricsRegistry],
});

/**
 * The stock ledger. A move is one SQL statement, atomic on its own: the balance it takes from is
 * decremented only where it holds enough (a conditional update, never a read-modify-write), the one
 * it puts to is upserted, the ledger row is appended with the balances it left, and an issue against
 * a pick list counts on its lines. If any part fails (not enough stock, the scanId already recorded,
 * a pick-list line changed) a check at the end raises and Postgres undoes all of it. One round trip
 * per scan, so a scanner never waits on the network.
 *
 * The scanId is claimed by the ledger row (unique per factory): a second request with the same
 * scanId, even one racing the first, is undone and answered with the first one's answer.
 *
 * Under load, scans that arrive while earlier ones are in flight share one statement (StatementQueue,
 * BATCH_SQL): one round trip and one commit for many scans, which is most of what a scan costs
 * Postgres. A batch records only the moves that go through as asked; any other (not enough stock, a
 * scanId seen before) is then recorded on its own, by the single statement, which gives the exact answer.
 *
 * Modules: StatementQueue (the queue, @mendao/platform), ledger/stock-ledger.statements (the SQL), ledger/
 * stock-ledger.errors (SQLSTATEs to refusals), ledger/move-view (the one row mapping), and
 * StockLedgerRepository (running them).
 */
@Injectable()
export class StockLedger {
  private readonly queue = new StatementQueue<QueuedEntry, MoveAnswer>({
    limit: BATCH_LIMIT,
    inFlight: BATCHES_IN_FLIGHT,
    // no two moves on one balance, or with one scanId, in one statement
    claimsOf: ({ entry, context }) => [
      `scan ${context.factoryId} ${entry.scanId}`,
      ...[entry.from, entry.to].flatMap((l) =>
        l ? [`balance ${context.factoryId} ${entry.item.id} ${l.id} ${entry.lot}`] : [],
      ),
    ],
    send: (batch) => this.recordBatch(batch),
    onUnexpected: (error) => this.log.error({ err: error }, 'shared stock-move statement failed outside its moves'),
  });

  constructor(
    private readonly ledger: StockLedgerRepository,
    private readonly tenancy: TenancyContext,
    private readonly audit: AuditService,
    @Inject(LOGGER) private readonly log: Logger,
  ) {}

  /** Records a scan, or answers as its first recording did when its scanId was seen before. */
  async record(entry: LedgerEntry): Promise<MoveAnswer> {
    refuseFraction(entry);
    const context = this.context(true);
    // an issue against a pick list also counts on the list: always its own statement
    if (entry.pickListId) return this.recordOne(entry, context);
    return this.queue.push({ entry, context });
  }

  /** A move inside a transaction the caller holds (a count's adjustments), with the same rules. */
  async recordWithin(manager: EntityManager, entry: LedgerEntry): Promise<MoveView> {
    refuseFraction(entry);
    const context = this.context(false);
    try {
      return (await this.apply(entry, context, manager)).move;
    } catch (error) {
      // the caller's transaction is aborted (it holds the rows anyway): available is not read again
      throw await explainMoveFailure(error, entry, () => Promise.resolve(0));
    }
  }

  /** The first answer to a scanId, or null when no move carries it. */
  async replay(scanId: string): Promise<MoveAnswer | null> {
    const row = await this.ledger.findByScanId(scanId);
    if (!row) return null;
    return {
      move: moveView(row),
      balances: (row.response as { balances?: BalanceAfter[] })?.balances ?? [],
      replayed: true,
    };
  }

  private context(withAuditRow: boolean): MoveContext {
    const actor = this.tenancy.actor();
    return {
      factoryId: this.tenancy.factoryId(),
      userId: actor?.userId ?? null,
      username: actor?.username ?? null,
      auditRow: withAuditRow ? this.audit.currentRequestRow(201) : null,
    };
  }

  /** Never rejects: each move's own promise carries its answer or its error. */
  private async recordBatch(batch: QueuedMove[]): Promise<void> {
    const alone = (queued: QueuedMove) =>
      this.recordOne(queued.item.entry, queued.item.context).then(queued.resolve, queued.reject);
    if (batch.length === 1) return alone(batch[0]);
    const moves = batch.map(({ item: { entry, context } }, k) => ({ entry, context, id: randomUUID(), k }));
    let rows: Awaited<ReturnType<StockLedgerRepository['recordShared']>>;
    try {
      rows = await this.ledger.recordShared(moves);
    } catch (error) {
      batchesUndone.inc();
      // a scanId recorded meanwhile is expected now and then; anything else repeating would cost every batch
      if (sqlState(error) === ALREADY_RECORDED) this.log.debug('shared stock-move statement met a racing scanId');
      else this.log.warn({ err: error, moves: batch.length }, 'shared stock-move statement undone; moves sent alone');
      // the statement was undone whole (a deadlock, a scanId recorded meanwhile, a value refused): each on its own
      await Promise.all(batch.map(alone));
      return;
    }
    const retries: Promise<void>[] = [];
    for (const { entry, context, id, k } of moves) {
      const row = rows[k];
      if (row?.created_at) {
        context.auditRow?.written();
        movesRecorded.inc({ statement: 'shared' });
        batch[k].resolve({
          move: recordedView(entry, context, id, row.created_at),
          balances: balancesAfter(entry, row.took, row.put),
          replayed: false,
        });
      } else {
        retries.push(alone(batch[k])); // not enough stock, or a scanId seen before: the single statement explains
      }
    }
    await Promise.all(retries);
  }

  /**
   * One move on its own statement, for its own factory: a move re-sent from a batch runs in the context
   * of whichever request started that batch, so its own context is entered first.
   */
  private recordOne(entry: LedgerEntry, context: MoveContext): Promise<MoveAnswer> {
    const actor = this.tenancy.actor();
    if (actor?.factoryId === context.factoryId) return this.recordOneHere(entry, context);
    return this.tenancy.run(
      { factoryId: context.factoryId, userId: context.userId ?? undefined, username: context.username ?? undefined },
      () => this.recordOneHere(entry, context),
    );
  }

  private async recordOneHere(entry: LedgerEntry, context: MoveContext): Promise<MoveAnswer> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const { move, balances } = await this.apply(entry, context);
        return { move, balances, replayed: false };
      } catch (error) {
        const code = sqlState(error);
        if (code === ALREADY_RECORDED || code === NOT_ENOUGH_STOCK) {
          // a retry of a recorded scan, or one short of the stock its racing twin just took: answer as the first did
          const first = await this.replay(entry.scanId);
          if (first) return first;
        }
        if (code === ALREADY_RECORDED && attempt < RETRIES) continue; // the first was rolled back meanwhile
        if (code && RETRYABLE.has(code) && attempt < RETRIES) continue;
        throw await explainMoveFailure(error, entry, () => this.ledger.available(entry));
      }
    }
  }

  private async apply(
    entry: LedgerEntry,
    context: MoveContext,
    manager?: EntityManager,
  ): Promise<{ move: MoveView; balances: BalanceAfter[] }> {
    const id = randomUUID();
    const row = await this.ledger.recordOne(entry, context, id, manager);
    context.auditRow?.written();
    movesRecorded.inc({ statement: 'own' });
    return {
      move: recordedView(entry, context, id, row.created_at as Date),
      balances: balancesAfter(entry, row.took, row.put),
    };
  }
}

/** Every move passes here, whatever its type: a sheet, a piece or a set is never moved in part. */
export function refuseFraction(entry: LedgerEntry): void {
  if (entry.item.unit !== undefined && isFractionOf(entry.item.unit, entry.quantity))
    throw fractionRefused(entry.item.code, entry.item.unit, entry.quantity);
}
