import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Roles } from '@mendao/platform';
import { AccuracyDto, AccuracyQueryDto } from './accuracy.dto';
import { type Accuracy, AccuracyService } from './accuracy.service';

@ApiTags('packing')
@ApiBearerAuth()
@Roles('manager')
@Controller('packing/accuracy')
export class AccuracyController {
  constructor(private readonly accuracy: AccuracyService) {}

  /** Packing and shipping accuracy per day, station or user: scans, errors caught by kind, shipments closed. */
  @Get()
  @ApiOkResponse({ type: AccuracyDto })
  @ApiProblems(400)
  get(@Query() query: AccuracyQueryDto): Promise<Accuracy> {
    return this.accuracy.accuracy(query);
  }
}
