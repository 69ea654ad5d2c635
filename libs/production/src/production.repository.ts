import { Injectable } from '@nestjs/common';
import { FactoryScope, FactorySql, isUuid } from '@mendao/platform';
import type { DeepPartial, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import type { RunStep } from './domain/availability';
import type { DoorGood } from './domain/progress';
import type { WorkOrderStatus } from './domain/work-order-status';
import { ProductionReport, ProductionRun, ProductionWorkOrder } from './production.entities';

export interface WorkOrderFilter {
  splitRunId?: string;
  orderId?: string;
  process?: string;
  status?: Exclude<WorkOrderStatus, 'planned'>;
}

/** The named queries of production tracking, within the caller's factory. */
@Injectable()
export class ProductionRepository {
  constructor(
    private readonly scope: FactoryScope,
    private readonly sql: FactorySql,
  ) {}

  findRun(splitRunId: string, manager?: EntityManager): Promise<ProductionRun | null> {
    return this.scope.repository(ProductionRun, manager).findOneBy({ splitRunId });
  }

  async insertRun(run: DeepPartial<ProductionRun>, manager: EntityManager): Promise<void> {
    await this.scope.repository(ProductionRun, manager).insertMany([run]);
  }

  async insertWorkOrders(rows: DeepPartial<ProductionWorkOrder>[], manager: EntityManager): Promise<void> {
    await this.scope.repository(ProductionWorkOrder, manager).insertMany(rows);
  }

  /** The released work orders a key names: its id, or its code (at most two, to tell an ambiguous code). */
  async findByKey(key: string): Promise<ProductionWorkOrder[]> {
    const query = this.scope.repository(ProductionWorkOrder).query('w').take(2);
    if (isUuid(key)) query.andWhere('w.id = :key', { key: key.toLowerCase() });
    else query.andWhere('w.code = :key', { key });
    return query.getMany();
  }

  /** A run's released work order of one process, if any. */
  findOfRunAndProcess(splitRunId: string, process: string): Promise<ProductionWorkOrder | null> {
    return this.scope.repository(ProductionWorkOrder).findOneBy({ splitRunId, process });
  }

  findById(id: string, manager?: EntityManager): Promise<ProductionWorkOrder | null> {
    return this.scope.repository(ProductionWorkOrder, manager).findOneBy({ id });
  }

  /** Locks the work order until the transaction ends: reports, holds and resumes on it take turns. */
  lock(id: string, manager: EntityManager): Promise<ProductionWorkOrder | null> {
    return this.scope
      .repository(ProductionWorkOrder, manager)
      .query('w')
      .andWhere('w.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  async save(id: string, patch: Partial<ProductionWorkOrder>, manager: EntityManager): Promise<void> {
    await this.scope.repository(ProductionWorkOrder, manager).update({ id }, { ...patch, updatedAt: new Date() });
  }

  /**
   * Adds a report's pieces in one conditional UPDATE: only from a status the action is allowed from, never past the
   * planned quantity, and (`complete`) only when it completes it. Null when the row no longer allows it.
   */
  async applyReport(
    id: string,
    change: {
      good: number;
      scrap: number;
      from: WorkOrderStatus[];
      to: WorkOrderStatus;
      at: Date;
      finish: boolean;
      complete: boolean;
      shortReason: string | null;
    },
    manager: EntityManager,
  ): Promise<boolean> {
    const rows = await this.sql.query<{ id: string }>(
      `UPDATE production_work_order
          SET good = good + $3, scrap = scrap + $4, status = $5, started_at = coalesce(started_at, $6),
              finished_at = CASE WHEN $7 THEN $6 ELSE finished_at END,
              short_reason = CASE WHEN $7 THEN $8 ELSE short_reason END, updated_at = now()
        WHERE factory_id = $1 AND id = $2 AND status = ANY($9::text[])
          AND good + scrap + $3 + $4 <= planned_quantity
          AND (NOT $10 OR good + scrap + $3 + $4 = planned_quantity)
        RETURNING id`,
      [
        id,
        change.good,
        change.scrap,
        change.to,
        change.at,
        change.finish,
        change.shortReason,
        change.from,
        change.complete,
      ],
      manager,
    );
    return rows.length === 1;
  }

  ofRun(splitRunId: string, manager?: EntityManager): Promise<ProductionWorkOrder[]> {
    return this.scope
      .repository(ProductionWorkOrder, manager)
      .find({ where: { splitRunId }, order: { sequence: 'ASC' } });
  }

  ofRuns(splitRunIds: string[]): Promise<ProductionWorkOrder[]> {
    if (splitRunIds.length === 0) return Promise.resolve([]);
    return this.scope
      .repository(ProductionWorkOrder)
      .find({ where: { splitRunId: In(splitRunIds) }, order: { sequence: 'ASC' } });
  }

  /** What the availability rule reads of the work orders of these runs, without their parts' other facts. */
  async steps(splitRunIds: string[], manager?: EntityManager): Promise<Map<string, RunStep[]>> {
    const out = new Map<string, RunStep[]>();
    if (splitRunIds.length === 0) return out;
    const rows = await this.sql.query<{
      split_run_id: string;
      code: string;
      sequence: number;
      process: string;
      status: WorkOrderStatus;
      finished_at: Date | null;
      refs: string[];
    }>(
      `SELECT w.split_run_id, w.code, w.sequence, w.process, w.status, w.finished_at,
              ARRAY(SELECT p ->> 'ref' FROM jsonb_array_elements(w.parts) p) AS refs
         FROM production_work_order w
        WHERE w.factory_id = $1 AND w.split_run_id = ANY($2::uuid[])
        ORDER BY w.sequence`,
      [splitRunIds],
      manager,
    );
    for (const r of rows) {
      const steps = out.get(r.split_run_id) ?? [];
      steps.push({
        code: r.code,
        sequence: r.sequence,
        process: r.process,
        status: r.status,
        finishedAt: r.finished_at,
        refs: r.refs,
      });
      out.set(r.split_run_id, steps);
    }
    return out;
  }

  /** Newest released first, a run's work orders in route order; keyset-paged on (released_at, run, sequence). */
  page(limit: number, filter: WorkOrderFilter, after?: { releasedAt: string; splitRunId: string; sequence: number }) {
    const releasedMs = "date_trunc('milliseconds', w.released_at)";
    const query = this.scope
      .repository(ProductionWorkOrder)
      .query('w')
      .orderBy(releasedMs, 'DESC')
      .addOrderBy('w.split_run_id', 'ASC')
      .addOrderBy('w.sequence', 'ASC')
      .take(limit);
    if (filter.splitRunId) query.andWhere('w.splitRunId = :run', { run: filter.splitRunId });
    if (filter.orderId) query.andWhere(':orderId = ANY(w.order_ids)', { orderId: filter.orderId });
    if (filter.process) query.andWhere('w.process = :process', { process: filter.process });
    if (filter.status) query.andWhere('w.status = :status', { status: filter.status });
    if (after)
      query.andWhere(
        `(${releasedMs} < CAST(:at AS timestamptz) OR (${releasedMs} = CAST(:at AS timestamptz)
          AND (w.split_run_id, w.sequence) > (CAST(:run AS uuid), CAST(:seq AS int))))`,
        { at: after.releasedAt, run: after.splitRunId, seq: after.sequence },
      );
    return query.getMany();
  }

  /**
   * Claims a scanId for this report: its id, or null when the scanId is taken (a request holding it uncommitted is
   * waited for: the unique index makes this insert wait for its commit or rollback).
   */
  async claimScan(report: DeepPartial<ProductionReport>, manager: EntityManager): Promise<string | null> {
    const rows = await this.sql.query<{ id: string }>(
      `INSERT INTO production_report (factory_id, scan_id, work_order_id, process, action, good, scrap, scrap_reason,
                                      machine, note, line_id, door_no, username, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       ON CONFLICT (factory_id, scan_id) DO NOTHING RETURNING id`,
      [
        report.scanId,
        report.workOrderId,
        report.process,
        report.action,
        report.good ?? 0,
        report.scrap ?? 0,
        report.scrapReason ?? null,
        report.machine ?? null,
        report.note ?? null,
        report.lineId ?? null,
        report.doorNo ?? null,
        report.username ?? null,
        report.at,
      ],
      manager,
    );
    return rows[0]?.id ?? null;
  }

  /** The report's answer, kept for replays, and the short reason its finish kept (if any). */
  async setAnswer(
    reportId: string,
    answer: unknown,
    shortReason: string | null,
    manager: EntityManager,
  ): Promise<void> {
    await this.scope.repository(ProductionReport, manager).update({ id: reportId }, { answer, shortReason });
  }

  /** The report that claimed a scanId, once committed; null when none did. */
  reportOf(scanId: string, manager?: EntityManager): Promise<ProductionReport | null> {
    return this.scope.repository(ProductionReport, manager).findOneBy({ scanId });
  }

  /** Pieces (good and scrap) earlier door-label reports gave one door at a work order, this report left out. */
  async doorReported(
    door: { workOrderId: string; lineId: string; doorNo: number; except: string },
    manager: EntityManager,
  ): Promise<number> {
    const [row] = await this.sql.query<{ pieces: string }>(
      `SELECT coalesce(sum(good + scrap), 0) AS pieces FROM production_report
        WHERE factory_id = $1 AND work_order_id = $2 AND line_id = $3 AND door_no = $4 AND id <> $5`,
      [door.workOrderId, door.lineId, door.doorNo, door.except],
      manager,
    );
    return Number(row.pieces);
  }

  /** Which of these work-order codes the factory's released work orders already use. */
  async codesTaken(codes: string[], manager: EntityManager): Promise<Set<string>> {
    const rows = await this.sql.query<{ code: string }>(
      `SELECT code FROM production_work_order WHERE factory_id = $1 AND code = ANY($2::text[])`,
      [codes],
      manager,
    );
    return new Set(rows.map((r) => r.code));
  }

  /** Good pieces door-label reports brought, per work order and door. */
  async doorGood(workOrderIds: string[]): Promise<Map<string, DoorGood[]>> {
    const out = new Map<string, DoorGood[]>();
    if (workOrderIds.length === 0) return out;
    const rows = await this.sql.query<{ work_order_id: string; line_id: string; door_no: number; good: string }>(
      `SELECT work_order_id, line_id, door_no, sum(good) AS good FROM production_report
        WHERE factory_id = $1 AND work_order_id = ANY($2::uuid[]) AND line_id IS NOT NULL
        GROUP BY work_order_id, line_id, door_no`,
      [workOrderIds],
    );
    for (const r of rows) {
      const list = out.get(r.work_order_id) ?? [];
      list.push({ lineId: r.line_id, doorNo: r.door_no, good: Number(r.good) });
      out.set(r.work_order_id, list);
    }
    return out;
  }

  /**
   * Which of these orders production has made: every released work order of their run (`splitRunIds`, the orders'
   * last) that holds their parts is done. An order not released has none, so it is not made.
   */
  async ordersMade(orders: { id: string; lastSplitRunId: string | null }[]): Promise<Set<string>> {
    const runs = [...new Set(orders.flatMap((o) => o.lastSplitRunId ?? []))];
    if (runs.length === 0) return new Set();
    const rows = await this.sql.query<{ order_id: string }>(
      `SELECT o.order_id FROM production_work_order w CROSS JOIN LATERAL unnest(w.order_ids) AS o (order_id)
        WHERE w.factory_id = $1 AND w.split_run_id = ANY($2::uuid[]) AND o.order_id = ANY($3::uuid[])
        GROUP BY o.order_id HAVING bool_and(w.status = 'done')`,
      [runs, orders.map((o) => o.id)],
    );
    return new Set(rows.map((r) => r.order_id));
  }

  /** Work orders not done, per process and status: counts and pieces still to report. */
  wipByProcess(): Promise<{ process: string; status: WorkOrderStatus; count: string; remaining: string }[]> {
    return this.sql.query(
      `SELECT process, status, count(*) AS count, sum(planned_quantity - good - scrap) AS remaining
         FROM production_work_order WHERE factory_id = $1 AND status <> 'done'
        GROUP BY process, status`,
    );
  }
}
