import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { FactoryOwned, NUMERIC } from '@mendao/platform';
import type {
  ComponentRule,
  DerivedVariable,
  DoorType,
  LeafAssignment,
  LookupTable,
  ProductInput,
  Range,
} from './domain/product';
import type { PartFeature, PartSpec } from './domain/explode';
import type { HandingCode } from './domain/handing';
import type { PackageContent } from './domain/packages';
import type { CutKind, Grain, PackageGroup, ProcessCode } from './domain/product';
import type { OrderStatus } from './domain/order-status';
import type { LinearProfile, MaterialUnit, StockSize } from './domain/material';
import type { CutPlan } from './domain/split-plan';
import type { SplitRunStatus } from './domain/split-run-status';
import { Process } from './process.entity';

// the statuses are the domain state machines'; re-exported for the DTOs that describe them
export { ORDER_STATUSES, type OrderStatus } from './domain/order-status';
export { SPLIT_RUN_STATUSES, type SplitRunStatus } from './domain/split-run-status';

/** Lengths are numeric in Postgres; they come back as numbers. */
const mm = NUMERIC;

/*
 * Why the counts of split results fit an `int` (2,147,483,647): a run is refused, when requested and again when it
 * starts, above SPLIT_RUN_LIMITS (50,000 doors, 1,500,000 pieces), and a model above PRODUCT_LIMITS (100
 * components, 1,000 pieces of one per door). So split_part.quantity, split_material.pieces and stock_used (a bar or
 * sheet holds at least one piece) and work_order.pieces are at most 1,500,000; split_part.seq (a row per line and
 * component, a line has at least one door) at most 5,000,000; per_door at most 1,000; door_no at most 50,000 (the
 * run's doors); k and n at most 13 (five package groups, the leaf one once per leaf, at most 8 leaves); split_cut_plan.n at most the pieces. Lengths and areas
 * are numeric.
 */

/** One version of a door model. A PUT adds a version; lines and split results keep the version they used. */
@Entity('product')
export class Product extends FactoryOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) code: string;
  @Column({ type: 'int' }) version: number;
  @Column({ type: 'text' }) nameZh: string;
  @Column({ type: 'text' }) nameEn: string;
  @Column({ type: 'text' }) doorType: DoorType;
  @Column({ type: 'jsonb' }) widthRange: Range;
  @Column({ type: 'jsonb' }) heightRange: Range;
  @Column({ type: 'jsonb' }) wallThicknessRange: Range;
  @Column({ type: 'jsonb' }) parameters: Record<string, number>;
  @Column({ type: 'jsonb', default: () => "'[]'" }) inputs: ProductInput[];
  @Column({ type: 'jsonb', default: () => "'[]'" }) derived: DerivedVariable[];
  @Column({ type: 'jsonb', default: () => "'[]'" }) tables: LookupTable[];
  @Column({ type: 'jsonb' }) components: ComponentRule[];
  @Column({ type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

/**
 * One version of a material. A save that changes it adds a version (the latest is the current one); a split run
 * records the versions it used. `stock_length`, `sheet_width` and `sheet_length` mirror the first stock size.
 */
@Entity('material')
export class Material extends FactoryOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) code: string;
  @Column({ type: 'int' }) version: number;
  @Column({ type: 'text' }) nameZh: string;
  @Column({ type: 'text' }) nameEn: string;
  @Column({ type: 'text' }) cutKind: CutKind;
  @Column({ type: 'text' }) unit: MaterialUnit;
  @Column({ type: 'text', nullable: true }) profile: LinearProfile | null;
  @Column({ type: 'numeric', nullable: true, transformer: mm }) width: number | null;
  @Column({ type: 'jsonb' }) stockSizes: StockSize[];
  @Column({ type: 'numeric', nullable: true, transformer: mm }) stockLength: number | null;
  @Column({ type: 'numeric', nullable: true, transformer: mm }) sheetWidth: number | null;
  @Column({ type: 'numeric', nullable: true, transformer: mm }) sheetLength: number | null;
  @Column({ type: 'numeric', nullable: true, transformer: mm }) thickness: number | null;
  @Column({ type: 'numeric', default: 0, transformer: mm }) kerf: number;
  /** The smallest offcut worth keeping as a remnant (余料), mm; null keeps none. */
  @Column({ type: 'numeric', nullable: true, transformer: mm }) minRemnant: number | null;
  @Column({ type: 'numeric', default: 0, transformer: mm }) trim: number;
  @Column({ type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

@Entity('sales_order')
export class SalesOrder extends FactoryOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) orderNo: string;
  @Column({ type: 'text' }) customer: string;
  @Column({ type: 'date', nullable: true }) dueDate: string | null;
  @Column({ type: 'text', default: 'draft' }) status: OrderStatus;
  /** Edited after its last split: the split results no longer match the order. */
  @Column({ type: 'boolean', default: false }) splitStale: boolean;
  @Column({ type: 'uuid', nullable: true }) lastSplitRunId: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

@Entity('order_line')
export class OrderLine extends FactoryOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) orderId: string;
  @Column({ type: 'int' }) lineNo: number;
  @Column({ type: 'text' }) productCode: string;
  /** The product version the line was entered with; a split uses exactly this one. */
  @Column({ type: 'int' }) productVersion: number;
  @Column({ type: 'numeric', transformer: mm }) width: number;
  @Column({ type: 'numeric', transformer: mm }) height: number;
  @Column({ type: 'numeric', transformer: mm }) wallThickness: number;
  @Column({ type: 'numeric', nullable: true, transformer: mm }) masterWidth: number | null;
  /** The handing code (`left-in`…); lines entered before handing was structured keep what was written. */
  @Column({ type: 'text' }) swing: string;
  @Column({ type: 'text' }) finish: string;
  /** The model's inputs as resolved at entry (defaults filled in), so a re-split reads what the line was. */
  @Column({ type: 'jsonb', default: () => "'{}'" }) options: Record<string, number | string | boolean>;
  @Column({ type: 'int' }) quantity: number;
  @Column({ type: 'text', nullable: true }) room: string | null;
  @Column({ type: 'text', nullable: true }) note: string | null;
}

@Entity('split_run')
export class SplitRun extends FactoryOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid', array: true }) orderIds: string[];
  @Column({ type: 'uuid' }) jobId: string;
  @Column({ type: 'text', default: 'queued' }) status: SplitRunStatus;
  @Column({ type: 'text', nullable: true }) error: string | null;
  @Column({ type: 'jsonb', nullable: true }) summary: Record<string, unknown> | null;
  @Column({ type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) finishedAt: Date | null;
}

@Entity('split_part')
export class SplitPart extends FactoryOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) splitRunId: string;
  @Column({ type: 'int' }) seq: number;
  @Column({ type: 'text' }) ref: string;
  @Column({ type: 'uuid' }) orderId: string;
  @Column({ type: 'uuid' }) lineId: string;
  @Column({ type: 'int' }) productVersion: number;
  @Column({ type: 'text' }) component: string;
  @Column({ type: 'text' }) kind: string;
  @Column({ type: 'text' }) material: string;
  @Column({ type: 'numeric', transformer: mm }) length: number;
  @Column({ type: 'numeric', transformer: mm }) width: number;
  @Column({ type: 'numeric', transformer: mm }) thickness: number;
  @Column({ type: 'int' }) perDoor: number;
  @Column({ type: 'int' }) quantity: number;
  @Column({ type: 'text' }) cutKind: CutKind;
  @Column({ type: 'text' }) grain: Grain;
  @Column({ type: 'text', array: true }) route: ProcessCode[];
  @Column({ type: 'text' }) packageGroup: PackageGroup;
  @Column({ type: 'text', nullable: true }) handing: HandingCode | null;
  @Column({ type: 'jsonb', nullable: true }) endCuts: PartSpec['endCuts'];
  @Column({ type: 'jsonb', nullable: true }) edgeBanding: PartSpec['edgeBanding'];
  @Column({ type: 'jsonb', default: () => "'[]'" }) features: PartFeature[];
  @Column({ type: 'text', nullable: true }) leaf: LeafAssignment | null;
}

@Entity('split_material')
export class SplitMaterial extends FactoryOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) splitRunId: string;
  @Column({ type: 'text' }) material: string;
  @Column({ type: 'text' }) cutKind: CutKind;
  @Column({ type: 'text' }) unit: MaterialUnit;
  /** What the parts need in `unit`. */
  @Column({ type: 'numeric', transformer: NUMERIC }) quantity: number;
  /** The material version used; null for a material not defined (and for runs before versions). */
  @Column({ type: 'int', nullable: true }) version: number | null;
  @Column({ type: 'int' }) pieces: number;
  @Column({ type: 'numeric', transformer: mm }) totalLength: number;
  @Column({ type: 'numeric', transformer: mm }) totalArea: number;
  /** New bars or sheets; remnants cut from are counted apart. */
  @Column({ type: 'int' }) stockUsed: number;
  @Column({ type: 'int', default: 0 }) remnantsUsed: number;
  @Column({ type: 'double precision', nullable: true }) yield: number | null;
}

@Entity('split_cut_plan')
export class SplitCutPlan extends FactoryOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) splitRunId: string;
  @Column({ type: 'int' }) n: number;
  @Column({ type: 'text' }) material: string;
  @Column({ type: 'text' }) kind: CutPlan['kind'];
  /** The width a ripped bar material is ripped to; null for fixed profiles, sheets and older runs. */
  @Column({ type: 'numeric', nullable: true, transformer: mm }) ripWidth: number | null;
  @Column({ type: 'numeric', nullable: true, transformer: mm }) thickness: number | null;
  @Column({ type: 'jsonb' }) plan: CutPlan['plan'];
}

@Entity('work_order')
export class WorkOrder extends FactoryOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) splitRunId: string;
  @Column({ type: 'text' }) number: string;
  @Column({ type: 'int' }) sequence: number;
  @Column({ type: 'text' }) process: ProcessCode;
  @Column({ type: 'int' }) pieces: number;
  @Column({ type: 'jsonb' }) parts: { ref: string; quantity: number }[];
}

/**
 * A package of one door (k of n). Its barcode is its code (`P` + serial + check digit): unique in the factory and
 * never reused, so a re-split makes new ones.
 */
@Entity('door_package')
export class DoorPackage extends FactoryOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) splitRunId: string;
  @Column({ type: 'uuid' }) orderId: string;
  @Column({ type: 'uuid' }) lineId: string;
  @Column({ type: 'int' }) doorNo: number;
  @Column({ type: 'int' }) k: number;
  @Column({ type: 'int' }) n: number;
  @Column({ type: 'text' }) packageGroup: PackageGroup;
  /** The leaf a leaf package holds (1 = master); null for the door's other packages. */
  @Column({ type: 'int', nullable: true }) leafNo: number | null;
  @Column({ type: 'text' }) barcode: string;
  @Column({ type: 'text', nullable: true }) handing: HandingCode | null;
  /** What the packer puts in, in the packer's words (门扇 ×1, 门套线 ×6 根). */
  @Column({ type: 'jsonb' }) contents: PackageContent[];
  /** The parts inside, for tracing. */
  @Column({ type: 'jsonb', default: () => "'[]'" }) parts: { component: string; quantity: number }[];
  @Column({ type: 'text', default: 'created' }) status: string;
}

export const SPLITTING_ENTITIES = [
  Product,
  Material,
  SalesOrder,
  OrderLine,
  SplitRun,
  SplitPart,
  SplitMaterial,
  SplitCutPlan,
  WorkOrder,
  DoorPackage,
  Process,
];
