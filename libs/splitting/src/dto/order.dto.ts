import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsDateString,
  IsIn,
  IsInt,
  ValidateBy,
  ValidateIf,
  IsNumber,
  IsPositive,
  IsString,
  Length,
  Max,
  ValidateNested,
  IsArray,
  IsObject,
  type ValidationArguments,
} from 'class-validator';
import { IsPlainText, Optional, PageQuery, textProblem } from '@mendao/platform';
import { ORDER_STATUSES, type OrderStatus } from '../domain/order-status';

/** `{name: value}`: at most 50 inputs, each text (≤ 200), a finite number or a boolean. */
function IsOptionMap(): PropertyDecorator {
  const problem = (value: unknown): string | null => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null; // IsObject's to say
    const entries = Object.entries(value);
    if (entries.length > 50) return 'at most 50 options';
    for (const [name, v] of entries) {
      if (typeof v === 'string') {
        // the one plain-text rule of every text field: no control characters (NUL cannot even be stored)
        const text = v.length > 200 ? 'is longer than 200 characters' : textProblem(v);
        if (text) return `option "${name}" ${text} / 选项值不是有效文本`;
      } else if (!((typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean')) {
        return `option "${name}" must be text, a number or true/false / 选项值必须是文本、数字或是/否`;
      }
    }
    return null;
  };
  return ValidateBy({
    name: 'isOptionMap',
    validator: {
      validate: (value: unknown) => problem(value) === null,
      defaultMessage: (args?: ValidationArguments) => problem(args?.value) ?? 'invalid options',
    },
  });
}

export class OrderLineDto {
  @ApiProperty({ example: 'PD-101' }) @IsString() @IsPlainText() @Length(1, 40) productCode: string;
  @ApiProperty({ example: 900, description: 'opening width / 门洞宽 (mm)' }) @IsNumber() @IsPositive() width: number;
  @ApiProperty({ example: 2100, description: 'opening height / 门洞高 (mm)' }) @IsNumber() @IsPositive() height: number;
  @ApiProperty({ example: 120, description: 'wall thickness / 墙厚 (mm)' })
  @IsNumber()
  @IsPositive()
  wallThickness: number;
  @ApiPropertyOptional({ example: 900, description: '子母门 master leaf width / 母门宽 (mm)' })
  @Optional()
  @IsNumber()
  @IsPositive()
  masterWidth?: number;
  @ApiProperty({
    example: '左内开',
    description:
      'handing / 开启方向: a code (left-in, left-out, right-in, right-out, left-sliding, right-sliding, none) or the words dealers write (左内开, 右外开, 左推拉…); stored as the code',
  })
  @IsString()
  @IsPlainText()
  @Length(1, 40)
  swing: string;
  @ApiProperty({ example: 'OAK', description: 'finish / 颜色' })
  @IsString()
  @IsPlainText()
  @Length(1, 40)
  finish: string;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] },
    example: { doorType: 'unequal_pair', transom: false },
    description:
      "values of the model's inputs by name (an enum by its value or label); missing ones take their default",
  })
  @Optional()
  @IsObject()
  @IsOptionMap()
  options?: Record<string, string | number | boolean>;
  @ApiProperty({ example: 1 }) @IsInt() @IsPositive() @Max(10000) quantity: number;
  @ApiPropertyOptional({ example: '主卧' }) @Optional() @IsString() @IsPlainText() @Length(0, 80) room?: string;
  @ApiPropertyOptional() @Optional() @IsString() @IsPlainText({ multiline: true }) @Length(0, 500) note?: string;
}

export class CreateOrderDto {
  @ApiProperty({ example: 'SO-2026-0001' }) @IsString() @IsPlainText() @Length(1, 40) orderNo: string;
  @ApiProperty({ example: '江山某装饰公司' }) @IsString() @IsPlainText() @Length(1, 200) customer: string;
  @ApiPropertyOptional({ example: '2026-12-20' }) @Optional() @IsDateString({ strict: true }) dueDate?: string;
  @ApiProperty({ type: [OrderLineDto] })
  @ValidateNested({ each: true })
  @Type(() => OrderLineDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(2000)
  lines: OrderLineDto[];
}

/** PATCH /orders/{id}: header fields and/or the full list of lines (replacing the old ones). */
export class UpdateOrderDto {
  @ApiPropertyOptional() @Optional() @IsString() @IsPlainText() @Length(1, 200) customer?: string;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'null clears the due date' })
  @ValidateIf((_order: object, value: unknown) => value !== undefined && value !== null)
  @IsDateString({ strict: true })
  dueDate?: string | null;
  @ApiPropertyOptional({ type: [OrderLineDto] })
  @Optional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => OrderLineDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(2000)
  lines?: OrderLineDto[];
}

export class CreateSplitRunDto {
  @ApiProperty({ type: [String], description: 'order ids or order numbers' })
  @IsString({ each: true })
  @IsPlainText({}, { each: true })
  @Length(1, 64, { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  orderIds: string[];
}

/** A calendar day (`2026-12-20`): a real date, never a time. */
const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;
const Day = (description: string, example: string) =>
  applyDecorators(
    ApiPropertyOptional({ format: 'date', description, example }),
    Optional(),
    ValidateBy({
      name: 'isCalendarDay',
      validator: {
        // the pattern, and a day the calendar has (2026-02-30 is not)
        validate: (value: unknown) => {
          if (typeof value !== 'string' || !CALENDAR_DAY.test(value)) return false;
          const at = Date.parse(`${value}T00:00:00Z`);
          return !Number.isNaN(at) && new Date(at).toISOString().startsWith(value);
        },
        defaultMessage: () => '$property must be a date like 2026-12-20',
      },
    }),
  );

/**
 * GET /orders: filters on top of the cursor paging. Filters narrow the same newest-first order, so a cursor
 * stays a position in it; days are calendar days (created days in the factory's time zone), both ends included.
 */
export class OrderListQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: ORDER_STATUSES,
    enumName: 'OrderStatus',
    isArray: true,
    description: 'one or more states (repeat the parameter)',
  })
  @Optional()
  @Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? (value as unknown[]) : [value]))
  @IsIn(ORDER_STATUSES, { each: true })
  @ArrayMaxSize(ORDER_STATUSES.length)
  status?: OrderStatus[];
  @ApiPropertyOptional({ description: 'customer contains (case-insensitive)', example: '江山' })
  @Optional()
  @IsString()
  @IsPlainText()
  @Length(1, 200)
  customer?: string;
  @ApiPropertyOptional({ description: 'order number contains (case-insensitive)', example: '2026' })
  @Optional()
  @IsString()
  @IsPlainText()
  @Length(1, 40)
  q?: string;
  @Day('due on or after', '2026-12-01') dueFrom?: string;
  @Day('due on or before', '2026-12-31') dueTo?: string;
  @Day('created on or after (factory time zone)', '2026-11-01') createdFrom?: string;
  @Day('created on or before (factory time zone)', '2026-11-30') createdTo?: string;
}
