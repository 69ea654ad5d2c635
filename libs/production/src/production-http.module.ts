import { Module } from '@nestjs/common';
import { ProductionController, ReleaseController, WorkOrdersController } from './production.controller';
import { ProductionModule } from './production.module';
import { TravelersHttpModule } from './travelers/travelers.module';

/** Production with its HTTP routes and the travelers', for the api (a file of its own: travelers import ProductionModule). */
@Module({
  imports: [ProductionModule, TravelersHttpModule],
  controllers: [ReleaseController, WorkOrdersController, ProductionController],
})
export class ProductionHttpModule {}
