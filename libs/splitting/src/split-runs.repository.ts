import { Injectable } from '@nestjs/common';
import { FactoryScope, isUuid } from '@mendao/platform';
import type { DeepPartial, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { packageCode } from './domain/package-code';
import type { SplitPlan } from './domain/split-plan';
import { SPLIT_RUN_STATUSES, SPLIT_RUN_TRANSITIONS, type SplitRunAction } from './domain/split-run-status';
import {
  DoorPackage,
  SalesOrder,
  SplitCutPlan,
  SplitMaterial,
  SplitPart,
  SplitRun,
  type SplitRunStatus,
  WorkOrder,
} from './splitting.entities';

/** The result tables of a run, each keyed by split_run_id. */
const RESULT_ENTITIES = [SplitPart, SplitMaterial, SplitCutPlan, WorkOrder, DoorPackage] as const;

/** The named queries of split runs and their results, within the caller's factory. */
@Injectable()
export class SplitRunsRepository {
  constructor(private readonly scope: FactoryScope) {}

  findById(id: string, manager?: EntityManager): Promise<SplitRun | null> {
    return this.scope.repository(SplitRun, manager).findOneBy({ id });
  }

  /**
   * Newest first, keyset-paged on (created_at at millisecond precision, id); `orderId` keeps the runs that
   * include that order.
   */
  page(limit: number, after?: { createdAt: string; id: string }, orderId?: string): Promise<SplitRun[]> {
    // the cursor carries milliseconds; the column has microseconds: compare and order at the cursor's precision
    const createdMs = "date_trunc('milliseconds', r.created_at)";
    const query = this.scope
      .repository(SplitRun)
      .query('r')
      .orderBy(createdMs, 'DESC')
      .addOrderBy('r.id', 'DESC')
      .take(limit);
    if (after)
      query.andWhere(`(${createdMs}, r.id) < (CAST(:at AS timestamptz), CAST(:id AS uuid))`, {
        at: after.createdAt,
        id: after.id,
      });
    if (orderId) query.andWhere(':orderId = ANY(r.order_ids)', { orderId });
    return query.getMany();
  }

  /** Order numbers of these orders, by id (one query), for saying which orders a run split. */
  async orderNumbers(orderIds: string[]): Promise<Map<string, string>> {
    if (orderIds.length === 0) return new Map();
    const orders = await this.scope.repository(SalesOrder).find({ where: { id: In(orderIds) } });
    return new Map(orders.map((o) => [o.id, o.orderNo]));
  }

  /** The work orders a key names: its id, or its number (at most a few share one; see requireWorkOrder). */
  async workOrderIds(key: string): Promise<string[]> {
    const query = this.scope.repository(WorkOrder).query('w').select('w.id', 'id').take(2);
    if (isUuid(key)) query.andWhere('w.id = :key', { key });
    else query.andWhere('w.number = :key', { key });
    return (await query.getRawMany<{ id: string }>()).map((r) => r.id);
  }

  insert(run: DeepPartial<SplitRun>, manager: EntityManager): Promise<SplitRun> {
    const runs = this.scope.repository(SplitRun, manager);
    return runs.save(runs.create(run));
  }

  /**
   * Moves the run by `action` only from a status the state machine allows it from (a conditional UPDATE), so
   * two executions of one job cannot overwrite each other's outcome; false when the run was elsewhere.
   */
  async transition(
    id: string,
    action: SplitRunAction,
    facts: Partial<Pick<SplitRun, 'error' | 'summary' | 'finishedAt'>>,
    manager?: EntityManager,
  ): Promise<boolean> {
    const from = SPLIT_RUN_STATUSES.filter((status) => SPLIT_RUN_TRANSITIONS[status][action] !== undefined);
    const targets = new Set(from.map((status) => SPLIT_RUN_TRANSITIONS[status][action]));
    // each action of the table leads to one status, whichever it is taken from
    if (targets.size !== 1) throw new Error(`split run action ${action} has ${targets.size} targets`);
    const [to] = targets as Set<SplitRunStatus>;
    const moved = await this.scope
      .repository(SplitRun, manager)
      .update({ id, status: In(from) }, { status: to, ...facts });
    return moved === 1;
  }

  /** Whether one of these runs was created after `at` (a newer split of the same orders). */
  async anyCreatedAfter(ids: string[], at: Date, manager: EntityManager): Promise<boolean> {
    if (ids.length === 0) return false;
    const newer = await this.scope
      .repository(SplitRun, manager)
      .query('r')
      .andWhere('r.id IN (:...ids)', { ids })
      .andWhere('r.createdAt > :at', { at })
      .getCount();
    return newer > 0;
  }

  /**
   * Replaces the run's results with the plan's, and the orders' packages with the run's: the previous run's
   * packages of these orders go, and the new ones get new codes (never a code a label was printed with before).
   */
  async replaceResults(run: SplitRun, plan: SplitPlan, manager: EntityManager): Promise<void> {
    const splitRunId = run.id;
    for (const entity of RESULT_ENTITIES) {
      await this.scope
        .repository<SplitPart | SplitMaterial | SplitCutPlan | WorkOrder | DoorPackage>(entity, manager)
        .delete({ splitRunId });
    }
    await this.scope.repository(DoorPackage, manager).delete({ orderId: In(run.orderIds) });
    await this.scope
      .repository(SplitPart, manager)
      .insertMany(plan.parts.map((p, seq) => ({ ...p, seq: seq + 1, splitRunId })));
    await this.scope.repository(SplitMaterial, manager).insertMany(plan.materials.map((r) => ({ ...r, splitRunId })));
    await this.scope.repository(SplitCutPlan, manager).insertMany(plan.cutPlans.map((c) => ({ ...c, splitRunId })));
    const prefix = `WO-${run.id.slice(0, 8).toUpperCase()}`;
    await this.scope
      .repository(WorkOrder, manager)
      .insertMany(plan.workOrders.map((w) => ({ ...w, number: `${prefix}-${w.sequence}`, splitRunId })));
    const serials = await this.allocatePackageSerials(plan.packages.length, manager);
    await this.scope.repository(DoorPackage, manager).insertMany(
      plan.packages.map(({ group, ...p }, i) => ({
        ...p,
        packageGroup: group,
        barcode: packageCode(serials[i]),
        splitRunId,
      })),
    );
  }

  /**
   * Takes `count` package serials, ascending, in one statement from the instance's one sequence
   * (package_serial_seq): a code names one package of one factory, so another factory's label is unknown here.
   * Nothing is locked; concurrent saves get distinct serials, not necessarily contiguous ones. A serial is never
   * given again, even by a rolled back save.
   */
  private async allocatePackageSerials(count: number, manager: EntityManager): Promise<number[]> {
    if (count === 0) return [];
    const rows = await manager.query<{ serial: string }[]>(
      `SELECT nextval('package_serial_seq') AS serial FROM generate_series(1, $1::int) ORDER BY 1`,
      [count],
    );
    return rows.map((r) => Number(r.serial));
  }

  partsPage(splitRunId: string, limit: number, afterSeq?: number): Promise<SplitPart[]> {
    const query = this.scope
      .repository(SplitPart)
      .query('p')
      .andWhere('p.splitRunId = :splitRunId', { splitRunId })
      .orderBy('p.seq')
      .take(limit);
    if (afterSeq !== undefined) query.andWhere('p.seq > :seq', { seq: afterSeq });
    return query.getMany();
  }

  materials(splitRunId: string): Promise<SplitMaterial[]> {
    return this.scope.repository(SplitMaterial).find({ where: { splitRunId }, order: { material: 'ASC' } });
  }

  cutPlans(splitRunId: string): Promise<SplitCutPlan[]> {
    return this.scope.repository(SplitCutPlan).find({ where: { splitRunId }, order: { n: 'ASC' } });
  }

  cutPlan(splitRunId: string, n: number): Promise<SplitCutPlan | null> {
    return this.scope.repository(SplitCutPlan).findOneBy({ splitRunId, n });
  }

  /** The run a work order belongs to (null for none of this factory's). */
  async workOrderRunId(id: string): Promise<string | null> {
    const row = await this.scope.repository(WorkOrder).findOne({ where: { id }, select: { splitRunId: true } });
    return row?.splitRunId ?? null;
  }

  workOrders(splitRunId: string): Promise<WorkOrder[]> {
    return this.scope.repository(WorkOrder).find({ where: { splitRunId }, order: { sequence: 'ASC' } });
  }

  packagesPage(splitRunId: string, limit: number, afterBarcode?: string): Promise<DoorPackage[]> {
    const query = this.scope
      .repository(DoorPackage)
      .query('d')
      .andWhere('d.splitRunId = :splitRunId', { splitRunId })
      .orderBy('d.barcode')
      .take(limit);
    if (afterBarcode !== undefined) query.andWhere('d.barcode > :barcode', { barcode: afterBarcode });
    return query.getMany();
  }
}
