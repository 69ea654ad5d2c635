import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { Optional } from '@mendao/platform';
import { TRAVELER_SIZES, type TravelerSize } from './traveler-pdf';

export class TravelerQuery {
  @ApiPropertyOptional({ enum: TRAVELER_SIZES, default: 'A4', description: 'paper size / 纸张' })
  @Optional()
  @IsIn(TRAVELER_SIZES, { message: 'size must be A4 or A5 / 纸张须为 A4 或 A5' })
  size?: TravelerSize;
}
