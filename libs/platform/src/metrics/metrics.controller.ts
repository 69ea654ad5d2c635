import { Controller, Get, Header } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiOkResponse, ApiTags } from '@nestjs/swagger';
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
  @ApiProduces('text/plain')
  @ApiOkResponse({
    description: 'Prometheus text exposition format 0.0.4',
    content: {
      'text/plain': {
        schema: { type: 'string', example: 'mendao_http_request_duration_seconds_count{method="GET"} 42' },
      },
    },
  })
  metrics(): Promise<string> {
    return metricsRegistry.metrics();
  }
}
