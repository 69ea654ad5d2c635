import { Injectable } from '@nestjs/common';
import { DomainError, NotFoundError } from '@mendao/platform';
import { MaterialsService, OrdersService, SplitRunsService } from '@mendao/splitting';
import { remnantCode, remnantMaterialOf, remnantShapeProblems, remnantSizeProblems } from './domain/remnant-size';
import { MasterDataService } from './master-data.service';
import { parseRemnantLabel, remnantReceiptScanId, type RunRemnant, runRemnants } from './domain/run-remnants';
import { REMNANT_ERRORS } from './remnant.errors';
import type { MoveAnswer } from './stock-ledger';
import { StockRepository } from './stock.repository';
import { StockService } from './stock.service';

export interface RunRemnantView extends RunRemnant {
  /** The remnant item it is received into. */
  item: string;
  received: boolean;
}

export interface RunRemnantsView {
  splitRun: string;
  status: string;
  remnants: RunRemnantView[];
}

/**
 * Receiving a split run's remnants (余料入库): its plan's offcuts, labelled in plan order, each received at most
 * once whatever the path (all at once, or a label scanned), since a label's receipt has a scanId derived from run
 * and label and the ledger replays a scanId it has seen.
 */
@Injectable()
export class RemnantReceivingService {
  constructor(
    private readonly splitRuns: SplitRunsService,
    private readonly stock: StockService,
    private readonly moves: StockRepository,
    private readonly masterData: MasterDataService,
    private readonly orders: OrdersService,
    private readonly materials: MaterialsService,
  ) {}

  /** The run's plan remnants with their labels and whether each is received (none before the run succeeds). */
  async list(runKey: string): Promise<RunRemnantsView> {
    // a run has no number of its own: its id is its key
    await this.splitRuns.requireRun(runKey, 'splitRun');
    const runId = runKey;
    await this.refuseSuperseded(runId);
    const run = await this.splitRuns.get(runId);
    const planned = run.status === 'succeeded' ? await this.planned(runId) : [];
    const received = await this.moves.recordedScans(planned.map((r) => remnantReceiptScanId(runId, r.label)));
    return {
      splitRun: runId,
      status: run.status,
      remnants: planned.map((r) => ({
        ...r,
        item: remnantCode(r.material, r),
        received: received.has(remnantReceiptScanId(runId, r.label)),
      })),
    };
  }

  /** Every remnant of the run not received yet, into one location; those received before are left as they are. */
  async receiveAll(
    runKey: string,
    location: string,
    device?: string,
  ): Promise<RunRemnantsView & { receivedNow: number }> {
    const runId = await this.succeededRun(runKey);
    await this.refuseSuperseded(runId);
    const planned = await this.planned(runId);
    // all or nothing: whatever would refuse a receipt half-way is refused before the first
    await this.requireReceivable(runId, planned, location);
    let receivedNow = 0;
    for (const remnant of planned) {
      const answer = await this.receive(runId, remnant, location, device);
      if (!answer.replayed) receivedNow += 1;
    }
    return { ...(await this.list(runId)), receivedNow };
  }

  /** One remnant by its label (a scan): twice the same label answers as the first time. */
  async receiveLabel(
    runKey: string,
    label: string,
    location: string,
    device?: string,
  ): Promise<MoveAnswer & { remnant: { code: string }; label: string }> {
    const runId = await this.succeededRun(runKey);
    await this.refuseSuperseded(runId);
    const parsed = parseRemnantLabel(label);
    const remnant = parsed && runId.startsWith(parsed.runShort) ? (await this.planned(runId))[parsed.k - 1] : undefined;
    if (!remnant) throw new NotFoundError('remnant label', label, 'label');
    await this.requireReceivable(runId, [remnant], location);
    return { ...(await this.receive(runId, remnant, location, device)), label: remnant.label };
  }

  private receive(runId: string, remnant: RunRemnant, location: string, device?: string) {
    return this.stock.receiveRemnant({
      scanId: remnantReceiptScanId(runId, remnant.label),
      material: remnant.material,
      length: remnant.length,
      ...(remnant.width !== null ? { width: remnant.width } : {}),
      quantity: 1,
      location,
      splitRun: runId,
      device,
    });
  }

  /**
   * The location (404/422 on location) and, per material the remnants are of, an item to receive them under
   * whose stock size holds them, and sizes a receipt takes (the checks of StockService.receiveRemnant): any that is
   * missing refuses the whole receipt (422 on splitRun, naming them).
   */
  private async requireReceivable(runId: string, remnants: RunRemnant[], location: string): Promise<void> {
    await this.masterData.location(location, 'location');
    const problems: { material: string; problem: string }[] = [];
    for (const material of [...new Set(remnants.map((r) => r.material))]) {
      const parent = await this.masterData.item(material, 'material').catch((error: unknown) => {
        if (!(error instanceof DomainError)) throw error;
        problems.push({ material, problem: 'no active item has this code / 无此编码的在用物料' });
        return null;
      });
      if (!parent) continue;
      if (parent.kind === 'remnant') {
        problems.push({ material, problem: 'its item is itself a remnant / 该物料本身是余料' });
        continue;
      }
      const size = { length: parent.length, width: parent.width, sheet: parent.unit === 'sheet' };
      const definition = await this.materials.get(material).catch((error: unknown) => {
        if (error instanceof NotFoundError) return null;
        throw error;
      });
      const shape = remnantMaterialOf(definition, parent);
      const mine = remnants.filter((r) => r.material === material);
      const tooLarge = mine.find((r) => remnantSizeProblems(r, size).length > 0);
      const misshapen = mine.find((r) => remnantShapeProblems(r, shape).length > 0);
      if (tooLarge)
        problems.push({
          material,
          problem: `${tooLarge.label} is larger than the item's stock size / 余料大于物料规格`,
        });
      else if (misshapen)
        problems.push({
          material,
          problem: `${misshapen.label}: ${remnantShapeProblems(misshapen, shape)[0].message}`,
        });
    }
    if (problems.length === 0) return;
    throw new DomainError(
      REMNANT_ERRORS['remnant.not_receivable'],
      `the remnants of split run ${runId} cannot all be received; nothing was received / 余料无法全部入库，未入库任何余料`,
      { splitRun: runId, materials: problems },
      [
        {
          field: 'splitRun',
          message: problems.map((p) => `${p.material}: ${p.problem}`).join('; '),
        },
      ],
    );
  }

  /**
   * A succeeded run that is no longer the last split of every one of its orders was re-split: its bars and sheets
   * mix those orders' parts and will not be cut as planned, so the offcuts its labels name will never exist (409).
   * Runs not succeeded are left to the callers' own answers (no plan yet, or none ever).
   */
  private async refuseSuperseded(runId: string): Promise<void> {
    const run = await this.splitRuns.get(runId);
    if (run.status !== 'succeeded') return;
    const orders = await this.orders.findAll(run.orderIds, 'splitRun');
    const resplit = orders.filter((o) => o.lastSplitRunId !== runId);
    if (resplit.length === 0) return;
    const named = resplit.map((o) => ({ order: o.orderNo, lastSplitRun: o.lastSplitRunId }));
    throw new DomainError(
      REMNANT_ERRORS['remnant.run_superseded'],
      `split run ${runId} was superseded by a later split of ${named.map((o) => o.order).join(', ')}: it will not be cut, its remnants are not received / 拆单任务已被重新拆单取代，不会按此下料，余料不可入库`,
      { splitRun: runId, orders: named },
      [
        {
          field: 'splitRun',
          message: `superseded: ${named.map((o) => `${o.order} → ${o.lastSplitRun ?? '—'}`).join(', ')}`,
        },
      ],
    );
  }

  private async planned(runId: string): Promise<RunRemnant[]> {
    return runRemnants(runId, await this.splitRuns.cutPlans(runId));
  }

  /** Remnants are received from a run that has succeeded: before, it has no plan; a failed one never will. */
  private async succeededRun(runKey: string): Promise<string> {
    // a run has no number of its own: its id is its key
    await this.splitRuns.requireRun(runKey, 'splitRun');
    const runId = runKey;
    const run = await this.splitRuns.get(runId);
    if (run.status !== 'succeeded')
      throw new DomainError(
        REMNANT_ERRORS['remnant.run_not_succeeded'],
        `split run ${runId} is ${run.status}: its remnants are received once it has succeeded / 拆单任务未成功完成，无余料可入库`,
        { splitRun: runId, status: run.status },
        [{ field: 'splitRun', message: `is ${run.status}, not succeeded` }],
      );
    return runId;
  }
}
