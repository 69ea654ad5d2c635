import { Injectable } from '@nestjs/common';
import { Clock, DomainError, FactoryScope, PLATFORM_ERRORS, TenancyContext } from '@mendao/platform';
import type { EntityManager } from 'typeorm';
import { RunReleaseService } from '@mendao/splitting';
import { overReport, unreported } from './domain/reporting';
import { statusesAllowing, workOrderTransition } from './domain/work-order-status';
import type { ProductionReportDto } from './dto/production.dto';
import { MachineCounts } from './machine-counts';
import type { ProductionWorkOrder } from './production.entities';
import { PRODUCTION_ERRORS } from './production.errors';
import { ProductionRepository } from './production.repository';
import { ScrapReasonsService } from './scrap-reasons.service';
import { refusal, type ViewContext, type WorkOrderView, WorkOrdersService } from './work-orders.service';

export interface ReportAnswer {
  workOrder: WorkOrderView;
  report: {
    id: string;
    scanId: string;
    action: 'start' | 'report' | 'finish';
    good: number;
    scrap: number;
    scrapReason: string | null;
    shortReason: string | null;
    machine: string | null;
    door: { barcode: string; lineId: string; doorNo: number } | null;
    at: string;
  };
  replayed: boolean;
}

/** What a report records, as the body gave it (scrap reason only with scrap). */
type Facts = ReturnType<typeof factsOf>;

function factsOf(body: ProductionReportDto) {
  const scrap = body.scrap ?? 0;
  return {
    good: body.good ?? 0,
    scrap,
    scrapReason: scrap > 0 ? (body.scrapReason ?? null) : null,
    shortReason: body.shortReason ?? null,
    machine: body.machine ?? null,
    note: body.note ?? null,
  };
}

interface Decided {
  facts: Facts;
  target: Target;
  before: ProductionWorkOrder;
  to: ProductionWorkOrder['status'];
  context: ViewContext;
}

interface Target {
  workOrderId: string;
  door: { barcode: string; lineId: string; doorNo: number } | null;
}

/**
 * Reports at a station (报工): an operator scans a work order (or a door's package label with the process) and
 * starts it, reports good and scrap, or finishes it. Idempotent by scanId; one report at a time per work order
 * (its row lock), so two operators never pass the planned quantity together nor lose a report.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly scope: FactoryScope,
    private readonly repository: ProductionRepository,
    private readonly workOrders: WorkOrdersService,
    private readonly runs: RunReleaseService,
    private readonly scrapReasons: ScrapReasonsService,
    private readonly machines: MachineCounts,
    private readonly tenancy: TenancyContext,
    private readonly clock: Clock,
  ) {}

  async report(body: ProductionReportDto): Promise<ReportAnswer> {
    const first = await this.repository.answerOf(body.scanId);
    if (first !== undefined) return this.replay(body.scanId, first);
    const facts = factsOf(body);
    await this.checkQuantities(body, facts.good, facts.scrap);
    const target = await this.target(body);
    // read before the transaction, which then holds one connection and the work order's row only briefly:
    // refused here with the facts as read; the conditional update in record() is what holds under concurrency
    const before = (await this.repository.findById(target.workOrderId)) as ProductionWorkOrder;
    const context = await this.workOrders.viewContext([before]);
    const to = this.decide(before, body, facts, context);
    const answer = await this.scope.transaction((manager) =>
      this.record(manager, body, { facts, target, before, to, context }),
    );
    if (answer === null) return this.replay(body.scanId, await this.repository.answerOf(body.scanId));
    return { ...answer, replayed: false };
  }

  /**
   * In the report's transaction: claims the scanId (null when a request that committed meanwhile has it), adds the
   * pieces by a conditional update, counts them on the machine, and keeps the answer for replays.
   */
  private async record(
    manager: EntityManager,
    body: ProductionReportDto,
    { facts, target, before, to, context }: Decided,
  ): Promise<Omit<ReportAnswer, 'replayed'> | null> {
    const at = context.now;
    const username = this.tenancy.actor()?.username ?? null;
    const door = { lineId: target.door?.lineId ?? null, doorNo: target.door?.doorNo ?? null };
    const reportId = await this.repository.claimScan(
      { ...facts, ...door, scanId: body.scanId, workOrderId: before.id, action: body.action, username, at },
      manager,
    );
    if (reportId === null) return null;
    const finish = body.action === 'finish';
    const change = { good: facts.good, scrap: facts.scrap, from: statusesAllowing(body.action), to, at, finish };
    const complete = finish && !facts.shortReason;
    if (
      !(await this.repository.applyReport(before.id, { ...change, complete, shortReason: facts.shortReason }, manager))
    ) {
      // another report or a hold got there first: the refusal with the facts as they are now
      this.decide((await this.repository.findById(before.id, manager)) as ProductionWorkOrder, body, facts, context);
      throw new DomainError(
        PLATFORM_ERRORS['resource.concurrent_change'],
        'the work order changed meanwhile; retry / 工单已变化，请重试',
        { retry: true },
      );
    }
    if (facts.machine !== null && facts.good + facts.scrap > 0)
      await this.machines.record(manager, {
        machine: facts.machine,
        eventId: `report@${body.scanId}`,
        at,
        good: facts.good,
        scrap: facts.scrap,
        workOrderId: before.id,
      });
    const row = (await this.repository.findById(before.id, manager)) as ProductionWorkOrder;
    const { note: _note, ...shown } = facts;
    const answer = {
      workOrder: this.workOrders.present(row, context),
      report: {
        id: reportId,
        scanId: body.scanId,
        action: body.action,
        ...shown,
        door: target.door,
        at: at.toISOString(),
      },
    };
    await this.repository.setAnswer(reportId, answer, manager);
    return answer;
  }

  /** The state machine, availability, the planned quantity and the finish rule, under the work order's lock. */
  private decide(
    row: ProductionWorkOrder,
    body: ProductionReportDto,
    { good, scrap }: Facts,
    context: ViewContext,
  ): ProductionWorkOrder['status'] {
    const moved = workOrderTransition(row.status, body.action, row.heldFrom);
    if (!moved.ok) throw refusal(moved.refusal);
    const free = this.workOrders.availabilityIn(row, context);
    if (!free.available)
      throw new DomainError(
        PRODUCTION_ERRORS['production.not_available'],
        free.availableAt
          ? `available from ${free.availableAt.toISOString()} (waiting time) / 等待时间未到，${free.availableAt.toISOString()} 后可开工`
          : `waiting for ${free.waitingFor.map((w) => w.code).join(', ')} / 上道工序未完工`,
        { availableAt: free.availableAt?.toISOString() ?? null, waitingFor: free.waitingFor },
      );
    const current = { planned: row.plannedQuantity, good: row.good, scrap: row.scrap };
    const over = overReport(current, good, scrap);
    if (over)
      throw new DomainError(
        PRODUCTION_ERRORS['production.over_reported'],
        `${good + scrap} more would pass the planned ${over.planned}: ${over.remaining} remain / 超报：计划 ${over.planned}，已报 ${over.reported}，剩余 ${over.remaining}`,
        { ...over },
        [{ field: good > 0 ? 'good' : 'scrap', message: `at most ${over.remaining} remain` }],
      );
    const left = unreported({ ...current, good: row.good + good, scrap: row.scrap + scrap });
    if (body.action === 'finish' && left > 0 && !body.shortReason)
      throw new DomainError(
        PRODUCTION_ERRORS['production.not_fully_reported'],
        `${left} of ${row.plannedQuantity} pieces are not reported; give a shortReason to finish short / 尚有 ${left} 件未报工，须填写短缺原因`,
        { planned: row.plannedQuantity, reported: row.plannedQuantity - left, remaining: left },
        [{ field: 'shortReason', message: `is required: ${left} pieces not reported` }],
      );
    return moved.to as ProductionWorkOrder['status'];
  }

  /** Quantities fit the action; scrap names an active scrap reason (422 naming the field, nothing written). */
  private async checkQuantities(body: ProductionReportDto, good: number, scrap: number): Promise<void> {
    if (body.action === 'start' && good + scrap > 0)
      throw invalid(good > 0 ? 'good' : 'scrap', 'a start reports no pieces; report them / 开工不报数量，请用报工');
    if (body.action === 'report' && good + scrap === 0)
      throw invalid('good', 'a report needs good or scrap pieces / 报工须填写合格或报废数量');
    if (scrap > 0 && !body.scrapReason)
      throw new DomainError(
        PRODUCTION_ERRORS['production.scrap_reason_required'],
        'scrap needs a scrap reason / 报废须选择原因',
        { scrap },
        [{ field: 'scrapReason', message: 'is required when scrap > 0' }],
      );
    if (scrap > 0 && body.scrapReason && !(await this.scrapReasons.isActive(body.scrapReason)))
      throw new DomainError(
        PRODUCTION_ERRORS['production.scrap_reason_unknown'],
        `no active scrap reason ${body.scrapReason} / 无此报废原因`,
        { scrapReason: body.scrapReason },
        [{ field: 'scrapReason', message: 'is not a scrap reason of this factory (GET /production/scrap-reasons)' }],
      );
    if (body.shortReason !== undefined && body.action !== 'finish')
      throw invalid('shortReason', 'only a finish takes a shortReason / 只有完工可填短缺原因');
  }

  /** The work order a barcode names: a work order's code or id, or a door's package label with `process`. */
  private async target(body: ProductionReportDto): Promise<Target> {
    const door = await this.runs.doorOfPackage(body.barcode);
    if (!door) {
      const row = await this.workOrders.find(body.barcode, 'barcode');
      if (body.process !== undefined && body.process !== row.process)
        throw invalid('process', `work order ${row.code} is of process ${row.process} / 工单工序为 ${row.process}`);
      if (row.status === 'planned') throw notReleased(body.action);
      return { workOrderId: row.id, door: null };
    }
    if (body.process === undefined)
      throw invalid('process', "a door's label names the door; say which process reports it / 扫描门标签须指定工序");
    const row = await this.repository.findOfRunAndProcess(door.splitRunId, body.process);
    if (!row) {
      const planned = (await this.runs.run(door.splitRunId)).workOrders.some((w) => w.process === body.process);
      if (planned) throw notReleased(body.action);
      throw invalid('process', `no work order of process ${body.process} for this door / 该门无此工序工单`);
    }
    if (!row.parts.some((p) => p.lineId === door.lineId))
      throw invalid('barcode', `door ${door.barcode} has no parts in work order ${row.code} / 该门不经过此工单`);
    return { workOrderId: row.id, door: { barcode: door.barcode, lineId: door.lineId, doorNo: door.doorNo } };
  }

  private replay(scanId: string, answer: unknown): ReportAnswer {
    if (answer === null || answer === undefined)
      throw new DomainError(
        PRODUCTION_ERRORS['production.scan_in_progress'],
        'the first request with this scanId is still being recorded; retry / 该扫描正在处理，请重试',
        { scanId, retry: true },
      );
    return { ...(answer as Omit<ReportAnswer, 'replayed'>), replayed: true };
  }
}

function invalid(field: string, message: string): DomainError {
  return new DomainError(PRODUCTION_ERRORS['production.report_invalid'], message, { field }, [{ field, message }]);
}

/** A report on a work order of a run not released: the state machine's refusal (409). */
function notReleased(action: ProductionReportDto['action']): DomainError {
  const result = workOrderTransition('planned', action);
  return result.ok ? invalid('barcode', 'not released / 工单尚未下达') : refusal(result.refusal);
}
