import { Injectable } from '@nestjs/common';
import {
  Clock,
  decodeCursor,
  DomainError,
  FactoryScope,
  FactorySql,
  isUuid,
  NotFoundError,
  type Page,
  TenancyContext,
  toPage,
  ValidationFailedError,
} from '@mendao/platform';
import { ProcessesService, type ProcessInfo, RunReleaseService, type RunForProduction } from '@mendao/splitting';
import type { EntityManager } from 'typeorm';
import { type Availability, availability, type RunStep } from './domain/availability';
import { fillDoors } from './domain/progress';
import { LONGER_PREFIXES, workOrderCode, workOrderKey } from './domain/work-order-code';
import { type WorkOrderAction, type WorkOrderStatus, workOrderTransition } from './domain/work-order-status';
import type { ProductionWorkOrder } from './production.entities';
import { PRODUCTION_ERRORS } from './production.errors';
import { ProductionRepository, type WorkOrderFilter } from './production.repository';

/** A work order as the api answers it. */
export interface WorkOrderView {
  id: string;
  code: string;
  splitRunId: string;
  process: string;
  processNameZh: string;
  processNameEn: string;
  sequence: number;
  plannedQuantity: number;
  good: number;
  scrap: number;
  status: WorkOrderStatus;
  /** Whether an operator may work on it now (see domain/availability.ts). */
  available: boolean;
  availableAt: string | null;
  waitingFor: { code: string; process: string; status: WorkOrderStatus }[];
  holdReason: string | null;
  shortReason: string | null;
  releasedAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  orders: { id: string; orderNo: string }[];
}

export interface WorkOrderDetail extends WorkOrderView {
  parts: { ref: string; component: string; orderNo: string; line: number; quantity: number; perDoor: number }[];
  doors: { orderNo: string; lineNo: number; doorNo: number; need: number; good: number; passed: boolean }[];
}

export interface ViewContext {
  catalogue: Map<string, ProcessInfo>;
  steps: Map<string, RunStep[]>;
  orderNos: Map<string, string>;
  now: Date;
}

export interface ReleaseAnswer {
  splitRunId: string;
  alreadyReleased: boolean;
  releasedAt: string;
  workOrders: WorkOrderView[];
}

export interface WorkOrderQuery extends Omit<WorkOrderFilter, 'splitRunId' | 'orderId' | 'status'> {
  run?: string;
  order?: string;
  status?: WorkOrderStatus;
  limit?: number;
  cursor?: string;
}

/** The planned shape of a run's work order before release (from splitting), for one view code path. */
export type Row = Pick<
  ProductionWorkOrder,
  | 'id'
  | 'code'
  | 'splitRunId'
  | 'process'
  | 'sequence'
  | 'plannedQuantity'
  | 'good'
  | 'scrap'
  | 'heldFrom'
  | 'holdReason'
  | 'shortReason'
  | 'orderIds'
  | 'parts'
  | 'startedAt'
  | 'finishedAt'
> & { status: WorkOrderStatus; releasedAt: Date | null };

/**
 * Work orders on the shop floor: a split run's release (its work orders copied here, its orders in production),
 * their list and detail with availability, and the planner's hold and resume.
 */
@Injectable()
export class WorkOrdersService {
  constructor(
    private readonly scope: FactoryScope,
    private readonly sql: FactorySql,
    private readonly repository: ProductionRepository,
    private readonly runs: RunReleaseService,
    private readonly processes: ProcessesService,
    private readonly tenancy: TenancyContext,
    private readonly clock: Clock,
  ) {}

  /**
   * Releases every work order of a succeeded run, once: a second release answers `alreadyReleased`. Refused (409)
   * for a run not succeeded or superseded by a later split; its orders go in_production, so no re-split after.
   */
  async release(splitRunId: string): Promise<ReleaseAnswer> {
    const run = await this.runs.run(splitRunId);
    const released = await this.scope.transaction(async (manager) => {
      await this.sql.lock(`production-release:${run.id}`, manager);
      const before = await this.repository.findRun(run.id, manager);
      if (before) return { at: before.releasedAt, already: true };
      await this.runs.release(run, manager);
      const at = new Date(this.clock.now());
      await this.repository.insertRun(
        { splitRunId: run.id, releasedAt: at, releasedBy: this.tenancy.actor()?.username ?? null },
        manager,
      );
      await this.repository.insertWorkOrders(await this.uniqueCodes(releasedRows(run, at), manager), manager);
      return { at, already: false };
    });
    const rows = await this.repository.ofRun(run.id);
    return {
      splitRunId: run.id,
      alreadyReleased: released.already,
      releasedAt: released.at.toISOString(),
      workOrders: await this.views(rows),
    };
  }

  /**
   * Released work orders, newest release first. A run not released yet (`run=`, or `order=`: the order's last split
   * run) lists its work orders as planned, so both filters show the same work orders of an order.
   */
  async list(query: WorkOrderQuery): Promise<Page<WorkOrderView>> {
    const limit = query.limit ?? 50;
    const after = cursorKey(query.cursor);
    const now = new Date(this.clock.now());
    const splitRunId = query.run !== undefined ? (await this.runs.run(query.run, 'run')).id : undefined;
    const order = query.order !== undefined ? await this.runs.order(query.order, 'order', now) : undefined;
    const plannedRun = splitRunId ?? order?.lastSplitRunId ?? undefined;
    if (plannedRun && !(await this.repository.findRun(plannedRun))) {
      // a run given apart from the order's: only its own work orders of that order (none when it has none)
      const planned = await this.plannedRows(plannedRun, order?.id);
      const items = planned.filter(
        (r) => (!query.process || r.process === query.process) && (!query.status || query.status === 'planned'),
      );
      return { items: await this.views(items), nextCursor: null };
    }
    if (query.status === 'planned') return { items: [], nextCursor: null };
    const rows = await this.repository.page(
      limit + 1,
      { splitRunId, orderId: order?.id, process: query.process, status: query.status },
      after,
    );
    const page = toPage(rows, limit, (r) => [r.releasedAt.toISOString(), r.splitRunId, r.sequence]);
    return { items: await this.views(page.items), nextCursor: page.nextCursor };
  }

  /** One work order by id or code, with its parts and its doors' progress at this process. */
  async get(key: string): Promise<WorkOrderDetail> {
    const row = await this.find(key, 'code');
    const [view] = await this.views([row]);
    const orderNos = await this.runs.orderNumbers(row.orderIds);
    const fills = fillDoors({
      good: row.good,
      parts: row.parts,
      doorGood: (await this.repository.doorGood([row.id])).get(row.id) ?? [],
    });
    const lines = new Map(row.parts.map((p) => [p.lineId, p]));
    return {
      ...view,
      parts: row.parts.map((p) => ({
        ref: p.ref,
        component: p.component,
        orderNo: orderNos.get(p.orderId) ?? p.orderId,
        line: p.lineNo,
        quantity: p.quantity,
        perDoor: p.perDoor,
      })),
      doors: fills.map((f) => {
        const line = lines.get(f.lineId);
        return {
          orderNo: line ? (orderNos.get(line.orderId) ?? line.orderId) : '',
          lineNo: line?.lineNo ?? 0,
          doorNo: f.doorNo,
          need: f.need,
          good: f.filled,
          passed: f.filled >= f.need,
        };
      }),
    };
  }

  /** Holds a released or started work order (a planner's or manager's decision, with a reason). */
  hold(key: string, reason: string): Promise<WorkOrderView> {
    return this.transition(key, 'hold', (row, to) => ({
      status: to as ProductionWorkOrder['status'],
      heldFrom: row.status as 'released' | 'in_progress',
      holdReason: reason,
    }));
  }

  /** Resumes a held work order to where it was. */
  resume(key: string): Promise<WorkOrderView> {
    return this.transition(key, 'resume', (_row, to) => ({
      status: to as ProductionWorkOrder['status'],
      heldFrom: null,
      holdReason: null,
    }));
  }

  /**
   * A work order by id or code, as scanned or typed (workOrderKey: spaces around, any case): 404 naming `field`; a
   * planned one (run not released) comes back planned.
   */
  async find(typed: string, field: string): Promise<Row> {
    const key = workOrderKey(typed);
    const rows = await this.repository.findByKey(key);
    if (rows.length > 1)
      throw new ValidationFailedError([
        { field, message: `names ${rows.length} work orders (a shared code); give the id / 工单号重复，请使用工单 ID` },
      ]);
    if (rows[0]) return rows[0];
    const runId = await this.runs.runOfWorkOrder(key);
    const id = key.toLowerCase();
    const planned = runId ? (await this.plannedRows(runId)).find((r) => r.id === id || r.code === key) : undefined;
    if (!planned) throw new NotFoundError('work order', key, field);
    return planned;
  }

  /** The factory's processes (names, waiting times), for a refusal that names one. */
  catalogue(manager?: EntityManager): Promise<Map<string, ProcessInfo>> {
    return this.processes.catalogue(manager);
  }

  /** Views with availability (one read of each run's work orders) and process names. */
  async views(rows: Row[], manager?: EntityManager): Promise<WorkOrderView[]> {
    if (rows.length === 0) return [];
    const context = await this.viewContext(rows, manager);
    return rows.map((row) => this.present(row, context));
  }

  /** What views of these rows read: the process catalogue, their runs' steps, their orders' numbers. */
  async viewContext(rows: Row[], manager?: EntityManager): Promise<ViewContext> {
    const released = rows.filter((r) => r.status !== 'planned').map((r) => r.splitRunId);
    return {
      catalogue: await this.processes.catalogue(manager),
      steps: await this.repository.steps([...new Set(released)], manager),
      orderNos: await this.runs.orderNumbers([...new Set(rows.flatMap((r) => r.orderIds))]),
      now: new Date(this.clock.now()),
    };
  }

  /** One view from what viewContext read (no query: a report builds its answer under the work order's lock). */
  present(row: Row, context: ViewContext): WorkOrderView {
    const free = this.availabilityIn(row, context);
    const process = processNames(context.catalogue, row.process);
    return {
      id: row.id,
      code: row.code,
      splitRunId: row.splitRunId,
      process: row.process,
      processNameZh: process.nameZh,
      processNameEn: process.nameEn,
      sequence: row.sequence,
      plannedQuantity: row.plannedQuantity,
      good: row.good,
      scrap: row.scrap,
      status: row.status,
      // a done or held work order takes no reports, whatever the earlier processes did
      available: free.available && (row.status === 'released' || row.status === 'in_progress'),
      availableAt: free.availableAt?.toISOString() ?? null,
      waitingFor: free.waitingFor,
      holdReason: row.holdReason,
      shortReason: row.shortReason,
      releasedAt: row.releasedAt?.toISOString() ?? null,
      startedAt: row.startedAt?.toISOString() ?? null,
      finishedAt: row.finishedAt?.toISOString() ?? null,
      orders: row.orderIds.map((id) => ({ id, orderNo: context.orderNos.get(id) ?? id })),
    };
  }

  /**
   * Whether the work order is available now, from a context viewContext read: a planned one (or one the context did
   * not read) is not.
   */
  availabilityIn(row: Row, { catalogue, steps, now }: ViewContext): Availability {
    const runSteps = steps.get(row.splitRunId) ?? [];
    const own = runSteps.find((s) => s.sequence === row.sequence);
    if (row.status === 'planned' || !own) return { available: false, availableAt: null, waitingFor: [] };
    return availability(own, runSteps, waitOf(catalogue), now);
  }

  /**
   * Inside the release: the run's codes as splitting numbered them, or, when one is already a released work order's
   * (two runs whose ids begin alike), all of them with a longer prefix. Releases take turns on the codes.
   */
  private async uniqueCodes<T extends { code: string; sequence: number; splitRunId: string }>(
    rows: T[],
    manager: EntityManager,
  ): Promise<T[]> {
    await this.sql.lock('production-work-order-codes', manager);
    let candidate = rows;
    for (const digits of LONGER_PREFIXES) {
      const taken = await this.repository.codesTaken(
        candidate.map((r) => r.code),
        manager,
      );
      if (taken.size === 0) return candidate;
      candidate = rows.map((r) => ({ ...r, code: workOrderCode(r.splitRunId, r.sequence, digits) }));
    }
    return candidate;
  }

  private async transition(
    key: string,
    action: WorkOrderAction,
    patch: (row: ProductionWorkOrder, to: WorkOrderStatus) => Partial<ProductionWorkOrder>,
  ): Promise<WorkOrderView> {
    const found = await this.find(key, 'code');
    return this.scope.transaction(async (manager) => {
      const row = (await this.repository.lock(found.id, manager)) ?? (found as ProductionWorkOrder);
      const result = workOrderTransition(row.status, action, row.heldFrom);
      if (!result.ok) throw refusal(result.refusal);
      await this.repository.save(row.id, patch(row, result.to), manager);
      const [view] = await this.views([(await this.repository.findById(row.id, manager)) as Row], manager);
      return view;
    });
  }

  /** A run's work orders: the released ones, or (not released yet) the planned ones. */
  async rowsOfRun(splitRunId: string): Promise<Row[]> {
    const released = await this.repository.ofRun(splitRunId);
    return released.length > 0 ? released : this.plannedRows(splitRunId);
  }

  /** A run's work orders before release, as planned rows (nothing reported, no dates). */
  private async plannedRows(splitRunId: string, orderId?: string): Promise<Row[]> {
    const run = await this.runs.run(splitRunId);
    return releasedRows(run, null)
      .filter((r) => !orderId || r.orderIds.includes(orderId))
      .map((r) => ({ ...r, status: 'planned' as const, releasedAt: null }));
  }
}

/** The rows a release inserts: splitting's work orders with their doors, status released. */
function releasedRows(run: RunForProduction, at: Date | null) {
  return run.workOrders.map((w) => ({
    id: w.id,
    splitRunId: run.id,
    code: w.number,
    process: w.process,
    sequence: w.sequence,
    plannedQuantity: w.pieces,
    good: 0,
    scrap: 0,
    status: 'released' as const,
    heldFrom: null,
    holdReason: null,
    shortReason: null,
    orderIds: [...new Set(w.parts.map((p) => p.orderId))].sort(),
    parts: w.parts,
    releasedAt: at as Date,
    startedAt: null,
    finishedAt: null,
  }));
}

function waitOf(catalogue: Map<string, ProcessInfo>): (process: string) => number {
  return (process) => catalogue.get(process)?.minWaitMinutes ?? 0;
}

/**
 * The key a cursor of this list carries (release time, run, sequence): anything else is 400 on `cursor`, never a
 * statement the database refuses.
 */
function cursorKey(
  cursor: string | undefined,
): { releasedAt: string; splitRunId: string; sequence: number } | undefined {
  const key = decodeCursor(cursor, 3);
  if (!key) return undefined;
  const [releasedAt, splitRunId, sequence] = key;
  if (
    typeof releasedAt !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(releasedAt) ||
    Number.isNaN(Date.parse(releasedAt)) ||
    typeof splitRunId !== 'string' ||
    !isUuid(splitRunId) ||
    !Number.isInteger(sequence) ||
    (sequence as number) < 0 ||
    (sequence as number) > 2_147_483_647
  )
    throw new ValidationFailedError([{ field: 'cursor', message: 'is not a cursor this endpoint issued' }]);
  return { releasedAt, splitRunId, sequence: sequence as number };
}

/** A refusal of the work-order state machine as its 409. */
/** A process's names as people read them (the code itself for one the factory no longer has). */
export function processNames(
  catalogue: Map<string, ProcessInfo>,
  code: string,
): { code: string; nameZh: string; nameEn: string } {
  const process = catalogue.get(code);
  return { code, nameZh: process?.nameZh ?? code, nameEn: process?.nameEn ?? code };
}

export function refusal(r: { code: string; params: object; message: string }): DomainError {
  return new DomainError(PRODUCTION_ERRORS[r.code as keyof typeof PRODUCTION_ERRORS], r.message, { ...r.params });
}
