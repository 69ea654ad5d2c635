import type { CountStatus } from './domain/count-state';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { FactoryOwned, NUMERIC } from '@mendao/platform';
import type { MoveType } from './domain/stock-move-rules';

export const ITEM_KINDS = [
  'board',
  'moulding',
  'veneer',
  'hardware',
  'glass',
  'consumable',
  'wip',
  'package',
  'remnant',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
export const UNITS = ['sheet', 'piece', 'm', 'm2', 'kg', 'set'] as const;
export type Unit = (typeof UNITS)[number];
export const LOCATION_TYPES = ['receiving', 'storage', 'production', 'packing', 'shipping', 'scrap'] as const;
export type LocationType = (typeof LOCATION_TYPES)[number];

@Entity('item')
export class Item extends FactoryOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) code: string;
  @Column({ type: 'text' }) nameZh: string;
  @Column({ type: 'text' }) nameEn: string;
  @Column({ type: 'text' }) kind: ItemKind;
  @Column({ type: 'text' }) unit: Unit;
  /** Millimetres: board W × L × thickness, a moulding's or remnant's length. */
  @Column({ type: 'numeric', nullable: true, transformer: NUMERIC }) width: number | null;
  @Column({ type: 'numeric', nullable: true, transformer: NUMERIC }) length: number | null;
  @Column({ type: 'numeric', nullable: true, transformer: NUMERIC }) thickness: number | null;
  @Column({ type: 'boolean', default: false }) lotTracked: boolean;
  @Column({ type: 'numeric', default: 0, transformer: NUMERIC }) reorderPoint: number;
  /** Per unit, in the factory's currency (yuan). */
  @Column({ type: 'numeric', default: 0, transformer: NUMERIC }) standardCost: number;
  /** A remnant's source material. */
  @Column({ type: 'uuid', nullable: true }) parentItemId: string | null;
  @Column({ type: 'boolean', default: true }) active: boolean;
  /** What the item is bought in (包, 捆, 箱); null: bought in its own unit. */
  @Column({ type: 'text', nullable: true }) purchaseUnit: string | null;
  /** How many of the item's unit one purchase unit holds. */
  @Column({ type: 'numeric', default: 1, transformer: NUMERIC }) purchaseUnitSize: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

@Entity('location')
export class Location extends FactoryOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) code: string;
  @Column({ type: 'text' }) nameZh: string;
  @Column({ type: 'text' }) nameEn: string;
  @Column({ type: 'text' }) type: LocationType;
  @Column({ type: 'boolean', default: true }) active: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/*
 * Barcode, StockBalance and StockCountScan have keys that start with factory_id, so they declare it as a
 * primary column themselves: extending FactoryOwned would make TypeORM see a plain column and a primary key
 * without the factory (found by the schema-drift test).
 */

/** A printed code that resolves to exactly one item or one location. */
@Entity('barcode')
export class Barcode implements FactoryOwned {
  @PrimaryColumn({ type: 'uuid' }) factoryId: string;
  @PrimaryColumn({ type: 'text' }) code: string;
  @Column({ type: 'uuid', nullable: true }) itemId: string | null;
  @Column({ type: 'uuid', nullable: true }) locationId: string | null;
}

/** One line of the ledger. Never updated or deleted (a trigger refuses). */
@Entity('stock_move')
export class StockMove extends FactoryOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) scanId: string;
  @Column({ type: 'text' }) type: MoveType;
  @Column({ type: 'uuid' }) itemId: string;
  @Column({ type: 'numeric', transformer: NUMERIC }) quantity: number;
  @Column({ type: 'uuid', nullable: true }) fromLocationId: string | null;
  @Column({ type: 'uuid', nullable: true }) toLocationId: string | null;
  @Column({ type: 'text', default: '' }) lot: string;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ type: 'text', nullable: true }) reference: string | null;
  @Column({ type: 'uuid', nullable: true }) splitRunId: string | null;
  @Column({ type: 'uuid', nullable: true }) workOrderId: string | null;
  @Column({ type: 'uuid', nullable: true }) pickListId: string | null;
  @Column({ type: 'uuid', nullable: true }) countId: string | null;
  @Column({ type: 'uuid', nullable: true }) userId: string | null;
  @Column({ type: 'text', nullable: true }) username: string | null;
  @Column({ type: 'text', nullable: true }) device: string | null;
  /** Why an issue took more than its pick list still needed, and how much more (both null otherwise). */
  @Column({ type: 'text', nullable: true }) overIssueReason: string | null;
  @Column({ type: 'numeric', nullable: true, transformer: NUMERIC }) overIssued: number | null;
  /** The balances the first answer reported, so a replay answers the same. */
  @Column({ type: 'jsonb', nullable: true }) response: unknown;
  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' }) createdAt: Date;
}

@Entity('stock_balance')
export class StockBalance implements FactoryOwned {
  @PrimaryColumn({ type: 'uuid' }) factoryId: string;
  @PrimaryColumn({ type: 'uuid' }) itemId: string;
  @PrimaryColumn({ type: 'uuid' }) locationId: string;
  @PrimaryColumn({ type: 'text', default: '' }) lot: string;
  @Column({ type: 'numeric', transformer: NUMERIC }) quantity: number;
  @Column({ type: 'timestamptz', default: () => 'now()' }) updatedAt: Date;
}

export { COUNT_STATUSES, type CountStatus } from './domain/count-state';

@Entity('stock_count')
export class StockCount extends FactoryOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** The location counted; null for a count of one item in every location. */
  @Column({ type: 'uuid', nullable: true }) locationId: string | null;
  @Column({ type: 'uuid', nullable: true }) itemId: string | null;
  @Column({ type: 'text', default: 'open' }) status: CountStatus;
  @Column({ type: 'text', nullable: true }) openedBy: string | null;
  @Column({ type: 'text', nullable: true }) closedBy: string | null;
  @Column({ type: 'jsonb', nullable: true }) report: unknown;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) closedAt: Date | null;
}

@Entity('stock_count_scan')
export class StockCountScan implements FactoryOwned {
  @PrimaryColumn({ type: 'uuid' }) factoryId: string;
  @PrimaryColumn({ type: 'uuid' }) scanId: string;
  @Column({ type: 'uuid' }) countId: string;
  @Column({ type: 'uuid' }) locationId: string;
  @Column({ type: 'uuid' }) itemId: string;
  @Column({ type: 'text', default: '' }) lot: string;
  @Column({ type: 'numeric', transformer: NUMERIC }) quantity: number;
  @Column({ type: 'text', nullable: true }) username: string | null;
  @Column({ type: 'text', nullable: true }) device: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

@Entity('pick_list')
export class PickList extends FactoryOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) splitRunId: string;
  @Column({ type: 'text', nullable: true }) createdBy: string | null;
  /** Materials of the run the list does not carry: no item of that code, or a unit that does not convert. */
  @Column({ type: 'jsonb', default: () => "'[]'" }) unlisted: unknown;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

@Entity('pick_list_line')
export class PickListLine extends FactoryOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) pickListId: string;
  @Column({ type: 'int' }) seq: number;
  @Column({ type: 'uuid' }) itemId: string;
  @Column({ type: 'uuid', nullable: true }) locationId: string | null;
  @Column({ type: 'text', default: '' }) lot: string;
  @Column({ type: 'numeric', transformer: NUMERIC }) quantity: number;
  @Column({ type: 'numeric', default: 0, transformer: NUMERIC }) picked: number;
  @Column({ type: 'numeric', default: 0, transformer: NUMERIC }) shortage: number;
  /** Issued beyond the line's quantity, each time with a reason (on the ledger row). */
  @Column({ type: 'numeric', default: 0, transformer: NUMERIC }) overPicked: number;
}

export const WAREHOUSE_ENTITIES = [
  Item,
  Location,
  Barcode,
  StockMove,
  StockBalance,
  StockCount,
  StockCountScan,
  PickList,
  PickListLine,
];
