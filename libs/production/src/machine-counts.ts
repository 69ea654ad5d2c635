import { Injectable } from '@nestjs/common';
import { MachineEventsService } from '@mendao/equipment';
import type { EntityManager } from 'typeorm';

/**
 * A report's good and scrap on a machine go to that machine's counts through equipment's own service, in the
 * report's transaction: one source of counts for OEE, and a report refused later rolls its counts back too.
 * An unknown or inactive machine is equipment's 422 on `machine`.
 */
@Injectable()
export class MachineCounts {
  constructor(private readonly events: MachineEventsService) {}

  record(
    manager: EntityManager,
    input: { machine: string; eventId: string; at: Date; good: number; scrap: number; workOrderId: string },
  ): Promise<void> {
    return this.events.recordReportedCount(manager, input);
  }
}
