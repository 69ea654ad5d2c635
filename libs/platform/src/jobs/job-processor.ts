import { SetMetadata } from '@nestjs/common';
import type { JobPayloads, JobType } from './job-types';

export interface JobContext {
  jobId: string;
  factoryId: string;
  attempt: number;
  /** Reports progress 0..1 (and keeps the job's heartbeat fresh); cheap to call often. */
  progress(fraction: number, message?: string): Promise<void>;
}

/** A processor must be idempotent: a retried or recovered job runs it again and must replace, not add. */
export interface JobHandler<T extends JobType> {
  run(payload: JobPayloads[T], context: JobContext): Promise<unknown>;
}

/** Thrown by a processor when retrying cannot help; the message is what the planner reads. */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentJobError';
  }
}

export const JOB_PROCESSOR_KEY = 'mendao.job-processor';
export const JobProcessor = (type: JobType) => SetMetadata(JOB_PROCESSOR_KEY, type);
