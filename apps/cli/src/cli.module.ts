import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { CliCommandRegistry, PLATFORM_COMMANDS, PlatformModule, Runtime } from '@mendao/platform';
import { SplittingModule } from '@mendao/splitting';
import { WarehouseModule } from '@mendao/warehouse';

/** Every lib's CLI commands over the shared platform. */
@Module({})
export class CliModule {
  static forRoot(runtime: Runtime): DynamicModule {
    return {
      module: CliModule,
      imports: [
        DiscoveryModule,
        PlatformModule.forRoot({ ...runtime, consumeJobs: false }),
        SplittingModule,
        WarehouseModule,
      ],
      providers: [CliCommandRegistry, ...PLATFORM_COMMANDS],
    };
  }
}
