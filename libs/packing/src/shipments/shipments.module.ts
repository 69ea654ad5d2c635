import { Module } from '@nestjs/common';
import { SplittingModule } from '@mendao/splitting';
import { PackingModule } from '../packing.module';
import { LoadScansService } from './load-scans.service';
import { LoadTogether } from './load-together';
import { ShipmentsController } from './shipments.controller';
import { ShipmentsRepository } from './shipments.repository';
import { ShipmentsService } from './shipments.service';

/** Shipments and scan-to-load (装车). */
@Module({
  imports: [SplittingModule, PackingModule],
  providers: [ShipmentsRepository, ShipmentsService, LoadScansService, LoadTogether],
  exports: [ShipmentsService, LoadScansService],
})
export class ShipmentsModule {}

/** The shipment routes, for the api. */
@Module({
  imports: [ShipmentsModule],
  controllers: [ShipmentsController],
})
export class ShipmentsHttpModule {}
