import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, Runtime } from '@mendao/platform';
import { SplittingModule } from '@mendao/splitting';
import { RemnantStockModule } from '@mendao/warehouse';

/**
 * Connections a worker needs: each running job holds up to three at once (its transaction, its progress
 * writes, its heartbeat), plus two for the reconciler and claims. Sized from the concurrency rather than
 * DB_POOL_SIZE, which sizes the api's request pool.
 */
export function workerPoolSize(concurrency: number): number {
  return concurrency * 3 + 2;
}

/** The queue consumer: no HTTP, every lib's processors. */
@Module({})
export class WorkerModule {
  static forRoot(runtime: Runtime): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        PlatformModule.forRoot({
          ...runtime,
          consumeJobs: true,
          poolSize: workerPoolSize(runtime.config.jobs.concurrency),
        }),
        SplittingModule,
        // a split takes remnants in stock first (the splitting port, bound by the stores)
        RemnantStockModule,
      ],
    };
  }
}
