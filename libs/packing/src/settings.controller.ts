import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Roles } from '@mendao/platform';
import { PackingSettingsDto } from './dto/packing.dto';
import { PackingSettingsViewDto } from './dto/packing-responses.dto';
import { PackingSettingsService, type PackingSettingsView } from './settings.service';

@ApiTags('packing')
@ApiBearerAuth()
@Controller('packing/settings')
export class PackingSettingsController {
  constructor(private readonly settings: PackingSettingsService) {}

  @Get()
  @Roles('manager', 'packer', 'planner')
  @ApiOkResponse({ type: PackingSettingsViewDto })
  get(): Promise<PackingSettingsView> {
    return this.settings.get();
  }

  /** Sets (or clears) the GS1 company prefix: labels then carry SSCC-18 codes, and scans read them. */
  @Put()
  @Roles('admin')
  @ApiOkResponse({ type: PackingSettingsViewDto })
  @ApiProblems(400, 409)
  put(@Body() body: PackingSettingsDto): Promise<PackingSettingsView> {
    return this.settings.put({ gs1CompanyPrefix: body.gs1CompanyPrefix, ssccExtension: body.ssccExtension ?? 0 });
  }
}
