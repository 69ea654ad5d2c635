import { Body, Controller, Get, Header, HttpCode, Param, ParseIntPipe, Post, Query, Res } from '@nestjs/common';
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
import type { FastifyReply } from 'fastify';
import { CutPatternPageDto } from './dto/cut-pattern.dto';
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

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An attachment named in ASCII for old clients and in Chinese (RFC 5987) for the rest, with the run's short id. */
function attachment(reply: FastifyReply, id: string, ascii: string, chinese: string, ext: string): void {
  const run = id.slice(0, 8);
  void reply.header(
    'content-disposition',
    `attachment; filename="${ascii}-${run}.${ext}"; filename*=UTF-8''${encodeURIComponent(`${chinese}-${run}.${ext}`)}`,
  );
}

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

  /** The stores read what a run needs, to pick and issue it. */
  @Get(':id/materials')
  @Roles('planner', 'manager', 'warehouse')
  @ApiOkResponse({ type: [MaterialRequirementDto] })
  materials(@Param('id', runId) id: string) {
    return this.runs.materials(id);
  }

  @Get(':id/cut-plans')
  @Roles('planner', 'manager', 'warehouse')
  @ApiOkResponse({ type: [CutPlanDto] })
  cutPlans(@Param('id', runId) id: string) {
    return this.runs.cutPlans(id);
  }

  @Get(':id/cut-plans.csv')
  @Roles('planner', 'manager', 'warehouse')
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
  @Roles('planner', 'manager', 'warehouse')
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

  /**
   * Identical bars and sheets grouped into patterns ×N, each with its pieces in cut order (part, door, room,
   * finish, handing, end cuts), its numbered sheet cut sequence (trims first) and its remnants; paged by pattern.
   */
  @Get(':id/cut-patterns')
  @Roles('planner', 'manager', 'warehouse')
  @ApiOkResponse({ type: CutPatternPageDto })
  @ApiProblems(400, 404, 409)
  cutPatterns(@Param('id', runId) id: string, @Query() query: PageQuery) {
    return this.runs.cutPatterns(id, query.limit ?? DEFAULT_PAGE_SIZE, query.cursor);
  }

  @Get(':id/cut-patterns/:no.svg')
  @Roles('planner', 'manager', 'warehouse')
  @Header('content-type', 'image/svg+xml; charset=utf-8')
  @ApiProduces('image/svg+xml')
  @ApiOkResponse({
    description:
      'the drawing of pattern no: a bar with mitre marks, or a sheet with its numbered cut sequence (trims first), ' +
      'trimmed edges, grain arrow and remnants; titled with material, thickness, stock size, number and count',
    content: { 'image/svg+xml': { schema: { type: 'string', example: '<svg xmlns="http://www.w3.org/2000/svg" …' } } },
  })
  @ApiProblems(400, 404, 409)
  cutPatternSvg(@Param('id', runId) id: string, @Param('no', ParseIntPipe) no: number): Promise<string> {
    return this.runs.cutPatternSvg(id, no);
  }

  @Get(':id/cut-patterns.xlsx')
  @Roles('planner', 'manager', 'warehouse')
  @Header('content-type', XLSX)
  @ApiProduces(XLSX)
  @ApiOkResponse({
    description:
      'the cut list workbook: sheet 下料方案 (a row a pattern with its count), sheet 部件 (a row a piece and door)',
    content: { [XLSX]: { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiProblems(404, 409)
  async cutPatternsXlsx(@Param('id', runId) id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const file = await this.runs.cutListXlsx(id);
    attachment(reply, id, 'cut-list', '下料单', 'xlsx');
    return file;
  }

  @Get(':id/cut-patterns.pdf')
  @Roles('planner', 'manager', 'warehouse')
  @Header('content-type', 'application/pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description:
      'A4 pages of the cut patterns with their drawings (numbered cuts, trims, grain, labels), Chinese embedded',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiProblems(404, 409)
  async cutPatternsPdf(@Param('id', runId) id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const file = await this.runs.cutPatternsPdf(id);
    attachment(reply, id, 'cut-patterns', '下料图', 'pdf');
    return file;
  }

  @Get(':id/split-detail.xlsx')
  @Roles('planner', 'manager', 'warehouse')
  @Header('content-type', XLSX)
  @ApiProduces(XLSX)
  @ApiOkResponse({
    description: '拆单明细: a sheet an order, its parts line by line with sizes, material and route',
    content: { [XLSX]: { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiProblems(404, 409)
  async splitDetailXlsx(@Param('id', runId) id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const file = await this.runs.splitDetailXlsx(id);
    attachment(reply, id, 'split-detail', '拆单明细', 'xlsx');
    return file;
  }

  @Get(':id/saw-parts.csv')
  @Roles('planner', 'manager', 'warehouse')
  @Header('content-type', 'text/csv; charset=utf-8')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description:
      'the sheet parts for a beam saw: `;`-separated, header Material;Thickness;Length;Width;Quantity;Grain;Label;' +
      'Name;Order;Door;Room;Finish;EdgeL1;EdgeL2;EdgeW1;EdgeW2 (docs/saw-export.md)',
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  @ApiProblems(404, 409)
  async sawCsv(@Param('id', runId) id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const file = await this.runs.sawCsv(id);
    attachment(reply, id, 'saw-parts', '开料锯', 'csv');
    return file;
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
