import { Injectable } from '@nestjs/common';
import { DomainError } from '@mendao/platform';
import { ProcessesService, SplitRunsService } from '@mendao/splitting';
import { type TravelerRun, type TravelerSheet, travelerSheets, travelersTooLong } from '../domain/traveler-sheet';
import { PRODUCTION_ERRORS } from '../production.errors';
import { ProductionRepository } from '../production.repository';
import { WorkOrdersService } from '../work-orders.service';
import { type TravelerSize, travelersPdf } from './traveler-pdf';

/**
 * Travelers (流转卡) as PDF: the parts, orders and processes read from splitting, the code from production's
 * released work order. Printed from release on only: a release may code a run's work orders with a longer prefix than
 * splitting numbered them (a clash with another run's), so a card printed before would carry a barcode that, once
 * scanned, names another run's work order. The counts are left to the operator's pen.
 */
@Injectable()
export class TravelersService {
  constructor(
    private readonly runs: SplitRunsService,
    private readonly processes: ProcessesService,
    private readonly workOrders: WorkOrdersService,
    private readonly repository: ProductionRepository,
  ) {}

  /** One work order's traveler, by id or code (as the station resolves it); answers its code too, for the file's name. */
  async workOrderPdf(key: string, size: TravelerSize): Promise<{ code: string; pdf: Buffer }> {
    const workOrder = await this.workOrders.find(key, 'code');
    const sheets = await this.sheets(workOrder.splitRunId, workOrder.id);
    return { code: sheets[0]?.code ?? workOrder.code, pdf: await print(sheets, size) };
  }

  /** Every work order's traveler of a run, in sequence, one after another in one file. */
  async runPdf(runId: string, size: TravelerSize): Promise<Buffer> {
    return print(await this.sheets(runId, null), size);
  }

  /**
   * The run's sheets (`only`: one work order's) with production's codes: 409 split_run.not_succeeded or
   * split_run.superseded from splitting first (they say more), then 409 production.work_order_not_released.
   */
  private async sheets(runId: string, only: string | null): Promise<TravelerSheet[]> {
    const source = await this.runs.travelerSource(runId);
    const codes = new Map((await this.repository.ofRun(source.run.id)).map((w) => [w.id, w.code]));
    if (codes.size === 0) {
      throw new DomainError(
        PRODUCTION_ERRORS['production.work_order_not_released'],
        'travelers are printed once the split run is released: its codes are final then / 拆单下达后才能打印流转卡',
        { status: 'planned', action: 'print' },
      );
    }
    return travelerSheets(released(source, codes), await this.processes.list(true), only);
  }
}

/** The run with each work order's number replaced by its released code (what scanning resolves). */
function released(source: TravelerRun, codes: Map<string, string>): TravelerRun {
  return { ...source, workOrders: source.workOrders.map((w) => ({ ...w, number: codes.get(w.id) ?? w.number })) };
}

/** The PDF, unless the sheets are more than one PDF holds (422 production.travelers_too_long). */
function print(sheets: TravelerSheet[], size: TravelerSize): Promise<Buffer> {
  const tooLong = travelersTooLong(sheets);
  if (tooLong) {
    throw new DomainError(
      PRODUCTION_ERRORS['production.travelers_too_long'],
      `${tooLong.rows} part rows in one travelers PDF; at most ${tooLong.max}: print the work orders one at a time ` +
        '/ 流转卡行数过多，请逐个工单打印',
      tooLong,
    );
  }
  return travelersPdf(sheets, size);
}
