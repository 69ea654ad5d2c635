import { ApiProperty } from '@nestjs/swagger';
import { JOB_STATUSES, JOB_TYPES, type JobStatus, type JobType } from '../../jobs/job-types';
import { PageOf } from '../page.dto';

export class AuditEntryDto {
  @ApiProperty({ description: 'a bigint, as a string', example: '1842' }) id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: 'f575db7b-d939-49fd-a2d1-5cf3418690d8' })
  userId: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'warehouse' }) username: string | null;
  @ApiProperty({ description: 'method and route pattern', example: 'POST /api/v1/stock/moves' }) action: string;
  @ApiProperty({ example: '/api/v1/stock/moves' }) path: string;
  @ApiProperty({ description: 'HTTP status of the answer', example: 201 }) status: number;
  @ApiProperty({ enum: ['success', 'failure'], example: 'success' }) outcome: 'success' | 'failure';
  @ApiProperty({ type: String, nullable: true, example: '7190b248-33f1-4c12-b967-a9181cb362ed' })
  requestId: string | null;
  @ApiProperty({ type: String, nullable: true, example: '192.168.1.23' }) ip: string | null;
  @ApiProperty({ type: Number, nullable: true, example: 14 }) durationMs: number | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'route parameters (and, for a login, the factory code)',
    example: { params: { id: '15440f25-9a36-4ba5-88f9-4e85d4f20798' } },
  })
  detail: object | null;
  @ApiProperty({ format: 'date-time', example: '2026-11-29T09:12:40.149Z' }) at: Date;
}

export const AuditEntryPageDto = PageOf(AuditEntryDto);

export class JobDto {
  @ApiProperty({ format: 'uuid', example: '2cb58920-780c-4d16-96ac-f2b2fac00691' }) id: string;
  @ApiProperty({ enum: JOB_TYPES, example: 'splitting.run' }) type: JobType;
  @ApiProperty({ enum: JOB_STATUSES, enumName: 'JobStatus', example: 'succeeded' }) status: JobStatus;
  @ApiProperty({ minimum: 0, maximum: 1, example: 1 }) progress: number;
  @ApiProperty({ type: String, nullable: true, example: 'split done / 拆单完成' }) progressMessage: string | null;
  @ApiProperty({ example: 1 }) attempts: number;
  @ApiProperty({ example: 3 }) maxAttempts: number;
  @ApiProperty({ type: String, nullable: true, example: null }) error: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'what the job produced (a split run: its summary); null until it succeeds',
    example: { orders: 2, doors: 23, parts: 638 },
  })
  result: unknown;
  @ApiProperty({ format: 'date-time', example: '2026-11-29T09:11:26.017Z' }) createdAt: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: '2026-11-29T09:11:26.028Z' })
  startedAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: '2026-11-29T09:11:26.712Z' })
  finishedAt: Date | null;
}

export class HealthDto {
  @ApiProperty({ enum: ['ok'], example: 'ok' }) status: 'ok';
}

export class ReadyDto {
  @ApiProperty({ enum: ['ready'], example: 'ready' }) status: 'ready';
  @ApiProperty({ enum: ['up'], example: 'up' }) database: 'up';
  @ApiProperty({ description: 'the job transport', enum: ['in-process', 'bullmq'], example: 'bullmq' }) queue: string;
}
