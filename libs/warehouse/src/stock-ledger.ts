import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import {
  AuditService,
  auditInsert,
  DomainError,
  LOGGER,
  metricsRegistry,
  PLATFORM_ERRORS,
  preparedQuery,
  TenancyContext,
} from '@mendao/platform';
import { Counter } from 'prom-client';
import { DatabaseError } from 'pg';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { takeBatch } from './domain/move-batch';
import { balanceChanges, type MoveType } from './domain/stock-move-rules';
import { parseQuantity } from './domain/quantity';
import { WAREHOUSE_ERRORS } from './warehouse.errors';

/** A move the ledger is asked to record, with its item and locations already resolved. */
export interface LedgerEntry {
  scanId: string;
  type: MoveType;
  item: { id: string; code: string };
  quantity: number;
  from?: { id: string; code: string };
  to?: { id: string; code: string };
  lot: string;
  reason?: string;
  reference?: string;
  splitRunId?: string;
  workOrderId?: string;
  pickListId?: string;
  /** The pick-list lines an issue counts on, as the pick-list state machine decided (with pickListId). */
  pickAllocations?: { lineId: string; quantity: number }[];
  countId?: string;
  device?: string;
}

export interface BalanceAfter {
  location: string;
  lot: string;
  quantity: number;
}

export interface MoveView {
  id: string;
  scanId: string;
  type: MoveType;
  item: string;
  quantity: number;
  from: string | null;
  to: string | null;
  lot: string;
  reason: string | null;
  reference: string | null;
  splitRunId: string | null;
  workOrderId: string | null;
  pickListId: string | null;
  countId: string | null;
  username: string | null;
  device: string | null;
  createdAt: string;
}

export interface MoveAnswer {
  move: MoveView;
  balances: BalanceAfter[];
  replayed: boolean;
}

/** Retries of a statement that lost a deadlock or serialization race (Postgres rolled it back whole). */
const RETRIES = 4;

/** SQLSTATEs raised by stock_move_settle (migration Warehouse1764500000000), which undo the whole statement. */
const ALREADY_RECORDED = 'MD001';
const NOT_ENOUGH_STOCK = 'MD002';
const NOT_ON_PICK_LIST = 'MD003';

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
const batchesUndone = new Counter({
  name: 'mendao_stock_move_batches_undone_total',
  help: 'Shared statements undone whole; each of their moves was then recorded on its own',
  registers: [metricsRegistry],
});

/**
 * Who a move is recorded for, taken when it is asked for: a batch runs outside the request's context.
 * `auditRow` is the request's audit row, written in the move's own statement.
 */
interface MoveContext {
  factoryId: string;
  userId: string | null;
  username: string | null;
  auditRow: { json: string; written: () => void } | null;
}

interface QueuedMove {
  entry: LedgerEntry;
  context: MoveContext;
  resolve: (answer: MoveAnswer) => void;
  reject: (error: unknown) => void;
}

/**
 * The stock ledger. A move is one SQL statement, atomic on its own: the balance it takes from is
 * decremented only where it holds enough (a conditional update, never a read-modify-write), the one
 * it puts to is upserted, the ledger row is appended with the balances it left, and an issue against
 * a pick list counts on its line. If any part fails (not enough stock, the scanId already recorded,
 * the item not on the pick list) a check at the end raises and Postgres undoes all of it. One round
 * trip per scan, so a scanner never waits on the network.
 *
 * The scanId is claimed by the ledger row (unique per factory): a second request with the same
 * scanId, even one racing the first, is undone and answered with the first one's answer.
 *
 * Under load, scans that arrive while earlier ones are in flight share one statement (`BATCH_SQL`):
 * one round trip and one commit for many scans, which is most of what a scan costs Postgres. A batch
 * records only the moves that go through as asked; any other (not enough stock, a scanId seen before)
 * is then recorded on its own, by the single statement above, which gives the exact answer.
 */
@Injectable()
export class StockLedger {
  private readonly queue: QueuedMove[] = [];
  private batchesInFlight = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly tenancy: TenancyContext,
    private readonly audit: AuditService,
    @Inject(LOGGER) private readonly log: Logger,
  ) {}

  /** Records a scan, or answers as its first recording did when its scanId was seen before. */
  record(entry: LedgerEntry): Promise<MoveAnswer> {
    const context = this.context(true);
    // an issue against a pick list also counts on the list: always its own statement
    if (entry.pickListId) return this.recordOne(entry, context);
    return new Promise((resolve, reject) => {
      this.queue.push({ entry, context, resolve, reject });
      this.sendBatches();
    });
  }

  /** A move inside a transaction the caller holds (a count's adjustments), with the same rules. */
  async recordWithin(manager: EntityManager, entry: LedgerEntry): Promise<MoveView> {
    const context = this.context(false);
    try {
      return (await this.apply(entry, context, manager)).move;
    } catch (error) {
      throw await this.explain(error, entry, context, manager);
    }
  }

  /** The first answer to a scanId, or null when no move carries it. */
  async replay(scanId: string, factoryId = this.tenancy.factoryId()): Promise<MoveAnswer | null> {
    const rows: MoveRow[] = await this.dataSource.query(`${MOVE_SELECT} WHERE m.factory_id = $1 AND m.scan_id = $2`, [
      factoryId,
      scanId,
    ]);
    if (rows.length === 0) return null;
    const row = rows[0];
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

  /** Starts batch statements for the queued moves while fewer than BATCHES_IN_FLIGHT run. */
  private sendBatches(): void {
    while (this.batchesInFlight < BATCHES_IN_FLIGHT && this.queue.length > 0) {
      const batch = takeBatch(this.queue, BATCH_LIMIT, ({ entry, context }) => ({
        scan: `${context.factoryId} ${entry.scanId}`,
        balances: [entry.from, entry.to].flatMap((l) =>
          l ? [`${context.factoryId} ${entry.item.id} ${l.id} ${entry.lot}`] : [],
        ),
      }));
      this.batchesInFlight += 1;
      void this.recordBatch(batch)
        .catch((error: unknown) => {
          // not expected (recordBatch settles every move itself); never leave a scanner without an answer
          this.log.error({ err: error }, 'shared stock-move statement failed outside its moves');
          batch.forEach((queued) => queued.reject(error));
        })
        .finally(() => {
          this.batchesInFlight -= 1;
          this.sendBatches();
        });
    }
  }

  /** Never rejects: each move's own promise carries its answer or its error. */
  private async recordBatch(batch: QueuedMove[]): Promise<void> {
    const alone = (queued: QueuedMove) =>
      this.recordOne(queued.entry, queued.context).then(queued.resolve, queued.reject);
    if (batch.length === 1) return alone(batch[0]);
    const moves = batch.map(({ entry, context }, k) => ({ entry, context, id: randomUUID(), k }));
    let rows: BatchRow[];
    try {
      rows = await preparedQuery<BatchRow>(this.dataSource, BATCH_SQL, [JSON.stringify(moves.map(batchInput))]);
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
          move: this.view(entry, context, id, row.created_at),
          balances: balancesAfter(entry, row.took, row.put),
          replayed: false,
        });
      } else {
        retries.push(alone(batch[k])); // not enough stock, or a scanId seen before: the single statement explains
      }
    }
    await Promise.all(retries);
  }

  private async recordOne(entry: LedgerEntry, context: MoveContext): Promise<MoveAnswer> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const { move, balances } = await this.apply(entry, context);
        return { move, balances, replayed: false };
      } catch (error) {
        const code = sqlState(error);
        if (code === ALREADY_RECORDED || code === NOT_ENOUGH_STOCK) {
          // a retry of a recorded scan, or one short of the stock its racing twin just took: answer as the first did
          const first = await this.replay(entry.scanId, context.factoryId);
          if (first) return first;
        }
        if (code === ALREADY_RECORDED && attempt < RETRIES) continue; // the first was rolled back meanwhile
        if ((code === '40P01' || code === '40001') && attempt < RETRIES) continue;
        throw await this.explain(error, entry, context);
      }
    }
  }

  /** In the caller's transaction when `manager` is given; else on its own, as a prepared statement. */
  private async apply(
    entry: LedgerEntry,
    context: MoveContext,
    manager?: EntityManager,
  ): Promise<{ move: MoveView; balances: BalanceAfter[] }> {
    const id = randomUUID();
    // $1 factory, $2 item, $3 lot, $4 quantity; the rest as they are used (Postgres must type every one)
    const params: unknown[] = [context.factoryId, entry.item.id, entry.lot, entry.quantity];
    const param = (value: unknown, type: string) => {
      params.push(value);
      return `$${params.length}::${type}`;
    };
    const fromId = entry.from ? param(entry.from.id, 'uuid') : 'NULL::uuid';
    const toId = entry.to ? param(entry.to.id, 'uuid') : 'NULL::uuid';
    // balances in location-id order, each waiting for the one before: every writer locks rows in the
    // same order (item, location, lot; a batch too), so transfers in opposite directions cannot deadlock
    const changes = balanceChanges(entry.from?.id, entry.to?.id);
    const ctes: string[] = [];
    let previous: string | undefined;
    for (const change of changes) {
      const after = previous ? ` AND EXISTS (SELECT 1 FROM ${previous})` : '';
      if (change.sign < 0) {
        ctes.push(`took AS (
          UPDATE stock_balance SET quantity = quantity - $4, updated_at = now()
           WHERE factory_id = $1 AND item_id = $2 AND location_id = ${fromId} AND lot = $3 AND quantity >= $4${after}
          RETURNING quantity)`);
        previous = 'took';
      } else {
        ctes.push(`put AS (
          INSERT INTO stock_balance (factory_id, item_id, location_id, lot, quantity)
          SELECT $1, $2, ${toId}, $3, $4 WHERE true${after}
          ON CONFLICT (factory_id, item_id, location_id, lot)
          DO UPDATE SET quantity = stock_balance.quantity + EXCLUDED.quantity, updated_at = now()
          RETURNING quantity)`);
        previous = 'put';
      }
    }
    // the balances the move left, the one taken from first (as a batch records them)
    const balanceJson = [
      ...(entry.from
        ? [
            `jsonb_build_object('location', ${param(entry.from.code, 'text')}, 'lot', $3::text, 'quantity', (SELECT quantity FROM took))`,
          ]
        : []),
      ...(entry.to
        ? [
            `jsonb_build_object('location', ${param(entry.to.code, 'text')}, 'lot', $3::text, 'quantity', (SELECT quantity FROM put))`,
          ]
        : []),
    ].join(', ');
    const taken = entry.from ? ' AND EXISTS (SELECT 1 FROM took)' : '';
    ctes.push(`recorded AS (
      INSERT INTO stock_move (id, factory_id, scan_id, type, item_id, quantity, from_location_id, to_location_id, lot,
                              reason, reference, split_run_id, work_order_id, pick_list_id, count_id,
                              user_id, username, device, response)
      SELECT ${param(id, 'uuid')}, $1, ${param(entry.scanId, 'uuid')}, ${param(entry.type, 'text')}, $2, $4, ${fromId}, ${toId}, $3,
             ${param(entry.reason ?? null, 'text')}, ${param(entry.reference ?? null, 'text')},
             ${param(entry.splitRunId ?? null, 'uuid')}, ${param(entry.workOrderId ?? null, 'uuid')},
             ${param(entry.pickListId ?? null, 'uuid')}, ${param(entry.countId ?? null, 'uuid')},
             ${param(context.userId, 'uuid')}, ${param(context.username, 'text')}, ${param(entry.device ?? null, 'text')},
             jsonb_build_object('balances', jsonb_build_array(${balanceJson}))
       WHERE true${taken}
      ON CONFLICT (factory_id, scan_id) DO NOTHING
      RETURNING created_at)`);
    // the request's audit row (201: recorded) in the same statement: a scan then costs one commit, not two
    const auditRow = context.auditRow; // none inside a caller's transaction (recordWithin)
    if (auditRow) {
      ctes.push(`audited AS (
        ${auditInsert(param(auditRow.json, 'text'), 'EXISTS (SELECT 1 FROM recorded)')}
        RETURNING 1)`);
    }
    const allocations = entry.pickListId ? (entry.pickAllocations ?? []) : [];
    if (entry.pickListId) {
      // the lines the pick-list state machine chose, each only while it still needs that much: a line that
      // another issue picked meanwhile is not updated, the check below raises and the issue is decided again
      ctes.push(`picked AS (
        UPDATE pick_list_line p SET picked = p.picked + a.quantity
          FROM jsonb_to_recordset(${param(JSON.stringify(allocations.map((a) => ({ id: a.lineId, quantity: a.quantity }))), 'jsonb')}) AS a(id uuid, quantity numeric)
         WHERE p.factory_id = $1 AND p.id = a.id AND p.pick_list_id = ${param(entry.pickListId, 'uuid')} AND p.item_id = $2
           AND p.picked + a.quantity <= p.quantity AND EXISTS (SELECT 1 FROM recorded)
        RETURNING p.id)`);
    }
    const count = (cte: string, present: boolean) => (present ? `(SELECT count(*) FROM ${cte})::int` : '-1');
    // every chosen line picked, or none (-1: not an issue against a pick list)
    const picked = entry.pickListId
      ? `CASE WHEN (SELECT count(*) FROM picked) = ${param(allocations.length, 'int')} THEN 1 ELSE 0 END`
      : '-1';
    type Row = { created_at: Date; took: string | null; put: string | null }; // settled: recorded
    const sql = `WITH ${ctes.join(',\n')}
       SELECT (SELECT created_at FROM recorded) AS created_at,
              ${entry.from ? '(SELECT quantity FROM took)' : 'NULL'} AS took,
              ${entry.to ? '(SELECT quantity FROM put)' : 'NULL'} AS put,
              stock_move_settle(${count('recorded', true)}, ${count('took', !!entry.from)},
                                ${picked}) AS settled`;
    const [row] = manager
      ? await manager.query<Row[]>(sql, params)
      : await preparedQuery<Row>(this.dataSource, sql, params);
    auditRow?.written();
    movesRecorded.inc({ statement: 'own' });
    return { move: this.view(entry, context, id, row.created_at), balances: balancesAfter(entry, row.took, row.put) };
  }

  private view(entry: LedgerEntry, context: MoveContext, id: string, createdAt: Date): MoveView {
    return {
      id,
      scanId: entry.scanId,
      type: entry.type,
      item: entry.item.code,
      quantity: entry.quantity,
      from: entry.from?.code ?? null,
      to: entry.to?.code ?? null,
      lot: entry.lot,
      reason: entry.reason ?? null,
      reference: entry.reference ?? null,
      splitRunId: entry.splitRunId ?? null,
      workOrderId: entry.workOrderId ?? null,
      pickListId: entry.pickListId ?? null,
      countId: entry.countId ?? null,
      username: context.username,
      device: entry.device ?? null,
      createdAt: new Date(createdAt).toISOString(),
    };
  }

  /** The settle check's SQLSTATE as the 409 a client can act on; anything else unchanged. */
  private async explain(
    error: unknown,
    entry: LedgerEntry,
    context: MoveContext,
    manager?: EntityManager,
  ): Promise<unknown> {
    const code = sqlState(error);
    if (code === NOT_ENOUGH_STOCK && entry.from) {
      const [held] = manager?.queryRunner?.isTransactionActive
        ? [] // the caller's transaction is aborted; it holds the rows anyway
        : await this.dataSource.query<{ quantity: string }[]>(
            `SELECT quantity FROM stock_balance WHERE factory_id = $1 AND item_id = $2 AND location_id = $3 AND lot = $4`,
            [context.factoryId, entry.item.id, entry.from.id, entry.lot],
          );
      const available = parseQuantity(held?.quantity);
      return new DomainError(
        WAREHOUSE_ERRORS['stock.insufficient'],
        `not enough ${entry.item.code} at ${entry.from.code}: ${available} available, ${entry.quantity} asked / 库存不足：可用 ${available}`,
        { available, requested: entry.quantity, item: entry.item.code, location: entry.from.code, lot: entry.lot },
        [{ field: 'quantity', message: `exceeds the ${available} available` }],
      );
    }
    if (code === NOT_ON_PICK_LIST) {
      // a line the issue was to count on changed meanwhile: the pick list decides again (PickListsService.issue)
      return new DomainError(
        PLATFORM_ERRORS['resource.concurrent_change'],
        `pick list ${entry.pickListId} changed meanwhile; retry / 拣货单已变化，请重试`,
        { retry: true },
      );
    }
    if (code === ALREADY_RECORDED) {
      return new DomainError(
        WAREHOUSE_ERRORS['stock.scan_in_progress'],
        'the first request with this scanId is still being recorded; retry / 该扫描正在处理，请重试',
        {
          scanId: entry.scanId,
          retry: true,
        },
      );
    }
    return error;
  }
}

/** The ledger's rows with the codes people know them by. */
export const MOVE_SELECT = `
  SELECT m.id, m.scan_id, m.type, i.code AS item, m.quantity, lf.code AS from_code, lt.code AS to_code, m.lot,
         m.reason, m.reference, m.split_run_id, m.work_order_id, m.pick_list_id, m.count_id, m.username, m.device,
         m.response, m.created_at,
         to_char(m.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at
    FROM stock_move m
    JOIN item i ON i.id = m.item_id
    LEFT JOIN location lf ON lf.id = m.from_location_id
    LEFT JOIN location lt ON lt.id = m.to_location_id`;

export interface MoveRow {
  id: string;
  scan_id: string;
  type: MoveType;
  item: string;
  quantity: string;
  from_code: string | null;
  to_code: string | null;
  lot: string;
  reason: string | null;
  reference: string | null;
  split_run_id: string | null;
  work_order_id: string | null;
  pick_list_id: string | null;
  count_id: string | null;
  username: string | null;
  device: string | null;
  response: unknown;
  created_at: Date;
  /** created_at to the microsecond, for cursors. */
  at: string;
}

export function moveView(row: MoveRow): MoveView {
  return {
    id: row.id,
    scanId: row.scan_id,
    type: row.type,
    item: row.item,
    quantity: parseQuantity(row.quantity),
    from: row.from_code,
    to: row.to_code,
    lot: row.lot,
    reason: row.reason,
    reference: row.reference,
    splitRunId: row.split_run_id,
    workOrderId: row.work_order_id,
    pickListId: row.pick_list_id,
    countId: row.count_id,
    username: row.username,
    device: row.device,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/** What a move statement answers: when the move was recorded (null: it was not), and the balances it left. */
interface BatchRow {
  created_at: Date | null;
  took: string | null;
  put: string | null;
}

/** The balances a move left, the one it took from first. */
function balancesAfter(entry: LedgerEntry, took: string | null, put: string | null): BalanceAfter[] {
  const balances: BalanceAfter[] = [];
  if (entry.from) balances.push({ location: entry.from.code, lot: entry.lot, quantity: parseQuantity(took) });
  if (entry.to) balances.push({ location: entry.to.code, lot: entry.lot, quantity: parseQuantity(put) });
  return balances;
}

/** One move as BATCH_SQL reads it (`k`: its place in the batch). */
function batchInput({ entry, context, id, k }: { entry: LedgerEntry; context: MoveContext; id: string; k: number }) {
  return {
    k,
    id,
    factory_id: context.factoryId,
    scan_id: entry.scanId,
    type: entry.type,
    item_id: entry.item.id,
    quantity: entry.quantity,
    from_id: entry.from?.id ?? null,
    from_code: entry.from?.code ?? null,
    to_id: entry.to?.id ?? null,
    to_code: entry.to?.code ?? null,
    lot: entry.lot,
    reason: entry.reason ?? null,
    reference: entry.reference ?? null,
    split_run_id: entry.splitRunId ?? null,
    work_order_id: entry.workOrderId ?? null,
    user_id: context.userId,
    username: context.username,
    device: entry.device ?? null,
    audit: context.auditRow?.json ?? null,
  };
}

/**
 * Many moves in one statement, given as one JSON array (so it is prepared once, whatever the size);
 * no two share a scanId or a balance (`takeBatch`). A move is recorded only when it goes through as
 * asked: its scanId is new and, if it takes stock, there is enough. Every balance is locked first, in
 * (item, location, lot) order as the single statement does, so batches and single moves never
 * deadlock. If a scanId turns out recorded by a racing request after all, the check at the end
 * raises and the whole statement is undone; the caller then records each move on its own.
 */
const BATCH_SQL = `
WITH m AS MATERIALIZED (
  SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(
    k int, id uuid, factory_id uuid, scan_id uuid, type text, item_id uuid, quantity numeric,
    from_id uuid, from_code text, to_id uuid, to_code text, lot text, reason text, reference text,
    split_run_id uuid, work_order_id uuid, user_id uuid, username text, device text, audit text)),
fresh AS MATERIALIZED (
  SELECT * FROM m
   WHERE NOT EXISTS (SELECT 1 FROM stock_move s WHERE s.factory_id = m.factory_id AND s.scan_id = m.scan_id)),
locked AS (
  SELECT 1 FROM stock_balance b
    JOIN (SELECT factory_id, item_id, from_id AS location_id, lot FROM fresh WHERE from_id IS NOT NULL
          UNION ALL
          SELECT factory_id, item_id, to_id, lot FROM fresh WHERE to_id IS NOT NULL) touched
      ON b.factory_id = touched.factory_id AND b.item_id = touched.item_id
     AND b.location_id = touched.location_id AND b.lot = touched.lot
   ORDER BY b.factory_id, b.item_id, b.location_id, b.lot
     FOR UPDATE OF b),
took AS (
  UPDATE stock_balance b SET quantity = b.quantity - f.quantity, updated_at = now()
    FROM fresh f
   WHERE b.factory_id = f.factory_id AND b.item_id = f.item_id AND b.location_id = f.from_id AND b.lot = f.lot
     AND b.quantity >= f.quantity AND (SELECT count(*) FROM locked) >= 0
  RETURNING f.k, b.quantity),
ok AS MATERIALIZED (
  SELECT f.*, took.quantity AS took FROM fresh f LEFT JOIN took ON took.k = f.k
   WHERE f.from_id IS NULL OR took.k IS NOT NULL),
put AS (
  INSERT INTO stock_balance (factory_id, item_id, location_id, lot, quantity)
  SELECT factory_id, item_id, to_id, lot, quantity FROM ok WHERE to_id IS NOT NULL
   ORDER BY factory_id, item_id, to_id, lot -- new rows too in the one lock order
  ON CONFLICT (factory_id, item_id, location_id, lot)
  DO UPDATE SET quantity = stock_balance.quantity + EXCLUDED.quantity, updated_at = now()
  RETURNING factory_id, item_id, location_id, lot, quantity),
placed AS MATERIALIZED (
  SELECT ok.*, put.quantity AS put FROM ok
    LEFT JOIN put ON put.factory_id = ok.factory_id AND put.item_id = ok.item_id
                 AND put.location_id = ok.to_id AND put.lot = ok.lot),
recorded AS (
  INSERT INTO stock_move (id, factory_id, scan_id, type, item_id, quantity, from_location_id, to_location_id, lot,
                          reason, reference, split_run_id, work_order_id, user_id, username, device, response)
  SELECT id, factory_id, scan_id, type, item_id, quantity, from_id, to_id, lot,
         reason, reference, split_run_id, work_order_id, user_id, username, device,
         jsonb_build_object('balances',
           CASE WHEN from_id IS NULL THEN '[]'::jsonb
                ELSE jsonb_build_array(jsonb_build_object('location', from_code, 'lot', lot, 'quantity', took)) END
           || CASE WHEN to_id IS NULL THEN '[]'::jsonb
                ELSE jsonb_build_array(jsonb_build_object('location', to_code, 'lot', lot, 'quantity', put)) END)
    FROM placed
  ON CONFLICT (factory_id, scan_id) DO NOTHING
  RETURNING id, created_at),
audited AS (
  ${auditInsert(
    `(SELECT jsonb_agg(row) FROM placed JOIN recorded USING (id), jsonb_array_elements(placed.audit::jsonb) row)`,
  )}
  RETURNING 1)
SELECT m.k, recorded.created_at, placed.took, placed.put,
       (SELECT stock_move_settle(
          CASE WHEN (SELECT count(*) FROM recorded) = (SELECT count(*) FROM placed) THEN 1 ELSE 0 END, -1, -1)) AS settled
  FROM m LEFT JOIN placed ON placed.k = m.k LEFT JOIN recorded ON recorded.id = placed.id
 ORDER BY m.k`;

function sqlState(error: unknown): string | undefined {
  if (error instanceof DatabaseError) return error.code;
  return error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
}
