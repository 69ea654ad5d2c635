import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** One registry per process, served at /metrics. */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'mendao_' });

export const httpRequestDuration = new Histogram({
  name: 'mendao_http_request_duration_seconds',
  help: 'HTTP request duration by method, route and status',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

export const jobsFinished = new Counter({
  name: 'mendao_jobs_finished_total',
  help: 'Job attempts finished, by type and outcome',
  labelNames: ['type', 'outcome'] as const,
  registers: [metricsRegistry],
});

export const jobDuration = new Histogram({
  name: 'mendao_job_duration_seconds',
  help: 'Job attempt duration by type',
  labelNames: ['type'] as const,
  buckets: [0.01, 0.1, 0.5, 1, 5, 15, 60, 300],
  registers: [metricsRegistry],
});

export const jobsRecovered = new Counter({
  name: 'mendao_jobs_recovered_total',
  help: 'Jobs put back on the queue by the reconciler, by reason',
  labelNames: ['reason'] as const,
  registers: [metricsRegistry],
});
