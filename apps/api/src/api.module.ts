import { DynamicModule, Module } from '@nestjs/common';
import { PlatformHttpModule, PlatformModule, Runtime } from '@mendao/platform';
import { EquipmentHttpModule } from '@mendao/equipment';
import { PackingHttpModule } from '@mendao/packing';
import { ProductionHttpModule } from '@mendao/production';
import { SplittingHttpModule } from '@mendao/splitting';
import { WarehouseHttpModule } from '@mendao/warehouse';
import { CuttingHttpModule } from './cutting/cutting-http.module';

/** The HTTP application: the platform plus each domain lib's HTTP module. */
@Module({})
export class ApiModule {
  static forRoot(runtime: Runtime): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        // Without Redis the api runs jobs itself (embedded mode); with Redis, workers do.
        PlatformModule.forRoot({ ...runtime, consumeJobs: !runtime.config.redisUrl }),
        PlatformHttpModule,
        CuttingHttpModule,
        SplittingHttpModule,
        WarehouseHttpModule,
        EquipmentHttpModule,
        ProductionHttpModule,
        PackingHttpModule,
      ],
    };
  }
}
