import { Injectable } from '@nestjs/common';
import { DomainError, NotFoundError } from '@mendao/platform';
import { SplitRunsService } from '@mendao/splitting';
import { remnantCode } from './domain/remnant-size';
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
  ) {}

  /** The run's plan remnants with their labels and whether each is received (none before the run succeeds). */
  async list(runKey: string): Promise<RunRemnantsView> {
    // a run has no number of its own: its id is its key
    await this.splitRuns.requireRun(runKey, 'splitRun');
    const runId = runKey;
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
    let receivedNow = 0;
    for (const remnant of await this.planned(runId)) {
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
    const parsed = parseRemnantLabel(label);
    const remnant = parsed && runId.startsWith(parsed.runShort) ? (await this.planned(runId))[parsed.k - 1] : undefined;
    if (!remnant) throw new NotFoundError('remnant label', label, 'label');
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
