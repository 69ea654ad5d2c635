import { Controller, Get, Header, Inject, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { createHash, timingSafeEqual } from 'node:crypto';
import { Public } from '../auth/roles';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DomainError, PLATFORM_ERRORS } from '../errors/domain.error';
import { ApiProblems } from '../http/api-problems.decorator';
import { metricsRegistry } from './registry';

@ApiTags('health')
@ApiBearerAuth()
@Controller()
export class MetricsController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /**
   * Installation-wide figures (load, jobs of every factory), so no factory's user may read them: only a
   * scraper holding METRICS_TOKEN. Public as far as the user guard goes; the scrape token is checked here.
   */
  @Get('metrics')
  @Public()
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  @ApiProduces('text/plain')
  @ApiOperation({
    summary: 'Prometheus metrics, for a scraper / 监控指标（仅供采集器）',
    description:
      "Needs `Authorization: Bearer <METRICS_TOKEN>`, the scrape token of the installation; a user's sign-in " +
      'token is refused (401). When METRICS_TOKEN is not configured the route is off and answers 404.',
  })
  @ApiOkResponse({
    description: 'Prometheus text exposition format 0.0.4',
    content: {
      'text/plain': {
        schema: { type: 'string', example: 'mendao_http_request_duration_seconds_count{method="GET"} 42' },
      },
    },
  })
  @ApiProblems(401, 404)
  metrics(@Req() request: FastifyRequest): Promise<string> {
    this.assertScraper(request.headers.authorization);
    return metricsRegistry.metrics();
  }

  private assertScraper(authorization: string | undefined): void {
    const expected = this.config.metricsToken;
    if (!expected)
      throw new DomainError(
        PLATFORM_ERRORS['route.not_found'],
        'Metrics are off: set METRICS_TOKEN to enable them / 未启用监控指标：请配置 METRICS_TOKEN',
      );
    const given = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    if (!given) throw new DomainError(PLATFORM_ERRORS['auth.unauthenticated'], 'Missing scrape token / 缺少采集令牌');
    if (!sameSecret(given, expected))
      throw new DomainError(
        PLATFORM_ERRORS['auth.token_invalid'],
        'Metrics need the scrape token (METRICS_TOKEN), not a user sign-in / 监控指标需要采集令牌，不接受用户登录令牌',
      );
  }
}

/** Compared in constant time, over digests so that neither the length nor a common prefix shows in the timing. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
