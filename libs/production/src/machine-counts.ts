import { Injectable } from '@nestjs/common';
import { DomainError, NotFoundError } from '@mendao/platform';
import { MachineEventsService, MachinesService } from '@mendao/equipment';
import type { EntityManager } from 'typeorm';
import { PRODUCTION_ERRORS } from './production.errors';

/**
 * A report's good and scrap on a machine go to that machine's counts through equipment's own service, in the
 * report's transaction: one source of counts for OEE, and a report refused later rolls its counts back too.
 * An unknown or inactive machine is equipment's 422 on `machine`.
 */
@Injectable()
export class MachineCounts {
  constructor(
    private readonly events: MachineEventsService,
    private readonly machines: MachinesService,
  ) {}

  /**
   * A report naming a machine names one that exists and is active, whatever its action: a start or a finish without
   * pieces on a wrong machine is as wrong as a report (422 on `machine`, before anything is written). Its process
   * is for the report's check that it fits the work order (machineFits).
   */
  async usable(machine: string): Promise<{ code: string; process: string }> {
    const found = await this.machines.get(machine).catch((e: unknown) => {
      if (e instanceof NotFoundError) return null;
      throw e;
    });
    if (!found) throw unusable(machine, `no machine ${machine} in this factory / 设备 ${machine} 不存在`);
    if (!found.active) throw unusable(machine, `machine ${machine} is inactive / 设备已停用`);
    return { code: found.code, process: found.process };
  }

  /** False: the machine counts its own units (countsFrom machine), so the report added none to its counts. */
  record(
    manager: EntityManager,
    input: { machine: string; eventId: string; at: Date; good: number; scrap: number; workOrderId: string },
  ): Promise<boolean> {
    return this.events.recordReportedCount(manager, input);
  }
}

function unusable(machine: string, message: string): DomainError {
  return new DomainError(PRODUCTION_ERRORS['production.report_invalid'], message, { field: 'machine' }, [
    { field: 'machine', message },
  ]);
}
