import { Injectable } from '@nestjs/common';
import { jobDuration, jobsFinished, jobsRecovered } from '../metrics/registry';

@Injectable()
export class JobMetrics {
  finished(type: string, outcome: 'succeeded' | 'failed' | 'retrying', ms: number): void {
    jobsFinished.inc({ type, outcome });
    jobDuration.observe({ type }, ms / 1000);
  }

  recovered(reason: 'stalled' | 'lost', count: number): void {
    if (count > 0) jobsRecovered.inc({ reason }, count);
  }
}
