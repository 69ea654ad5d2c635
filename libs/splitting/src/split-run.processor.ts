import { parseHanding, type HandingCode } from './domain/handing';
import { Injectable, Optional } from '@nestjs/common';
import {
  FactoryScope,
  FactorySql,
  type JobContext,
  NotFoundError,
  type JobHandler,
  JobProcessor,
  type JobPayloads,
  PermanentJobError,
} from '@mendao/platform';
import type { EntityManager } from 'typeorm';
import { type OrderStatus, orderTransition } from './domain/order-status';
import type { CutKind } from './domain/product';
import { type RemnantOffer, remnantsOf, type RemnantUse, type SplitLine, type SplitPlan } from './domain/split-plan';
import { splitRunTransition, type SplitRunAction, type SplitRunStatus } from './domain/split-run-status';
import { mayCutFrom } from './domain/run-materials';
import { permanentReason } from './split-failure';
import { runSplitPlan } from './split-plan-runner';
import { MaterialsService } from './materials.service';
import { ProcessesService } from './processes.service';
import { OrdersRepository } from './orders.repository';
import { ProductsService } from './products.service';
import { RemnantStock } from './remnant-stock.port';
import { SplitRunsRepository } from './split-runs.repository';
import type { SalesOrder, SplitRun } from './splitting.entities';

/** Per cutting call; the solver stops sooner when it reaches its lower bound. */
const CUT_TIME_LIMIT_MS = 300;
/** The sheet solver is tuned for hundreds of parts; thousands go in batches so a run stays near-linear. */
const MAX_PIECES_PER_CUT = { linear: 20_000, sheet: 5_000 };

/**
 * Runs a split: reads the orders, lines, product versions and materials, computes the plan (pure
 * domain code), then replaces the run's results and the orders' packages in one transaction.
 * Running it again (a retry, a recovered job) gives the same plan from the same remnants in stock and replaces
 * the same rows; a run already finished is left as it is. The statuses follow the split run and order state machines.
 */
@Injectable()
@JobProcessor('splitting.run')
export class SplitRunProcessor implements JobHandler<'splitting.run'> {
  constructor(
    private readonly scope: FactoryScope,
    private readonly sql: FactorySql,
    private readonly runs: SplitRunsRepository,
    private readonly orders: OrdersRepository,
    private readonly products: ProductsService,
    private readonly materials: MaterialsService,
    private readonly processes: ProcessesService,
    // bound by the warehouse when the app has one; a split without it cuts new stock only
    @Optional() private readonly remnantStock?: RemnantStock,
  ) {}

  async run(payload: JobPayloads['splitting.run'], context: JobContext): Promise<unknown> {
    const run = await this.runs.findById(payload.splitRunId);
    if (!run) throw new NotFoundError('split run', payload.splitRunId);
    // the job of a finished run came back (its worker died after saving, or another execution finished it
    // meanwhile): leave the run as it is
    if (!(await this.runs.transition(run.id, 'start', { error: null }))) return this.finished(run.id);
    await context.progress(0.02, 'loading orders / 读取订单');
    try {
      const { lines, supersedes } = await this.load(run);
      const processes = await this.processes.catalogue();
      const specs = await this.materials.specs();
      const remnants = await this.claimRemnants(run.id, supersedes, [...specs.values()], lines);
      const plan = await runSplitPlan(lines, specs, {
        processOrder: [...processes].sort(([, a], [, b]) => a.sort - b.sort).map(([code]) => code),
        cutTimeLimitMs: CUT_TIME_LIMIT_MS,
        maxPiecesPerCut: MAX_PIECES_PER_CUT,
        onProgress: (fraction, message) => context.progress(0.05 + fraction * 0.85, message),
        remnants,
      });
      await context.progress(0.92, 'saving results / 保存结果');
      const summary = summarise(lines, plan);
      const computedFrom = lines.map((l) => l.lineId).sort();
      await this.scope.transaction((m) => this.save(run, plan, summary, computedFrom, supersedes, m));
      await context.progress(1, 'split done / 拆单完成');
      return summary;
    } catch (error) {
      await this.releaseRemnants(run.id);
      const reason = permanentReason(error);
      if (reason !== null) {
        // another execution of the job may have succeeded meanwhile: its result stands
        if (!(await this.runs.transition(run.id, 'fail', { error: reason, finishedAt: new Date() })))
          return this.finished(run.id);
        throw new PermanentJobError(reason);
      }
      throw error;
    }
  }

  /**
   * The plan was computed without locks; under them, refuse to save it if an order was cancelled or
   * its lines replaced meanwhile, or if a newer run over these orders has already saved its result.
   */
  private async assertUnchanged(
    run: SplitRun,
    orders: SalesOrder[],
    computedFrom: string[],
    m: EntityManager,
  ): Promise<void> {
    recordSplit(orders, 'during the split / 拆单期间');
    const now = (await this.orders.linesOf(run.orderIds, m)).map((l) => l.id).sort();
    if (now.join() !== computedFrom.join()) {
      throw new PermanentJobError(
        'the orders were edited during the split; run it again / 订单在拆单期间被修改，请重新拆单',
      );
    }
    const latest = [
      ...new Set(orders.map((o) => o.lastSplitRunId).filter((id): id is string => id !== null && id !== run.id)),
    ];
    if (await this.runs.anyCreatedAfter(latest, run.createdAt, m))
      throw new PermanentJobError('a newer split of these orders has already finished / 已有更新的拆单结果');
  }

  /** The earlier runs of these orders that no order outside this run still has as its last split. */
  private async replacedWhole(run: SplitRun, orders: SalesOrder[]): Promise<string[]> {
    const earlier = [
      ...new Set(orders.map((o) => o.lastSplitRunId).filter((id): id is string => id !== null && id !== run.id)),
    ];
    if (earlier.length === 0) return [];
    const kept = await this.sql.query<{ id: string }>(
      `SELECT DISTINCT last_split_run_id AS id FROM sales_order
        WHERE factory_id = $1 AND last_split_run_id = ANY($2::uuid[]) AND NOT (id = ANY($3::uuid[]))`,
      [earlier, run.orderIds],
    );
    const relied = new Set(kept.map((r) => r.id));
    return earlier.filter((id) => !relied.has(id));
  }

  /**
   * Of these runs (this save's orders were split by them), those no order has as its last split any more: their
   * plans are replaced whole and their reservations go. One lock per run, after the order locks, so two saves that
   * each replace part of one run's orders take turns, and the second sees the first's orders and lets the run go.
   */
  private async unrelied(runIds: string[], m: EntityManager): Promise<string[]> {
    const candidates = [...new Set(runIds)].sort();
    if (candidates.length === 0) return [];
    for (const id of candidates) await this.sql.lock(`split-release:${id}`, m);
    const kept = await this.sql.query<{ id: string }>(
      `SELECT DISTINCT last_split_run_id AS id FROM sales_order WHERE factory_id = $1 AND last_split_run_id = ANY($2::uuid[])`,
      [candidates],
      m,
    );
    const relied = new Set(kept.map((r) => r.id));
    return candidates.filter((id) => !relied.has(id));
  }

  /**
   * Remnants of the cut materials the run's door models may cut from, reserved for this run until it settles (none
   * without a warehouse); a run planning at the same time over other materials is offered theirs.
   */
  private async claimRemnants(
    runId: string,
    supersedes: string[],
    specs: { code: string; cutKind: CutKind }[],
    lines: SplitLine[],
  ): Promise<RemnantOffer[]> {
    if (!this.remnantStock) return [];
    const may = mayCutFrom(new Set(lines.map((l) => l.product)));
    const materials = specs
      .filter((m) => m.cutKind !== 'none' && may(m.code))
      .map(({ code, cutKind }) => ({ code, cutKind }));

    return materials.length > 0 ? this.remnantStock.claim({ runId, supersedes, materials }) : [];
  }

  /** A run that did not save its result holds no remnants; one another execution finished keeps its own. */
  private async releaseRemnants(runId: string): Promise<void> {
    if (!this.remnantStock) return;
    if ((await this.runs.findById(runId))?.status === 'succeeded') return;
    await this.remnantStock.settle({ runId, supersedes: [], used: [] });
  }

  private async load(run: SplitRun): Promise<{ lines: SplitLine[]; supersedes: string[] }> {
    const orders = await this.orders.findByIds(run.orderIds);
    if (orders.length !== run.orderIds.length)
      throw new PermanentJobError('an order of this run no longer exists / 订单已不存在');
    recordSplit(orders, 'when the split started / 拆单开始时');
    const byId = new Map(orders.map((o) => [o.id, o]));
    const lines = await this.orders.linesOf(run.orderIds);
    const products = await this.products.definitions(
      lines.map((l) => ({ code: l.productCode, version: l.productVersion })),
    );
    // the runs this one replaces whole: their reserved remnants are this run's to use again (a run that also split
    // orders outside this one still cuts for them, and keeps what it holds)
    const supersedes = await this.replacedWhole(run, orders);
    const split = lines.map((line) => {
      const order = byId.get(line.orderId) as SalesOrder;
      const product = products.get(`${line.productCode}@${line.productVersion}`);
      if (!product) {
        throw new PermanentJobError(
          `order ${order.orderNo} line ${line.lineNo}: product ${line.productCode} v${line.productVersion} is missing / 门型版本不存在`,
        );
      }
      return {
        orderId: order.id,
        orderNo: order.orderNo,
        lineId: line.id,
        lineNo: line.lineNo,
        product,
        productVersion: line.productVersion,
        door: {
          width: line.width,
          height: line.height,
          wallThickness: line.wallThickness,
          masterWidth: line.masterWidth,
          quantity: line.quantity,
          finish: line.finish,
          handing: handingCodeOf(line.swing),
          options: line.options ?? {},
        },
      };
    });
    return { lines: split, supersedes };
  }

  private async save(
    run: SplitRun,
    plan: SplitPlan,
    summary: Record<string, unknown>,
    computedFrom: string[],
    supersedes: string[],
    m: EntityManager,
  ): Promise<void> {
    // serialises saves over the same orders with advisory locks, which no request takes: editing, confirming
    // or cancelling one of these orders never waits for the long part of a save
    for (const orderId of [...run.orderIds].sort()) await this.sql.lock(`split-save:${orderId}`, m);
    // a duplicate execution of this run's job finished first (it held the same locks): leave its result
    const stored = await this.runs.findById(run.id, m);
    const current = stored?.status ?? run.status;
    if (current === 'succeeded') {
      // this execution's claim replaced the reservations: back to what the saved plan used
      const used = (stored?.summary?.remnantsUsed ?? []) as RemnantUse[];
      await this.remnantStock?.settle({ runId: run.id, supersedes: await this.unrelied(supersedes, m), used }, m);
      return;
    }
    const succeeded = this.next(current, 'succeed');
    // unlocked first, so a run already stale (an order cancelled or edited meanwhile) stops before the long part
    await this.assertUnchanged(run, await this.orders.findByIds(run.orderIds, m), computedFrom, m);
    await this.runs.replaceResults(run, plan, m);
    // the order rows only now, for the checks and the statuses: requests wait for the commit, not for the save;
    // an edit that committed during the save is seen here and refuses the whole result
    const orders = await this.orders.lockForUpdate(run.orderIds, m);
    await this.assertUnchanged(run, orders, computedFrom, m);
    // what the orders were split by until now, read under their locks (a run that saved after this one loaded
    // counts too), as well as the runs this one took remnants over from
    const before = orders.map((o) => o.lastSplitRunId).filter((id): id is string => id !== null);
    for (const [status, ids] of recordSplit(orders, 'during the split / 拆单期间'))
      await this.orders.update(ids, { status, splitStale: false, lastSplitRunId: run.id }, m);
    const replaced = await this.unrelied([...before, ...supersedes], m);
    await this.remnantStock?.settle({ runId: run.id, supersedes: replaced, used: plan.remnantsUsed }, m);
    if (!(await this.runs.transition(run.id, 'succeed', { summary, error: null, finishedAt: new Date() }, m)))
      throw new PermanentJobError(`the split run is no longer running / 拆单任务已不在运行 (${succeeded})`);
  }

  /** The outcome of a run another execution finished: its summary, or its failure again. */
  private async finished(id: string): Promise<unknown> {
    const run = await this.runs.findById(id);
    if (run?.status === 'succeeded') return run.summary;
    const refusal = splitRunTransition(run?.status ?? 'failed', 'start');
    throw new PermanentJobError(run?.error ?? (refusal.ok ? 'the split run was not started' : refusal.refusal.message));
  }

  /** The split run state machine's next status; a refusal (the run failed meanwhile) ends the job. */
  private next(status: SplitRunStatus, action: SplitRunAction): SplitRunStatus {
    const result = splitRunTransition(status, action);
    if (!result.ok) throw new PermanentJobError(result.refusal.message);
    return result.to;
  }
}

/**
 * The status each order takes when the run's result is recorded, grouped, or a permanent failure naming
 * the first order the state machine refuses (a cancelled one, one gone into production).
 */
function recordSplit(orders: SalesOrder[], when: string): Map<OrderStatus, string[]> {
  const next = new Map<OrderStatus, string[]>();
  for (const order of orders) {
    const result = orderTransition(order.status, 'record_split');
    if (!result.ok) {
      const { message, code } = result.refusal;
      throw new PermanentJobError(`order ${order.orderNo} (${when}): ${message} [${code}]`);
    }
    next.set(result.to, [...(next.get(result.to) ?? []), order.id]);
  }
  return next;
}

function summarise(lines: SplitLine[], plan: SplitPlan): Record<string, unknown> {
  return {
    orders: new Set(lines.map((l) => l.orderId)).size,
    lines: lines.length,
    doors: lines.reduce((s, l) => s + l.door.quantity, 0),
    parts: plan.parts.reduce((s, p) => s + p.quantity, 0),
    partRows: plan.parts.length,
    materials: plan.materials.length,
    bars: plan.cutPlans.reduce((s, c) => s + (c.kind === 'linear' ? c.plan.totals.bars : 0), 0),
    sheets: plan.cutPlans.reduce((s, c) => s + (c.kind === 'sheet' ? c.plan.totals.sheets : 0), 0),
    cutPlans: plan.cutPlans.length,
    workOrders: plan.workOrders.length,
    packages: plan.packages.length,
    yield: overallYield(plan),
    // the material versions the cutting used, so a later change of a material does not hide what this run cut from
    // offcuts worth keeping (余料), per material: what the next step receives into stock
    remnants: remnantsOf(plan.cutPlans),
    // remnants from stock the plans cut from (the run holds them reserved), and what they saved, per material
    remnantsUsed: plan.remnantsUsed,
    remnantSaving: plan.remnantSaving,
    materialVersions: Object.fromEntries(
      plan.materials.filter((m) => m.version !== null).map((m) => [m.material, m.version]),
    ),
  };
}

/** Part material over stock used, across all cut materials (length-weighted for bars, area for sheets, each as a share of its stock). */
function overallYield(plan: SplitPlan): { linear: number | null; sheet: number | null } {
  const ratio = (kind: 'linear' | 'sheet') => {
    const plans = plan.cutPlans.filter((c) => c.kind === kind);
    const used = plans.reduce(
      (s, c) =>
        s + (c.kind === 'linear' ? c.plan.totals.stockLength : c.kind === 'sheet' ? c.plan.totals.sheetArea : 0),
      0,
    );
    const parts = plans.reduce(
      (s, c) => s + (c.kind === 'linear' ? c.plan.totals.itemLength : c.kind === 'sheet' ? c.plan.totals.itemArea : 0),
      0,
    );
    return used > 0 ? parts / used : null;
  };
  return { linear: ratio('linear'), sheet: ratio('sheet') };
}

/**
 * A line's handing code: new lines store the code; lines entered before handing was structured keep what was
 * written, read here as the dealer's words (text no parser reads is handing `none`, as such lines were split).
 */
function handingCodeOf(swing: string): HandingCode | null {
  const parsed = parseHanding(swing);
  return 'handing' in parsed ? parsed.handing.code : null;
}
