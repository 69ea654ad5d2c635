import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

const PACKAGE_STATES = ['created', 'packed', 'loaded'];
const PACK_RESULTS = ['ok', 'duplicate', 'not_expected'];
const NOT_EXPECTED = ['wrong_order', 'door_not_ready', 'not_released', 'order_packed', 'order_shipped', 'stale'];

export class PackageOrderDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'SO-2026-0042' }) orderNo: string;
  @ApiProperty({ example: '绿城·桃花源' }) customer: string;
}

export class PackageLineDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() lineNo: number;
  @ApiPropertyOptional({ type: String, nullable: true, example: '主卧' }) room: string | null;
  @ApiProperty({ example: 'FLAT-1' }) productCode: string;
  @ApiProperty({ description: 'mm' }) width: number;
  @ApiProperty({ description: 'mm' }) height: number;
  @ApiProperty({ example: 'walnut' }) finish: string;
  @ApiProperty({ example: 'left-in' }) handing: string;
}

export class PackedContentDto {
  @ApiProperty({ example: '门扇' }) item: string;
  @ApiProperty({ example: 'door leaf' }) itemEn: string;
  @ApiProperty() quantity: number;
  @ApiProperty({ example: '扇' }) unit: string;
}

export class PackageShipmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() number: string;
}

export class PackageViewDto {
  @ApiProperty({ example: 'P0000000017', description: 'the internal code (P + 9 digits + check digit)' })
  code: string;
  @ApiProperty({ description: 'what the label prints: the SSCC-18 with a GS1 prefix, else the internal code' })
  barcode: string;
  @ApiProperty({ example: 'leaf', description: 'leaf | frame | casing | hardware | glass' }) kind: string;
  @ApiProperty() k: number;
  @ApiProperty() n: number;
  @ApiProperty({ type: PackageOrderDto }) order: PackageOrderDto;
  @ApiProperty({ type: PackageLineDto }) line: PackageLineDto;
  @ApiProperty() doorNo: number;
  @ApiProperty({ type: [PackedContentDto] }) contents: PackedContentDto[];
  @ApiProperty({ enum: PACKAGE_STATES }) status: string;
  @ApiPropertyOptional({ format: 'date-time' }) packedAt?: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'username' }) packedBy?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) station?: string | null;
  @ApiPropertyOptional({ format: 'date-time' }) loadedAt?: string;
  @ApiPropertyOptional({ type: PackageShipmentDto }) shipment?: PackageShipmentDto;
}

export class PackageDoorDto {
  @ApiProperty() lineNo: number;
  @ApiProperty() doorNo: number;
  @ApiProperty() k: number;
  @ApiProperty() n: number;
}

export class OrderPackageViewDto extends PackageViewDto {
  @ApiProperty({ type: PackageDoorDto }) door: PackageDoorDto;
}

export class PackOrderDto extends PackageOrderDto {
  @ApiProperty() packed: number;
  @ApiProperty() expected: number;
  @ApiProperty({ description: 'every package packed: the order is packed' }) complete: boolean;
}

export class PackDoorProgressDto {
  @ApiProperty() lineNo: number;
  @ApiProperty() doorNo: number;
  @ApiPropertyOptional({ type: String, nullable: true }) room: string | null;
  @ApiProperty({ description: 'packages of the door packed (k of n)' }) packed: number;
  @ApiProperty() n: number;
  @ApiProperty({ type: [Number], description: 'the k still to pack' }) missing: number[];
}

export class OpenOrderDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() orderNo: string;
}

export class ScanStationDto {
  @ApiProperty() code: string;
  @ApiPropertyOptional({ type: OpenOrderDto, nullable: true }) openOrder: OpenOrderDto | null;
}

export class PackScanAnswerDto {
  @ApiProperty({ enum: PACK_RESULTS }) result: string;
  @ApiPropertyOptional({ enum: NOT_EXPECTED, description: 'why not_expected' }) reason?: string;
  @ApiProperty({ description: 'this scanId was recorded before: its first answer' }) replayed: boolean;
  @ApiProperty({ type: PackageViewDto }) package: PackageViewDto;
  @ApiProperty({ type: PackOrderDto }) order: PackOrderDto;
  @ApiProperty({ type: PackDoorProgressDto }) door: PackDoorProgressDto;
  @ApiProperty({ type: ScanStationDto }) station: ScanStationDto;
}

export class StationViewDto {
  @ApiProperty({ example: 'PACK-01' }) code: string;
  @ApiProperty({ example: '包装线 1号' }) name: string;
  @ApiProperty() active: boolean;
  @ApiPropertyOptional({ type: OpenOrderDto, nullable: true }) openOrder: OpenOrderDto | null;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) openedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class OrderPackingOrderDto extends PackOrderDto {
  @ApiProperty({ example: 'in_production' }) status: string;
}

export class PackDoorPackageDto {
  @ApiProperty() code: string;
  @ApiProperty() barcode: string;
  @ApiProperty() kind: string;
  @ApiProperty() k: number;
  @ApiProperty() n: number;
  @ApiProperty({ enum: PACKAGE_STATES }) status: string;
}

export class OrderPackingDoorDto extends PackDoorProgressDto {
  @ApiProperty({ format: 'uuid' }) lineId: string;
  @ApiProperty({ description: 'through every process before packing (production tracking)' }) ready: boolean;
  @ApiProperty({ type: [PackDoorPackageDto] }) packages: PackDoorPackageDto[];
}

export class OrderPackingDto {
  @ApiProperty({ type: OrderPackingOrderDto }) order: OrderPackingOrderDto;
  @ApiProperty({ type: [OrderPackingDoorDto] }) doors: OrderPackingDoorDto[];
  @ApiProperty({ type: [PackageViewDto], description: 'the packages not packed yet' }) missing: PackageViewDto[];
}

export class StationDetailDto extends StationViewDto {
  @ApiPropertyOptional({ type: OrderPackingDto, nullable: true }) progress: OrderPackingDto | null;
}

export class StationListDto {
  @ApiProperty({ type: [StationViewDto] }) items: StationViewDto[];
}

export class UndoAnswerDto {
  @ApiProperty({ format: 'uuid' }) scanId: string;
  @ApiProperty({ enum: ['pack', 'load'] }) kind: string;
  @ApiProperty({ format: 'date-time' }) undoneAt: string;
  @ApiProperty() undoReason: string;
  @ApiPropertyOptional({ type: PackageViewDto, nullable: true }) package: PackageViewDto | null;
}

export class PackingSettingsViewDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: '6901234' }) gs1CompanyPrefix: string | null;
  @ApiProperty({ minimum: 0, maximum: 9 }) ssccExtension: number;
}
