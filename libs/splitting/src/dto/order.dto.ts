import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsDateString,
  IsInt,
  IsNumber,
  IsPositive,
  IsString,
  Length,
  Max,
  ValidateNested,
  IsArray,
} from 'class-validator';
import { IsPlainText, Optional } from '@mendao/platform';

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
  @ApiProperty({ example: 'left-in', description: 'swing / 开启方向' })
  @IsString()
  @IsPlainText()
  @Length(1, 40)
  swing: string;
  @ApiProperty({ example: 'OAK', description: 'finish / 颜色' })
  @IsString()
  @IsPlainText()
  @Length(1, 40)
  finish: string;
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
  @ApiPropertyOptional() @Optional() @IsDateString({ strict: true }) dueDate?: string;
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
