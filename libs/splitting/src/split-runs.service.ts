import { Injectable } from '@nestjs/common';
import { linearBarSvg, sheetLayoutSvg } from '@mendao/cutting';
import {
  decodeCursor,
  DomainError,
  fieldPath,
  isUuid,
  type JobView,
  JobsService,
  NotFoundError,
  type Page,
  TenancyContext,
  toCsv,
  toPage,
  UsersService,
  ValidationFailedError,
} from '@mendao/platform';
import { randomUUID } from 'node:crypto';
import { cutListRows, cutPlanTitle } from './domain/cut-list';
import { type CutAllowances, type CutPattern, cutPatterns, type PatternPartInfo } from './domain/cut-patterns';
import { CutPatternsRepository, type PartWithDoor } from './cut-patterns.repository';
import { cutListXlsx } from './exports/cut-list-xlsx';
import { cutPatternsPdf } from './exports/cut-patterns-pdf';
import { patternSvg } from './exports/pattern-svg';
import { sawCsv } from './exports/saw-csv';
import { splitDetailXlsx } from './exports/split-detail-xlsx';
import { MaterialsService } from './materials.service';
import { countPieces } from './domain/explode';
import { type CutPlan, SPLIT_RUN_LIMITS } from './domain/split-plan';
import { OrdersService } from './orders.service';
import { ProductsService } from './products.service';
import { orderTransition } from './domain/order-status';
import type { SplitRunStatus } from './domain/split-run-status';
import { SplitRunsRepository } from './split-runs.repository';
import type { DoorPackage, SplitCutPlan, SplitMaterial, SplitPart, SplitRun, WorkOrder } from './splitting.entities';
import { SPLITTING_ERRORS } from './splitting.errors';

/**
 * What travelers (流转卡) print of a succeeded run: its orders, every work order in sequence (the route of each is
 * read across them) and each part with its door line.
 */
export interface TravelerSource {
  run: { id: string; createdAt: Date };
  orders: { id: string; orderNo: string; customer: string; dueDate: string | null }[];
  workOrders: {
    id: string;
    number: string;
    sequence: number;
    process: string;
    parts: { ref: string; quantity: number }[];
  }[];
  parts: {
    ref: string;
    component: string;
    orderId: string;
    lineNo: number;
    room: string | null;
    finish: string | null;
    /** doors of the line */
    doors: number | null;
    perDoor: number;
    length: number;
    width: number;
    thickness: number;
    material: string;
    route: string[];
  }[];
}

export interface SplitRunView {
  id: string;
  status: SplitRunStatus;
  progress: number;
  progressMessage: string | null;
  error: string | null;
  summary: Record<string, unknown> | null;
  orderIds: string[];
  /** the same orders with their numbers, for people */
  orders: { id: string; orderNo: string }[];
  /** who started the run (null for a run started outside a request) */
  createdBy: { id: string; username: string } | null;
  jobId: string;
  createdAt: Date;
  finishedAt: Date | null;
}

/** Formula evaluations one request may spend counting a run's pieces (0.1–0.3 s measured on a busy 2-core box). */
const MAX_PIECE_EVALUATIONS = 100_000;

/** Split runs: accepted here, computed by SplitRunProcessor on the job system, read back here. */
@Injectable()
export class SplitRunsService {
  constructor(
    private readonly repository: SplitRunsRepository,
    private readonly jobs: JobsService,
    private readonly orders: OrdersService,
    private readonly products: ProductsService,
    private readonly tenancy: TenancyContext,
    private readonly users: UsersService,
    private readonly patternsRepository: CutPatternsRepository,
    private readonly materialsService: MaterialsService,
  ) {}

  async create(orderKeys: string[]): Promise<SplitRunView> {
    const orders = await this.orders.findAll([...new Set(orderKeys)], 'orderIds');
    await this.assertWithinLimits(orders.map((o) => o.id));
    // the order state machine decides which orders a run may include (confirmed ones, split ones again)
    const refused = orders.flatMap((o) => {
      const result = orderTransition(o.status, 'split');
      if (result.ok) return [];
      const at = orderKeys.findIndex((k) => k === o.id || k === o.orderNo);
      return [{ orderNo: o.orderNo, status: o.status, code: result.refusal.code, field: fieldPath('orderIds', at) }];
    });
    if (refused.length > 0) {
      throw new DomainError(
        SPLITTING_ERRORS['split_run.orders_not_splittable'],
        'only confirmed (or already split) orders can be split / 只有已确认的订单可以拆单',
        { orders: refused.map(({ field: _f, ...order }) => order) },
        refused.map((o) => ({ field: o.field, message: `order ${o.orderNo} is ${o.status} (${o.code})` })),
      );
    }
    const id = randomUUID();
    const run = await this.jobs.transaction(async (manager, enqueue) => {
      const job = await enqueue('splitting.run', { splitRunId: id });
      return this.repository.insert(
        {
          id,
          orderIds: orders.map((o) => o.id).sort(),
          jobId: job.id,
          status: 'queued',
          createdBy: this.tenancy.actor()?.userId ?? null,
        },
        manager,
      );
    });
    // the answer says what was accepted (DESIGN §5: 202 with status queued), even when an in-process job has
    // already started; GET /split-runs/{id} follows the job from here
    const actor = this.tenancy.actor();
    return {
      id: run.id,
      status: 'queued',
      progress: 0,
      progressMessage: null,
      error: null,
      summary: null,
      orderIds: run.orderIds,
      orders: run.orderIds.map((orderId) => ({
        id: orderId,
        orderNo: orders.find((o) => o.id === orderId)?.orderNo ?? orderId,
      })),
      createdBy: actor?.userId ? { id: actor.userId, username: actor.username ?? '' } : null,
      jobId: run.jobId,
      createdAt: run.createdAt,
      finishedAt: null,
    };
  }

  /**
   * For a context that records a run by id (a stock move, a pick list): it must be a run of the caller's
   * factory, or the request is 404 on `field`.
   */
  async requireRun(id: string, field: string): Promise<string> {
    // a run has no number of its own: people find it by its orders' numbers (GET /split-runs?order=)
    if (!isUuid(id) || !(await this.repository.findById(id))) throw new NotFoundError('split run', id, field);
    return id;
  }

  /**
   * The same for a work order, by id or number (WO-…): one of a run of the caller's factory, as the run's last
   * split made it; answers its id. Numbers are not unique by constraint (a run's id prefix), so a number two
   * work orders share is refused as ambiguous rather than guessed.
   */
  async requireWorkOrder(key: string, field: string): Promise<string> {
    const ids = await this.repository.workOrderIds(key);
    if (ids.length === 0) throw new NotFoundError('work order', key, field);
    if (ids.length > 1)
      throw new ValidationFailedError([
        {
          field,
          message: `names ${ids.length} work orders (a shared number); give the id / 工单号重复，请使用工单 ID`,
        },
      ]);
    return ids[0];
  }

  /**
   * A run over SPLIT_RUN_LIMITS is refused here, before it is queued: first its doors (one sum), then its pieces
   * (the quantity formulas per distinct line size; nothing is exploded or cut). Past MAX_PIECE_EVALUATIONS the
   * count is a lower bound: a run it lets through is counted exactly by planSplit (in the job), before exploding.
   */
  private async assertWithinLimits(orderIds: string[]): Promise<void> {
    const max = SPLIT_RUN_LIMITS;
    const doors = await this.orders.doorCount(orderIds);
    if (doors > max.doors) {
      throw new DomainError(
        SPLITTING_ERRORS['split_run.too_many_doors'],
        `${doors} doors in one run; at most ${max.doors} / 单次拆单门数过多`,
        { doors, max: max.doors },
        [{ field: 'orderIds', message: `split these orders in runs of at most ${max.doors} doors` }],
      );
    }
    const lines = await this.orders.lines(orderIds);
    const products = await this.products.definitions(
      lines.map((l) => ({ code: l.productCode, version: l.productVersion })),
    );
    const pieces = countPieces(
      lines.flatMap((door) => {
        const product = products.get(`${door.productCode}@${door.productVersion}`);
        return product ? [{ product, door }] : [];
      }),
      MAX_PIECE_EVALUATIONS,
    );
    if (pieces > max.pieces) {
      throw new DomainError(
        SPLITTING_ERRORS['split_run.too_many_pieces'],
        `${pieces} pieces in one run; at most ${max.pieces} / 单次拆单部件数过多`,
        { pieces, max: max.pieces },
        [
          {
            field: 'orderIds',
            message: `these orders need ${pieces} pieces; split them in runs of at most ${max.pieces}`,
          },
        ],
      );
    }
  }

  /** The run with its job's live status and progress (the job row is the record of the execution). */
  async get(id: string): Promise<SplitRunView> {
    let run = await this.find(id);
    const job = await this.jobs.get(run.jobId);
    // a run's results are saved before its job is marked finished: read the run again, so a run seen as
    // finished always comes with its summary (or error), even if it finished between the two reads
    if (job.status === 'succeeded' || job.status === 'failed') run = await this.find(id);
    const [view] = await this.views([run], new Map([[job.id, job]]));
    return view;
  }

  /** The factory's runs, newest first, each with its job's status; `order` (id or number) keeps the runs of one order. */
  async list(limit: number, cursor?: string, order?: string): Promise<Page<SplitRunView>> {
    const after = decodeCursor(cursor, 2);
    if (after && !(typeof after[0] === 'string' && !Number.isNaN(Date.parse(after[0])) && isUuid(after[1])))
      throw badCursor();
    let orderId: string | undefined;
    if (order !== undefined) {
      orderId = await this.orders.find(order).then(
        (o) => o.id,
        (error: unknown) => {
          throw error instanceof NotFoundError ? new NotFoundError('order', order, 'order') : error;
        },
      );
    }
    const rows = await this.repository.page(
      limit + 1,
      after && { createdAt: after[0] as string, id: after[1] as string },
      orderId,
    );
    const page = toPage(rows, limit, (r) => [r.createdAt.toISOString(), r.id]);
    const jobs = await this.jobs.getMany(page.items.map((r) => r.jobId));
    return { items: await this.views(page.items, jobs), nextCursor: page.nextCursor };
  }

  /** Runs as the api shows them: status, progress and error from their jobs, order numbers, who started them. */
  private async views(runs: SplitRun[], jobs: Map<string, JobView>): Promise<SplitRunView[]> {
    const orderNos = await this.repository.orderNumbers([...new Set(runs.flatMap((r) => r.orderIds))]);
    const creators = [...new Set(runs.flatMap((r) => (r.createdBy ? [r.createdBy] : [])))];
    const usernames = await this.users.usernames(creators);
    return runs.map((run) => {
      const job = jobs.get(run.jobId);
      // a job row outlives its run's; without it (never expected) the run's own status stands
      const status = job?.status ?? run.status;
      return {
        id: run.id,
        status,
        progress: job?.progress ?? (status === 'succeeded' ? 1 : 0),
        progressMessage: job?.progressMessage ?? null,
        error: status === 'failed' ? (job?.error ?? run.error) : null,
        summary: status === 'succeeded' ? run.summary : null,
        orderIds: run.orderIds,
        orders: run.orderIds.map((orderId) => ({ id: orderId, orderNo: orderNos.get(orderId) ?? orderId })),
        createdBy: run.createdBy ? { id: run.createdBy, username: usernames.get(run.createdBy) ?? '' } : null,
        jobId: run.jobId,
        createdAt: run.createdAt,
        finishedAt: job?.finishedAt ?? run.finishedAt,
      };
    });
  }

  async parts(id: string, limit: number, cursor?: string): Promise<Page<Omit<SplitPart, 'factoryId' | 'splitRunId'>>> {
    await this.find(id);
    const after = decodeCursor(cursor, 1);
    if (after && !Number.isSafeInteger(after[0])) throw badCursor();
    const found = await this.repository.partsPage(id, limit + 1, after?.[0] as number | undefined);
    const rows = found.map(({ factoryId: _f, splitRunId: _r, ...rest }) => rest);
    return toPage(rows, limit, (p) => [p.seq]);
  }

  async materials(id: string): Promise<Omit<SplitMaterial, 'factoryId' | 'splitRunId' | 'id'>[]> {
    await this.find(id);
    const rows = await this.repository.materials(id);
    return rows.map(({ factoryId: _f, splitRunId: _r, id: _i, ...rest }) => rest);
  }

  async cutPlans(id: string): Promise<CutPlan[]> {
    await this.find(id);
    const rows = await this.repository.cutPlans(id);
    return rows.map(asCutPlan);
  }

  async workOrders(id: string): Promise<Omit<WorkOrder, 'factoryId' | 'splitRunId'>[]> {
    await this.find(id);
    const rows = await this.repository.workOrders(id);
    return rows.map(({ factoryId: _f, splitRunId: _r, ...rest }) => rest);
  }

  /**
   * The source of a run's travelers (404 when the factory has no such run); 409 split_run.not_succeeded before the
   * run has succeeded, 409 split_run.superseded once a later split of one of its orders replaced its work orders.
   */
  async travelerSource(runId: string): Promise<TravelerSource> {
    const run = await this.requireSucceeded(runId);
    const orders = await this.orders.findAll(run.orderIds, 'orderIds');
    // a later split's work orders are the ones the shop makes: this run's cards would send stale parts out
    assertLatestSplit(run.id, orders);
    const parts = await this.patternsRepository.partsWithDoors(run.id);
    return {
      run: { id: run.id, createdAt: run.createdAt },
      orders: orders.map(({ id, orderNo, customer, dueDate }) => ({ id, orderNo, customer, dueDate })),
      workOrders: (await this.repository.workOrders(run.id)).map(({ id, number, sequence, process, parts }) => ({
        id,
        number,
        sequence,
        process,
        parts,
      })),
      parts: parts.map(({ part, lineNo, room, finish, quantity }) => ({
        ref: part.ref,
        component: part.component,
        orderId: part.orderId,
        lineNo,
        room,
        finish,
        doors: quantity,
        perDoor: part.perDoor,
        length: part.length,
        width: part.width,
        thickness: part.thickness,
        material: part.material,
        route: part.route,
      })),
    };
  }

  async packages(
    id: string,
    limit: number,
    cursor?: string,
  ): Promise<Page<Omit<DoorPackage, 'factoryId' | 'splitRunId'>>> {
    await this.find(id);
    const after = decodeCursor(cursor, 1);
    if (after && typeof after[0] !== 'string') throw badCursor();
    const found = await this.repository.packagesPage(id, limit + 1, after?.[0] as string | undefined);
    const rows = found.map(({ factoryId: _f, splitRunId: _r, ...rest }) => rest);
    return toPage(rows, limit, (p) => [p.barcode]);
  }

  /** The whole cut list as CSV, UTF-8 with a BOM so Excel shows the Chinese headers; text cells never run as formulas. */
  async cutListCsv(id: string): Promise<string> {
    return toCsv(cutListRows(await this.cutPlans(id)));
  }

  /** One layout (a bar or a sheet, 1-based) of cut plan n as SVG. */
  async cutPlanSvg(id: string, n: number, layout: number): Promise<string> {
    await this.find(id);
    const row = await this.repository.cutPlan(id, n);
    if (!row) throw new NotFoundError('cut plan', String(n), 'n');
    const plan = asCutPlan(row);
    const layouts = plan.kind === 'linear' ? plan.plan.bars : plan.plan.layouts;
    if (layout < 1 || layout > layouts.length) {
      throw new ValidationFailedError([{ field: 'layout', message: `plan ${n} has layouts 1–${layouts.length}` }]);
    }
    const title = cutPlanTitle(plan, layout);
    return plan.kind === 'linear'
      ? linearBarSvg(plan.plan.bars[layout - 1], { title })
      : sheetLayoutSvg(plan.plan.layouts[layout - 1], { title });
  }

  /** The run's cut patterns ×N, paged by pattern number (a pattern's repetitions list every bar or sheet it is). */
  async cutPatterns(id: string, limit: number, cursor?: string): Promise<Page<CutPattern>> {
    const after = decodeCursor(cursor, 1);
    if (after && !Number.isSafeInteger(after[0])) throw badCursor();
    const { patterns } = await this.patternsOf(id);
    const from = after ? (after[0] as number) : 0;
    return toPage(patterns.filter((p) => p.no > from).slice(0, limit + 1), limit, (p) => [p.no]);
  }

  /** One pattern's drawing (SVG): numbered cuts, trims, grain, labels, mitre marks. */
  async cutPatternSvg(id: string, no: number): Promise<string> {
    const { patterns } = await this.patternsOf(id);
    const pattern = patterns.find((p) => p.no === no);
    if (!pattern) throw new NotFoundError('cut pattern', String(no), 'no');
    return patternSvg(pattern);
  }

  /** The cut list workbook: patterns ×N and their pieces door by door. */
  async cutListXlsx(id: string): Promise<Buffer> {
    return cutListXlsx((await this.patternsOf(id)).patterns);
  }

  /** A4 pages of the patterns with their drawings, Chinese embedded. */
  async cutPatternsPdf(id: string): Promise<Buffer> {
    const { run, patterns } = await this.patternsOf(id);
    const orderNos = await this.repository.orderNumbers(run.orderIds);
    const orders = run.orderIds.map((o) => orderNos.get(o) ?? o).join(', ');
    return cutPatternsPdf(patterns, { subtitle: `拆单 split run ${run.id.slice(0, 8)} · ${orders}` });
  }

  /** 拆单明细: every part of the run by order and door line. */
  async splitDetailXlsx(id: string): Promise<Buffer> {
    await this.requireSucceeded(id);
    return splitDetailXlsx(await this.patternsRepository.partsWithDoors(id));
  }

  /** The sheet parts as the saw's part list (docs/saw-export.md). */
  async sawCsv(id: string): Promise<string> {
    await this.requireSucceeded(id);
    const plans = (await this.repository.cutPlans(id)).map(asCutPlan);
    const parts = await this.patternsRepository.partsWithDoors(id);
    return sawCsv(plans, new Map(parts.map((p) => [p.part.ref, p])));
  }

  private async patternsOf(id: string): Promise<{ run: SplitRun; patterns: CutPattern[]; parts: PartWithDoor[] }> {
    const run = await this.requireSucceeded(id);
    const plans = (await this.repository.cutPlans(id)).map(asCutPlan);
    const parts = await this.patternsRepository.partsWithDoors(id);
    const infos = new Map<string, PatternPartInfo>(
      parts.map(({ part, orderNo, lineNo, room, finish }) => [
        part.ref,
        {
          ref: part.ref,
          component: part.component,
          orderNo,
          lineNo,
          room,
          finish,
          handing: part.handing,
          endCuts: part.endCuts,
        },
      ]),
    );
    return { run, patterns: cutPatterns(plans, infos, await this.allowances(id)), parts };
  }

  /** Trim and kerf of each material as the run cut it: the versions it recorded (the latest for older runs). */
  private async allowances(id: string): Promise<Map<string, CutAllowances>> {
    const out = new Map<string, CutAllowances>();
    for (const m of await this.repository.materials(id)) {
      if (m.cutKind === 'none') continue;
      const found = await this.materialsService.get(m.material, m.version ?? undefined).catch((error: unknown) => {
        if (error instanceof NotFoundError) return null;
        throw error;
      });
      if (found) out.set(m.material, { trim: found.trim, kerf: found.kerf });
    }
    return out;
  }

  /** Results are read from a finished run only: a queued, running or failed run has none to cut from (409). */
  private async requireSucceeded(id: string): Promise<SplitRun> {
    const view = await this.get(id);
    if (view.status !== 'succeeded') {
      throw new DomainError(
        SPLITTING_ERRORS['split_run.not_succeeded'],
        `the split run is ${view.status}; its cut lists come when it has succeeded / 拆单尚未完成`,
        { status: view.status },
      );
    }
    return this.find(id);
  }

  private async find(id: string): Promise<SplitRun> {
    const run = await this.repository.findById(id);
    if (!run) throw new NotFoundError('split run', id);
    return run;
  }
}

function badCursor(): ValidationFailedError {
  return new ValidationFailedError([{ field: 'cursor', message: 'is not a cursor this endpoint issued' }]);
}

function asCutPlan(row: SplitCutPlan): CutPlan {
  // runs before rip widths were recorded read as null
  return {
    n: row.n,
    material: row.material,
    kind: row.kind,
    ripWidth: row.ripWidth ?? null,
    thickness: row.thickness ?? null,
    plan: row.plan,
  } as CutPlan;
}

/**
 * Refuses a run a later split of one of its orders superseded (409 split_run.superseded, naming those orders and
 * their last run): the later run's work orders are the ones the shop makes, so this run is neither released nor
 * printed. `orders` are the run's orders as read (or locked) by the caller.
 */
export function assertLatestSplit(
  runId: string,
  orders: readonly { orderNo: string; lastSplitRunId: string | null }[],
): void {
  const resplit = orders.filter((o) => o.lastSplitRunId !== runId);
  if (resplit.length === 0) return;
  const named = resplit.map((o) => ({ order: o.orderNo, lastSplitRun: o.lastSplitRunId }));
  throw new DomainError(
    SPLITTING_ERRORS['split_run.superseded'],
    `split run ${runId} was superseded by a later split of ${named.map((o) => o.order).join(', ')}; use the later ` +
      'run / 拆单已被重新拆单取代，请使用新拆单',
    { splitRun: runId, orders: named },
  );
}
