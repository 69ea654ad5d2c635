import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, Runtime } from '@mendao/platform';
import { EquipmentModule } from '@mendao/equipment';
import { MqttGatewayService } from './mqtt-gateway.service';

/** One batch is written at a time; a second connection serves the factory look-ups meanwhile. */
const GATEWAY_POOL_SIZE = 3;

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
