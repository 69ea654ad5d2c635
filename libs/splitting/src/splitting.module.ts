import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CutPatternsRepository } from './cut-patterns.repository';
import { MaterialsService } from './materials.service';
import { ImportGate } from './import/import-gate';
import { OrderFulfilmentService } from './order-fulfilment.service';
import { OrderImportService } from './order-import.service';
import { OrdersController } from './orders.controller';
import { OrdersRepository } from './orders.repository';
import { OrdersService } from './orders.service';
import { MaterialsController, ProductsController } from './products.controller';
import { ProductsService } from './products.service';
import { ProcessesController } from './processes.controller';
import { ProcessesService } from './processes.service';
import { RunReleaseService } from './run-release.service';
import { SplitRunProcessor } from './split-run.processor';
import { SplitRunsController } from './split-runs.controller';
import { SplitRunsRepository } from './split-runs.repository';
import { SplitRunsService } from './split-runs.service';
import { SplittingDemoSeeder } from './splitting-demo.seeder';
import { SPLITTING_ENTITIES } from './splitting.entities';

const PROVIDERS = [
  OrdersRepository,
  SplitRunsRepository,
  CutPatternsRepository,
  ProductsService,
  MaterialsService,
  ProcessesService,
  OrdersService,
  { provide: ImportGate, useFactory: () => ImportGate.create() },
  OrderImportService,
  SplitRunsService,
  RunReleaseService,
  OrderFulfilmentService,
  SplitRunProcessor,
  SplittingDemoSeeder,
];

/** Products, orders and split runs. The api serves its controllers; the worker and the CLI use its services and processor. */
@Module({
  imports: [TypeOrmModule.forFeature(SPLITTING_ENTITIES)],
  providers: PROVIDERS,
  exports: [
    ProductsService,
    MaterialsService,
    ProcessesService,
    OrdersService,
    OrderImportService,
    SplitRunsService,
    RunReleaseService,
    OrderFulfilmentService,
    ImportGate,
  ],
})
export class SplittingModule {}

/** The same with its HTTP routes, for the api. */
@Module({
  imports: [SplittingModule],
  controllers: [ProductsController, MaterialsController, ProcessesController, OrdersController, SplitRunsController],
})
export class SplittingHttpModule {}
