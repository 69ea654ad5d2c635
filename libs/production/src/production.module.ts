import { Module } from '@nestjs/common';

/** Production tracking (报工): work orders released from split runs, progress reports, travelers. */
@Module({
  imports: [],
  providers: [],
  exports: [],
})
export class ProductionModule {}

/** The same with its HTTP routes, for the api. */
@Module({
  imports: [ProductionModule],
  controllers: [],
})
export class ProductionHttpModule {}
