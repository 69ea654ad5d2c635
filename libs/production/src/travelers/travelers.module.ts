import { Module } from '@nestjs/common';
import { SplittingModule } from '@mendao/splitting';
import { ProductionModule } from '../production.module';
import { TravelersController } from './travelers.controller';
import { TravelersService } from './travelers.service';

/** Travelers (流转卡): a printable PDF per released work order, or for a whole released split run. */
@Module({
  imports: [SplittingModule, ProductionModule],
  providers: [TravelersService],
  controllers: [TravelersController],
})
export class TravelersHttpModule {}
