import { Body, Controller, Get, Header, HttpCode, Inject, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import {
  ApiProblems,
  APP_CONFIG,
  type AppConfig,
  DEFAULT_PAGE_SIZE,
  DomainError,
  type Page,
  Roles,
} from '@mendao/platform';
import type {} from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CreateOrderDto, OrderListQuery, UpdateOrderDto } from './dto/order.dto';
import { OrderDto, OrderImportResultDto, OrderSummaryPageDto } from './dto/splitting-responses.dto';
import { type ImportFormat, OrderImportService, type ImportResult } from './order-import.service';
import { OrdersService, type OrderView } from './orders.service';
import { SPLITTING_ERRORS } from './splitting.errors';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('orders')
@ApiBearerAuth()
@Roles('planner', 'manager')
@Controller('orders')
export class OrdersController {
  constructor(
    private readonly orders: OrdersService,
    private readonly importer: OrderImportService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @Roles('planner')
  @ApiCreatedResponse({ type: OrderDto })
  @ApiProblems(409, 422)
  create(@Body() body: CreateOrderDto): Promise<OrderView> {
    return this.orders.create(body);
  }

  /** Read by packers too: the shipments page plans a load from the packed and in-production orders. */
  @Get()
  @Roles('planner', 'manager', 'packer')
  @ApiOkResponse({ type: OrderSummaryPageDto, description: 'orders without their lines, newest first' })
  @ApiProblems(400)
  list(@Query() query: OrderListQuery): Promise<Page<Omit<OrderView, 'lines'>>> {
    const { limit, cursor, q, ...filter } = query;
    return this.orders.list(limit ?? DEFAULT_PAGE_SIZE, cursor, { ...filter, orderNo: q });
  }

  /** The import's template: its Chinese headers (required ones in bold) and one example row that imports as is. */
  @Get('import-template.xlsx')
  @Roles('planner')
  @Header('content-type', XLSX)
  @Header(
    'content-disposition',
    `attachment; filename="order-import-template.xlsx"; filename*=UTF-8''${encodeURIComponent('订单导入模板.xlsx')}`,
  )
  @ApiProduces(XLSX)
  @ApiOkResponse({
    description: 'an .xlsx workbook',
    content: { [XLSX]: { schema: { type: 'string', format: 'binary' } } },
  })
  importTemplate(): Promise<Buffer> {
    return this.importer.template();
  }

  /**
   * multipart/form-data with one file: .xlsx or .csv (UTF-8 or GBK), Chinese or English headers, found under a
   * title row. All rows or none, each checked like a POST /orders body, every problem in one answer; columns of
   * the models' inputs fill the lines' options, other columns come back as warnings. At most 5000 rows and 64 MB
   * unpacked; read off the event loop.
   */
  @Post('import')
  @Roles('planner')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary', description: '.xlsx or .csv, one order line a row' } },
    },
  })
  @ApiCreatedResponse({ type: OrderImportResultDto })
  // 400: no file, or it did not arrive in time; 413: the upload, or what an .xlsx unpacks to; 422: rows past
  // the cap or bad rows; 429: imports being read
  @ApiProblems(400, 413, 415, 422, 429)
  async import(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<ImportResult> {
    if (!request.isMultipart()) {
      throw new DomainError(
        SPLITTING_ERRORS['order_import.unsupported_file'],
        'send the file as multipart/form-data / 请以 multipart 上传文件',
        {},
        [{ field: 'file', message: 'expected multipart/form-data with one .xlsx or .csv file' }],
      );
    }
    // before the body is read: a refused upload is never parsed, Node discards it
    const release = this.importer.admit();
    try {
      const { buffer, format } = await this.receive(request, reply);
      return await this.importer.import(buffer, format);
    } finally {
      release();
    }
  }

  /**
   * The uploaded file, within IMPORT_UPLOAD_TIMEOUT_MS: the factory's import slot is held while it
   * arrives, so a client that sends half a body and stops must not keep it. Past the deadline the answer
   * is 400 and the connection is closed once it is sent (the rest of the body is never waited for).
   */
  private async receive(
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<{ buffer: Buffer; format: ImportFormat }> {
    const read = (async () => {
      const file = await request.file();
      if (!file)
        throw new DomainError(SPLITTING_ERRORS['order_import.no_file'], 'no file in the request / 未上传文件', {}, [
          { field: 'file', message: 'is required' },
        ]);
      const format = formatOf(file.filename, file.mimetype);
      const buffer = await file.toBuffer();
      if (file.file.truncated)
        throw new DomainError(SPLITTING_ERRORS['order_import.file_too_large'], 'the file is too large / 文件过大', {}, [
          { field: 'file', message: 'too large' },
        ]);
      return { buffer, format };
    })();
    const timeoutMs = this.config.importUploadTimeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        // the abandoned read fails when the connection closes: nobody waits for it any more
        read.catch(() => undefined);
        void reply.header('connection', 'close');
        reject(
          new DomainError(
            SPLITTING_ERRORS['order_import.upload_timed_out'],
            `the file did not arrive within ${timeoutMs} ms; send it again / 文件上传超时，请重新上传`,
            { timeoutMs },
            [{ field: 'file', message: `not received within ${timeoutMs} ms` }],
          ),
        );
      }, timeoutMs);
    });
    try {
      return await Promise.race([read, deadline]);
    } finally {
      clearTimeout(timer);
    }
  }

  @Get(':id')
  @Roles('planner', 'manager', 'packer')
  @ApiOkResponse({ type: OrderDto })
  get(@Param('id') id: string): Promise<OrderView> {
    return this.orders.get(id);
  }

  @Patch(':id')
  @Roles('planner')
  @ApiOkResponse({ type: OrderDto })
  @ApiProblems(409, 422)
  update(@Param('id') id: string, @Body() body: UpdateOrderDto): Promise<OrderView> {
    return this.orders.update(id, body);
  }

  @Post(':id/confirm')
  @Roles('planner')
  @HttpCode(200)
  @ApiOkResponse({ type: OrderDto })
  @ApiProblems(409)
  confirm(@Param('id') id: string): Promise<OrderView> {
    return this.orders.confirm(id);
  }

  @Post(':id/cancel')
  @Roles('planner')
  @HttpCode(200)
  @ApiOkResponse({ type: OrderDto })
  @ApiProblems(409)
  cancel(@Param('id') id: string): Promise<OrderView> {
    return this.orders.cancel(id);
  }
}

function formatOf(filename: string, mimetype: string): ImportFormat {
  const name = filename.toLowerCase();
  if (name.endsWith('.xlsx') || mimetype.includes('spreadsheetml')) return 'xlsx';
  if (name.endsWith('.csv') || mimetype.includes('csv')) return 'csv';
  throw new DomainError(
    SPLITTING_ERRORS['order_import.unsupported_file'],
    'only .xlsx and .csv files can be imported / 仅支持 .xlsx 和 .csv',
    {},
    [{ field: 'file', message: `${filename} is neither .xlsx nor .csv` }],
  );
}
