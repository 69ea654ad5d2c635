import { Module } from '@nestjs/common';
import { OeeHttpModule } from './oee/oee.module';

/** Machines, shifts and calendar, downtime reasons, state and count events, OEE (ISO 22400-2). */
@Module({
  imports: [],
  providers: [],
  exports: [],
})
export class EquipmentModule {}

/** The same with its HTTP routes, for the api. */
@Module({
  imports: [EquipmentModule, OeeHttpModule],
  controllers: [],
})
export class EquipmentHttpModule {}
