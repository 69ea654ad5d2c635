import { Module } from '@nestjs/common';
import { AccuracyHttpModule } from './accuracy/accuracy.module';
import { LabelsHttpModule } from './labels/labels.module';
import { OrderPackagesController } from './order-packages.controller';
import { PackScansController } from './pack-scans.controller';
import { PackingModule } from './packing.module';
import { PackingSettingsController } from './settings.controller';
import { ScanHistoryHttpModule } from './scan-history.module';
import { StationsController } from './stations.controller';
import { ShipmentsHttpModule } from './shipments/shipments.module';

/** Packing with its HTTP routes, for the api. */
@Module({
  imports: [PackingModule, AccuracyHttpModule, ShipmentsHttpModule, LabelsHttpModule, ScanHistoryHttpModule],
  controllers: [StationsController, PackScansController, PackingSettingsController, OrderPackagesController],
})
export class PackingHttpModule {}
