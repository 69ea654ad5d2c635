import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, Runtime } from '@mendao/platform';
import { EquipmentModule } from '@mendao/equipment';
import { MqttGatewayService, WRITE_CONCURRENCY } from './mqtt-gateway.service';

/** A batch's concurrent writes, plus one for the factory look-ups. */
const GATEWAY_POOL_SIZE = WRITE_CONCURRENCY + 1;

/** The MQTT gateway: no HTTP, the equipment context's event ingestion fed from the broker. */
@Module({})
export class GatewayModule {
  static forRoot(runtime: Runtime): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        PlatformModule.forRoot({ ...runtime, consumeJobs: false, poolSize: GATEWAY_POOL_SIZE }),
        EquipmentModule,
      ],
      providers: [MqttGatewayService],
      exports: [MqttGatewayService],
    };
  }
}
