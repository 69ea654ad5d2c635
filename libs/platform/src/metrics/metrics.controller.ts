import { Controller, Get, Header } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/roles';
import { metricsRegistry } from './registry';

@ApiTags('health')
@ApiBearerAuth()
@Controller()
export class MetricsController {
  /** Prometheus exposition; it reveals load and job counts, so it is for admins and managers (or a scraper's token). */
  @Get('metrics')
  @Roles('admin', 'manager')
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  metrics(): Promise<string> {
    return metricsRegistry.metrics();
  }
}
