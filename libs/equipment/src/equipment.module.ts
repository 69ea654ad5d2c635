import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarController, ShiftsController } from './calendar.controller';
import { CalendarService } from './calendar.service';
import { DowntimeReasonsController } from './downtime-reasons.controller';
import { DowntimeReasonsService } from './downtime-reasons.service';
import { EquipmentDemoSeeder } from './equipment-demo.seeder';
import { EQUIPMENT_ENTITIES } from './equipment.entities';
import { MachineEventsRepository } from './machine-events.repository';
import { MachineEventsService } from './machine-events.service';
import { MachineEventsController, MachinesController } from './machines.controller';
import { MachinesService } from './machines.service';
import { OeeHttpModule, OeeModule } from './oee/oee.module';

/** Machines, shifts and calendar, downtime reasons, state and count events, OEE (ISO 22400-2). */
@Module({
  imports: [TypeOrmModule.forFeature(EQUIPMENT_ENTITIES), OeeModule],
  providers: [
    MachinesService,
    MachineEventsRepository,
    MachineEventsService,
    DowntimeReasonsService,
    CalendarService,
    EquipmentDemoSeeder,
  ],
  exports: [MachinesService, MachineEventsService, DowntimeReasonsService, CalendarService],
})
export class EquipmentModule {}

/** The same with its HTTP routes, for the api. */
@Module({
  imports: [EquipmentModule, OeeHttpModule],
  controllers: [
    MachinesController,
    MachineEventsController,
    DowntimeReasonsController,
    ShiftsController,
    CalendarController,
  ],
})
export class EquipmentHttpModule {}
