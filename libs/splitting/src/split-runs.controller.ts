import { Body, Controller, Get, Header, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DEFAULT_PAGE_SIZE, IdParam, PageQuery, Roles } from '@mendao/platform';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Min } from 'class-validator';
import { CreateSplitRunDto } from './dto/order.dto';
import { SplitRunsService, type SplitRunView } from './split-runs.service';

const runId = new IdParam('split run');

class LayoutQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) layout?: number;
}

@ApiTags('split-runs')
@ApiBearerAuth()
@Roles('planner', 'manager')
@Controller('split-runs')
export class SplitRunsController {
  constructor(private readonly runs: SplitRunsService) {}

  /** 202: the split runs on the job queue; poll GET /split-runs/{id} for status and progress. */
  @Post()
  @Roles('planner')
  @HttpCode(202)
  create(@Body() body: CreateSplitRunDto): Promise<SplitRunView> {
    return this.runs.create(body.orderIds);
  }

  @Get(':id')
  get(@Param('id', runId) id: string): Promise<SplitRunView> {
    return this.runs.get(id);
  }

  @Get(':id/parts')
  parts(@Param('id', runId) id: string, @Query() query: PageQuery) {
    return this.runs.parts(id, query.limit ?? DEFAULT_PAGE_SIZE, query.cursor);
  }

  @Get(':id/materials')
  materials(@Param('id', runId) id: string) {
    return this.runs.materials(id);
  }

  @Get(':id/cut-plans')
  cutPlans(@Param('id', runId) id: string) {
    return this.runs.cutPlans(id);
  }

  @Get(':id/cut-plans.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="cut-plans.csv"')
  cutPlansCsv(@Param('id', runId) id: string): Promise<string> {
    return this.runs.cutListCsv(id);
  }

  /** One layout (bar or sheet) of plan n: ?layout=k, default 1. */
  @Get(':id/cut-plans/:n.svg')
  @Header('content-type', 'image/svg+xml; charset=utf-8')
  cutPlanSvg(
    @Param('id', runId) id: string,
    @Param('n', ParseIntPipe) n: number,
    @Query() query: LayoutQuery,
  ): Promise<string> {
    return this.runs.cutPlanSvg(id, n, query.layout ?? 1);
  }

  @Get(':id/work-orders')
  workOrders(@Param('id', runId) id: string) {
    return this.runs.workOrders(id);
  }

  @Get(':id/packages')
  packages(@Param('id', runId) id: string, @Query() query: PageQuery) {
    return this.runs.packages(id, query.limit ?? 500, query.cursor);
  }
}
