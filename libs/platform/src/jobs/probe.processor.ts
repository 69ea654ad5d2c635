import { Injectable } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { JobContext, JobHandler, JobProcessor, PermanentJobError } from './job-processor';
import type { JobPayloads } from './job-types';

/** Probes running now in this process, per concurrencyKey. */
const running = new Map<string, number>();

/** Exercises the job system in tests: waits, reports progress, fails on demand. Has no HTTP route. */
@Injectable()
@JobProcessor('platform.probe')
export class ProbeProcessor implements JobHandler<'platform.probe'> {
  constructor(private readonly dataSource: DataSource) {}

  async run(payload: JobPayloads['platform.probe'], context: JobContext): Promise<unknown> {
    const key = payload.concurrencyKey;
    if (key === undefined) return this.probe(payload, context);
    const concurrent = (running.get(key) ?? 0) + 1;
    running.set(key, concurrent);
    try {
      return { ...(await this.probe(payload, context)), concurrent };
    } finally {
      running.set(key, (running.get(key) ?? 1) - 1);
    }
  }

  private async probe(payload: JobPayloads['platform.probe'], context: JobContext) {
    const steps = 4;
    for (let step = 1; step <= steps; step += 1) {
      await sleep((payload.sleepMs ?? 0) / steps);
      await context.progress(step / steps, `step ${step}/${steps}`);
    }
    if (payload.permanent) throw new PermanentJobError('probe asked to fail permanently');
    if (payload.overflow) await this.dataSource.query('SELECT 2147483647::int + $1::int', [context.attempt]);
    if (context.attempt <= (payload.failTimes ?? 0)) throw new Error(`probe failing attempt ${context.attempt}`);
    return { note: payload.note ?? null, attempt: context.attempt, factoryId: context.factoryId };
  }
}
