import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDateString,
  IsInt,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  IsIn,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsPlainText, Optional } from '@mendao/platform';
import { MACHINE_PROCESSES, type MachineProcess } from '../domain/equipment-codes';
import { IsInstant } from './instant';

export const SHIFT_CODE = /^[\p{L}\p{N}_-]{1,40}$/u;
const CODE_MESSAGE = 'letters, digits, _ or -, 1 to 40 / 字母、数字、_ 或 -，1 至 40 个字符';
const DAYS_DESCRIPTION = 'ISO weekdays the shift STARTS on: 1 = Monday … 7 = Sunday';
const PROCESSES_DESCRIPTION =
  'the processes whose machines work this shift (e.g. a night shift for cutting and edge banding only); null or absent: every machine';
const SPAN_DESCRIPTION = 'ISO 8601 with its offset or Z; at most 400 days back';
const TIME_DESCRIPTION = "the factory's local wall-clock time HH:MM; end at or before start: ends the next day";

export class ShiftBreakDto {
  @ApiProperty({ example: '12:00', description: 'HH:MM' }) @IsString() start: string;
  @ApiProperty({ example: '13:00', description: 'HH:MM' }) @IsString() end: string;
}

export class UpdateShiftDto {
  @ApiPropertyOptional({ example: '白班' }) @Optional() @IsString() @IsPlainText() @Length(1, 60) name?: string;
  @ApiPropertyOptional({ example: 'Day shift' }) @Optional() @IsString() @IsPlainText() @Length(1, 60) nameEn?: string;
  @ApiPropertyOptional({ description: DAYS_DESCRIPTION, example: [1, 2, 3, 4, 5, 6], type: [Number] })
  @Optional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  days?: number[];
  @ApiPropertyOptional({ example: '08:00', description: TIME_DESCRIPTION }) @Optional() @IsString() start?: string;
  @ApiPropertyOptional({ example: '17:30', description: TIME_DESCRIPTION }) @Optional() @IsString() end?: string;
  @ApiPropertyOptional({ type: [ShiftBreakDto], description: 'planned breaks, outside planned busy time' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ShiftBreakDto)
  breaks?: ShiftBreakDto[];
  @ApiPropertyOptional({ enum: MACHINE_PROCESSES, isArray: true, nullable: true, description: PROCESSES_DESCRIPTION })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(MACHINE_PROCESSES, { each: true })
  processes?: MachineProcess[] | null;
  @ApiPropertyOptional() @Optional() @IsBoolean() active?: boolean;
}

export class CreateShiftDto {
  @ApiProperty({ example: 'day', description: 'letters, digits, _ or -; 1–40' })
  @IsString()
  @Matches(SHIFT_CODE, { message: CODE_MESSAGE })
  code: string;
  @ApiProperty({ example: '白班' }) @IsString() @IsPlainText() @Length(1, 60) name: string;
  @ApiPropertyOptional({ example: 'Day shift' }) @Optional() @IsString() @IsPlainText() @Length(1, 60) nameEn?: string;
  @ApiProperty({ description: DAYS_DESCRIPTION, example: [1, 2, 3, 4, 5, 6], type: [Number] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  days: number[];
  @ApiProperty({ example: '08:00', description: TIME_DESCRIPTION }) @IsString() start: string;
  @ApiProperty({ example: '17:30', description: TIME_DESCRIPTION }) @IsString() end: string;
  // the default in words, not `default:` (openapi-typescript would make a field with a default required)
  @ApiPropertyOptional({
    type: [ShiftBreakDto],
    description: 'planned breaks, outside planned busy time; default none',
  })
  @Optional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ShiftBreakDto)
  breaks?: ShiftBreakDto[];
  @ApiPropertyOptional({ enum: MACHINE_PROCESSES, isArray: true, nullable: true, description: PROCESSES_DESCRIPTION })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(MACHINE_PROCESSES, { each: true })
  processes?: MachineProcess[] | null;
}

export class ShiftDto {
  @ApiProperty() id: string;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) nameEn: string | null;
  @ApiProperty({ type: [Number] }) days: number[];
  @ApiProperty() start: string;
  @ApiProperty() end: string;
  @ApiProperty({ type: [ShiftBreakDto] }) breaks: ShiftBreakDto[];
  @ApiProperty({ enum: MACHINE_PROCESSES, isArray: true, nullable: true, description: PROCESSES_DESCRIPTION })
  processes: MachineProcess[] | null;
  @ApiProperty() active: boolean;
}

export class ShiftListDto {
  @ApiProperty({ type: [ShiftDto] }) items: ShiftDto[];
}

export class CreateHolidayDto {
  @ApiProperty({ example: '2026-10-01', description: 'the local date (YYYY-MM-DD) on which no shift starts' })
  @IsDateString({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date YYYY-MM-DD / 日期格式须为 YYYY-MM-DD' })
  day: string;
  @ApiProperty({ example: '国庆节' }) @IsString() @IsPlainText() @Length(1, 60) name: string;
}

export class HolidayDto {
  @ApiProperty() day: string;
  @ApiProperty() name: string;
}

export class HolidayListDto {
  @ApiProperty({ type: [HolidayDto] }) items: HolidayDto[];
}

export class CreateMaintenanceDto {
  @ApiPropertyOptional({ description: 'machine code or id; absent: every machine of the factory' })
  @Optional()
  @IsString()
  @Length(1, 60)
  machine?: string;
  @ApiProperty({ example: '2026-11-07T08:00:00+08:00', description: SPAN_DESCRIPTION }) @IsInstant() from: string;
  @ApiProperty({ example: '2026-11-07T12:00:00+08:00', description: SPAN_DESCRIPTION }) @IsInstant() to: string;
  @ApiProperty({ example: '封边机月度保养' }) @IsString() @IsPlainText() @Length(1, 200) reason: string;
}

export class MaintenanceDto {
  @ApiProperty() id: string;
  @ApiProperty({ type: String, nullable: true, description: 'machine code; null: every machine' })
  machine: string | null;
  @ApiProperty() from: Date;
  @ApiProperty() to: Date;
  @ApiProperty() reason: string;
}

export class MaintenanceListDto {
  @ApiProperty({ type: [MaintenanceDto] }) items: MaintenanceDto[];
}

export class MaintenanceQuery {
  @ApiPropertyOptional({ description: 'only maintenance ending after this instant (ISO 8601 with its offset or Z)' })
  @Optional()
  @IsInstant()
  from?: string;
  @ApiPropertyOptional({ description: 'only maintenance starting before this instant (ISO 8601 with its offset or Z)' })
  @Optional()
  @IsInstant()
  to?: string;
}
