import { Module } from '@nestjs/common';
import { SplittingModule } from '@mendao/splitting';
import { AccuracyController } from './accuracy.controller';
import { AccuracyService } from './accuracy.service';

/** The packing and shipping accuracy figures (read only: packing_scan, shipment). */
@Module({
  imports: [SplittingModule],
  providers: [AccuracyService],
  exports: [AccuracyService],
})
export class AccuracyModule {}

/** The accuracy route, for the api. */
@Module({
  imports: [AccuracyModule],
  controllers: [AccuracyController],
})
export class AccuracyHttpModule {}
