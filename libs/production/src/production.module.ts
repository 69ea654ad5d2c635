import { Module } from '@nestjs/common';
import { TravelersHttpModule } from './travelers/travelers.module';

/** Production tracking (报工): work orders released from split runs, progress reports, travelers. */
@Module({
  imports: [],
  providers: [],
  exports: [],
})
export class ProductionModule {}

/** The same with its HTTP routes, for the api. */
@Module({
  imports: [ProductionModule, TravelersHttpModule],
  controllers: [],
})
export class ProductionHttpModule {}
