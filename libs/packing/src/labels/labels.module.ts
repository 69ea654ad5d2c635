import { Module } from '@nestjs/common';
import { SplittingModule } from '@mendao/splitting';
import { PackingModule } from '../packing.module';
import { LabelsController } from './labels.controller';
import { LabelsService } from './labels.service';

/** Package labels (包装标签) as PDF and ZPL, for a released split run, an order or a selection of packages. */
@Module({
  imports: [PackingModule, SplittingModule],
  providers: [LabelsService],
  controllers: [LabelsController],
})
export class LabelsHttpModule {}
