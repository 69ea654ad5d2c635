import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { FactoryOwned, NUMERIC } from '@mendao/platform';
import type {
  CountSource,
  CountsFrom,
  CountUnit,
  Loss,
  MachineProcess,
  MachineState,
  ReasonState,
  ShiftBreak,
  StateSource,
} from './domain/equipment-codes';

@Entity('machine')
export class Machine extends FactoryOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) code: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text', nullable: true }) nameEn: string | null;
  @Column({ type: 'text' }) process: MachineProcess;
  @Column({ type: 'text' }) countUnit: CountUnit;
  /** ISO 22400 PRU in seconds per count unit, as of now; the history is in machine_cycle_time. */
  @Column({ type: 'numeric', transformer: NUMERIC }) idealCycleSeconds: number;
  /** Which counts count: the machine's own, station reports, or both (domain/equipment-codes COUNTS_FROM). */
  @Column({ type: 'text', default: 'any' }) countsFrom: CountsFrom;
  @Column({ type: 'boolean', default: true }) active: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** The ideal cycle time valid from `validFrom` until the next row's; the first row is valid from -infinity. */
@Entity('machine_cycle_time')
export class MachineCycleTime extends FactoryOwned {
  @PrimaryColumn({ type: 'uuid' }) machineId: string;
  @PrimaryColumn({ type: 'timestamptz' }) validFrom: Date;
  @Column({ type: 'numeric', transformer: NUMERIC }) idealCycleSeconds: number;
}

/** Shift times are the factory's local wall clock; end <= start means the shift ends the next day. */
@Entity('shift')
export class Shift extends FactoryOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) code: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text', nullable: true }) nameEn: string | null;
  /** ISO weekdays (1 = Monday … 7 = Sunday) the shift starts on. */
  @Column({ type: 'int', array: true }) days: number[];
  @Column({ type: 'text' }) startTime: string;
  @Column({ type: 'text' }) endTime: string;
  @Column({ type: 'jsonb', default: () => "'[]'" }) breaks: ShiftBreak[];
  /** The processes whose machines work this shift (a night shift for the saws only); null: every machine. */
  @Column({ type: 'text', array: true, nullable: true }) processes: MachineProcess[] | null;
  @Column({ type: 'boolean', default: true }) active: boolean;
  /** When it was switched off: its planned time before then stays planned (ADR 0010). */
  @Column({ type: 'timestamptz', nullable: true }) activeUntil: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** No shift starts on a holiday. Keyed by the factory, so it declares factoryId as a primary column itself. */
@Entity('holiday')
export class Holiday implements FactoryOwned {
  @PrimaryColumn({ type: 'uuid' }) factoryId: string;
  @PrimaryColumn({ type: 'date' }) day: string;
  @Column({ type: 'text' }) name: string;
}

/** Outside planned busy time; machineId null = every machine of the factory. */
@Entity('planned_maintenance')
export class PlannedMaintenance extends FactoryOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid', nullable: true }) machineId: string | null;
  @Column({ type: 'timestamptz' }) startsAt: Date;
  @Column({ type: 'timestamptz' }) endsAt: Date;
  @Column({ type: 'text' }) reason: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

@Entity('downtime_reason')
export class DowntimeReason implements FactoryOwned {
  @PrimaryColumn({ type: 'uuid' }) factoryId: string;
  @PrimaryColumn({ type: 'text' }) code: string;
  @Column({ type: 'text', nullable: true }) parentCode: string | null;
  @Column({ type: 'text' }) nameZh: string;
  @Column({ type: 'text' }) nameEn: string;
  @Column({ type: 'text', array: true }) appliesTo: ReasonState[];
  @Column({ type: 'text' }) loss: Loss;
  @Column({ type: 'boolean', default: true }) active: boolean;
  @Column({ type: 'int', default: 0 }) sort: number;
}

/** A machine entered `state` at `at` and stayed in it until its next state event. */
@Entity('machine_state_event')
export class MachineStateEvent extends FactoryOwned {
  @PrimaryColumn({ type: 'uuid' }) machineId: string;
  @PrimaryColumn({ type: 'text' }) eventId: string;
  @Column({ type: 'timestamptz' }) at: Date;
  @Column({ type: 'text' }) state: MachineState;
  @Column({ type: 'text', nullable: true }) reason: string | null;
  @Column({ type: 'text' }) source: StateSource;
  @Column({ type: 'timestamptz', default: () => 'now()' }) receivedAt: Date;
}

/** Units produced (good, scrap) counted at `at`, by the machine itself or by a station report. */
@Entity('machine_count_event')
export class MachineCountEvent extends FactoryOwned {
  @PrimaryColumn({ type: 'uuid' }) machineId: string;
  @PrimaryColumn({ type: 'text' }) eventId: string;
  @Column({ type: 'timestamptz' }) at: Date;
  @Column({ type: 'int' }) good: number;
  @Column({ type: 'int' }) scrap: number;
  @Column({ type: 'text' }) source: CountSource;
  @Column({ type: 'uuid', nullable: true }) workOrderId: string | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) receivedAt: Date;
}

export const EQUIPMENT_ENTITIES = [
  Machine,
  MachineCycleTime,
  Shift,
  Holiday,
  PlannedMaintenance,
  DowntimeReason,
  MachineStateEvent,
  MachineCountEvent,
];
