import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProductionModule } from '@mendao/production';
import { SplittingModule } from '@mendao/splitting';
import { PACKING_ENTITIES } from './packing.entities';
import { ScanLog } from './scan-log';

/** Packing and shipping verification: pack stations, scans, shipments, labels (routes: packing-http.module.ts). */
@Module({
  imports: [TypeOrmModule.forFeature(PACKING_ENTITIES), SplittingModule, ProductionModule],
  providers: [ScanLog],
  exports: [ScanLog],
})
export class PackingModule {}
