import { Module } from '@nestjs/common';
import { SplittingModule } from '@mendao/splitting';
import { TravelersController } from './travelers.controller';
import { TravelersService } from './travelers.service';

/** Travelers (流转卡): a printable PDF per work order, or for a whole split run. */
@Module({
  imports: [SplittingModule],
  providers: [TravelersService],
  controllers: [TravelersController],
})
export class TravelersHttpModule {}
