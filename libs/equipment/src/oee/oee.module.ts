import { Module } from '@nestjs/common';
import { OeeController } from './oee.controller';
import { OeeQueries } from './oee-queries.service';
import { OeeRollups } from './oee-rollups.service';

/** OEE (ISO 22400-2): rollups kept up to date as events arrive, and the queries over them. */
@Module({
  imports: [],
  providers: [OeeRollups, OeeQueries],
  exports: [OeeRollups, OeeQueries],
})
export class OeeModule {}

/** The OEE routes, for the api. */
@Module({
  imports: [OeeModule],
  controllers: [OeeController],
})
export class OeeHttpModule {}
