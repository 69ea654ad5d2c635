import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Roles } from '@mendao/platform';
import { ScanHistoryQuery, ScanRecordPageDto } from './scan-history.dto';
import { ScanHistoryService } from './scan-history.service';

@ApiTags('packing')
@ApiBearerAuth()
@Controller('packing/scans')
export class ScanHistoryController {
  constructor(private readonly history: ScanHistoryService) {}

  /** The recent pack and load scans, refusals too, newest first (a supervisor undoes an ok one from here). */
  @Get()
  @Roles('manager', 'packer')
  @ApiOkResponse({ type: ScanRecordPageDto })
  @ApiProblems(400)
  list(@Query() query: ScanHistoryQuery) {
    return this.history.list(query);
  }
}
