import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Public } from '../auth/roles';
import { DomainError, PLATFORM_ERRORS } from '../errors/domain.error';
import { ApiProblems } from '../http/api-problems.decorator';
import { HealthDto, ReadyDto } from '../http/dto/platform-responses.dto';
import { JOB_QUEUE, JobQueue } from '../jobs/job-queue';

@ApiTags('health')
@Public()
@Controller()
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
  ) {}

  /** The process is up. */
  @Get('health')
  @ApiOkResponse({ type: HealthDto })
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** The database (and Redis, when configured) answer: safe to send traffic. */
  @Get('ready')
  @ApiOkResponse({ type: ReadyDto })
  @ApiProblems(503)
  async ready(): Promise<{ status: 'ready'; database: 'up'; queue: string }> {
    const failures: { field: string; message: string }[] = [];
    await this.dataSource
      .query('SELECT 1')
      .catch((e: Error) => failures.push({ field: 'database', message: e.message }));
    await this.queue.ping().catch((e: Error) => failures.push({ field: 'queue', message: e.message }));
    if (failures.length > 0)
      throw new DomainError(PLATFORM_ERRORS['service.unavailable'], 'Not ready / 未就绪', {}, failures);
    return { status: 'ready', database: 'up', queue: this.queue.kind };
  }
}
