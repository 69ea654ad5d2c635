import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MACHINE_STATES, type MachineState } from '../domain/equipment-codes';

const EVENT_ID =
  'idempotency key per machine; default state@<ISO at> / count@<ISO at>, so the same instant again is a duplicate';
const AT = 'ISO 8601 instant with its offset; at most 5 minutes ahead of the server';
const BATCH =
  'each event is checked (the whole batch before anything is written: 422 listing every bad field); at most 5000 events per request (413)';

export class StateEventDto {
  @ApiPropertyOptional({ description: EVENT_ID, maxLength: 200 }) eventId?: string;
  @ApiProperty({ description: AT, example: '2026-11-30T08:00:00+08:00' }) at: string;
  @ApiProperty({ enum: MACHINE_STATES }) state: MachineState;
  @ApiPropertyOptional({
    description: 'a downtime reason code (GET /downtime-reasons): required for down, allowed for idle and setup',
    example: 'blade_broken',
  })
  reason?: string;
}

export class CountEventDto {
  @ApiPropertyOptional({ description: EVENT_ID, maxLength: 200 }) eventId?: string;
  @ApiProperty({ description: AT, example: '2026-11-30T08:05:00+08:00' }) at: string;
  @ApiProperty({ minimum: 0, description: 'good units (the machine’s count unit), whole' }) good: number;
  @ApiProperty({ minimum: 0, description: 'scrapped units, whole' }) scrap: number;
}

/** The body of POST /machines/{code}/events, for the API's description: the service checks it (see BATCH). */
export class MachineEventsDto {
  @ApiPropertyOptional({ type: [StateEventDto], description: BATCH }) states?: StateEventDto[];
  @ApiPropertyOptional({ type: [CountEventDto], description: BATCH }) counts?: CountEventDto[];
}

export class FactoryEventDto {
  @ApiProperty({ description: 'machine code (or id)', example: 'SAW-01' }) machine: string;
  @ApiProperty({ enum: ['state', 'count'] }) kind: 'state' | 'count';
  @ApiPropertyOptional({ description: EVENT_ID, maxLength: 200 }) eventId?: string;
  @ApiProperty({ description: AT }) at: string;
  @ApiPropertyOptional({ enum: MACHINE_STATES, description: 'kind state' }) state?: MachineState;
  @ApiPropertyOptional({ description: 'kind state: a downtime reason code' }) reason?: string;
  @ApiPropertyOptional({ minimum: 0, description: 'kind count' }) good?: number;
  @ApiPropertyOptional({ minimum: 0, description: 'kind count' }) scrap?: number;
}

/** The body of POST /machine-events: a gateway's batch across the factory's machines (checked by the service). */
export class FactoryEventsDto {
  @ApiProperty({ type: [FactoryEventDto], description: BATCH }) events: FactoryEventDto[];
}

export class IngestResultDto {
  @ApiProperty({ description: 'events recorded now' }) accepted: number;
  @ApiProperty({ description: 'events already recorded (same event id, or a state at an instant that has one)' })
  duplicates: number;
}
