import { Module } from '@nestjs/common';

/** Travelers (流转卡): a printable PDF per work order, or for a whole split run. */
@Module({
  imports: [],
  providers: [],
  controllers: [],
})
export class TravelersHttpModule {}
