import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsNumber, IsPositive, IsString, Length, Matches, Max } from 'class-validator';
import { IsPlainText, Optional } from '@mendao/platform';
import {
  COUNT_UNITS,
  COUNTS_FROM,
  type CountsFrom,
  type CountUnit,
  MACHINE_PROCESSES,
  MACHINE_STATES,
  type MachineProcess,
  type MachineState,
} from '../domain/equipment-codes';
import { IsInstant } from './instant';

/** Also a segment of the MQTT topic (mendao/{factory}/machines/{code}/…): no '/', '+' or '#'. */
export const MACHINE_CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/;
const MACHINE_CODE_MESSAGE =
  'letters, digits, _ . or -, starting with a letter or digit, 1 to 40 / 字母、数字、_ . -，以字母或数字开头，1 至 40 个字符';
const CYCLE_DESCRIPTION =
  'ideal cycle time (ISO 22400 PRU): seconds per count unit at the rated speed, e.g. 90 per sheet for a panel saw';
/** A day per unit: anything longer is a typing error, not a machine. */
const MAX_CYCLE_SECONDS = 86_400;
const COUNTS_FROM_DESCRIPTION =
  'which counts count, so no unit is counted twice: any = the machine’s own count events (gateway, tablet) and ' +
  'station reports (报工) alike; machine = its own only (a station report on it adds no count); reports = station ' +
  'reports only (its count events are refused, 422 at counts[i] / events[i].kind)';

export class UpdateMachineDto {
  @ApiPropertyOptional({ example: '电子开料锯 1' }) @Optional() @IsString() @IsPlainText() @Length(1, 60) name?: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Panel saw 1' })
  @Optional()
  @IsString()
  @IsPlainText()
  @Length(1, 60)
  nameEn?: string;
  @ApiPropertyOptional({ enum: MACHINE_PROCESSES }) @Optional() @IsIn(MACHINE_PROCESSES) process?: MachineProcess;
  @ApiPropertyOptional({ enum: COUNT_UNITS }) @Optional() @IsIn(COUNT_UNITS) countUnit?: CountUnit;
  @ApiPropertyOptional({
    description: CYCLE_DESCRIPTION,
    exclusiveMinimum: true,
    minimum: 0,
    maximum: MAX_CYCLE_SECONDS,
  })
  @Optional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 3 })
  @IsPositive()
  @Max(MAX_CYCLE_SECONDS)
  idealCycleSeconds?: number;
  @ApiPropertyOptional({
    description:
      'when the new idealCycleSeconds starts to count (ISO 8601 with its offset or Z, at most 400 days back); ' +
      'default now. Only with idealCycleSeconds',
    example: '2026-11-01T00:00:00+08:00',
  })
  @Optional()
  @IsInstant()
  effectiveFrom?: string;
  @ApiPropertyOptional({ enum: COUNTS_FROM, description: COUNTS_FROM_DESCRIPTION })
  @Optional()
  @IsIn(COUNTS_FROM)
  countsFrom?: CountsFrom;
  @ApiPropertyOptional() @Optional() @IsBoolean() active?: boolean;
}

export class CreateMachineDto {
  @ApiProperty({ example: 'SAW-01', description: 'letters, digits, _ . -; 1–40; never changes' })
  @IsString()
  @Matches(MACHINE_CODE, { message: MACHINE_CODE_MESSAGE })
  code: string;
  @ApiProperty({ example: '电子开料锯 1' }) @IsString() @IsPlainText() @Length(1, 60) name: string;
  @ApiPropertyOptional({ example: 'Panel saw 1' })
  @Optional()
  @IsString()
  @IsPlainText()
  @Length(1, 60)
  nameEn?: string;
  @ApiProperty({ enum: MACHINE_PROCESSES }) @IsIn(MACHINE_PROCESSES) process: MachineProcess;
  @ApiProperty({ enum: COUNT_UNITS }) @IsIn(COUNT_UNITS) countUnit: CountUnit;
  @ApiProperty({ description: CYCLE_DESCRIPTION, exclusiveMinimum: true, minimum: 0, maximum: MAX_CYCLE_SECONDS })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 3 })
  @IsPositive()
  @Max(MAX_CYCLE_SECONDS)
  idealCycleSeconds: number;
  // defaults in words, not `default:` (openapi-typescript would make a field with a default required)
  @ApiPropertyOptional({ enum: COUNTS_FROM, description: `${COUNTS_FROM_DESCRIPTION}. Default any` })
  @Optional()
  @IsIn(COUNTS_FROM)
  countsFrom?: CountsFrom;
  @ApiPropertyOptional({ description: 'default true' }) @Optional() @IsBoolean() active?: boolean;
}

export class MachineCurrentStateDto {
  @ApiProperty({ enum: MACHINE_STATES }) state: MachineState;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ description: 'when the machine entered this state' }) since: Date;
}

export class MachineDto {
  @ApiProperty() id: string;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) nameEn: string | null;
  @ApiProperty({ enum: MACHINE_PROCESSES }) process: MachineProcess;
  @ApiProperty({ enum: COUNT_UNITS }) countUnit: CountUnit;
  @ApiProperty({ description: 'the ideal cycle time valid now' }) idealCycleSeconds: number;
  @ApiProperty({ enum: COUNTS_FROM, description: COUNTS_FROM_DESCRIPTION }) countsFrom: CountsFrom;
  @ApiProperty() active: boolean;
  @ApiProperty({
    type: MachineCurrentStateDto,
    nullable: true,
    description: 'the last state up to now; null: none yet',
  })
  state: MachineCurrentStateDto | null;
}

export class MachineListDto {
  @ApiProperty({ type: [MachineDto] }) items: MachineDto[];
}
