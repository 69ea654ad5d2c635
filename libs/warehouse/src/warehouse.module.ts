import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SplittingModule } from '@mendao/splitting';
import { CountsRepository } from './counts.repository';
import { CountsService } from './counts.service';
import { ItemsController, LocationsController } from './master-data.controller';
import { MasterDataService } from './master-data.service';
import { PickListsRepository } from './pick-lists.repository';
import { PickListsService } from './pick-lists.service';
import { PurchasingController } from './purchasing.controller';
import { PurchasingRepository } from './purchasing.repository';
import { PurchasingService } from './purchasing.service';
import { RemnantReceivingService } from './remnant-receiving.service';
import { RemnantStockModule } from './remnant-stock.module';
import { CountsController, PickListsController, StockController } from './stock.controller';
import { StockLedger } from './stock-ledger';
import { StockLedgerRepository } from './stock-ledger.repository';
import { StockRepository } from './stock.repository';
import { StockService } from './stock.service';
import { WarehouseDemoSeeder } from './warehouse-demo.seeder';
import { WAREHOUSE_ENTITIES } from './warehouse.entities';

/** Items, locations, the stock ledger, counts, pick lists and remnants (余料). */
@Module({
  // the remnant port's binding comes with the stores: every app with a warehouse offers remnants to its splits
  imports: [TypeOrmModule.forFeature(WAREHOUSE_ENTITIES), SplittingModule, RemnantStockModule],
  providers: [
    MasterDataService,
    StockLedgerRepository,
    StockLedger,
    StockRepository,
    StockService,
    CountsRepository,
    CountsService,
    PickListsRepository,
    PickListsService,
    PurchasingRepository,
    PurchasingService,
    RemnantReceivingService,
    WarehouseDemoSeeder,
  ],
  exports: [
    MasterDataService,
    StockService,
    CountsService,
    PickListsService,
    PurchasingService,
    RemnantReceivingService,
  ],
})
export class WarehouseModule {}

/** The same with its HTTP routes, for the api. */
@Module({
  imports: [WarehouseModule],
  controllers: [
    ItemsController,
    LocationsController,
    StockController,
    CountsController,
    PickListsController,
    PurchasingController,
  ],
})
export class WarehouseHttpModule {}
