import { Body, Controller, Get, Header, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Roles } from '@mendao/platform';
import type { FastifyReply } from 'fastify';
import { LoadScansService } from './load-scans.service';
import { LoadScanAnswerDto, ShipmentManifestDto, ShipmentPageDto, ShipmentViewDto } from './shipment-responses.dto';
import { CloseShipmentDto, CreateShipmentDto, LoadScanDto, ShipmentListQuery } from './shipments.dto';
import { ShipmentsService } from './shipments.service';

const PDF = { 'application/pdf': { schema: { type: 'string', format: 'binary' } } };

/** Shipments (装车): planned by who plans or packs, loaded and closed at the dock. */
@ApiTags('shipments')
@ApiBearerAuth()
@Roles('packer', 'planner', 'manager')
@Controller('shipments')
export class ShipmentsController {
  constructor(
    private readonly shipments: ShipmentsService,
    private readonly loadScans: LoadScansService,
  ) {}

  /** A truck's load: its orders in delivery order (the first delivered first, so loaded last). */
  @Post()
  @ApiCreatedResponse({ type: ShipmentViewDto })
  @ApiProblems(400, 404, 409)
  create(@Body() body: CreateShipmentDto) {
    return this.shipments.create(body);
  }

  @Get()
  @ApiOkResponse({ type: ShipmentPageDto })
  @ApiProblems(400)
  list(@Query() query: ShipmentListQuery) {
    return this.shipments.list(query);
  }

  /** By id or number (SH-20261130-001). */
  @Get(':id')
  @ApiOkResponse({ type: ShipmentViewDto })
  @ApiProblems(404)
  get(@Param('id') id: string) {
    return this.shipments.get(id);
  }

  /**
   * A package scanned onto the truck (by a packer, or the supervisor who closes it short at the loading
   * station). Idempotent by scanId; every scan is recorded, a refused code too.
   */
  @Post(':id/scans')
  @Roles('packer', 'manager')
  @ApiCreatedResponse({ type: LoadScanAnswerDto, description: 'ok: the package is loaded' })
  @ApiOkResponse({
    type: LoadScanAnswerDto,
    description: 'duplicate, not_in_shipment or not_packed (nothing changed); or a scanId replayed',
  })
  @ApiProblems(400, 404, 409, 422)
  async scan(@Param('id') id: string, @Body() body: LoadScanDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const answer = await this.loadScans.scan(id, body);
    if (answer.replayed || answer.result !== 'ok') void reply.status(200);
    return answer;
  }

  /** Closes it once: every package loaded, or a supervisor's override with a reason. Its orders are shipped. */
  @Post(':id/close')
  @Roles('packer', 'manager')
  @HttpCode(200)
  @ApiOkResponse({ type: ShipmentViewDto })
  @ApiProblems(400, 403, 404, 409)
  close(@Param('id') id: string, @Body() body: CloseShipmentDto) {
    return this.shipments.close(id, body.overrideReason);
  }

  /** Cancels an open shipment nothing is loaded on: its orders are free for another. */
  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOkResponse({ type: ShipmentViewDto })
  @ApiProblems(404, 409)
  cancel(@Param('id') id: string) {
    return this.shipments.cancel(id);
  }

  @Get(':id/manifest')
  @ApiOkResponse({ type: ShipmentManifestDto })
  @ApiProblems(404)
  manifest(@Param('id') id: string) {
    return this.shipments.manifest(id);
  }

  @Get(':id/manifest.pdf')
  @Header('content-type', 'application/pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description:
      'the manifest (装车清单) on A4: the truck, a table per order by stop of what was loaded, when and by whom, ' +
      'the packages missing, a supervisor’s override, boxes for the driver’s and the loader’s signatures; an ' +
      'open shipment is marked 未关闭 (a draft)',
    content: PDF,
  })
  @ApiProblems(404)
  async manifestPdf(@Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const { number, pdf } = await this.shipments.manifestPdf(id);
    void reply.header(
      'content-disposition',
      `inline; filename="manifest-${number}.pdf"; filename*=UTF-8''${encodeURIComponent(`装车清单-${number}.pdf`)}`,
    );
    return pdf;
  }
}
