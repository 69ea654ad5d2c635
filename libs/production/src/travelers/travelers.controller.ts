import { Controller, Get, Header, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiProblems, IdParam, Roles } from '@mendao/platform';
import type { FastifyReply } from 'fastify';
import { TravelerQuery } from './traveler.dto';
import { TravelersService } from './travelers.service';

const PDF = { 'application/pdf': { schema: { type: 'string', format: 'binary' } } };

/** Shown in the browser (to print), saved under an ASCII name for old clients and a Chinese one (RFC 5987). */
function inline(reply: FastifyReply, ascii: string, chinese: string): void {
  void reply.header(
    'content-disposition',
    `inline; filename="${ascii}.pdf"; filename*=UTF-8''${encodeURIComponent(`${chinese}.pdf`)}`,
  );
}

/** Travelers (流转卡): printed by who plans, runs or works the shop floor. */
@ApiTags('production')
@ApiBearerAuth()
@Roles('planner', 'manager', 'operator')
@Controller()
export class TravelersController {
  constructor(private readonly travelers: TravelersService) {}

  @Get('work-orders/:code/traveler.pdf')
  @Header('content-type', 'application/pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description:
      'the work order’s traveler (流转卡): its code as a Code 128 barcode, the process and its instructions, the ' +
      'run and orders, the route with this process marked, the parts (component, order, line, doors, size, ' +
      'material, quantity; continued over pages with the header repeated), boxes for counts and signature',
    content: PDF,
  })
  @ApiProblems(400, 404, 409)
  async workOrder(
    @Param('code') code: string,
    @Query() query: TravelerQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const file = await this.travelers.workOrderPdf(code, query.size ?? 'A4');
    const name = file.code.replace(/[^A-Za-z0-9_-]/g, '_');
    inline(reply, `traveler-${name}`, `流转卡-${file.code}`);
    return file.pdf;
  }

  @Get('split-runs/:id/travelers.pdf')
  @Header('content-type', 'application/pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: 'every work order’s traveler of the run, in sequence, each from a new page',
    content: PDF,
  })
  @ApiProblems(400, 404, 409)
  async run(
    @Param('id', new IdParam('split run')) id: string,
    @Query() query: TravelerQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const file = await this.travelers.runPdf(id, query.size ?? 'A4');
    const run = id.slice(0, 8);
    inline(reply, `travelers-${run}`, `流转卡-${run}`);
    return file;
  }
}
