import { Module } from '@nestjs/common';

/** Machines, shifts and calendar, downtime reasons, state and count events, OEE (ISO 22400-2). */
@Module({
  imports: [],
  providers: [],
  exports: [],
})
export class EquipmentModule {}

/** The same with its HTTP routes, for the api. */
@Module({
  imports: [EquipmentModule],
  controllers: [],
})
export class EquipmentHttpModule {}
