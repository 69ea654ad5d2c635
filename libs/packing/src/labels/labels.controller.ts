import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiProblems, IdParam, Roles } from '@mendao/platform';
import type { FastifyReply } from 'fastify';
import type { PackageLabel } from './label-layout';
import { labelsPdf } from './label-pdf';
import { labelsZpl, type ZplDpi } from './label-zpl';
import { LabelPdfQuery, LabelsDto, LabelsZplDto, LabelZplQuery } from './labels.dto';
import { LabelsService } from './labels.service';

const PDF = { 'application/pdf': { schema: { type: 'string', format: 'binary' } } };
const ZPL = { 'text/plain': { schema: { type: 'string' } } };
const PDF_DESCRIPTION =
  'one label a package, in door order, on 100×150 mm or A6 stock: the code as Code 128 (GS1-128 with AI 00 of ' +
  'the SSCC when the factory has a GS1 prefix) with the code under the bars, a QR of {code, order, line, door, k, ' +
  'n}, k / n, order, customer, room, model, size, colour, handing, contents (zh and en)';
const ZPL_DESCRIPTION =
  'the same labels for Zebra printers: one ^XA…^XZ block a label, UTF-8 (^CI28), Chinese in the printer font ' +
  'E:SIMSUN.TTF, ^BC Code 128 / GS1-128, ^BQ QR';

/** The answer as a file: PDF shown in the browser (to print), ZPL downloaded; an ASCII name and a Chinese one. */
function file(reply: FastifyReply, kind: 'pdf' | 'zpl', ascii: string, chinese: string): void {
  const disposition = kind === 'pdf' ? 'inline' : 'attachment';
  void reply
    .header('content-type', kind === 'pdf' ? 'application/pdf' : 'text/plain; charset=utf-8')
    .header(
      'content-disposition',
      `${disposition}; filename="${ascii}.${kind}"; filename*=UTF-8''${encodeURIComponent(`${chinese}.${kind}`)}`,
    );
}

const safe = (text: string) => text.replace(/[^A-Za-z0-9_-]/g, '_');

/** Package labels (包装标签): printed by who plans, packs or manages. */
@ApiTags('packing')
@ApiBearerAuth()
@Roles('planner', 'packer', 'manager')
@Controller()
export class LabelsController {
  constructor(private readonly labels: LabelsService) {}

  @Get('split-runs/:id/labels.pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: `the run’s labels: ${PDF_DESCRIPTION}`, content: PDF })
  @ApiProblems(400, 404, 409, 422)
  async runPdf(
    @Param('id', new IdParam('split run')) id: string,
    @Query() query: LabelPdfQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const pdf = await labelsPdf(await this.labels.ofRun(id), query.stock ?? '100x150');
    file(reply, 'pdf', `labels-${id.slice(0, 8)}`, `包装标签-${id.slice(0, 8)}`);
    return pdf;
  }

  @Get('split-runs/:id/labels.zpl')
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: `the run’s labels: ${ZPL_DESCRIPTION}`, content: ZPL })
  @ApiProblems(400, 404, 409, 422)
  async runZpl(
    @Param('id', new IdParam('split run')) id: string,
    @Query() query: LabelZplQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const zpl = zplOf(await this.labels.ofRun(id), query);
    file(reply, 'zpl', `labels-${id.slice(0, 8)}`, `包装标签-${id.slice(0, 8)}`);
    return zpl;
  }

  @Get('orders/:order/labels.pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: `the order’s labels (its last split run’s packages): ${PDF_DESCRIPTION}`,
    content: PDF,
  })
  @ApiProblems(400, 404, 409, 422)
  async orderPdf(
    @Param('order') order: string,
    @Query() query: LabelPdfQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { orderNo, labels } = await this.labels.ofOrder(order);
    const pdf = await labelsPdf(labels, query.stock ?? '100x150');
    file(reply, 'pdf', `labels-${safe(orderNo)}`, `包装标签-${orderNo}`);
    return pdf;
  }

  @Get('orders/:order/labels.zpl')
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: `the order’s labels: ${ZPL_DESCRIPTION}`, content: ZPL })
  @ApiProblems(400, 404, 409, 422)
  async orderZpl(
    @Param('order') order: string,
    @Query() query: LabelZplQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const { orderNo, labels } = await this.labels.ofOrder(order);
    const zpl = zplOf(labels, query);
    file(reply, 'zpl', `labels-${safe(orderNo)}`, `包装标签-${orderNo}`);
    return zpl;
  }

  @Post('packing/labels.pdf')
  @HttpCode(200)
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: `the labels of the packages named (a reprint): ${PDF_DESCRIPTION}`, content: PDF })
  @ApiProblems(400, 404, 409)
  async selectionPdf(@Body() body: LabelsDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const pdf = await labelsPdf(await this.labels.ofCodes(body.codes), body.stock ?? '100x150');
    file(reply, 'pdf', 'labels', '包装标签');
    return pdf;
  }

  @Post('packing/labels.zpl')
  @HttpCode(200)
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: `the labels of the packages named: ${ZPL_DESCRIPTION}`, content: ZPL })
  @ApiProblems(400, 404, 409)
  async selectionZpl(@Body() body: LabelsZplDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const zpl = labelsZpl(await this.labels.ofCodes(body.codes), body.stock ?? '100x150', body.dpi ?? 203);
    file(reply, 'zpl', 'labels', '包装标签');
    return zpl;
  }
}

function zplOf(labels: PackageLabel[], query: LabelZplQuery): string {
  return labelsZpl(labels, query.stock ?? '100x150', Number(query.dpi ?? 203) as ZplDpi);
}
