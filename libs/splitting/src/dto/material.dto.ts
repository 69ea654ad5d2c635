import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsPositive,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsPlainText, Optional } from '@mendao/platform';
import { LINEAR_PROFILES, type LinearProfile, MATERIAL_UNITS, type MaterialUnit } from '../domain/material';
import { CUT_KINDS, type CutKind } from '../domain/product';

/**
 * A material code: letters of any script (`VENEER-胡桃木`), digits, `_ . - { }`; no spaces or control characters.
 * Door model rules name materials by code, `{finish}` standing for the line's finish.
 */
export const MATERIAL_CODE = /^[\p{L}\p{N}][\p{L}\p{N}\p{M}_.{}-]{0,79}$/u;

/** A leading or trailing space is a slip of the keyboard: taken off, not refused. */
export const Trimmed = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** Millimetres and counts the api takes: positive, and below anything a saw or a store sees. */
const MAX_MM = 100_000;

export class StockSizeDto {
  @ApiProperty({ description: 'mm: a bar’s length, a sheet’s length (along the grain)', example: 2440 })
  @IsNumber()
  @IsPositive()
  @Max(MAX_MM)
  length: number;
  @ApiPropertyOptional({ description: 'mm, sheets only', example: 1220 })
  @Optional()
  @IsNumber()
  @IsPositive()
  @Max(MAX_MM)
  width?: number;
  @ApiPropertyOptional({ description: 'per bar or sheet (yuan); the cutting prefers the cheaper plan', example: 65 })
  @Optional()
  @IsNumber()
  @Min(0)
  @Max(1e9)
  cost?: number;
  @ApiPropertyOptional({ description: 'how many there are; omitted = as many as needed', example: 40 })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  quantity?: number;
}

/**
 * The body of PUT /materials/{code} (a full replacement): everything but the code, which door model rules refer
 * to and never changes. `stockLength` (bars) or `sheetWidth` + `sheetLength` (sheets) are shorthand for one stock
 * size; given together with `stockSizes` they must repeat its first size (400 otherwise).
 */
export class MaterialBodyDto {
  @ApiProperty({ example: '橡木门套板' }) @Trimmed() @IsString() @IsPlainText() @Length(1, 120) nameZh: string;
  @ApiProperty({ example: 'Oak jamb board' }) @Trimmed() @IsString() @IsPlainText() @Length(1, 120) nameEn: string;
  @ApiProperty({ enum: CUT_KINDS }) @IsIn(CUT_KINDS) cutKind: CutKind;
  @ApiPropertyOptional({
    enum: MATERIAL_UNITS,
    enumName: 'MaterialUnit',
    description: 'linear: m, sheet: m2, uncut: any; default by cut kind (m, m2, pcs)',
  })
  @Optional()
  @IsIn(MATERIAL_UNITS)
  unit?: MaterialUnit;
  @ApiPropertyOptional({
    enum: LINEAR_PROFILES,
    enumName: 'LinearProfile',
    description: 'linear only: `fixed` (every part has the profile’s width) or `rip` (default: ripped to each width)',
  })
  @Optional()
  @IsIn(LINEAR_PROFILES)
  profile?: LinearProfile;
  @ApiPropertyOptional({ description: 'mm, a fixed profile’s width', example: 60 })
  @Optional()
  @IsNumber()
  @IsPositive()
  @Max(MAX_MM)
  width?: number;
  @ApiPropertyOptional({ example: 18 }) @Optional() @IsNumber() @IsPositive() @Max(MAX_MM) thickness?: number;
  @ApiPropertyOptional({ type: [StockSizeDto], description: 'bars and sheets: at least one; uncut: none' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => StockSizeDto)
  stockSizes?: StockSizeDto[];
  @ApiPropertyOptional({ description: 'shorthand for one bar size', example: 2440 })
  @Optional()
  @IsNumber()
  @IsPositive()
  @Max(MAX_MM)
  stockLength?: number;
  @ApiPropertyOptional({ description: 'shorthand for one sheet size', example: 1220 })
  @Optional()
  @IsNumber()
  @IsPositive()
  @Max(MAX_MM)
  sheetWidth?: number;
  @ApiPropertyOptional({ description: 'shorthand for one sheet size', example: 2440 })
  @Optional()
  @IsNumber()
  @IsPositive()
  @Max(MAX_MM)
  sheetLength?: number;
  @ApiPropertyOptional({ example: 4 }) @Optional() @IsNumber() @Min(0) @Max(1000) kerf?: number;
  @ApiPropertyOptional({ example: 5 }) @Optional() @IsNumber() @Min(0) @Max(1000) trim?: number;
  @ApiPropertyOptional({
    example: 300,
    description:
      'smallest reusable offcut (余料, mm): a bar offcut at least this long, a sheet offcut with both sides at least this; left out, none is kept',
  })
  @Optional()
  @IsNumber()
  @IsPositive()
  @Max(MAX_MM)
  minRemnant?: number;
}

/** PATCH /materials/{code}: only the fields given change; the others are the latest version's. */
// null is checked like any value (refused), not skipped as "left out"
export class MaterialPatchDto extends PartialType(MaterialBodyDto, { skipNullProperties: false }) {}

export class MaterialDto extends MaterialBodyDto {
  @ApiProperty({ example: 'VENEER-胡桃木' })
  @Trimmed()
  @IsString()
  @Matches(MATERIAL_CODE, {
    message:
      'code must be 1–80 letters, digits, _, ., {, } or -, without spaces / 编码须为 1–80 位文字、数字或 _ . - { }',
  })
  code: string;
}
