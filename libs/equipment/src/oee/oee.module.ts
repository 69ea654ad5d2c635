import { Module } from '@nestjs/common';
import { OeeRollups } from './oee-rollups.service';

/** OEE (ISO 22400-2): rollups kept up to date as events arrive, and the queries over them. */
@Module({
  imports: [],
  providers: [OeeRollups],
  exports: [OeeRollups],
})
export class OeeModule {}

/** The OEE routes, for the api. */
@Module({
  imports: [OeeModule],
  controllers: [],
})
export class OeeHttpModule {}
