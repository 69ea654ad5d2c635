/**
 * Every job name with its payload type. The queue carries only the job row's id;
 * the payload lives in Postgres. Domain libs add their names here as they arrive.
 */
export interface JobPayloads {
  /** Internal probe used by the platform's own tests to prove delivery, retries and recovery. */
  'platform.probe': {
    sleepMs?: number;
    failTimes?: number;
    permanent?: boolean;
    overflow?: boolean;
    note?: string;
    /** Probes with the same key count each other: the result's `concurrent` is how many ran when this one started. */
    concurrencyKey?: string;
  };
  /** 拆单: explode, cut and package the orders of one split run (libs/splitting). */
  'splitting.run': { splitRunId: string };
}

export type JobType = keyof JobPayloads;

// A Record keyed by JobType makes the compiler insist that this runtime list is complete.
const NAMES: Record<JobType, true> = { 'platform.probe': true, 'splitting.run': true };
export const JOB_TYPES = Object.keys(NAMES) as JobType[];

export const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
