import {
  BeforeApplicationShutdown,
  DynamicModule,
  Inject,
  Injectable,
  Module,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { DiscoveryModule, DiscoveryService } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { LOGGER } from '../logging/logger';
import { BullmqJobQueue } from './bullmq.queue';
import { InProcessJobQueue } from './in-process.queue';
import { Job, JobAttempt } from './job.entity';
import { JobMetrics } from './job-metrics';
import { JOB_PROCESSOR_KEY, JobHandler } from './job-processor';
import { JOB_QUEUE, JobQueue } from './job-queue';
import { JobReconciler } from './job-reconciler';
import { JobRunner } from './job-runner';
import { JOB_TYPES, JobType } from './job-types';
import { JobsController } from './jobs.controller';
import { JobsService } from './jobs.service';
import { ProbeProcessor } from './probe.processor';

export interface JobsModuleOptions {
  /** Whether this process runs jobs (worker; api in embedded mode) or only enqueues them (api in served mode). */
  consume: boolean;
  /** The job types this process must have processors for; all of them unless said (the platform's own tests). */
  jobTypes?: JobType[];
}

const JOBS_OPTIONS = Symbol('JOBS_OPTIONS');

@Injectable()
class JobsLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly runner: JobRunner,
    private readonly reconciler: JobReconciler,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(JOBS_OPTIONS) private readonly options: JobsModuleOptions,
    @Inject(LOGGER) private readonly log: Logger,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.options.consume) return;
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || !wrapper.metatype) continue;
      const type = Reflect.getMetadata(JOB_PROCESSOR_KEY, wrapper.metatype) as JobType | undefined;
      if (type) this.runner.register(type, instance as JobHandler<JobType>);
    }
    const missing = (this.options.jobTypes ?? JOB_TYPES).filter(
      (type) => !this.runner.registeredTypes().includes(type),
    );
    if (missing.length > 0) throw new Error(`No processor registered for job types: ${missing.join(', ')}`);
    this.queue.consume((jobId) => this.runner.execute(jobId));
    this.reconciler.start();
    this.log.info({ queue: this.queue.kind, worker: this.runner.workerId, types: JOB_TYPES }, 'consuming jobs');
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.reconciler.onApplicationShutdown();
    await this.queue.close();
  }
}

@Module({})
export class JobsModule {
  static forRoot(options: JobsModuleOptions): DynamicModule {
    return {
      module: JobsModule,
      global: true,
      imports: [DiscoveryModule, TypeOrmModule.forFeature([Job, JobAttempt])],
      controllers: [JobsController],
      providers: [
        { provide: JOBS_OPTIONS, useValue: options },
        {
          provide: JOB_QUEUE,
          inject: [APP_CONFIG, LOGGER],
          useFactory: async (config: AppConfig, log: Logger): Promise<JobQueue> => {
            if (!config.redisUrl) return new InProcessJobQueue(config.jobs.concurrency);
            const queue = new BullmqJobQueue(config.redisUrl, config.jobs.queuePrefix, config.jobs.concurrency, log);
            await queue.connected();
            return queue;
          },
        },
        JobsService,
        JobMetrics,
        JobRunner,
        JobReconciler,
        JobsLifecycle,
        ProbeProcessor,
      ],
      exports: [JobsService, JOB_QUEUE, JobReconciler, JobRunner],
    };
  }
}
