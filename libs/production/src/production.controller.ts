import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems, IdParam, Roles } from '@mendao/platform';
import type { FastifyReply } from 'fastify';
import { HoldDto, OrderQuery, ProductionReportDto, WorkOrderListQuery } from './dto/production.dto';
import {
  DoorsReadyDto,
  OrderProgressDto,
  ReleaseAnswerDto,
  ReportAnswerDto,
  ScrapReasonsDto,
  WipDto,
  WorkOrderDetailDto,
  WorkOrderPageDto,
  WorkOrderViewDto,
} from './dto/production-responses.dto';
import { ProgressService } from './progress.service';
import { ReportsService } from './reports.service';
import { ScrapReasonsService } from './scrap-reasons.service';
import { WorkOrdersService } from './work-orders.service';

@ApiTags('production')
@ApiBearerAuth()
@Controller('split-runs')
export class ReleaseController {
  constructor(private readonly workOrders: WorkOrdersService) {}

  /** Releases the run's work orders to the shop floor (下达); a second release changes nothing. */
  @Post(':id/release')
  @Roles('planner')
  @HttpCode(200)
  @ApiOkResponse({ type: ReleaseAnswerDto })
  @ApiProblems(404, 409)
  release(@Param('id', new IdParam('split run')) id: string) {
    return this.workOrders.release(id);
  }
}

@ApiTags('production')
@ApiBearerAuth()
@Roles('planner', 'manager', 'operator', 'packer')
@Controller('work-orders')
export class WorkOrdersController {
  constructor(private readonly workOrders: WorkOrdersService) {}

  @Get()
  @ApiOkResponse({ type: WorkOrderPageDto })
  @ApiProblems(400, 404)
  list(@Query() query: WorkOrderListQuery) {
    return this.workOrders.list(query);
  }

  /** By id or code: with its parts and its doors at this process. */
  @Get(':code')
  @ApiOkResponse({ type: WorkOrderDetailDto })
  @ApiProblems(404)
  get(@Param('code') code: string) {
    return this.workOrders.get(code);
  }

  @Post(':code/hold')
  @Roles('planner', 'manager')
  @HttpCode(200)
  @ApiOkResponse({ type: WorkOrderViewDto })
  @ApiProblems(400, 404, 409)
  hold(@Param('code') code: string, @Body() body: HoldDto) {
    return this.workOrders.hold(code, body.reason);
  }

  @Post(':code/resume')
  @Roles('planner', 'manager')
  @HttpCode(200)
  @ApiOkResponse({ type: WorkOrderViewDto })
  @ApiProblems(404, 409)
  resume(@Param('code') code: string) {
    return this.workOrders.resume(code);
  }
}

@ApiTags('production')
@ApiBearerAuth()
@Controller('production')
export class ProductionController {
  constructor(
    private readonly reports: ReportsService,
    private readonly progress: ProgressService,
    private readonly scrapReasons: ScrapReasonsService,
  ) {}

  /** A station report (报工): start, good and scrap, finish. Idempotent by scanId. */
  @Post('reports')
  @Roles('operator')
  @ApiCreatedResponse({ type: ReportAnswerDto, description: 'recorded now' })
  @ApiOkResponse({ type: ReportAnswerDto, description: 'this scanId was recorded before: its first answer, replayed' })
  @ApiProblems(400, 404, 409, 422)
  async report(@Body() body: ProductionReportDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const answer = await this.reports.report(body);
    if (answer.replayed) void reply.status(200);
    return answer;
  }

  @Get('scrap-reasons')
  @Roles('operator', 'planner', 'manager')
  @ApiOkResponse({ type: ScrapReasonsDto })
  async scrapReasonList() {
    return { items: await this.scrapReasons.list() };
  }

  /** Where an order stands: per process, and per door which processes its parts passed. */
  @Get('progress')
  @Roles('planner', 'manager', 'operator', 'packer')
  @ApiOkResponse({ type: OrderProgressDto })
  @ApiProblems(400, 404)
  orderProgress(@Query() query: OrderQuery) {
    return this.progress.progress(query.order);
  }

  /** Work in progress per process, and the orders past their due date not done. */
  @Get('wip')
  @Roles('planner', 'manager', 'operator')
  @ApiOkResponse({ type: WipDto })
  wip() {
    return this.progress.wip();
  }

  /** The order's doors whose parts passed every process before packing. */
  @Get('doors-ready')
  @Roles('packer', 'planner', 'manager')
  @ApiOkResponse({ type: DoorsReadyDto })
  @ApiProblems(400, 404)
  doorsReady(@Query() query: OrderQuery) {
    return this.progress.doorsReady(query.order);
  }
}
