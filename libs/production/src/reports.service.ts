import { Injectable } from '@nestjs/common';
import { MACHINE_PROCESSES } from '@mendao/equipment';
import { DomainError, FactoryScope, PLATFORM_ERRORS, TenancyContext } from '@mendao/platform';
import type { EntityManager } from 'typeorm';
import { RunReleaseService } from '@mendao/splitting';
import { doorNeed } from './domain/progress';
import { isWorkOrderCode } from './domain/work-order-code';
import {
  doorOverReport,
  machineFits,
  type OverReport,
  overReport,
  sameRequest,
  shortReasonKept,
  unreported,
} from './domain/reporting';
import { statusesAllowing, workOrderTransition } from './domain/work-order-status';
import type { ProductionReportDto } from './dto/production.dto';
import { MachineCounts } from './machine-counts';
import type { ProductionReport, ProductionWorkOrder } from './production.entities';
import { PRODUCTION_ERRORS } from './production.errors';
import { ProductionRepository } from './production.repository';
import { ScrapReasonsService } from './scrap-reasons.service';
import {
  processNames,
  refusal,
  type Row,
  type ViewContext,
  type WorkOrderView,
  WorkOrdersService,
} from './work-orders.service';

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

/** What the barcode names: the work order, and the door when it is a door's package label. */
interface Target {
  row: Row;
  door: { barcode: string; lineId: string; doorNo: number } | null;
}

/** What the checks decided on the locked work order: where it goes, and the short reason a finish keeps. */
interface Decision {
  to: ProductionWorkOrder['status'];
  shortReason: string | null;
}

type Recorded = Omit<ReportAnswer, 'replayed'>;

/**
 * Reports at a station (报工): an operator scans a work order (or a door's package label with the process) and
 * starts it, reports good and scrap, or finishes it. One report at a time per work order (its row lock), so two
 * operators never pass the planned quantity together nor lose a report. Idempotent by scanId: under that lock the
 * report claims its scanId before any check of the work order, so a repeat arriving meanwhile waits for the first
 * and replays its answer rather than being refused on the state the first left.
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
  ) {}

  async report(body: ProductionReportDto): Promise<ReportAnswer> {
    const first = await this.repository.reportOf(body.scanId);
    if (first) return this.replay(body, first);
    const facts = factsOf(body);
    await this.checkQuantities(body, facts.good, facts.scrap);
    const machine = facts.machine === null ? null : await this.machines.usable(facts.machine);
    const target = await this.target(body);
    // read before the transaction, which then holds one connection and the work order's row only briefly
    const context = await this.workOrders.viewContext([target.row]);
    if (machine && !machineFits(machine.process, target.row.process, MACHINE_PROCESSES))
      throw wrongMachine(machine, target.row, context.catalogue);
    const answer = await this.scope.transaction((manager) => this.record(manager, body, facts, target, context));
    if (answer === null) return this.replay(body, await this.repository.reportOf(body.scanId), target);
    return { ...answer, replayed: false };
  }

  /**
   * In the report's transaction, under the work order's row lock: claims the scanId (null when a request that
   * committed meanwhile has it), then decides, adds the pieces, counts them on the machine, and keeps the answer for
   * replays.
   */
  private async record(
    manager: EntityManager,
    body: ProductionReportDto,
    facts: Facts,
    target: Target,
    context: ViewContext,
  ): Promise<Recorded | null> {
    // the row lock first: the report's foreign key would otherwise share-lock the row before two reports upgrade
    const row = (await this.repository.lock(target.row.id, manager)) as ProductionWorkOrder;
    const reportId = await this.claim(manager, body, facts, target, context.now);
    if (reportId === null) return null;
    const decision = this.decide(row, body, facts, context);
    if (target.door) await this.checkDoor(manager, row, target.door, facts, reportId);
    await this.apply(manager, row, body.action, facts, decision, context.now);
    if (facts.machine !== null && facts.good + facts.scrap > 0)
      await this.machines.record(manager, {
        machine: facts.machine,
        eventId: `report@${body.scanId}`,
        at: context.now,
        good: facts.good,
        scrap: facts.scrap,
        workOrderId: row.id,
      });
    const { note: _note, ...shown } = facts;
    const answer: Recorded = {
      workOrder: this.workOrders.present((await this.repository.findById(row.id, manager)) as Row, context),
      report: {
        id: reportId,
        scanId: body.scanId,
        action: body.action,
        ...shown,
        shortReason: decision.shortReason,
        door: target.door,
        at: context.now.toISOString(),
      },
    };
    await this.repository.setAnswer(reportId, answer, decision.shortReason, manager);
    return answer;
  }

  /** Inserts the report row, taking its scanId: null when another request has it. */
  private claim(
    manager: EntityManager,
    body: ProductionReportDto,
    facts: Facts,
    target: Target,
    at: Date,
  ): Promise<string | null> {
    return this.repository.claimScan(
      {
        ...facts,
        scanId: body.scanId,
        workOrderId: target.row.id,
        process: target.row.process,
        action: body.action,
        lineId: target.door?.lineId ?? null,
        doorNo: target.door?.doorNo ?? null,
        username: this.tenancy.actor()?.username ?? null,
        at,
      },
      manager,
    );
  }

  /** Adds the pieces and moves the status; the conditional update repeats the bounds the lock already holds. */
  private async apply(
    manager: EntityManager,
    row: ProductionWorkOrder,
    action: ProductionReportDto['action'],
    { good, scrap }: Facts,
    { to, shortReason }: Decision,
    at: Date,
  ): Promise<void> {
    const finish = action === 'finish';
    const change = { good, scrap, from: statusesAllowing(action), to, at, finish };
    if (
      !(await this.repository.applyReport(
        row.id,
        { ...change, complete: finish && !shortReason, shortReason },
        manager,
      ))
    )
      throw new DomainError(
        PLATFORM_ERRORS['resource.concurrent_change'],
        'the work order changed meanwhile; retry / 工单已变化，请重试',
        { retry: true },
      );
  }

  /** The state machine, availability, the planned quantity and the finish rule, on the locked work order. */
  private decide(row: ProductionWorkOrder, body: ProductionReportDto, facts: Facts, context: ViewContext): Decision {
    const moved = workOrderTransition(row.status, body.action, row.heldFrom);
    if (!moved.ok) throw refusal(moved.refusal);
    this.assertAvailable(row, context);
    const current = { planned: row.plannedQuantity, good: row.good, scrap: row.scrap };
    const over = overReport(current, facts.good, facts.scrap);
    if (over) throw overReported(over, facts);
    const left = unreported({ ...current, good: row.good + facts.good, scrap: row.scrap + facts.scrap });
    if (body.action === 'finish' && left > 0 && !facts.shortReason)
      throw new DomainError(
        PRODUCTION_ERRORS['production.not_fully_reported'],
        `${left} of ${row.plannedQuantity} pieces are not reported; give a shortReason to finish short / 尚有 ${left} 件未报工，须填写短缺原因`,
        { planned: row.plannedQuantity, reported: row.plannedQuantity - left, remaining: left },
        [{ field: 'shortReason', message: `is required: ${left} pieces not reported` }],
      );
    return {
      to: moved.to as ProductionWorkOrder['status'],
      shortReason: shortReasonKept(body.action, left, facts.shortReason),
    };
  }

  private assertAvailable(row: ProductionWorkOrder, context: ViewContext): void {
    const free = this.workOrders.availabilityIn(row, context);
    if (free.available) return;
    throw new DomainError(
      PRODUCTION_ERRORS['production.not_available'],
      free.availableAt
        ? `available from ${free.availableAt.toISOString()} (waiting time) / 等待时间未到，${free.availableAt.toISOString()} 后可开工`
        : `waiting for ${free.waitingFor.map((w) => w.code).join(', ')} / 上道工序未完工`,
      { availableAt: free.availableAt?.toISOString() ?? null, waitingFor: free.waitingFor },
    );
  }

  /**
   * A door-label report brings its door at most what the door still needs there (under the work order's lock, so
   * two scans of one label take turns): spare pieces would otherwise fill other doors no one scanned.
   */
  private async checkDoor(
    manager: EntityManager,
    row: ProductionWorkOrder,
    door: NonNullable<Target['door']>,
    { good, scrap }: Facts,
    reportId: string,
  ): Promise<void> {
    const need = doorNeed(row.parts, door.lineId, door.doorNo);
    const reported = await this.repository.doorReported(
      { workOrderId: row.id, lineId: door.lineId, doorNo: door.doorNo, except: reportId },
      manager,
    );
    const over = doorOverReport(need, reported, good, scrap);
    if (over) throw overReported(over, { good, scrap }, `door ${door.barcode}`);
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
    // scanned or typed: spaces around and the case are the scanner's or the keyboard's, not the label's
    const barcode = body.barcode.trim();
    const door = isWorkOrderCode(barcode) ? null : await this.runs.doorOfPackage(barcode);
    if (!door) {
      const row = await this.workOrders.find(barcode, 'barcode');
      if (body.process !== undefined && body.process !== row.process) {
        const catalogue = await this.workOrders.catalogue();
        const [own, station] = [processNames(catalogue, row.process), processNames(catalogue, body.process)];
        throw invalid(
          'process',
          `work order ${row.code} is of process ${own.nameEn} (${own.code}), not ${station.nameEn} (${station.code}) / 工单 ${row.code} 的工序为${own.nameZh}，不是${station.nameZh}`,
        );
      }
      if (row.status === 'planned') throw notReleased(body.action);
      return { row, door: null };
    }
    if (body.process === undefined)
      throw invalid('process', "a door's label names the door; say which process reports it / 扫描门标签须指定工序");
    const row = await this.repository.findOfRunAndProcess(door.splitRunId, body.process);
    if (!row) {
      const planned = (await this.runs.run(door.splitRunId)).workOrders.some((w) => w.process === body.process);
      if (planned) throw notReleased(body.action);
      throw invalid('process', `no work order of process ${body.process} for this door / 该门无此工序工单`);
    }
    if (doorNeed(row.parts, door.lineId, door.doorNo) === 0)
      throw invalid('barcode', `door ${door.barcode} has no parts in work order ${row.code} / 该门不经过此工单`);
    return { row, door: { barcode: door.barcode, lineId: door.lineId, doorNo: door.doorNo } };
  }

  /**
   * The first answer of a scanId again, when this is the same request (what the barcode names and what it reports);
   * another request with a used scanId is refused (409 production.scan_id_reused), never recorded nor replayed.
   */
  private async replay(
    body: ProductionReportDto,
    first: ProductionReport | null,
    known?: Target,
  ): Promise<ReportAnswer> {
    const answer = first?.answer as Recorded | null | undefined;
    if (!first || !answer)
      throw new DomainError(
        PRODUCTION_ERRORS['production.scan_in_progress'],
        'the first request with this scanId is still being recorded; retry / 该扫描正在处理，请重试',
        { scanId: body.scanId, retry: true },
      );
    // a barcode that names nothing (or something else) now is not the request the scanId was first used for
    const target = known ?? (await this.target(body).catch(() => null));
    const facts = factsOf(body);
    const repeat = target && {
      ...facts,
      workOrderId: target.row.id,
      lineId: target.door?.lineId ?? null,
      doorNo: target.door?.doorNo ?? null,
      action: body.action,
    };
    if (!repeat || !sameRequest(first, repeat))
      throw new DomainError(
        PRODUCTION_ERRORS['production.scan_id_reused'],
        `scanId ${body.scanId} was used for ${first.action} on ${answer.workOrder.code}; a new scan needs a new scanId / 该扫描号已用于其他报工，请重新扫描`,
        { scanId: body.scanId, workOrder: answer.workOrder.code, action: first.action },
        [{ field: 'scanId', message: 'was used before for another request' }],
      );
    return { ...answer, replayed: true };
  }
}

function invalid(field: string, message: string): DomainError {
  return new DomainError(PRODUCTION_ERRORS['production.report_invalid'], message, { field }, [{ field, message }]);
}

/** Good and scrap beyond what remains (of the work order, or of one door at it): 409 with the facts. */
function overReported(
  over: OverReport,
  { good, scrap }: Pick<Facts, 'good' | 'scrap'>,
  what = 'the planned',
): DomainError {
  return new DomainError(
    PRODUCTION_ERRORS['production.over_reported'],
    `${good + scrap} more would pass ${what} ${over.planned}: ${over.remaining} remain / 超报：计划 ${over.planned}，已报 ${over.reported}，剩余 ${over.remaining}`,
    { ...over },
    [{ field: good > 0 ? 'good' : 'scrap', message: `at most ${over.remaining} remain` }],
  );
}

/** A machine of another process than the work order's (422 on `machine`), the processes named in both languages. */
function wrongMachine(
  machine: { code: string; process: string },
  row: Row,
  catalogue: ViewContext['catalogue'],
): DomainError {
  const [its, wanted] = [processNames(catalogue, machine.process), processNames(catalogue, row.process)];
  const message = `machine ${machine.code} is a ${its.nameEn} machine; work order ${row.code} is ${wanted.nameEn} / 设备 ${machine.code} 属于${its.nameZh}工序，工单 ${row.code} 为${wanted.nameZh}工序`;
  return new DomainError(
    PRODUCTION_ERRORS['production.machine_wrong_process'],
    message,
    { machine: machine.code, machineProcess: machine.process, workOrderProcess: row.process },
    [{ field: 'machine', message }],
  );
}

/** A report on a work order of a run not released: the state machine's refusal (409). */
function notReleased(action: ProductionReportDto['action']): DomainError {
  const result = workOrderTransition('planned', action);
  return result.ok ? invalid('barcode', 'not released / 工单尚未下达') : refusal(result.refusal);
}
