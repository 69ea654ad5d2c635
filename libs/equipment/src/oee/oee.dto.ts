import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { Optional } from '@mendao/platform';
import { LOSSES, MACHINE_PROCESSES } from '../domain/equipment-codes';
import { MACHINE_STATES } from '../domain/state-intervals';
import { IsInstant } from '../dto/instant';
import { OEE_BUCKETS, OEE_GROUPS, type OeeBucket, type OeeGroupBy } from './oee-queries.service';

export class TimelineQuery {
  @ApiPropertyOptional({ example: '2026-11-29T00:00:00+08:00', description: 'default: 24 h before `to`' })
  @Optional()
  @IsInstant()
  from?: string;
  @ApiPropertyOptional({ example: '2026-11-30T00:00:00+08:00', description: 'default: now' })
  @Optional()
  @IsInstant()
  to?: string;
}

export class OeeQueryDto extends TimelineQuery {
  @ApiPropertyOptional({ description: 'one machine, by code or id' })
  @Optional()
  @IsString()
  @Length(1, 80)
  machine?: string;
  @ApiPropertyOptional({ enum: MACHINE_PROCESSES, description: 'the machines of one process' })
  @Optional()
  @IsIn(MACHINE_PROCESSES)
  process?: string;
  @ApiPropertyOptional({ enum: OEE_BUCKETS, default: 'day', description: 'hour: a range of at most 31 days' })
  @Optional()
  @IsIn(OEE_BUCKETS)
  bucket?: OeeBucket;
  @ApiPropertyOptional({ enum: OEE_GROUPS, default: 'machine' })
  @Optional()
  @IsIn(OEE_GROUPS)
  groupBy?: OeeGroupBy;
}

export class ShiftRefDto {
  @ApiProperty({ example: 'DAY' }) code: string;
  @ApiProperty({ example: '2026-11-30', description: 'the local date the shift started on' }) date: string;
}

export class ReasonDowntimeDto {
  @ApiProperty({
    example: 'blade_broken',
    description: "a reason code, or 'off' / 'idle' / 'setup' / 'down' when none was given",
  })
  reason: string;
  @ApiProperty({ example: '锯片断裂/崩刃' }) nameZh: string;
  @ApiProperty({ example: 'Saw blade broken' }) nameEn: string;
  @ApiProperty({ enum: LOSSES, description: 'small_stop for down stretches shorter than 120 s' }) loss: string;
  @ApiProperty({ description: 'seconds inside planned busy time' }) seconds: number;
  @ApiProperty() stops: number;
}

export class SixBigLossesDto {
  @ApiProperty({ description: 'seconds down for breakdowns (and switched off) in planned busy time' })
  breakdowns: number;
  @ApiProperty({ description: 'seconds of setups and adjustments' }) setup: number;
  @ApiProperty({ description: 'seconds of down stretches shorter than 120 s (counted as production time)' })
  smallStops: number;
  @ApiProperty({ description: 'production time lost to a slower pace than the ideal cycle' }) slowCycles: number;
  @ApiProperty({ description: 'ideal seconds of scrap within 10 minutes after a setup' }) startupRejects: number;
  @ApiProperty({ description: 'ideal seconds of the other scrap' }) productionRejects: number;
}

export class OeeItemDto {
  @ApiPropertyOptional({ description: 'groupBy=machine: its code' }) machine?: string;
  @ApiPropertyOptional({ enum: MACHINE_PROCESSES }) process?: string;
  @ApiProperty({ format: 'date-time' }) from: string;
  @ApiProperty({ format: 'date-time' }) to: string;
  @ApiPropertyOptional({ type: ShiftRefDto, description: 'bucket=shift' }) shift?: ShiftRefDto;
  @ApiProperty({ description: 'PBT, seconds' }) plannedBusyTime: number;
  @ApiProperty({ description: 'APT, seconds (minor stops included)' }) actualProductionTime: number;
  @ApiProperty() setupTime: number;
  @ApiProperty() downTime: number;
  @ApiProperty() idleTime: number;
  @ApiProperty({ type: Number, nullable: true, description: 'APT / PBT' }) availability: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Σ PRU × PQ / APT (may exceed 1)' })
  performance: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'GQ / PQ' }) quality: number | null;
  @ApiProperty({ type: Number, nullable: true }) oee: number | null;
  @ApiProperty({ description: 'good counted inside planned busy time' }) good: number;
  @ApiProperty() scrap: number;
  @ApiProperty({ description: 'good counted outside planned busy time (not in OEE)' }) unplannedGood: number;
  @ApiProperty() unplannedScrap: number;
  @ApiProperty({ description: 'down stretches of 120 s or more that began in this bucket' }) stops: number;
  @ApiProperty() smallStops: number;
  @ApiProperty({ type: [ReasonDowntimeDto] }) downtimeByReason: ReasonDowntimeDto[];
  @ApiProperty({ type: SixBigLossesDto }) losses: SixBigLossesDto;
}

export class OeeListDto {
  @ApiProperty({ type: [OeeItemDto] }) items: OeeItemDto[];
}

export class TimelineItemDto {
  @ApiProperty({ format: 'date-time' }) from: string;
  @ApiProperty({ format: 'date-time' }) to: string;
  @ApiProperty({ enum: [...MACHINE_STATES, 'unknown'] }) state: string;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiPropertyOptional() nameZh?: string;
  @ApiPropertyOptional() nameEn?: string;
}

export class TimelineDto {
  @ApiProperty({ type: [TimelineItemDto] }) items: TimelineItemDto[];
}
