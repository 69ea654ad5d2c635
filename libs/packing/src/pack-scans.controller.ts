import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems, IdParam, Roles } from '@mendao/platform';
import type { FastifyReply } from 'fastify';
import { PackScanDto, UndoScanDto } from './dto/packing.dto';
import { PackScanAnswerDto, UndoAnswerDto } from './dto/packing-responses.dto';
import { PackScansService } from './pack-scans.service';
import { scanHttpStatus } from './scan-log';
import { type UndoAnswer, UndoService } from './undo.service';

@ApiTags('packing')
@ApiBearerAuth()
@Controller('packing/scans')
export class PackScansController {
  constructor(
    private readonly scans: PackScansService,
    private readonly undos: UndoService,
  ) {}

  /**
   * A scan at a pack station: ok (201), duplicate or not_expected (200, recorded, nothing changed), unknown (404),
   * bad check character or malformed (422). Idempotent by scanId: the same scan again replays its first answer.
   */
  @Post()
  @Roles('packer')
  @ApiCreatedResponse({ type: PackScanAnswerDto, description: 'ok: the package is packed' })
  @ApiOkResponse({ type: PackScanAnswerDto, description: 'duplicate or not_expected, or a replay' })
  @ApiProblems(400, 404, 409, 422)
  async scan(@Body() body: PackScanDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const answer = await this.scans.scan(body);
    void reply.status(scanHttpStatus(answer));
    return answer;
  }

  /** A supervisor undoes an ok pack or load scan, with a reason (audited). */
  @Post(':scanId/undo')
  @Roles('manager')
  @HttpCode(200)
  @ApiOkResponse({ type: UndoAnswerDto })
  @ApiProblems(400, 404, 409)
  undo(@Param('scanId', new IdParam('scan')) scanId: string, @Body() body: UndoScanDto): Promise<UndoAnswer> {
    return this.undos.undo(scanId, body.reason);
  }
}
