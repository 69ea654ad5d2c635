import { Inject, Injectable } from '@nestjs/common';
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { LOGGER } from '../logging/logger';
import { runAsBackgroundWork } from '../database/workload';
import { TenancyContext } from '../tenancy/tenancy.context';
import { JobHandler, JobContext, PermanentJobError } from './job-processor';
import { JOB_QUEUE, JobQueue } from './job-queue';
import type { JobType } from './job-types';
import { JobMetrics } from './job-metrics';
import { isPermanent } from './permanent-error';
import { retryDelayMs } from './retry-delay';

interface ClaimedJob {
  id: string;
  factoryId: string;
  type: JobType;
  payload: Record<string, unknown>;
  attempts: number;
  maxAttempts: number;
  createdBy: string | null;
}

const PROGRESS_MIN_INTERVAL_MS = 250;

/**
 * Runs one job id taken from any queue adapter. Postgres decides whether it may run: the claim is a
 * conditional UPDATE, so duplicate queue entries (re-pushed by the reconciler, redelivered by BullMQ)
 * never run a job twice at once, and a finished job never runs again.
 */
@Injectable()
export class JobRunner {
  readonly workerId = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private readonly handlers = new Map<JobType, JobHandler<JobType>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly tenancy: TenancyContext,
    private readonly metrics: JobMetrics,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly log: Logger,
  ) {}

  register(type: JobType, handler: JobHandler<JobType>): void {
    this.handlers.set(type, handler);
  }

  registeredTypes(): JobType[] {
    return [...this.handlers.keys()];
  }

  /** Runs with background-work database timeouts (long saves are expected; see data-source-options.ts). */
  execute(jobId: string): Promise<void> {
    return runAsBackgroundWork(() => this.run(jobId));
  }

  private async run(jobId: string): Promise<void> {
    const claimed = await this.claim(jobId);
    if (!claimed) return;
    if ('factoryBusy' in claimed) return this.putBack(jobId, claimed.attempts);
    const { job, attemptId } = claimed;
    const log = this.log.child({ jobId, type: job.type, attempt: job.attempts });
    const heartbeat = setInterval(() => void this.beat(job.id), Math.max(250, this.config.jobs.stallTimeoutMs / 4));
    const started = Date.now();
    try {
      const handler = this.handlers.get(job.type);
      if (!handler) throw new PermanentJobError(`No processor for job type ${job.type}`);
      const result = await this.tenancy.run({ factoryId: job.factoryId, userId: job.createdBy ?? undefined }, () =>
        handler.run(job.payload as never, this.contextFor(job)),
      );
      await this.succeed(job, attemptId, result);
      this.metrics.finished(job.type, 'succeeded', Date.now() - started);
      log.info({ ms: Date.now() - started }, 'job succeeded');
    } catch (error) {
      const outcome = await this.fail(job, attemptId, error);
      this.metrics.finished(job.type, outcome, Date.now() - started);
      log.warn({ err: error, outcome }, 'job attempt failed');
    } finally {
      clearInterval(heartbeat);
    }
    await this.wakeFactory(job);
  }

  /**
   * Takes the job if it is due (or its worker died) and its factory runs fewer than
   * `maxRunningPerFactory` jobs, across all workers: one factory's backlog cannot fill every worker slot.
   * Claims are serialised per factory (an advisory lock) so two workers never both see room for one more.
   * In the same transaction, an attempt left `running` by a dead worker is closed and the new one opened.
   * Times recorded are clock_timestamp(), not now(): now() is when the transaction began, before it may have
   * waited on the lock, so a started_at from it could precede the end of the job that made room; heartbeats,
   * recorded so, are compared with the time of the statement, after the lock.
   */
  private claim(
    jobId: string,
  ): Promise<{ job: ClaimedJob; attemptId: string } | { factoryBusy: true; attempts: number } | null> {
    return this.dataSource.transaction(async (manager) => {
      const [target] = await manager.query<{ factory_id: string }[]>(`SELECT factory_id FROM job WHERE id = $1`, [
        jobId,
      ]);
      if (!target) return null;
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('mendao.job-claim:' || $1, 0))`, [
        target.factory_id,
      ]);
      const staleSeconds = this.config.jobs.stallTimeoutMs / 1000;
      const [rows] = await manager.query<[Record<string, unknown>[], number]>(
        `UPDATE job
            SET status = 'running', attempts = attempts + 1, locked_by = $2, heartbeat_at = clock_timestamp(),
                started_at = coalesce(started_at, clock_timestamp()), updated_at = now(), error = NULL
          WHERE id = $1
            AND ((status = 'queued' AND run_after <= now())
                 OR (status = 'running' AND heartbeat_at < statement_timestamp() - make_interval(secs => $3)
                     AND attempts < max_attempts))
            AND (SELECT count(*) FROM job other
                  WHERE other.factory_id = job.factory_id AND other.status = 'running' AND other.id <> job.id
                    AND other.heartbeat_at >= statement_timestamp() - make_interval(secs => $3)) < $4
          RETURNING id, factory_id, type, payload, attempts, max_attempts, created_by`,
        [jobId, this.workerId, staleSeconds, this.config.jobs.maxRunningPerFactory],
      );
      const row = rows[0];
      if (!row) {
        // due but not taken: its factory is at its limit. Touching updated_at tells the reconciler its entry lives.
        const [waiting] = await manager.query<[{ attempts: number }[], number]>(
          `UPDATE job SET updated_at = now() WHERE id = $1 AND status = 'queued' AND run_after <= now() RETURNING attempts`,
          [jobId],
        );
        return waiting[0] ? { factoryBusy: true as const, attempts: waiting[0].attempts } : null;
      }
      const job: ClaimedJob = {
        id: row.id as string,
        factoryId: row.factory_id as string,
        type: row.type as JobType,
        payload: row.payload as Record<string, unknown>,
        attempts: row.attempts as number,
        maxAttempts: row.max_attempts as number,
        createdBy: row.created_by as string | null,
      };
      await manager.query(
        `UPDATE job_attempt
            SET outcome = 'stalled', finished_at = clock_timestamp(),
                error = 'Worker stopped responding; taken over by attempt ' || $3 || ' / 处理进程无响应，已由第 ' || $3 || ' 次尝试接手'
          WHERE factory_id = $1 AND job_id = $2 AND outcome = 'running'`,
        [job.factoryId, job.id, job.attempts],
      );
      const [attempt] = await manager.query<{ id: string }[]>(
        `INSERT INTO job_attempt (factory_id, job_id, attempt, worker, started_at)
         VALUES ($1, $2, $3, $4, clock_timestamp()) RETURNING id`,
        [job.factoryId, job.id, job.attempts, this.workerId],
      );
      return { job, attemptId: attempt.id };
    });
  }

  /**
   * A job refused for its factory's limit goes back to the queue, delayed: not lost, and behind other
   * factories' entries. The tag (a time bucket) makes it a new entry, while two copies of one job deferred
   * together still make one.
   */
  private async putBack(jobId: string, attempts: number): Promise<void> {
    const delayMs = this.config.jobs.factoryBusyDelayMs;
    await this.queue
      .push(jobId, attempts + 1, delayMs, `b${Math.floor(Date.now() / delayMs)}`)
      .catch((error: unknown) => this.log.warn({ err: error, jobId }, 'put-back push failed; reconciler will retry'));
  }

  /** A finished job leaves room in its factory: push its oldest waiting jobs now rather than at their put-back delay. */
  private async wakeFactory(job: ClaimedJob): Promise<void> {
    try {
      const waiting = await this.dataSource.query<{ id: string; attempts: number }[]>(
        `SELECT id, attempts FROM job
          WHERE factory_id = $1 AND status = 'queued' AND run_after <= now()
          ORDER BY created_at LIMIT $2`,
        [job.factoryId, this.config.jobs.maxRunningPerFactory],
      );
      for (const next of waiting) await this.queue.push(next.id, next.attempts + 1, 0, `w${job.id}-${job.attempts}`);
    } catch (error) {
      this.log.warn({ err: error, factoryId: job.factoryId }, "waking the factory's waiting jobs failed");
    }
  }

  private contextFor(job: ClaimedJob): JobContext {
    let lastWrite = 0;
    return {
      jobId: job.id,
      factoryId: job.factoryId,
      attempt: job.attempts,
      progress: async (fraction: number, message?: string) => {
        const now = Date.now();
        if (now - lastWrite < PROGRESS_MIN_INTERVAL_MS && fraction < 1) return;
        lastWrite = now;
        await this.dataSource.query(
          `UPDATE job SET progress = $3, progress_message = $4, heartbeat_at = clock_timestamp(), updated_at = now()
            WHERE id = $1 AND locked_by = $2 AND status = 'running'`,
          [job.id, this.workerId, Math.min(1, Math.max(0, fraction)), message ?? null],
        );
      },
    };
  }

  private async beat(jobId: string): Promise<void> {
    await this.dataSource
      .query(
        `UPDATE job SET heartbeat_at = clock_timestamp() WHERE id = $1 AND locked_by = $2 AND status = 'running'`,
        [jobId, this.workerId],
      )
      .catch((error: unknown) => this.log.warn({ err: error, jobId }, 'job heartbeat failed'));
  }

  private async succeed(job: ClaimedJob, attemptId: string, result: unknown): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE job SET status = 'succeeded', progress = 1, result = $3, finished_at = clock_timestamp(), updated_at = now(),
                locked_by = NULL
          WHERE id = $1 AND locked_by = $2 AND status = 'running'`,
        [job.id, this.workerId, JSON.stringify(result ?? null)],
      );
      // `running` only: an attempt closed as stalled (its job taken over) keeps that outcome
      await manager.query(
        `UPDATE job_attempt SET outcome = 'succeeded', finished_at = clock_timestamp() WHERE id = $1 AND outcome = 'running'`,
        [attemptId],
      );
    });
  }

  /** Records the failed attempt; schedules a retry unless the error is permanent or attempts are used up. */
  private async fail(job: ClaimedJob, attemptId: string, error: unknown): Promise<'failed' | 'retrying'> {
    const message = error instanceof Error ? error.message : String(error);
    const permanent = isPermanent(error) || job.attempts >= job.maxAttempts;
    const delayMs = permanent ? 0 : retryDelayMs(job.attempts, this.config.jobs.retryBaseDelayMs);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE job
            SET status = $3, error = $4, locked_by = NULL, updated_at = now(),
                run_after = now() + make_interval(secs => $5),
                finished_at = CASE WHEN $3 = 'failed' THEN clock_timestamp() END
          WHERE id = $1 AND locked_by = $2 AND status = 'running'`,
        [job.id, this.workerId, permanent ? 'failed' : 'queued', message, delayMs / 1000],
      );
      await manager.query(
        `UPDATE job_attempt SET outcome = 'failed', error = $2, finished_at = clock_timestamp() WHERE id = $1 AND outcome = 'running'`,
        [attemptId, message],
      );
    });
    if (!permanent) {
      await this.queue
        .push(job.id, job.attempts + 1, delayMs)
        .catch((pushError: unknown) => this.log.warn({ err: pushError }, 'retry push failed; reconciler will retry'));
    }
    return permanent ? 'failed' : 'retrying';
  }
}
