import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { applyApiPrefix, buildOpenApiDocument, errorCatalogue, loadConfig, type Runtime } from '@mendao/platform';
import type { OpenAPIObject } from '@nestjs/swagger';
import pino from 'pino';
import { ApiModule } from '../api.module';

/**
 * The OpenAPI document of the api without a database or Redis: Nest's preview mode builds the module graph
 * and reads the controllers' metadata but instantiates no provider (no connection, no queue).
 */
export async function createOpenApiDocument(): Promise<OpenAPIObject> {
  // never connected to: preview mode resolves no provider
  const databaseUrl = 'postgres://openapi@127.0.0.1:1/preview';
  const jwtSecret = 'openapi-preview-only-never-signs-anything';
  const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: databaseUrl, JWT_SECRET: jwtSecret });
  const runtime: Runtime = { config, logger: pino({ level: 'silent' }), databaseUrl, jwtSecret, embedded: false };
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.forRoot(runtime), new FastifyAdapter(), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  try {
    applyApiPrefix(app);
    return buildOpenApiDocument(app, { errorCodes: errorCatalogue() });
  } finally {
    await app.close();
  }
}
