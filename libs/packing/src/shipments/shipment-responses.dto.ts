import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { PageOf } from '@mendao/platform';
import { PackedContentDto, PackageViewDto } from '../dto/packing-responses.dto';
import { SHIPMENT_STATUSES } from './shipments.dto';

const STATUS = { enum: SHIPMENT_STATUSES, enumName: 'ShipmentStatus' } as const;
const nullableDate = { type: String, format: 'date-time', nullable: true } as const;
const nullableText = { type: String, nullable: true } as const;

@ApiSchema({ name: 'MissingPackage' })
export class MissingPackageDto {
  @ApiProperty({ example: 'P0000000017', description: 'the internal package code' }) code: string;
  @ApiProperty({ example: 'P0000000017', description: 'what its label prints: the SSCC-18 with a GS1 prefix' })
  barcode: string;
  @ApiProperty({ format: 'uuid' }) orderId: string;
  @ApiProperty({ example: 'SO-2026-0001' }) orderNo: string;
  @ApiProperty() lineNo: number;
  @ApiProperty() doorNo: number;
  @ApiProperty({ description: 'package k of n of its door' }) k: number;
  @ApiProperty() n: number;
}

@ApiSchema({ name: 'ShipmentOrder' })
export class ShipmentOrderDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'SO-2026-0001' }) orderNo: string;
  @ApiProperty({ example: '王女士' }) customer: string;
  @ApiProperty({ description: 'delivery stop: 1 is delivered first' }) stop: number;
  @ApiProperty({ description: 'place in the loading sequence: the last stop is loaded first (1)' })
  loadSequence: number;
  @ApiProperty({ example: 'packed', description: 'the order’s status' }) status: string;
  @ApiProperty({ description: 'its packages loaded on this shipment' }) loaded: number;
  @ApiProperty({ description: 'its packages' }) expected: number;
  @ApiProperty({ description: 'its packages packed (loaded ones included)' }) packed: number;
}

@ApiSchema({ name: 'ShipmentUser' })
export class ShipmentUserDto {
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) id: string | null;
  @ApiProperty({ ...nullableText, example: 'manager' }) username: string | null;
}

/** A shipment in lists: its header and counts. */
@ApiSchema({ name: 'ShipmentSummary' })
export class ShipmentSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'SH-20261130-001' }) number: string;
  @ApiProperty({ example: '沪A·12345' }) vehicle: string;
  @ApiProperty(nullableText) driver: string | null;
  @ApiProperty(STATUS) status: (typeof SHIPMENT_STATUSES)[number];
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty(nullableDate) closedAt: string | null;
  @ApiProperty(nullableDate) cancelledAt: string | null;
  @ApiProperty({ ...nullableText, description: 'set when a supervisor closed it with packages missing' })
  overrideReason: string | null;
  @ApiProperty({ description: 'packages loaded' }) loaded: number;
  @ApiProperty({ description: 'packages of its orders' }) expected: number;
  @ApiProperty({ description: 'its orders' }) orders: number;
}

export const ShipmentPageDto = PageOf(ShipmentSummaryDto);

@ApiSchema({ name: 'ShipmentView' })
export class ShipmentViewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'SH-20261130-001' }) number: string;
  @ApiProperty({ example: '沪A·12345' }) vehicle: string;
  @ApiProperty(nullableText) driver: string | null;
  @ApiProperty(STATUS) status: (typeof SHIPMENT_STATUSES)[number];
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty(nullableDate) closedAt: string | null;
  @ApiProperty({ type: ShipmentUserDto, nullable: true }) closedBy: ShipmentUserDto | null;
  @ApiProperty(nullableDate) cancelledAt: string | null;
  @ApiProperty({ ...nullableText, description: 'set when a supervisor closed it with packages missing' })
  overrideReason: string | null;
  @ApiProperty({ type: [ShipmentOrderDto], description: 'in delivery order (stop 1 first)' })
  orders: ShipmentOrderDto[];
  @ApiProperty() loaded: number;
  @ApiProperty() expected: number;
  @ApiProperty({
    type: [MissingPackageDto],
    description: 'open: what is still to load; closed: what was missing when it closed (an override)',
  })
  missing: MissingPackageDto[];
}

@ApiSchema({ name: 'LoadScanOrder' })
export class LoadScanOrderDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() orderNo: string;
  @ApiProperty() customer: string;
  @ApiProperty() loaded: number;
  @ApiProperty() expected: number;
  @ApiProperty({ description: 'every package of the order is loaded' }) complete: boolean;
}

@ApiSchema({ name: 'LoadScanAnswer' })
export class LoadScanAnswerDto {
  @ApiProperty({ enum: ['ok', 'duplicate', 'not_in_shipment', 'not_packed'], enumName: 'LoadScanResult' })
  result: string;
  @ApiPropertyOptional({
    ...nullableText,
    enum: ['other_order', 'other_shipment'],
    description: 'not_in_shipment: its order is not on this shipment, or it is loaded on another',
  })
  reason?: string | null;
  @ApiPropertyOptional({ description: 'the first answer of this scanId, replayed' }) replayed?: boolean;
  @ApiPropertyOptional({ type: PackageViewDto, description: 'the package scanned, as it is now' })
  package?: PackageViewDto;
  @ApiProperty({ description: 'packages loaded on the shipment' }) loaded: number;
  @ApiProperty({ description: 'packages of its orders' }) expected: number;
  @ApiPropertyOptional({ type: LoadScanOrderDto }) order?: LoadScanOrderDto;
}

@ApiSchema({ name: 'ManifestPackage' })
export class ManifestPackageDto {
  @ApiProperty({ example: 'P0000000017' }) code: string;
  @ApiProperty({ example: 'P0000000017' }) barcode: string;
  @ApiProperty({ example: 'leaf' }) kind: string;
  @ApiProperty() lineNo: number;
  @ApiProperty(nullableText) room: string | null;
  @ApiProperty({ example: 'LVL01' }) productCode: string;
  @ApiProperty() doorNo: number;
  @ApiProperty() k: number;
  @ApiProperty() n: number;
  @ApiProperty({ type: [PackedContentDto] }) contents: PackedContentDto[];
  @ApiProperty({ type: String, format: 'date-time' }) loadedAt: string;
  @ApiProperty({ ...nullableText, example: 'packer' }) loadedBy: string | null;
}

@ApiSchema({ name: 'ManifestOrder' })
export class ManifestOrderDto extends ShipmentOrderDto {
  @ApiProperty({ type: [ManifestPackageDto], description: 'loaded, by line, door and k' })
  packages: ManifestPackageDto[];
}

@ApiSchema({ name: 'ManifestOverride' })
export class ManifestOverrideDto {
  @ApiProperty({ example: '客户要求先发 the customer asked for what is ready' }) reason: string;
  @ApiProperty({ type: ShipmentUserDto, description: 'the supervisor who closed it' }) by: ShipmentUserDto;
  @ApiProperty({ type: String, format: 'date-time' }) at: string;
}

@ApiSchema({ name: 'ShipmentManifest' })
export class ShipmentManifestDto {
  @ApiProperty({ type: ShipmentSummaryDto }) shipment: ShipmentSummaryDto;
  @ApiProperty({ type: [ManifestOrderDto], description: 'by delivery stop' }) orders: ManifestOrderDto[];
  @ApiProperty({ type: [MissingPackageDto] }) missing: MissingPackageDto[];
  @ApiProperty({
    type: ManifestOverrideDto,
    nullable: true,
    description: 'a supervisor closed it with packages missing',
  })
  override: ManifestOverrideDto | null;
}
