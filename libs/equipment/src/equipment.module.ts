import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EQUIPMENT_ENTITIES } from './equipment.entities';
import { OeeHttpModule } from './oee/oee.module';

/** Machines, shifts and calendar, downtime reasons, state and count events, OEE (ISO 22400-2). */
@Module({
  imports: [TypeOrmModule.forFeature(EQUIPMENT_ENTITIES)],
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
