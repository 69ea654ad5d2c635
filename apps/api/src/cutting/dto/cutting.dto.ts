import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MAX_PIECES } from '@mendao/cutting';
import { HTTP_MAX_TIME_LIMIT_MS } from '../cutting-runner';
/** Longest length or side @mendao/cutting accepts, mm. */
const MAX_SIZE = 10_000_000;

/**
 * The request schemas of POST /cutting/linear|sheets (DESIGN.md §5), for the document only: the body is
 * checked by @mendao/cutting itself (the one validation shared with the CLI), not by class-validator.
 * Millimetres throughout; decimals allowed.
 */
export class CuttingOptionsDto {
  @ApiPropertyOptional({ minimum: 0, default: 0, description: 'saw blade width, consumed by every cut', example: 4 })
  kerf?: number;
  @ApiPropertyOptional({ minimum: 0, default: 0, description: 'trimmed off each end / edge of every stock piece' })
  trim?: number;
  @ApiPropertyOptional({ minimum: 0, default: 0, description: 'offcuts at least this long are reusable remnants' })
  minOffcut?: number;
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: HTTP_MAX_TIME_LIMIT_MS,
    default: 1000,
    description:
      'search budget; the best plan found so far is answered when it runs out. ' +
      `Over HTTP at most ${HTTP_MAX_TIME_LIMIT_MS} ms (above it: 400 cutting.time_limit_too_long, not clamped; ` +
      'the CLI allows 60000). Requests wait for a solver slot shared fairly between factories; when too many wait: 429 cutting.queue_full with a retry-after header',
  })
  timeLimitMs?: number;
  @ApiPropertyOptional({ type: 'integer', default: 1, description: 'the same input and seed give the same plan' })
  seed?: number;
}

export class LinearStockDto {
  @ApiProperty({ exclusiveMinimum: true, minimum: 0, maximum: MAX_SIZE, example: 2400 }) length: number;
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    nullable: true,
    description: 'bars available; omitted = unlimited',
  })
  quantity?: number;
  @ApiPropertyOptional({ minimum: 0, description: 'cost of one bar; breaks ties between plans' }) cost?: number;
  @ApiPropertyOptional({ maxLength: 100, description: 'echoed on each bar cut from it (e.g. a remnant code)' })
  ref?: string;
}

export class LinearItemDto {
  @ApiProperty({ minLength: 1, maxLength: 100, description: 'unique within the request', example: 'jamb' }) id: string;
  @ApiProperty({ exclusiveMinimum: true, minimum: 0, maximum: MAX_SIZE, example: 2090 }) length: number;
  @ApiProperty({ type: 'integer', minimum: 1, example: 4 }) quantity: number;
}

export class LinearRequestDto extends CuttingOptionsDto {
  @ApiProperty({ type: [LinearStockDto], minItems: 1, maxItems: 1000 }) stock: LinearStockDto[];
  @ApiProperty({ type: [LinearItemDto], minItems: 1, description: `at most ${MAX_PIECES} pieces in all` })
  items: LinearItemDto[];
}

export class SheetStockDto {
  @ApiProperty({ exclusiveMinimum: true, minimum: 0, maximum: MAX_SIZE, example: 2440 }) width: number;
  @ApiProperty({ exclusiveMinimum: true, minimum: 0, maximum: MAX_SIZE, example: 1220 }) height: number;
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    nullable: true,
    description: 'sheets available; omitted = unlimited',
  })
  quantity?: number;
  @ApiPropertyOptional({ minimum: 0, description: 'cost of one sheet' }) cost?: number;
  @ApiPropertyOptional({ maxLength: 100 }) ref?: string;
}

export class SheetItemDto {
  @ApiProperty({ minLength: 1, maxLength: 100, example: 'skin' }) id: string;
  @ApiProperty({ exclusiveMinimum: true, minimum: 0, maximum: MAX_SIZE, example: 2050 }) width: number;
  @ApiProperty({ exclusiveMinimum: true, minimum: 0, maximum: MAX_SIZE, example: 860 }) height: number;
  @ApiProperty({ type: 'integer', minimum: 1, example: 4 }) quantity: number;
  @ApiPropertyOptional({ default: false, description: 'may be turned 90° (grain and veneer respected otherwise)' })
  rotatable?: boolean;
}

export class SheetsRequestDto extends CuttingOptionsDto {
  @ApiProperty({ type: [SheetStockDto], minItems: 1 }) sheets: SheetStockDto[];
  @ApiProperty({ type: [SheetItemDto], minItems: 1, description: `at most ${MAX_PIECES} pieces in all` })
  items: SheetItemDto[];
  @ApiPropertyOptional({
    type: 'integer',
    enum: [2, 3],
    nullable: true,
    default: 3,
    description: 'maximum guillotine stages; null for unlimited',
  })
  maxStages?: 2 | 3 | null;
  @ApiPropertyOptional({
    enum: ['horizontal', 'vertical'],
    default: 'horizontal',
    description: 'direction of the first-stage cuts',
  })
  firstCut?: 'horizontal' | 'vertical';
}
