import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IdParam, Roles } from '@mendao/platform';
import type { FastifyReply } from 'fastify';
import { CountsService, type CountView } from './counts.service';
import {
  BalanceQuery,
  CountScanDto,
  CreatePickListDto,
  MoveQuery,
  OpenCountDto,
  RemnantQuery,
  RemnantReceiptDto,
  StockMoveDto,
} from './dto/stock.dto';
import { PickListsService, type PickListView } from './pick-lists.service';
import type { MoveAnswer } from './stock-ledger';
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
  constructor(private readonly stock: StockService) {}

  /** A scan: receipt, issue, completion, transfer or adjustment. Idempotent by scanId. */
  @Post('moves')
  @Roles('warehouse')
  async move(@Body() body: StockMoveDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<MoveAnswer> {
    return replayStatus(reply, await this.stock.move(body));
  }

  @Get('moves')
  moves(@Query() query: MoveQuery) {
    return this.stock.moves(query);
  }

  @Get('balances')
  balances(@Query() query: BalanceQuery) {
    return this.stock.balances(query);
  }

  /** Stock value at standard cost. */
  @Get('value')
  @Roles('manager', 'warehouse')
  value() {
    return this.stock.value();
  }

  /** Receives a usable offcut as remnant stock (余料入库). */
  @Post('remnants')
  @Roles('warehouse')
  async receiveRemnant(@Body() body: RemnantReceiptDto, @Res({ passthrough: true }) reply: FastifyReply) {
    return replayStatus(reply, await this.stock.receiveRemnant(body));
  }

  /** Remnants of a material in stock, and the same as `stock` entries for a cutting request. */
  @Get('remnants')
  remnants(@Query() query: RemnantQuery) {
    return this.stock.remnants(query.material);
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
  open(@Body() body: OpenCountDto): Promise<CountView> {
    return this.counts.open(body);
  }

  @Get(':id')
  get(@Param('id', new IdParam('count')) id: string): Promise<CountView> {
    return this.counts.get(id);
  }

  /** A blind scan: the answer says what was counted, never what the books hold. */
  @Post(':id/scans')
  @Roles('warehouse')
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
  create(@Body() body: CreatePickListDto): Promise<PickListView> {
    return this.pickLists.create(body.splitRun);
  }

  @Get(':id')
  get(@Param('id', new IdParam('pick list')) id: string): Promise<PickListView> {
    return this.pickLists.get(id);
  }
}
