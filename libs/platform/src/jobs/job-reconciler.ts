import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { LOGGER } from '../logging/logger';
import { JobMetrics } from './job-metrics';
import { JOB_QUEUE, JobQueue } from './job-queue';

/** How long a queued job may sit before we suspect its queue entry vanished and push it again. */
const LOST_GRACE_SECONDS = 5;
const BATCH = 1000;

/**
 * Keeps Postgres (the record) and the queue (the transport) in step, so no accepted job is lost:
 * stalled running jobs (worker died) go back to queued or fail when out of attempts, and queued jobs
 * whose entry may be gone (Redis restarted empty) are pushed again. Pushing twice is harmless: the
 * queue dedupes by entry id and the runner's claim lets only one copy run.
 */
@Injectable()
export class JobReconciler implements OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly metrics: JobMetrics,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly log: Logger,
  ) {}

  start(): void {
    const tick = () => {
      this.running = this.reconcileOnce()
        .catch((error: unknown) => this.log.warn({ err: error }, 'job reconciliation failed'))
        .finally(() => {
          this.timer = setTimeout(tick, this.config.jobs.reconcileIntervalMs);
        });
    };
    tick();
  }

  async onApplicationShutdown(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
    clearTimeout(this.timer);
  }

  async reconcileOnce(): Promise<{ stalled: number; failed: number; pushed: number }> {
    const stalled = await this.releaseStalled();
    const due = await this.dataSource.query<{ id: string; attempts: number; delay_ms: string }[]>(
      `SELECT id, attempts, greatest(0, extract(epoch FROM run_after - now()) * 1000)::bigint AS delay_ms
         FROM job
        WHERE status = 'queued' AND updated_at < now() - make_interval(secs => $1)
        ORDER BY run_after
        LIMIT ${BATCH}`,
      [LOST_GRACE_SECONDS],
    );
    for (const job of due) await this.queue.push(job.id, job.attempts + 1, Number(job.delay_ms));
    this.metrics.recovered('stalled', stalled.requeued);
    if (due.length > 0) this.log.debug({ count: due.length }, 're-pushed queued jobs');
    return { stalled: stalled.requeued, failed: stalled.failed, pushed: due.length };
  }

  private async releaseStalled(): Promise<{ requeued: number; failed: number }> {
    const [rows] = await this.dataSource.query<[{ id: string; status: string; attempts: number }[], number]>(
      `WITH stale AS (
         SELECT id FROM job
          WHERE status = 'running' AND heartbeat_at < now() - make_interval(secs => $1)
          ORDER BY heartbeat_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
       UPDATE job j
          SET status = CASE WHEN j.attempts >= j.max_attempts THEN 'failed' ELSE 'queued' END,
              error = 'Worker stopped responding during attempt ' || j.attempts || ' / 处理进程无响应',
              finished_at = CASE WHEN j.attempts >= j.max_attempts THEN now() END,
              locked_by = NULL, run_after = now(), updated_at = now() - make_interval(secs => $2)
         FROM stale WHERE j.id = stale.id
       RETURNING j.id, j.status, j.attempts`,
      [this.config.jobs.stallTimeoutMs / 1000, LOST_GRACE_SECONDS],
    );
    if (rows.length > 0) {
      await this.dataSource.query(
        `UPDATE job_attempt SET outcome = 'stalled', finished_at = now()
          WHERE outcome = 'running' AND job_id = ANY($1::uuid[])`,
        [rows.map((r) => r.id)],
      );
      this.log.warn({ jobs: rows.map((r) => r.id) }, 'released stalled jobs');
    }
    return {
      requeued: rows.filter((r) => r.status === 'queued').length,
      failed: rows.filter((r) => r.status === 'failed').length,
    };
  }
}
