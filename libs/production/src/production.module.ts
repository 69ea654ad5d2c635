import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EquipmentModule } from '@mendao/equipment';
import { SplittingModule } from '@mendao/splitting';
import { MachineCounts } from './machine-counts';
import { ProductionController, ReleaseController, WorkOrdersController } from './production.controller';
import { PRODUCTION_ENTITIES } from './production.entities';
import { ProductionRepository } from './production.repository';
import { ProgressService } from './progress.service';
import { ReportsService } from './reports.service';
import { ScrapReasonsService } from './scrap-reasons.service';
import { TravelersHttpModule } from './travelers/travelers.module';
import { WorkOrdersService } from './work-orders.service';

/** Production tracking (报工): work orders released from split runs, progress reports, travelers. */
@Module({
  imports: [TypeOrmModule.forFeature(PRODUCTION_ENTITIES), SplittingModule, EquipmentModule],
  providers: [
    ProductionRepository,
    WorkOrdersService,
    ReportsService,
    ProgressService,
    ScrapReasonsService,
    MachineCounts,
  ],
  exports: [WorkOrdersService, ReportsService, ProgressService, ScrapReasonsService],
})
export class ProductionModule {}

/** The same with its HTTP routes, for the api. */
@Module({
  imports: [ProductionModule, TravelersHttpModule],
  controllers: [ReleaseController, WorkOrdersController, ProductionController],
})
export class ProductionHttpModule {}
