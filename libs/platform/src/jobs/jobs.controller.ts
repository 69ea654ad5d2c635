import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AnyRole } from '../auth/roles';
import { JobDto } from '../http/dto/platform-responses.dto';
import { IdParam } from '../http/id-param.pipe';
import { JobsService, JobView } from './jobs.service';

@ApiTags('jobs')
@ApiBearerAuth()
@AnyRole()
@Controller('jobs')
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Get(':id')
  @ApiOkResponse({ type: JobDto })
  get(@Param('id', new IdParam('job')) id: string): Promise<JobView> {
    return this.jobs.get(id);
  }
}
