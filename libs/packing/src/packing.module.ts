import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProductionModule } from '@mendao/production';
import { SplittingModule } from '@mendao/splitting';
import { PACKING_ENTITIES } from './packing.entities';
import { PackagesService } from './order-packages.service';
import { PackScansService } from './pack-scans.service';
import { PackingDemoSeeder } from './packing-demo.seeder';
import { ScanHints } from './scan-hints';
import { ScanLog } from './scan-log';
import { PackTogether } from './pack-together';
import { SharedScans } from './shared-scans';
import { PackingSettingsService } from './settings.service';
import { StationsService } from './stations.service';
import { UndoService } from './undo.service';

/** The services of packing; PackagesService and PackingSettingsService serve shipments, labels and accuracy too. */
const SERVICES = [
  ScanLog,
  ScanHints,
  SharedScans,
  PackingSettingsService,
  PackagesService,
  StationsService,
  PackScansService,
  UndoService,
];

/** Packing and shipping verification: pack stations, scans, shipments, labels (routes: packing-http.module.ts). */
@Module({
  imports: [TypeOrmModule.forFeature(PACKING_ENTITIES), SplittingModule, ProductionModule],
  providers: [...SERVICES, PackTogether, PackingDemoSeeder],
  exports: [...SERVICES],
})
export class PackingModule {}
