import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { FactoryOwned } from '@mendao/platform';

/** The factory's GS1 settings: with a company prefix, labels carry SSCC-18 codes (GS1-128, AI 00). */
@Entity('packing_settings')
export class PackingSettings implements FactoryOwned {
  @PrimaryColumn({ type: 'uuid' }) factoryId: string;
  @Column({ type: 'text', nullable: true }) gs1CompanyPrefix: string | null;
  @Column({ type: 'int', default: 0 }) ssccExtension: number;
  @Column({ type: 'timestamptz', default: () => 'now()' }) updatedAt: Date;
}

/** A pack station (打包工位) and the order open at it: a package of another order is refused there. */
@Entity('packing_station')
export class PackingStation implements FactoryOwned {
  @PrimaryColumn({ type: 'uuid' }) factoryId: string;
  @PrimaryColumn({ type: 'text' }) code: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'boolean', default: true }) active: boolean;
  @Column({ type: 'uuid', nullable: true }) openOrderId: string | null;
  @Column({ type: 'timestamptz', nullable: true }) openedAt: Date | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
}

export type PackedPackageStatus = 'packed' | 'loaded' | 'unpacked';

/** A package's packing state, keyed by its code: outlives a re-split of the door_package rows. */
@Entity('packed_package')
export class PackedPackage implements FactoryOwned {
  @PrimaryColumn({ type: 'uuid' }) factoryId: string;
  @PrimaryColumn({ type: 'text' }) code: string;
  @Column({ type: 'uuid' }) orderId: string;
  @Column({ type: 'uuid' }) lineId: string;
  @Column({ type: 'int' }) doorNo: number;
  @Column({ type: 'int' }) k: number;
  @Column({ type: 'int' }) n: number;
  @Column({ type: 'uuid' }) splitRunId: string;
  @Column({ type: 'text' }) status: PackedPackageStatus;
  @Column({ type: 'timestamptz' }) packedAt: Date;
  @Column({ type: 'uuid', nullable: true }) packedBy: string | null;
  @Column({ type: 'text', nullable: true }) packedStation: string | null;
  @Column({ type: 'uuid', nullable: true }) packScanId: string | null;
  @Column({ type: 'uuid', nullable: true }) shipmentId: string | null;
  @Column({ type: 'timestamptz', nullable: true }) loadedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) loadedBy: string | null;
  @Column({ type: 'uuid', nullable: true }) loadScanId: string | null;
}

export type ScanKind = 'pack' | 'load';

/** Every scan at a pack station or into a shipment, with its first answer (replayed for the same scanId). */
@Entity('packing_scan')
export class PackingScan extends FactoryOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) scanId: string;
  @Column({ type: 'text' }) kind: ScanKind;
  @Column({ type: 'text', nullable: true }) station: string | null;
  @Column({ type: 'uuid', nullable: true }) shipmentId: string | null;
  @Column({ type: 'text' }) barcode: string;
  @Column({ type: 'text', nullable: true }) packageCode: string | null;
  @Column({ type: 'uuid', nullable: true }) orderId: string | null;
  @Column({ type: 'text' }) result: string;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ type: 'uuid', nullable: true }) userId: string | null;
  @Column({ type: 'text', nullable: true }) username: string | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) at: Date;
  @Column({ type: 'jsonb' }) request: Record<string, unknown>;
  @Column({ type: 'int' }) status: number;
  @Column({ type: 'jsonb' }) answer: Record<string, unknown>;
  @Column({ type: 'timestamptz', nullable: true }) undoneAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) undoneBy: string | null;
  @Column({ type: 'text', nullable: true }) undoReason: string | null;
}

export type ShipmentStatus = 'open' | 'closed' | 'cancelled';

export interface MissingPackage {
  code: string;
  barcode: string;
  /** the order's id: what the accuracy figures match a shipped order by (its number is for people) */
  orderId: string;
  orderNo: string;
  lineNo: number;
  doorNo: number;
  k: number;
  n: number;
}

/** A truck's load (装车单): its orders in stop order, loaded by scanning, closed once. */
@Entity('shipment')
export class Shipment extends FactoryOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) number: string;
  @Column({ type: 'text' }) vehicle: string;
  @Column({ type: 'text', nullable: true }) driver: string | null;
  @Column({ type: 'text', default: 'open' }) status: ShipmentStatus;
  @Column({ type: 'uuid', nullable: true }) createdBy: string | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) closedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) closedBy: string | null;
  @Column({ type: 'text', nullable: true }) overrideReason: string | null;
  @Column({ type: 'jsonb', default: () => "'[]'" }) missing: MissingPackage[];
  @Column({ type: 'timestamptz', nullable: true }) cancelledAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) cancelledBy: string | null;
}

@Entity('shipment_order')
export class ShipmentOrder implements FactoryOwned {
  @PrimaryColumn({ type: 'uuid' }) factoryId: string;
  @PrimaryColumn({ type: 'uuid' }) shipmentId: string;
  @PrimaryColumn({ type: 'uuid' }) orderId: string;
  /** Delivery stop: 1 is delivered first, so it goes on the truck last. */
  @Column({ type: 'int' }) stop: number;
}

export const PACKING_ENTITIES = [PackingSettings, PackingStation, PackedPackage, PackingScan, Shipment, ShipmentOrder];
