import { Body, Controller, Get, Header, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiProduces,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { ApiProblems, DEFAULT_PAGE_SIZE, IdParam, type Page, PageQuery, Roles, Optional } from '@mendao/platform';
import { Type } from 'class-transformer';
import { IsInt, IsString, Length, Min } from 'class-validator';
import { CreateSplitRunDto } from './dto/order.dto';
import {
  CutPlanDto,
  DoorPackagePageDto,
  MaterialRequirementDto,
  SplitPartPageDto,
  SplitRunDto,
  SplitRunPageDto,
  WorkOrderDto,
} from './dto/splitting-responses.dto';
import { SplitRunsService, type SplitRunView } from './split-runs.service';

const runId = new IdParam('split run');

class LayoutQuery {
  @ApiPropertyOptional({ minimum: 1, default: 1, description: 'which bar or sheet of the plan' })
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  layout?: number;
}

class SplitRunListQuery extends PageQuery {
  @ApiPropertyOptional({
    description: 'only the runs that split this order (id or order number)',
    example: 'SO-2026-0001',
  })
  @Optional()
  @IsString()
  @Length(1, 80)
  order?: string;
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
  @ApiAcceptedResponse({ type: SplitRunDto })
  @ApiProblems(404, 409, 422)
  create(@Body() body: CreateSplitRunDto): Promise<SplitRunView> {
    return this.runs.create(body.orderIds);
  }

  /** Newest first, each with its job's status and progress; the stores read it to pick materials for a run. */
  @Get()
  @Roles('planner', 'manager', 'warehouse')
  @ApiOkResponse({ type: SplitRunPageDto })
  @ApiProblems(404)
  list(@Query() query: SplitRunListQuery): Promise<Page<SplitRunView>> {
    return this.runs.list(query.limit ?? DEFAULT_PAGE_SIZE, query.cursor, query.order);
  }

  @Get(':id')
  @Roles('planner', 'manager', 'warehouse')
  @ApiOkResponse({ type: SplitRunDto })
  get(@Param('id', runId) id: string): Promise<SplitRunView> {
    return this.runs.get(id);
  }

  @Get(':id/parts')
  @ApiOkResponse({ type: SplitPartPageDto })
  parts(@Param('id', runId) id: string, @Query() query: PageQuery) {
    return this.runs.parts(id, query.limit ?? DEFAULT_PAGE_SIZE, query.cursor);
  }

  @Get(':id/materials')
  @ApiOkResponse({ type: [MaterialRequirementDto] })
  materials(@Param('id', runId) id: string) {
    return this.runs.materials(id);
  }

  @Get(':id/cut-plans')
  @ApiOkResponse({ type: [CutPlanDto] })
  cutPlans(@Param('id', runId) id: string) {
    return this.runs.cutPlans(id);
  }

  @Get(':id/cut-plans.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="cut-plans.csv"')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description:
      'the cut list, UTF-8 with a byte-order mark (opens in Excel), bilingual header row, one row a piece: plan, ' +
      'material, kind (linear|sheet), stock # and size, seq, part, length, width, x (a bar: position), y, rotated, ' +
      'then rip width (mm a ripped bar is ripped to; blank for fixed profiles and sheets) and thickness (mm; blank ' +
      'when unknown). New columns are added at the end.',
    content: { 'text/csv': { schema: { type: 'string', example: '\uFEFF方案 plan,材料 material,类型 kind,…' } } },
  })
  cutPlansCsv(@Param('id', runId) id: string): Promise<string> {
    return this.runs.cutListCsv(id);
  }

  /** One layout (bar or sheet) of plan n: ?layout=k, default 1. */
  @Get(':id/cut-plans/:n.svg')
  @Header('content-type', 'image/svg+xml; charset=utf-8')
  @ApiProduces('image/svg+xml')
  @ApiOkResponse({
    description:
      'a drawing of one bar or sheet of plan n, titled with the material, which bar or sheet of how many, the stock ' +
      'size, the width a ripped bar is ripped to and the thickness',
    content: { 'image/svg+xml': { schema: { type: 'string', example: '<svg xmlns="http://www.w3.org/2000/svg" …' } } },
  })
  cutPlanSvg(
    @Param('id', runId) id: string,
    @Param('n', ParseIntPipe) n: number,
    @Query() query: LayoutQuery,
  ): Promise<string> {
    return this.runs.cutPlanSvg(id, n, query.layout ?? 1);
  }

  @Get(':id/work-orders')
  @ApiOkResponse({ type: [WorkOrderDto], description: 'one per process, in shop order' })
  workOrders(@Param('id', runId) id: string) {
    return this.runs.workOrders(id);
  }

  @Get(':id/packages')
  @ApiOkResponse({ type: DoorPackagePageDto })
  packages(@Param('id', runId) id: string, @Query() query: PageQuery) {
    return this.runs.packages(id, query.limit ?? 500, query.cursor);
  }
}
