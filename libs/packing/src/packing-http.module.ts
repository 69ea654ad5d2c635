import { Module } from '@nestjs/common';
import { AccuracyHttpModule } from './accuracy/accuracy.module';
import { PackingModule } from './packing.module';

/** Packing with its HTTP routes, for the api. */
@Module({
  imports: [PackingModule, AccuracyHttpModule],
  controllers: [],
})
export class PackingHttpModule {}
