import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  MinLength,
} from 'class-validator';
import { IsPlainText, Optional, PageQuery } from '@mendao/platform';

export const SHIPMENT_STATUSES = ['open', 'closed', 'cancelled'] as const;
/** A truck takes at most this many orders: more is a slip of the planner's selection. */
export const MAX_SHIPMENT_ORDERS = 100;

export class CreateShipmentDto {
  @ApiProperty({ example: '沪A·12345', description: 'the truck: its plate or the carrier’s name, 1–40 characters' })
  @IsString()
  @IsPlainText()
  @Length(1, 40)
  vehicle: string;
  @ApiPropertyOptional({ example: '张师傅 138 0000 0000', description: 'who drives it, 1–40 characters' })
  @Optional()
  @IsString()
  @IsPlainText()
  @Length(1, 40)
  driver?: string;
  @ApiProperty({
    type: [String],
    example: ['SO-2026-0001', 'SO-2026-0002'],
    description:
      'the orders (ids or order numbers) in delivery order: the first is delivered first, so it is loaded last. ' +
      'Each in production or packed, and on no other open shipment',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_SHIPMENT_ORDERS)
  @ArrayUnique()
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(80, { each: true })
  orderIds: string[];
}

export class ShipmentListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: SHIPMENT_STATUSES, enumName: 'ShipmentStatus' })
  @Optional()
  @IsIn(SHIPMENT_STATUSES)
  status?: (typeof SHIPMENT_STATUSES)[number];
}

export class LoadScanDto {
  @ApiProperty({ format: 'uuid', description: 'made by the loader’s device; the same scanId again replays the answer' })
  @IsUUID()
  scanId: string;
  @ApiProperty({
    example: 'P0000000017',
    description: 'the package label as scanned: the internal code (any case) or its SSCC-18 (with or without (00))',
  })
  @IsString()
  @IsPlainText()
  @Length(1, 64)
  barcode: string;
}

export class CloseShipmentDto {
  @ApiPropertyOptional({
    example: '客户要求先发 the customer asked for what is ready',
    description:
      'a supervisor’s (manager, admin) reason to close with packages missing; they are recorded. From a packer: 403',
  })
  @Optional()
  @IsString()
  @IsPlainText({ multiline: true })
  @Length(1, 200)
  overrideReason?: string;
}
