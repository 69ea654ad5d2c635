import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Roles } from '@mendao/platform';
import { OeeListDto, OeeQueryDto, TimelineDto, TimelineQuery } from './oee.dto';
import { type OeeItem, OeeQueries, type TimelineItem } from './oee-queries.service';

/** OEE per ISO 22400-2 and machine state timelines (ADR 0010). */
@ApiTags('equipment')
@ApiBearerAuth()
@Roles('manager', 'planner', 'operator')
@Controller()
export class OeeController {
  constructor(private readonly queries: OeeQueries) {}

  /** Per machine, process or the factory, bucketed by hour, shift, day or not at all. */
  @Get('oee')
  @ApiOkResponse({ type: OeeListDto })
  @ApiProblems(404)
  oee(@Query() query: OeeQueryDto): Promise<{ items: OeeItem[] }> {
    return this.queries.oee(query);
  }

  /** Consecutive state intervals; the one still open runs up to min(to, now). */
  @Get('machines/:machine/timeline')
  @ApiOkResponse({ type: TimelineDto })
  @ApiProblems(404)
  timeline(@Param('machine') machine: string, @Query() query: TimelineQuery): Promise<{ items: TimelineItem[] }> {
    return this.queries.timeline(machine, query);
  }
}
