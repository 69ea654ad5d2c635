import { Injectable } from '@nestjs/common';
import {
  FactoryScope,
  type JobContext,
  type JobHandler,
  JobProcessor,
  type JobPayloads,
  PermanentJobError,
} from '@mendao/platform';
import { In, type EntityManager } from 'typeorm';
import { actionableReason } from './domain/split-errors';
import type { SplitLine, SplitPlan } from './domain/split-plan';
import { runSplitPlan } from './split-plan-runner';
import { MaterialsService } from './materials.service';
import { OrdersService } from './orders.service';
import { ProductsService } from './products.service';
import {
  DoorPackage,
  SalesOrder,
  SplitCutPlan,
  SplitMaterial,
  SplitPart,
  SplitRun,
  WorkOrder,
} from './splitting.entities';

/** Per cutting call; the solver stops sooner when it reaches its lower bound. */
const CUT_TIME_LIMIT_MS = 300;
/** The sheet solver is tuned for hundreds of parts; thousands go in batches so a run stays near-linear. */
const MAX_PIECES_PER_CUT = { linear: 20_000, sheet: 5_000 };

/**
 * Runs a split: reads the orders, lines, product versions and materials, computes the plan (pure
 * domain code), then replaces the run's results and the orders' packages in one transaction.
 * Running it again (a retry, a recovered job) gives the same plan and replaces the same rows.
 */
@Injectable()
@JobProcessor('splitting.run')
export class SplitRunProcessor implements JobHandler<'splitting.run'> {
  constructor(
    private readonly scope: FactoryScope,
    private readonly orders: OrdersService,
    private readonly products: ProductsService,
    private readonly materials: MaterialsService,
  ) {}

  async run(payload: JobPayloads['splitting.run'], context: JobContext): Promise<unknown> {
    const run = await this.scope
      .repository(SplitRun)
      .getBy({ id: payload.splitRunId }, 'split run', payload.splitRunId);
    await this.scope.repository(SplitRun).update({ id: run.id }, { status: 'running', error: null });
    await context.progress(0.02, 'loading orders / 读取订单');
    try {
      const lines = await this.load(run);
      const plan = await runSplitPlan(lines, await this.materials.specs(), {
        cutTimeLimitMs: CUT_TIME_LIMIT_MS,
        maxPiecesPerCut: MAX_PIECES_PER_CUT,
        onProgress: (fraction, message) => context.progress(0.05 + fraction * 0.85, message),
      });
      await context.progress(0.92, 'saving results / 保存结果');
      const summary = summarise(lines, plan);
      const computedFrom = lines.map((l) => l.lineId).sort();
      await this.scope.transaction((m) => this.save(run, plan, summary, computedFrom, m));
      await context.progress(1, 'split done / 拆单完成');
      return summary;
    } catch (error) {
      const reason = actionable(error);
      if (reason) {
        await this.scope
          .repository(SplitRun)
          .update({ id: run.id }, { status: 'failed', error: reason, finishedAt: new Date() });
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
    const cancelled = orders.find((o) => o.status === 'cancelled');
    if (cancelled)
      throw new PermanentJobError(`order ${cancelled.orderNo} was cancelled during the split / 订单在拆单期间被取消`);
    const now = (await this.orders.lines(run.orderIds, m)).map((l) => l.id).sort();
    if (now.join() !== computedFrom.join()) {
      throw new PermanentJobError(
        'the orders were edited during the split; run it again / 订单在拆单期间被修改，请重新拆单',
      );
    }
    const latest = [
      ...new Set(orders.map((o) => o.lastSplitRunId).filter((id): id is string => id !== null && id !== run.id)),
    ];
    if (latest.length > 0) {
      const newer = await this.scope
        .repository(SplitRun, m)
        .query('r')
        .andWhere('r.id IN (:...ids)', { ids: latest })
        .andWhere('r.createdAt > :at', { at: run.createdAt })
        .getCount();
      if (newer > 0)
        throw new PermanentJobError('a newer split of these orders has already finished / 已有更新的拆单结果');
    }
  }

  private async load(run: SplitRun): Promise<SplitLine[]> {
    const orders = await this.scope.repository(SalesOrder).find({ where: { id: In(run.orderIds) } });
    if (orders.length !== run.orderIds.length)
      throw new PermanentJobError('an order of this run no longer exists / 订单已不存在');
    const cancelled = orders.filter((o) => o.status === 'cancelled');
    if (cancelled.length > 0) throw new PermanentJobError(`order ${cancelled[0].orderNo} was cancelled / 订单已取消`);
    const byId = new Map(orders.map((o) => [o.id, o]));
    const lines = await this.orders.lines(run.orderIds);
    const products = await this.products.definitions(
      lines.map((l) => ({ code: l.productCode, version: l.productVersion })),
    );
    return lines.map((line) => {
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
        },
      };
    });
  }

  private async save(
    run: SplitRun,
    plan: SplitPlan,
    summary: Record<string, unknown>,
    computedFrom: string[],
    m: EntityManager,
  ): Promise<void> {
    // serialises runs over the same orders; a concurrent run waits, then replaces this one's packages
    const orders = await this.scope
      .repository(SalesOrder, m)
      .query('o')
      .andWhere('o.id IN (:...ids)', { ids: run.orderIds })
      .orderBy('o.id')
      .setLock('pessimistic_write')
      .getMany();
    await this.assertUnchanged(run, orders, computedFrom, m);
    for (const entity of [SplitPart, SplitMaterial, SplitCutPlan, WorkOrder, DoorPackage]) {
      await this.scope
        .repository<SplitPart | SplitMaterial | SplitCutPlan | WorkOrder | DoorPackage>(entity, m)
        .delete({ splitRunId: run.id });
    }
    await this.scope.repository(DoorPackage, m).delete({ orderId: In(run.orderIds) });
    const splitRunId = run.id;
    await this.scope
      .repository(SplitPart, m)
      .insertMany(plan.parts.map((p, seq) => ({ ...p, seq: seq + 1, splitRunId })));
    await this.scope.repository(SplitMaterial, m).insertMany(plan.materials.map((r) => ({ ...r, splitRunId })));
    await this.scope.repository(SplitCutPlan, m).insertMany(plan.cutPlans.map((c) => ({ ...c, splitRunId })));
    const prefix = `WO-${run.id.slice(0, 8).toUpperCase()}`;
    await this.scope
      .repository(WorkOrder, m)
      .insertMany(plan.workOrders.map((w) => ({ ...w, number: `${prefix}-${w.sequence}`, splitRunId })));
    await this.scope
      .repository(DoorPackage, m)
      .insertMany(plan.packages.map(({ group, ...p }) => ({ ...p, packageGroup: group, splitRunId })));
    await this.scope
      .repository(SalesOrder, m)
      .update({ id: In(run.orderIds) }, { status: 'split', splitStale: false, lastSplitRunId: run.id });
    await this.scope
      .repository(SplitRun, m)
      .update({ id: run.id }, { status: 'succeeded', summary, error: null, finishedAt: new Date() });
  }
}

/** Errors a planner can fix (a rule, a material, an order) fail the run at once; others are retried. */
function actionable(error: unknown): string | null {
  if (error instanceof PermanentJobError) return error.message;
  return actionableReason(error);
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
