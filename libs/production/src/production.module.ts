import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EquipmentModule } from '@mendao/equipment';
import { SplittingModule } from '@mendao/splitting';
import { MachineCounts } from './machine-counts';
import { PRODUCTION_ENTITIES } from './production.entities';
import { ProductionRepository } from './production.repository';
import { ProgressService } from './progress.service';
import { ReportsService } from './reports.service';
import { ScrapReasonsService } from './scrap-reasons.service';
import { WorkOrdersService } from './work-orders.service';

/** Production tracking (报工): work orders released from split runs, progress reports (routes: production-http.module.ts). */
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
  // the repository for travelers/ (this lib's own; not exported from the package)
  exports: [WorkOrdersService, ReportsService, ProgressService, ScrapReasonsService, ProductionRepository],
})
export class ProductionModule {}
