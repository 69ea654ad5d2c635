import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { FactoryOwned } from '@mendao/platform';
import type { WorkOrderStatus } from './domain/work-order-status';

/** A part of a released work order with the door line it goes to (copied from the split at release). */
export interface ReleasedPart {
  ref: string;
  quantity: number;
  component: string;
  orderId: string;
  lineId: string;
  lineNo: number;
  perDoor: number;
}

/** A split run released to the shop floor (once). */
@Entity('production_run')
export class ProductionRun implements FactoryOwned {
  @PrimaryColumn({ type: 'uuid' }) factoryId: string;
  @PrimaryColumn({ type: 'uuid' }) splitRunId: string;
  @Column({ type: 'timestamptz' }) releasedAt: Date;
  @Column({ type: 'text', nullable: true }) releasedBy: string | null;
}

/**
 * A released work order: splitting's work order as it was released (same id and code), with what production
 * changes on it. Counts fit an int (a run has at most 1,500,000 pieces, SPLIT_RUN_LIMITS).
 */
@Entity('production_work_order')
export class ProductionWorkOrder extends FactoryOwned {
  @PrimaryColumn({ type: 'uuid' }) id: string;
  @Column({ type: 'uuid' }) splitRunId: string;
  @Column({ type: 'text' }) code: string;
  @Column({ type: 'text' }) process: string;
  @Column({ type: 'int' }) sequence: number;
  @Column({ type: 'int' }) plannedQuantity: number;
  @Column({ type: 'int', default: 0 }) good: number;
  @Column({ type: 'int', default: 0 }) scrap: number;
  @Column({ type: 'text' }) status: Exclude<WorkOrderStatus, 'planned'>;
  @Column({ type: 'text', nullable: true }) heldFrom: 'released' | 'in_progress' | null;
  @Column({ type: 'text', nullable: true }) holdReason: string | null;
  @Column({ type: 'text', nullable: true }) shortReason: string | null;
  @Column({ type: 'uuid', array: true }) orderIds: string[];
  @Column({ type: 'jsonb' }) parts: ReleasedPart[];
  @Column({ type: 'timestamptz' }) releasedAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) startedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) finishedAt: Date | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) updatedAt: Date;
}

/** One report (报工) at a station, by scanId; `answer` is its first answer, replayed for the same scanId. */
@Entity('production_report')
export class ProductionReport extends FactoryOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) scanId: string;
  @Column({ type: 'uuid' }) workOrderId: string;
  @Column({ type: 'text' }) process: string;
  @Column({ type: 'text' }) action: 'start' | 'report' | 'finish';
  @Column({ type: 'int', default: 0 }) good: number;
  @Column({ type: 'int', default: 0 }) scrap: number;
  @Column({ type: 'text', nullable: true }) scrapReason: string | null;
  @Column({ type: 'text', nullable: true }) shortReason: string | null;
  @Column({ type: 'text', nullable: true }) machine: string | null;
  @Column({ type: 'text', nullable: true }) note: string | null;
  /** The door a door-label report went to. */
  @Column({ type: 'uuid', nullable: true }) lineId: string | null;
  @Column({ type: 'int', nullable: true }) doorNo: number | null;
  @Column({ type: 'text', nullable: true }) username: string | null;
  @Column({ type: 'timestamptz' }) at: Date;
  @Column({ type: 'jsonb', nullable: true }) answer: unknown;
}

/** A reason a piece is scrapped (报废原因), per factory; seeded with the door plant's usual ones. */
@Entity('scrap_reason')
export class ScrapReason implements FactoryOwned {
  @PrimaryColumn({ type: 'uuid' }) factoryId: string;
  @PrimaryColumn({ type: 'text' }) code: string;
  @Column({ type: 'text' }) nameZh: string;
  @Column({ type: 'text' }) nameEn: string;
  @Column({ type: 'int' }) sort: number;
  @Column({ type: 'boolean', default: true }) active: boolean;
}

export const PRODUCTION_ENTITIES = [ProductionRun, ProductionWorkOrder, ProductionReport, ScrapReason];
