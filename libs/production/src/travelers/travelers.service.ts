import { Injectable } from '@nestjs/common';
import { DomainError } from '@mendao/platform';
import { ProcessesService, SplitRunsService } from '@mendao/splitting';
import { type TravelerSheet, travelerSheets, travelersTooLong } from '../domain/traveler-sheet';
import { PRODUCTION_ERRORS } from '../production.errors';
import { type TravelerSize, travelersPdf } from './traveler-pdf';

/**
 * Travelers (流转卡) as PDF, read from splitting (the run's work orders, parts, orders and processes) and never
 * from production's own tables: a traveler is printed before a work order is started, so it carries the planned
 * quantity and leaves the counts to the operator's pen.
 */
@Injectable()
export class TravelersService {
  constructor(
    private readonly runs: SplitRunsService,
    private readonly processes: ProcessesService,
  ) {}

  /** One work order's traveler, by id or code; answers its code too, for the file's name. */
  async workOrderPdf(code: string, size: TravelerSize): Promise<{ code: string; pdf: Buffer }> {
    const source = await this.runs.travelerSource({ workOrder: code });
    const sheets = travelerSheets(source, await this.processes.list(true), source.workOrderId);
    return { code: sheets[0]?.code ?? code, pdf: await print(sheets, size) };
  }

  /** Every work order's traveler of a run, in sequence, one after another in one file. */
  async runPdf(runId: string, size: TravelerSize): Promise<Buffer> {
    const source = await this.runs.travelerSource({ run: runId });
    return print(travelerSheets(source, await this.processes.list(true)), size);
  }
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
