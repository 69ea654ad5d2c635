import { DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { AuditLog } from './audit/audit-log.entity';
import { AuditService } from './audit/audit.service';
import { AuthService } from './auth/auth.service';
import { FactoriesService } from './auth/factories.service';
import { Factory } from './auth/factory.entity';
import { LoginFailure } from './auth/login-failure.entity';
import { User } from './auth/user.entity';
import { UsersService } from './auth/users.service';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source-options';
import { DemoSeedService } from './demo/demo-seed.service';
import { JobsModule } from './jobs/jobs.module';
import type { JobType } from './jobs/job-types';
import { LOGGER } from './logging/logger';
import { FactoryScope } from './tenancy/factory-scope';
import { FactorySql } from './tenancy/factory-sql';
import { TenancyContext } from './tenancy/tenancy.context';
import { Clock } from './time/clock';

export interface PlatformOptions {
  config: AppConfig;
  logger: Logger;
  /** Resolved at boot: DATABASE_URL, or the embedded server's URL. */
  databaseUrl: string;
  /** Resolved at boot: JWT_SECRET, or the embedded data folder's generated secret. */
  jwtSecret: string;
  consumeJobs: boolean;
  /** See JobsModuleOptions.jobTypes. */
  jobTypes?: JobType[];
  /** Connections in this process's pool; config.database.poolSize unless said (the worker sizes its own). */
  poolSize?: number;
}

const SERVICES = [
  Clock,
  TenancyContext,
  FactoryScope,
  FactorySql,
  AuthService,
  UsersService,
  FactoriesService,
  AuditService,
  DemoSeedService,
];

/** Plumbing shared by the api, the worker and the CLI: config, database, tenancy, auth services, jobs, audit. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    const jwtKey = createSecretKey(Buffer.from(options.jwtSecret));
    return {
      module: PlatformModule,
      imports: [
        DiscoveryModule,
        TypeOrmModule.forRoot({
          ...dataSourceOptions({
            url: options.databaseUrl,
            poolSize: options.poolSize ?? options.config.database.poolSize,
            acquireTimeoutMs: options.config.database.acquireTimeoutMs,
            perFactory: options.config.database.perFactory,
            request: options.config.database.request,
            background: options.config.database.jobs,
          }),
          autoLoadEntities: true,
        }),
        TypeOrmModule.forFeature([Factory, User, LoginFailure, AuditLog]),
        // a KeyObject, not the string: given a string, jsonwebtoken first tries (and fails) to parse it
        // as a public key on every verify, which cost a fifth of a scan's CPU time
        JwtModule.register({
          secretOrKeyProvider: () => jwtKey,
          signOptions: { algorithm: 'HS256' },
          verifyOptions: { algorithms: ['HS256'] },
        }),
        JobsModule.forRoot({ consume: options.consumeJobs, jobTypes: options.jobTypes }),
      ],
      providers: [
        { provide: APP_CONFIG, useValue: options.config },
        { provide: LOGGER, useValue: options.logger },
        ...SERVICES,
      ],
      exports: [APP_CONFIG, LOGGER, ...SERVICES],
    };
  }
}
