import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AnyRole, ApiProblems, Roles } from '@mendao/platform';
import { type DowntimeReasonView, DowntimeReasonsService } from './downtime-reasons.service';
import {
  CreateDowntimeReasonDto,
  DowntimeReasonDto,
  DowntimeReasonListDto,
  UpdateDowntimeReasonDto,
} from './dto/downtime-reason.dto';

/** The downtime reason tree (停机原因), seeded with a door plant's reasons. */
@ApiTags('equipment')
@ApiBearerAuth()
@AnyRole()
@Controller('downtime-reasons')
export class DowntimeReasonsController {
  constructor(private readonly reasons: DowntimeReasonsService) {}

  @Get()
  @ApiOkResponse({ type: DowntimeReasonListDto })
  async list(): Promise<{ items: DowntimeReasonView[] }> {
    return { items: await this.reasons.list() };
  }

  @Post()
  @Roles('manager')
  @ApiCreatedResponse({ type: DowntimeReasonDto })
  @ApiProblems(409, 422)
  create(@Body() body: CreateDowntimeReasonDto): Promise<DowntimeReasonView> {
    return this.reasons.create(body);
  }

  @Patch(':code')
  @Roles('manager')
  @ApiOkResponse({ type: DowntimeReasonDto })
  @ApiProblems(422)
  update(@Param('code') code: string, @Body() body: UpdateDowntimeReasonDto): Promise<DowntimeReasonView> {
    return this.reasons.update(code, body);
  }
}
