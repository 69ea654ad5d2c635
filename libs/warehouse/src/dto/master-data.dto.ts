import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNumber,
  IsPositive,
  IsString,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { IsDecimalNumber, IsPlainText, Optional } from '@mendao/platform';
import { ITEM_KINDS, type ItemKind, LOCATION_TYPES, type LocationType, UNITS, type Unit } from '../warehouse.entities';

/**
 * Item and location codes and barcodes: letters of any script (a material code such as `VENEER-胡桃木` is the item
 * code its pick lists look for), digits and `_ . / - { }`; no spaces or control characters.
 */
const CODE = /^[\p{L}\p{N}][\p{L}\p{N}\p{M}_.{}/-]{0,79}$/u;
const CODE_MESSAGE = 'must be 1–80 letters, digits, _, ., /, - without spaces / 编码须为 1–80 位文字、数字或 _ . / -';

/** A leading or trailing space is a slip of the keyboard: taken off, not refused. */
const Trimmed = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** What an item is bought in: an item is made and changed under the same rule. */
function PurchaseUnit(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      example: '捆',
      description: 'what the item is bought in (包, 捆, 箱); the empty string: bought in its own unit',
    }),
    Optional(),
    Trimmed(),
    IsString(),
    IsPlainText(),
    Length(0, 20),
  );
}

/** How many of the item's unit one purchase unit holds, under the same rule for a new item and a change. */
function PurchaseUnitSize(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      example: 10,
      description:
        'how many of the item’s unit one purchase unit holds (whole for an item counted whole); 1 if never set',
    }),
    Optional(),
    IsDecimalNumber(3),
    IsPositive(),
    Max(1e6),
  );
}

export class CreateItemDto {
  @ApiProperty({ example: 'HDF-8' })
  @Trimmed()
  @IsString()
  @Matches(CODE, { message: `code ${CODE_MESSAGE}` })
  code: string;
  @ApiProperty({ example: '8mm 高密度板' }) @IsString() @IsPlainText() @Length(1, 120) nameZh: string;
  @ApiProperty({ example: 'HDF 8 mm' }) @IsString() @IsPlainText() @Length(1, 120) nameEn: string;
  @ApiProperty({ enum: ITEM_KINDS }) @IsIn(ITEM_KINDS) kind: ItemKind;
  @ApiProperty({ enum: UNITS }) @IsIn(UNITS) unit: Unit;
  @ApiPropertyOptional({ example: 1220 }) @Optional() @IsNumber() @IsPositive() @Max(100_000) width?: number;
  @ApiPropertyOptional({ example: 2440 }) @Optional() @IsNumber() @IsPositive() @Max(100_000) length?: number;
  @ApiPropertyOptional({ example: 8 }) @Optional() @IsNumber() @IsPositive() @Max(10_000) thickness?: number;
  @ApiPropertyOptional({ default: false }) @Optional() @IsBoolean() lotTracked?: boolean;
  @ApiPropertyOptional({ example: 50 })
  @Optional()
  @IsDecimalNumber(3)
  @Min(0)
  @Max(1e9)
  reorderPoint?: number;
  @ApiPropertyOptional({ example: 86.5, description: 'per unit, yuan' })
  @Optional()
  @IsDecimalNumber(4)
  @Min(0)
  @Max(1e9)
  standardCost?: number;
  @PurchaseUnit() purchaseUnit?: string;
  @PurchaseUnitSize() purchaseUnitSize?: number;
  @ApiPropertyOptional({ example: ['6901234567892'], description: 'barcodes that resolve to this item' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Matches(CODE, { each: true, message: `barcodes ${CODE_MESSAGE}` })
  barcodes?: string[];
}

export class UpdateItemDto {
  @ApiPropertyOptional() @Optional() @IsString() @IsPlainText() @Length(1, 120) nameZh?: string;
  @ApiPropertyOptional() @Optional() @IsString() @IsPlainText() @Length(1, 120) nameEn?: string;
  @ApiPropertyOptional() @Optional() @IsDecimalNumber(3) @Min(0) @Max(1e9) reorderPoint?: number;
  @ApiPropertyOptional() @Optional() @IsDecimalNumber(4) @Min(0) @Max(1e9) standardCost?: number;
  @ApiPropertyOptional() @Optional() @IsBoolean() active?: boolean;
  @PurchaseUnit() purchaseUnit?: string;
  @PurchaseUnitSize() purchaseUnitSize?: number;
  @ApiPropertyOptional({ description: 'replaces the item’s barcodes' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Matches(CODE, { each: true, message: `barcodes ${CODE_MESSAGE}` })
  barcodes?: string[];
}

export class CreateLocationDto {
  @ApiProperty({ example: 'A-01-02' })
  @Trimmed()
  @IsString()
  @Matches(CODE, { message: `code ${CODE_MESSAGE}` })
  code: string;
  @ApiProperty({ example: '板材库 A 区 1 排 2 层' }) @IsString() @IsPlainText() @Length(1, 120) nameZh: string;
  @ApiProperty({ example: 'Board store A, row 1, level 2' }) @IsString() @IsPlainText() @Length(1, 120) nameEn: string;
  @ApiProperty({ enum: LOCATION_TYPES }) @IsIn(LOCATION_TYPES) type: LocationType;
  @ApiPropertyOptional({ example: 'LOC-A-01-02', description: 'defaults to the code' })
  @Optional()
  @IsString()
  @Matches(CODE, { message: `barcode ${CODE_MESSAGE}` })
  barcode?: string;
}

export class UpdateLocationDto {
  @ApiPropertyOptional() @Optional() @IsString() @IsPlainText() @Length(1, 120) nameZh?: string;
  @ApiPropertyOptional() @Optional() @IsString() @IsPlainText() @Length(1, 120) nameEn?: string;
  @ApiPropertyOptional({ enum: LOCATION_TYPES }) @Optional() @IsIn(LOCATION_TYPES) type?: LocationType;
  @ApiPropertyOptional() @Optional() @IsBoolean() active?: boolean;
}
