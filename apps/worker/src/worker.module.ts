import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, Runtime } from '@mendao/platform';
import { SplittingModule } from '@mendao/splitting';

/** The queue consumer: no HTTP, every lib's processors. */
@Module({})
export class WorkerModule {
  static forRoot(runtime: Runtime): DynamicModule {
    return {
      module: WorkerModule,
      imports: [PlatformModule.forRoot({ ...runtime, consumeJobs: true }), SplittingModule],
    };
  }
}
