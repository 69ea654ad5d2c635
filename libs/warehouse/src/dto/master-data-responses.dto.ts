import { ApiProperty } from '@nestjs/swagger';
import { PageOf } from '@mendao/platform';
import { ITEM_KINDS, type ItemKind, LOCATION_TYPES, type LocationType, type Unit, UNITS } from '../warehouse.entities';

export class ItemDto {
  @ApiProperty({ format: 'uuid', example: '5e69378d-7287-4a73-976a-12d138c928fa' }) id: string;
  @ApiProperty({ example: 'HDF-8' }) code: string;
  @ApiProperty({ example: '高密度板 8厘' }) nameZh: string;
  @ApiProperty({ example: 'HDF skin board 8 mm' }) nameEn: string;
  @ApiProperty({ enum: ITEM_KINDS, enumName: 'ItemKind', example: 'board' }) kind: ItemKind;
  @ApiProperty({ enum: UNITS, enumName: 'Unit', example: 'sheet' }) unit: Unit;
  @ApiProperty({ type: Number, nullable: true, description: 'mm', example: 1220 }) width: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'mm', example: 2440 }) length: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'mm', example: 8 }) thickness: number | null;
  @ApiProperty({ description: 'stock of this item is kept per lot (批次)', example: false }) lotTracked: boolean;
  @ApiProperty({ description: 'below this on hand (all locations) it is listed for reordering', example: 30 })
  reorderPoint: number;
  @ApiProperty({ description: 'per unit, in yuan', example: 65 }) standardCost: number;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'what the item is bought in (包, 捆, 箱); null: its own unit',
    example: '包',
  })
  purchaseUnit: string | null;
  @ApiProperty({ description: 'how many of the item’s unit one purchase unit holds', example: 10 })
  purchaseUnitSize: number;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'a remnant: the item it was cut from',
    example: null,
  })
  parentItemId: string | null;
  @ApiProperty({ example: true }) active: boolean;
  @ApiProperty({ format: 'date-time', example: '2026-11-03T08:30:00.000Z' }) createdAt: Date;
  @ApiProperty({ format: 'date-time', example: '2026-11-03T08:30:00.000Z' }) updatedAt: Date;
  @ApiProperty({ type: [String], description: 'extra barcodes that resolve to this item', example: ['6901234567892'] })
  barcodes: string[];
}

export const ItemPageDto = PageOf(ItemDto);

export class LocationDto {
  @ApiProperty({ format: 'uuid', example: '61f48ac4-0ae6-4767-af60-de3c600d2b29' }) id: string;
  @ApiProperty({ example: 'A-02' }) code: string;
  @ApiProperty({ example: '板材库 A-02' }) nameZh: string;
  @ApiProperty({ example: 'Board store A-02' }) nameEn: string;
  @ApiProperty({ enum: LOCATION_TYPES, enumName: 'LocationType', example: 'storage' }) type: LocationType;
  @ApiProperty({ example: true }) active: boolean;
  @ApiProperty({ format: 'date-time', example: '2026-11-03T08:30:00.000Z' }) createdAt: Date;
  @ApiProperty({ format: 'date-time', example: '2026-11-03T08:30:00.000Z' }) updatedAt: Date;
  @ApiProperty({ type: String, nullable: true, description: 'the label on the shelf', example: 'A-02' })
  barcode: string | null;
}

export const LocationPageDto = PageOf(LocationDto);

export class BelowReorderPointDto {
  @ApiProperty({ description: 'item code', example: 'HW-LOCK' }) item: string;
  @ApiProperty({ example: '静音门锁' }) name: string;
  @ApiProperty({ example: 'Silent mortise lock' }) nameEn: string;
  @ApiProperty({ enum: UNITS, enumName: 'Unit', example: 'set' }) unit: Unit;
  @ApiProperty({ example: 40 }) reorderPoint: number;
  @ApiProperty({ description: 'over all locations', example: 35 }) onHand: number;
}
