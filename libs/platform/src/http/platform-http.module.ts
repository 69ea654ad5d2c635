import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE, DiscoveryModule } from '@nestjs/core';
import { AuditController } from '../audit/audit.controller';
import { AuthController } from '../auth/auth.controller';
import { AuthGuard } from '../auth/auth.guard';
import { UsersController } from '../auth/users.controller';
import { ProblemFilter } from '../errors/problem.filter';
import { ApiValidationPipe } from '../errors/validation.pipe';
import { HealthController } from '../health/health.controller';
import { MetricsController } from '../metrics/metrics.controller';
import { RouteRolesCheck } from './route-roles.check';

/** The platform's HTTP surface: auth, users, health, metrics, and the global guard, pipe and error filter. */
@Module({
  imports: [DiscoveryModule],
  controllers: [AuthController, UsersController, AuditController, HealthController, MetricsController],
  providers: [
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_PIPE, useClass: ApiValidationPipe },
    { provide: APP_FILTER, useClass: ProblemFilter },
    RouteRolesCheck,
  ],
})
export class PlatformHttpModule {}
