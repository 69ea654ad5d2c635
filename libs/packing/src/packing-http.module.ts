import { Module } from '@nestjs/common';
import { PackingModule } from './packing.module';

/** Packing with its HTTP routes, for the api. */
@Module({
  imports: [PackingModule],
  controllers: [],
})
export class PackingHttpModule {}
