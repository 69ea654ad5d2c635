import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource, EntityManager, In } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { LOGGER } from '../logging/logger';
import { FactoryScope } from '../tenancy/factory-scope';
import { TenancyContext } from '../tenancy/tenancy.context';
import { Job } from './job.entity';
import { JOB_QUEUE, JobQueue } from './job-queue';
import type { JobPayloads, JobStatus, JobType } from './job-types';

export interface JobView {
  id: string;
  type: JobType;
  status: JobStatus;
  progress: number;
  progressMessage: string | null;
  attempts: number;
  maxAttempts: number;
  error: string | null;
  result: unknown;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

export type Enqueue = <T extends JobType>(type: T, payload: JobPayloads[T]) => Promise<Job>;

/** The one way to start background work: a Postgres row first (the record), then a queue entry (the transport). */
@Injectable()
export class JobsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: FactoryScope,
    private readonly tenancy: TenancyContext,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly log: Logger,
  ) {}

  async enqueue<T extends JobType>(type: T, payload: JobPayloads[T]): Promise<Job> {
    const job = await this.insert(this.dataSource.manager, type, payload);
    await this.dispatch(job);
    return job;
  }

  /**
   * Runs `work` in one transaction in which jobs can be enqueued with the rows they refer to;
   * their queue entries are pushed only after the commit, so no worker looks for a row not yet visible.
   */
  async transaction<R>(work: (manager: EntityManager, enqueue: Enqueue) => Promise<R>): Promise<R> {
    const pending: Job[] = [];
    const result = await this.dataSource.transaction((manager) =>
      work(manager, async (type, payload) => {
        const job = await this.insert(manager, type, payload);
        pending.push(job);
        return job;
      }),
    );
    for (const job of pending) await this.dispatch(job);
    return result;
  }

  async get(id: string): Promise<JobView> {
    return toView(await this.scope.repository(Job).getBy({ id }, 'job', id));
  }

  /** Many jobs of the caller's factory at once (one query), by id; an id of no job is absent from the map. */
  async getMany(ids: string[]): Promise<Map<string, JobView>> {
    if (ids.length === 0) return new Map();
    const jobs = await this.scope.repository(Job).find({ where: { id: In(ids) } });
    return new Map(jobs.map((job) => [job.id, toView(job)]));
  }

  private insert<T extends JobType>(manager: EntityManager, type: T, payload: JobPayloads[T]): Promise<Job> {
    const jobs = this.scope.repository(Job, manager);
    return jobs.save(
      jobs.create({
        type,
        payload: payload as Record<string, unknown>,
        status: 'queued',
        maxAttempts: this.config.jobs.maxAttempts,
        createdBy: this.tenancy.actor()?.userId ?? null,
      }),
    );
  }

  /** A push that fails leaves the job queued in Postgres; the reconciler pushes it later. */
  private async dispatch(job: Job): Promise<void> {
    await this.queue.push(job.id, 1, 0).catch((error: unknown) => {
      this.log.warn({ err: error, jobId: job.id }, 'queue push failed; the reconciler will retry it');
    });
  }
}

function toView(job: Job): JobView {
  return {
    id: job.id,
    type: job.type,
    status: job.status,
    progress: job.progress,
    progressMessage: job.progressMessage,
    attempts: job.attempts,
    maxAttempts: job.maxAttempts,
    error: job.error,
    result: job.result,
    createdAt: job.createdAt,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
  };
}
