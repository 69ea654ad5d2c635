import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDateString, IsIn, IsPositive, IsString, IsUUID, Length, Max } from 'class-validator';
import { IsDecimalNumber, IsPlainText, PageQuery, Optional } from '@mendao/platform';
import { MAX_QUANTITY, QUANTITY_DECIMALS } from '../domain/quantity';
import { COUNT_STATUSES, type CountStatus } from '../domain/count-state';
import { PICK_LIST_STATUSES, type PickListStatus } from '../domain/pick-list-state';
import { MOVE_TYPES, type MoveType } from '../domain/stock-move-rules';

/** No stock a door factory cuts is longer than 20 m: a larger remnant is a typing slip (mm). */
const MAX_REMNANT_MM = 20_000;

/** An item or location: its code, one of its barcodes, or its id. */
const KEY = { minLength: 1, maxLength: 80 };

export class StockMoveDto {
  @ApiProperty({
    format: 'uuid',
    description: 'made by the scanner client; the same scanId again replays the first answer',
  })
  @IsUUID()
  scanId: string;
  @ApiProperty({ enum: MOVE_TYPES }) @IsIn(MOVE_TYPES) type: MoveType;
  @ApiProperty({ example: 'HDF-8', description: 'item code, barcode or id' })
  @IsString()
  @IsPlainText()
  @Length(KEY.minLength, KEY.maxLength)
  item: string;
  @ApiProperty({ example: 10 })
  @IsDecimalNumber(QUANTITY_DECIMALS)
  @IsPositive()
  @Max(MAX_QUANTITY)
  quantity: number;
  @ApiPropertyOptional({ example: 'A-01-02', description: 'location code, barcode or id' })
  @Optional()
  @IsString()
  @IsPlainText()
  @Length(KEY.minLength, KEY.maxLength)
  from?: string;
  @ApiPropertyOptional({ example: 'RCV' })
  @Optional()
  @IsString()
  @IsPlainText()
  @Length(KEY.minLength, KEY.maxLength)
  to?: string;
  @ApiPropertyOptional({ example: 'V2026-11-03' }) @Optional() @IsString() @IsPlainText() @Length(1, 60) lot?: string;
  @ApiPropertyOptional({ example: '盘亏 damaged in handling' })
  @Optional()
  @IsString()
  @IsPlainText({ multiline: true })
  @Length(1, 200)
  reason?: string;
  @ApiPropertyOptional({ example: 'PO-2026-118' })
  @Optional()
  @IsString()
  @IsPlainText()
  @Length(1, 120)
  reference?: string;
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'issue or completion against a split run of this factory (else 404)',
  })
  @Optional()
  @IsUUID()
  splitRun?: string;
  @ApiPropertyOptional({
    example: 'WO-3F2A91C0-2',
    description: 'issue or completion against a work order of this factory, by number or id (else 404)',
  })
  @Optional()
  @IsString()
  @IsPlainText()
  @Length(1, 80)
  workOrder?: string;
  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'an issue against a pick list of this factory (else 404, whatever the type) updates what remains to pick',
  })
  @Optional()
  @IsUUID()
  pickList?: string;
  @ApiPropertyOptional({
    example: '板材破损 a sheet broke in handling',
    description:
      'an issue against a pick list may take more than the list still needs only with a reason (2–200 characters, else 422); it is recorded on the move and counted on the line',
  })
  @Optional()
  @IsString()
  @IsPlainText({ multiline: true })
  @Length(0, 1000)
  overIssueReason?: string;
  @ApiPropertyOptional({ example: 'RF-03', description: 'scanner or station' })
  @Optional()
  @IsString()
  @IsPlainText()
  @Length(1, 60)
  device?: string;
}

export class BalanceQuery extends PageQuery {
  @ApiPropertyOptional() @Optional() @IsString() @Length(1, 80) item?: string;
  @ApiPropertyOptional() @Optional() @IsString() @Length(1, 80) location?: string;
  @ApiPropertyOptional() @Optional() @IsString() @Length(1, 60) lot?: string;
}

export class MoveQuery extends PageQuery {
  @ApiPropertyOptional() @Optional() @IsString() @Length(1, 80) item?: string;
  @ApiPropertyOptional({ description: 'moves from or to this location' })
  @Optional()
  @IsString()
  @Length(1, 80)
  location?: string;
  @ApiPropertyOptional({ enum: MOVE_TYPES }) @Optional() @IsIn(MOVE_TYPES) type?: MoveType;
  @ApiPropertyOptional() @Optional() @IsString() @Length(1, 60) lot?: string;
  @ApiPropertyOptional({ description: 'username of who moved it' })
  @Optional()
  @IsString()
  @Length(1, 80)
  user?: string;
  @ApiPropertyOptional() @Optional() @IsString() @Length(1, 120) reference?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @Optional() @IsUUID() splitRun?: string;
  @ApiPropertyOptional({ example: '2026-11-01T00:00:00Z' }) @Optional() @IsDateString() since?: string;
  @ApiPropertyOptional({ example: '2026-12-01T00:00:00Z' }) @Optional() @IsDateString() until?: string;
}

export class RemnantReceiptDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() scanId: string;
  @ApiProperty({ example: 'JAMB-BOARD', description: 'the material (item) the offcut was cut from' })
  @IsString()
  @IsPlainText()
  @Length(1, 80)
  material: string;
  @ApiProperty({
    example: 1180,
    description: `whole mm (a tape's reading), at most ${MAX_REMNANT_MM} and the material's stock size, at least its minimum remnant`,
  })
  @IsDecimalNumber(1)
  @IsPositive()
  @Max(MAX_REMNANT_MM)
  length: number;
  @ApiPropertyOptional({
    example: 600,
    description:
      "whole mm: a sheet's other side (required; in either order, the longer is its length), a ripped bar's strip width, a fixed profile's own width or none; none for a full-width bar offcut",
  })
  @Optional()
  @IsDecimalNumber(1)
  @IsPositive()
  @Max(MAX_REMNANT_MM)
  width?: number;
  @ApiPropertyOptional({ default: 1 })
  @Optional()
  @Type(() => Number)
  @IsDecimalNumber(0)
  @IsPositive()
  @Max(100_000)
  quantity?: number;
  @ApiProperty({ example: 'R-01' }) @IsString() @IsPlainText() @Length(1, 80) location: string;
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'the split run that left the offcut, of this factory (else 404)',
  })
  @Optional()
  @IsUUID()
  splitRun?: string;
  @ApiPropertyOptional() @Optional() @IsString() @IsPlainText() @Length(1, 60) device?: string;
}

export class RemnantQuery {
  @ApiPropertyOptional({ example: 'JAMB-BOARD', description: 'one material; omit for every remnant in stock' })
  @Optional()
  @IsString()
  @Length(1, 80)
  material?: string;
}

/** A count of a location (optionally one item in it), or of one item in every location. */
export class OpenCountDto {
  @ApiPropertyOptional({ example: 'A-01-02', description: 'the location counted; omit to count an item everywhere' })
  @Optional()
  @IsString()
  @IsPlainText()
  @Length(1, 80)
  location?: string;
  @ApiPropertyOptional({ description: 'count this item only' })
  @Optional()
  @IsString()
  @IsPlainText()
  @Length(1, 80)
  item?: string;
}

export class CountListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: COUNT_STATUSES }) @Optional() @IsIn(COUNT_STATUSES) status?: CountStatus;
}

export class CountScanDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() scanId: string;
  @ApiProperty({ example: 'HDF-8' }) @IsString() @IsPlainText() @Length(1, 80) item: string;
  @ApiProperty({ example: 12, description: 'what was found (adds to earlier scans of the same item and lot)' })
  @IsDecimalNumber(QUANTITY_DECIMALS)
  @Max(MAX_QUANTITY)
  @IsPositive()
  quantity: number;
  @ApiPropertyOptional() @Optional() @IsString() @IsPlainText() @Length(1, 60) lot?: string;
  @ApiPropertyOptional({ description: 'where it was found: required when the count is of an item everywhere' })
  @Optional()
  @IsString()
  @IsPlainText()
  @Length(1, 80)
  location?: string;
  @ApiPropertyOptional() @Optional() @IsString() @IsPlainText() @Length(1, 60) device?: string;
}

export class CreatePickListDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() splitRun: string;
}

export class PickListQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'the pick list of this split run' })
  @Optional()
  @IsUUID()
  splitRun?: string;
  @ApiPropertyOptional({ enum: PICK_LIST_STATUSES }) @Optional() @IsIn(PICK_LIST_STATUSES) status?: PickListStatus;
}

/** Receives every remnant of a split run's plan not received yet (余料入库). */
export class RunRemnantsReceiptDto {
  @ApiProperty({ example: 'R-01', description: 'where the remnants are put' })
  @IsString()
  @IsPlainText()
  @Length(1, 80)
  location: string;
  @ApiPropertyOptional() @Optional() @IsString() @IsPlainText() @Length(1, 60) device?: string;
}

/** A remnant label scanned: that remnant of the run is received (once, whatever is scanned again). */
export class RemnantLabelScanDto {
  @ApiProperty({ example: 'RM-1A2B3C4D-3', description: 'the label printed for the remnant' })
  @IsString()
  @IsPlainText()
  @Length(1, 40)
  label: string;
  @ApiProperty({ example: 'R-01' }) @IsString() @IsPlainText() @Length(1, 80) location: string;
  @ApiPropertyOptional() @Optional() @IsString() @IsPlainText() @Length(1, 60) device?: string;
}
