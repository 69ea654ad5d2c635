import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems, IdParam, Roles } from '@mendao/platform';
import type { FastifyReply } from 'fastify';
import { CountsService, type CountView } from './counts.service';
import {
  BalanceQuery,
  CountListQuery,
  CountScanDto,
  CreatePickListDto,
  MoveQuery,
  OpenCountDto,
  PickListQuery,
  RemnantLabelScanDto,
  RemnantQuery,
  RemnantReceiptDto,
  RunRemnantsReceiptDto,
  StockMoveDto,
} from './dto/stock.dto';
import {
  BalancePageDto,
  CountDto,
  CountScanAnswerDto,
  CountSummaryPageDto,
  MoveAnswerDto,
  PickListDto,
  PickListSummaryPageDto,
  RemnantAnswerDto,
  RemnantLabelAnswerDto,
  RemnantsDto,
  RunRemnantsDto,
  RunRemnantsReceivedDto,
  StockMoveViewPageDto,
  StockValueDto,
} from './dto/stock-responses.dto';
import { PickListsService, type PickListView } from './pick-lists.service';
import type { MoveAnswer } from './stock-ledger';
import { RemnantReceivingService } from './remnant-receiving.service';
import { StockService } from './stock.service';

/** 201 for a scan recorded now, 200 for the replay of one recorded before. */
function replayStatus<T extends { replayed: boolean }>(reply: FastifyReply, answer: T): T {
  if (answer.replayed) void reply.status(200);
  return answer;
}

@ApiTags('warehouse')
@ApiBearerAuth()
@Roles('warehouse', 'planner', 'manager')
@Controller('stock')
export class StockController {
  constructor(
    private readonly stock: StockService,
    private readonly remnantReceiving: RemnantReceivingService,
  ) {}

  /** A scan: receipt, issue, completion, transfer or adjustment. Idempotent by scanId. */
  @Post('moves')
  @Roles('warehouse')
  @ApiCreatedResponse({ type: MoveAnswerDto, description: 'recorded now' })
  @ApiOkResponse({ type: MoveAnswerDto, description: 'this scanId was recorded before: its first answer, replayed' })
  @ApiProblems(404, 409, 422)
  async move(@Body() body: StockMoveDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<MoveAnswer> {
    return replayStatus(reply, await this.stock.move(body));
  }

  @Get('moves')
  @ApiOkResponse({ type: StockMoveViewPageDto })
  moves(@Query() query: MoveQuery) {
    return this.stock.moves(query);
  }

  @Get('balances')
  @ApiOkResponse({ type: BalancePageDto })
  balances(@Query() query: BalanceQuery) {
    return this.stock.balances(query);
  }

  /** Stock value at standard cost. */
  @Get('value')
  @ApiOkResponse({ type: StockValueDto })
  @Roles('manager', 'warehouse')
  value() {
    return this.stock.value();
  }

  /** Receives a usable offcut as remnant stock (余料入库). */
  @Post('remnants')
  @Roles('warehouse')
  @ApiCreatedResponse({ type: RemnantAnswerDto, description: 'recorded now' })
  @ApiOkResponse({ type: RemnantAnswerDto, description: 'this scanId was recorded before: its first answer, replayed' })
  @ApiProblems(404, 409, 422)
  async receiveRemnant(@Body() body: RemnantReceiptDto, @Res({ passthrough: true }) reply: FastifyReply) {
    return replayStatus(reply, await this.stock.receiveRemnant(body));
  }

  /** Remnants in stock (of a material, or all): on hand, reserved by split runs, available; and as cutting stock. */
  @Get('remnants')
  @ApiOkResponse({ type: RemnantsDto })
  @ApiProblems(404)
  remnants(@Query() query: RemnantQuery) {
    return this.stock.remnants(query.material);
  }

  /** A split run's plan remnants (余料), labelled in plan order, each with whether it is received. */
  @Get('remnants/runs/:run')
  @ApiOkResponse({ type: RunRemnantsDto })
  @ApiProblems(404)
  runRemnants(@Param('run') run: string) {
    return this.remnantReceiving.list(run);
  }

  /** Receives every remnant of the run's plan not received yet, into one location (一键入库). */
  @Post('remnants/runs/:run/receive')
  @Roles('warehouse')
  @HttpCode(200)
  @ApiOkResponse({ type: RunRemnantsReceivedDto })
  @ApiProblems(404, 409, 422)
  receiveRunRemnants(@Param('run') run: string, @Body() body: RunRemnantsReceiptDto) {
    return this.remnantReceiving.receiveAll(run, body.location, body.device);
  }

  /** One remnant of the run by its label (a scan): the same label again replays its first receipt. */
  @Post('remnants/runs/:run/scans')
  @Roles('warehouse')
  @ApiCreatedResponse({ type: RemnantLabelAnswerDto, description: 'received now' })
  @ApiOkResponse({ type: RemnantLabelAnswerDto, description: 'this label was received before: its first answer' })
  @ApiProblems(404, 409, 422)
  async scanRemnantLabel(
    @Param('run') run: string,
    @Body() body: RemnantLabelScanDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return replayStatus(reply, await this.remnantReceiving.receiveLabel(run, body.label, body.location, body.device));
  }
}

@ApiTags('warehouse')
@ApiBearerAuth()
@Roles('warehouse', 'manager')
@Controller('stock/counts')
export class CountsController {
  constructor(private readonly counts: CountsService) {}

  @Post()
  @Roles('warehouse')
  @ApiCreatedResponse({ type: CountDto })
  @ApiProblems(404, 409, 422)
  open(@Body() body: OpenCountDto): Promise<CountView> {
    return this.counts.open(body);
  }

  /** The factory's counts, newest first; an open count's list entry never shows the books. */
  @Get()
  @ApiOkResponse({ type: CountSummaryPageDto })
  list(@Query() query: CountListQuery) {
    return this.counts.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: CountDto })
  get(@Param('id', new IdParam('count')) id: string): Promise<CountView> {
    return this.counts.get(id);
  }

  /** A blind scan: the answer says what was counted, never what the books hold. */
  @Post(':id/scans')
  @Roles('warehouse')
  @ApiCreatedResponse({ type: CountScanAnswerDto, description: 'recorded now' })
  @ApiOkResponse({ type: CountScanAnswerDto, description: 'this scanId was recorded before: its first answer' })
  @ApiProblems(409, 422)
  async scan(
    @Param('id', new IdParam('count')) id: string,
    @Body() body: CountScanDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return replayStatus(reply, await this.counts.scan(id, body));
  }

  /** Closes the count: differences become adjustments, and the report says what they were worth. */
  @Post(':id/close')
  @Roles('warehouse')
  @HttpCode(200)
  @ApiOkResponse({ type: CountDto, description: 'the closed count with its report' })
  @ApiProblems(409)
  close(@Param('id', new IdParam('count')) id: string): Promise<CountView> {
    return this.counts.close(id);
  }
}

@ApiTags('warehouse')
@ApiBearerAuth()
@Roles('warehouse', 'planner', 'manager')
@Controller('stock/pick-lists')
export class PickListsController {
  constructor(private readonly pickLists: PickListsService) {}

  @Post()
  @Roles('planner', 'warehouse')
  @ApiCreatedResponse({ type: PickListDto })
  @ApiProblems(404, 409)
  create(@Body() body: CreatePickListDto): Promise<PickListView> {
    return this.pickLists.create(body.splitRun);
  }

  /** The factory's pick lists, newest first, with how far picking has got. */
  @Get()
  @ApiOkResponse({ type: PickListSummaryPageDto })
  list(@Query() query: PickListQuery) {
    return this.pickLists.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: PickListDto })
  get(@Param('id', new IdParam('pick list')) id: string): Promise<PickListView> {
    return this.pickLists.get(id);
  }
}
