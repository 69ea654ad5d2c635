import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsPlainText, Optional } from '@mendao/platform';
import {
  MAX_INSTRUCTIONS_LENGTH,
  MAX_PROCESSES,
  MAX_WAIT_MINUTES,
  PROCESS_CODE,
  PROCESS_CODE_MESSAGE,
} from '../domain/processes';

const WAIT_DESCRIPTION =
  'minutes a part must rest after this step before the next may start (养生 24 h = 1440); 0 for none';
const INSTRUCTIONS_DESCRIPTION =
  'work instructions (作业要求) printed on every traveler (流转卡) of this process; several lines allowed; "" for none';
const INSTRUCTIONS_EXAMPLE = '胶水均匀涂布，冷压 8 小时以上；出压后检查开胶、鼓包。';

/** The body of PATCH /processes/{code}: what may change; the code stays (routes and work orders name it). */
export class UpdateProcessDto {
  @ApiPropertyOptional({ example: '养生' }) @Optional() @IsString() @IsPlainText() @Length(1, 60) nameZh?: string;
  @ApiPropertyOptional({ example: 'Curing' }) @Optional() @IsString() @IsPlainText() @Length(1, 60) nameEn?: string;
  @ApiPropertyOptional({ description: WAIT_DESCRIPTION, minimum: 0, maximum: MAX_WAIT_MINUTES, example: 1440 })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(MAX_WAIT_MINUTES)
  minWaitMinutes?: number;
  @ApiPropertyOptional({
    description: INSTRUCTIONS_DESCRIPTION,
    maxLength: MAX_INSTRUCTIONS_LENGTH,
    example: INSTRUCTIONS_EXAMPLE,
  })
  @Optional()
  @IsString()
  @IsPlainText({ multiline: true })
  @MaxLength(MAX_INSTRUCTIONS_LENGTH)
  instructions?: string;
  @ApiPropertyOptional({ description: 'false: kept for old routes, offered to no new model version', example: true })
  @Optional()
  @IsBoolean()
  active?: boolean;
}

export class CreateProcessDto {
  @ApiProperty({ example: 'curing', description: 'letters, digits, Chinese characters, _ or -; 1–40' })
  @IsString()
  @Matches(PROCESS_CODE, { message: PROCESS_CODE_MESSAGE })
  code: string;
  @ApiProperty({ example: '养生' }) @IsString() @IsPlainText() @Length(1, 60) nameZh: string;
  @ApiProperty({ example: 'Curing' }) @IsString() @IsPlainText() @Length(1, 60) nameEn: string;
  @ApiPropertyOptional({ description: WAIT_DESCRIPTION, minimum: 0, maximum: MAX_WAIT_MINUTES, default: 0 })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(MAX_WAIT_MINUTES)
  minWaitMinutes?: number;
  @ApiPropertyOptional({
    description: INSTRUCTIONS_DESCRIPTION,
    maxLength: MAX_INSTRUCTIONS_LENGTH,
    default: '',
    example: INSTRUCTIONS_EXAMPLE,
  })
  @Optional()
  @IsString()
  @IsPlainText({ multiline: true })
  @MaxLength(MAX_INSTRUCTIONS_LENGTH)
  instructions?: string;
}

/** PUT /processes/order: every code of the factory, once each, in the new order. */
export class ReorderProcessesDto {
  @ApiProperty({ type: [String], example: ['cutting', 'trimming', 'pressing', 'curing'] })
  @IsArray()
  @ArrayMaxSize(MAX_PROCESSES)
  @IsString({ each: true })
  codes: string[];
}

export class ProcessListQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: the switched-off processes too' })
  @Optional()
  @IsIn(['true', 'false'])
  all?: 'true' | 'false';
}

export class ProcessDto {
  @ApiProperty({ format: 'uuid', example: '0b0d9b4e-2f7c-4d5e-9d6b-2a6a5f0c1e11' }) id: string;
  @ApiProperty({ example: 'curing' }) code: string;
  @ApiProperty({ example: '养生' }) nameZh: string;
  @ApiProperty({ example: 'Curing' }) nameEn: string;
  @ApiProperty({ description: WAIT_DESCRIPTION, example: 1440 }) minWaitMinutes: number;
  @ApiProperty({ description: INSTRUCTIONS_DESCRIPTION, example: INSTRUCTIONS_EXAMPLE }) instructions: string;
  @ApiProperty({ description: 'place in the factory’s list, lower first', example: 3 }) sort: number;
  @ApiProperty({ description: 'false: offered to no new model version', example: true }) active: boolean;
  @ApiProperty({ format: 'date-time', example: '2026-11-03T08:30:00.000Z' }) createdAt: Date;
  @ApiProperty({ format: 'date-time', example: '2026-11-03T08:30:00.000Z' }) updatedAt: Date;
}
