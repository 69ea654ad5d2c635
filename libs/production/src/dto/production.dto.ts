import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { IsPlainText, Optional, PageQuery } from '@mendao/platform';
import { WORK_ORDER_STATUSES, type WorkOrderStatus } from '../domain/work-order-status';

/** More pieces than one run holds (SPLIT_RUN_LIMITS): a larger count is a typing slip. */
const MAX_PIECES = 1_500_000;
export const REPORT_ACTIONS = ['start', 'report', 'finish'] as const;

/** A code a scanner reads or a person types: work-order codes, package labels, process and machine codes. */
const CODE = { min: 1, max: 80 };

export class ProductionReportDto {
  @ApiProperty({ format: 'uuid', description: 'made by the station; the same scanId again replays the first answer' })
  @IsUUID()
  scanId: string;
  @ApiProperty({
    example: 'WO-3F2A91C0-2',
    description:
      "a work order's code (or id), or a door's package label together with `process`; spaces around and the case do not matter",
  })
  @IsString()
  @IsPlainText()
  @Length(CODE.min, CODE.max)
  barcode: string;
  @ApiPropertyOptional({ example: 'edge_banding', description: "the process reporting (required with a door's label)" })
  @Optional()
  @IsString()
  @IsPlainText()
  @Length(CODE.min, 40)
  process?: string;
  @ApiProperty({ enum: REPORT_ACTIONS }) @IsIn(REPORT_ACTIONS) action: (typeof REPORT_ACTIONS)[number];
  @ApiPropertyOptional({ example: 10, minimum: 0 }) @Optional() @IsInt() @Min(0) @Max(MAX_PIECES) good?: number;
  @ApiPropertyOptional({ example: 0, minimum: 0 }) @Optional() @IsInt() @Min(0) @Max(MAX_PIECES) scrap?: number;
  @ApiPropertyOptional({
    example: 'edge_chipping',
    description: 'required when scrap > 0 (GET /production/scrap-reasons)',
  })
  @Optional()
  @IsString()
  @IsPlainText()
  @Length(1, 40)
  scrapReason?: string;
  @ApiPropertyOptional({
    example: '板材不足 short of boards',
    description: 'a finish with pieces not reported needs it (else 409 production.not_fully_reported)',
  })
  @Optional()
  @IsString()
  @IsPlainText({ multiline: true })
  @Length(1, 200)
  shortReason?: string;
  @ApiPropertyOptional({
    example: 'EB-01',
    description:
      "the machine: good and scrap also count as the machine's. On a work order of a machine process (cutting, pressing…) it must be of that process (422 production.machine_wrong_process); a factory's own process (养生) takes any",
  })
  @Optional()
  @IsString()
  @IsPlainText()
  @Length(CODE.min, CODE.max)
  machine?: string;
  @ApiPropertyOptional() @Optional() @IsString() @IsPlainText({ multiline: true }) @Length(1, 500) note?: string;
}

export class HoldDto {
  @ApiProperty({ example: '等待五金到货 waiting for hardware' })
  @IsString()
  @IsPlainText({ multiline: true })
  @Length(1, 200)
  reason: string;
}

export class WorkOrderListQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'split run' })
  @Optional()
  @IsString()
  @Length(1, 80)
  run?: string;
  @ApiPropertyOptional({ description: 'order id or number' }) @Optional() @IsString() @Length(1, 80) order?: string;
  @ApiPropertyOptional({ example: 'cutting' }) @Optional() @IsString() @Length(1, 40) process?: string;
  @ApiPropertyOptional({ enum: WORK_ORDER_STATUSES })
  @Optional()
  @IsIn(WORK_ORDER_STATUSES)
  status?: WorkOrderStatus;
}

export class OrderQuery {
  @ApiProperty({ description: 'order id or number', example: 'DEMO-0001' })
  @IsString()
  @IsPlainText()
  @Length(1, 80)
  order: string;
}
