import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { FactoryOwned } from '../tenancy/factory-owned';
import type { JobStatus, JobType } from './job-types';

/** The job of record. The queue only carries its id (DESIGN.md §2). */
@Entity('job')
export class Job extends FactoryOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) type: JobType;
  @Column({ type: 'jsonb' }) payload: Record<string, unknown>;
  @Column({ type: 'text', default: 'queued' }) status: JobStatus;
  @Column({ type: 'real', default: 0 }) progress: number;
  @Column({ type: 'text', nullable: true }) progressMessage: string | null;
  @Column({ type: 'int', default: 0 }) attempts: number;
  @Column({ type: 'int' }) maxAttempts: number;
  @Column({ type: 'text', nullable: true }) error: string | null;
  @Column({ type: 'jsonb', nullable: true }) result: unknown;
  @Column({ type: 'text', nullable: true }) lockedBy: string | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) runAfter: Date;
  @Column({ type: 'timestamptz', nullable: true }) heartbeatAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) startedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) finishedAt: Date | null;
}

/** One execution of a job by one worker: the history an operator reads when a job misbehaves. */
@Entity('job_attempt')
export class JobAttempt extends FactoryOwned {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) jobId: string;
  @Column({ type: 'int' }) attempt: number;
  @Column({ type: 'text' }) worker: string;
  @Column({ type: 'text', default: 'running' }) outcome: 'running' | 'succeeded' | 'failed' | 'stalled';
  @Column({ type: 'text', nullable: true }) error: string | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) startedAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) finishedAt: Date | null;
}
