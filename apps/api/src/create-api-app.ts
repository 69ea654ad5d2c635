import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import multipart from '@fastify/multipart';
import {
  assertJsonDepth,
  assertPlainJsonText,
  configureHttp,
  PinoNestLogger,
  replyWithProblem,
  requireMultipartBoundary,
  Runtime,
} from '@mendao/platform';
import { randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';
import { ApiModule } from './api.module';
import { serveWebApp } from './http/serve-web-app';

const SAFE_REQUEST_ID = /^[\w.:-]{1,64}$/;
const IMPORT_FILE_LIMIT = 10 * 1024 * 1024;

/** Builds the api (used by main.ts and by the e2e tests, so both run the same application). */
export async function createApiApp(runtime: Runtime): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    loggerInstance: runtime.logger,
    bodyLimit: runtime.config.bodyLimitBytes,
    // Fastify's default is none: a client that sends half a body and stops would hold its request (and
    // whatever slot the route took) until restart
    requestTimeout: runtime.config.requestTimeoutMs,
    requestIdHeader: false,
    // a URL Fastify cannot decode (`/orders/%E0%A4%A`) or an over-long parameter: problem+json like any refusal
    frameworkErrors: (error: Error, request: FastifyRequest, reply: FastifyReply) =>
      void replyWithProblem(request, reply, error),
    genReqId: (request: IncomingMessage) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.forRoot(runtime), adapter, {
    logger: new PinoNestLogger(runtime.logger),
    // Fastify's own JSON parser (same safe parsing): Nest's wrapper builds a new parser per request
    bodyParser: false,
  });
  acceptEmptyJsonBodies(app);
  // order imports: one spreadsheet per request
  await app.register(multipart, { limits: { fileSize: IMPORT_FILE_LIMIT, files: 1, fields: 10 } });
  requireMultipartBoundary(app.getHttpAdapter().getInstance());
  await serveWebApp(app, runtime.config.webDir, runtime.logger);
  configureHttp(app);
  app.enableShutdownHooks();
  await app.init();
  return app;
}

/**
 * An action without a body (`POST /stock/counts/{id}/close`) sent with `content-type: application/json`, as
 * many HTTP clients and scanner gateways do, is no body rather than a 400; any other body is parsed by
 * Fastify's own safe JSON parser (prototype keys refused), after a nesting check on the text and before a
 * check of every string in it (json-body.ts).
 */
function acceptEmptyJsonBodies(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string; // parseAs: 'string'
    if (text.trim() === '') return done(null, undefined);
    try {
      assertJsonDepth(text);
    } catch (error) {
      return done(error as Error, undefined);
    }
    // the default parser answers synchronously
    void parseJson(request, text, (error, value) => {
      if (error) return done(error, undefined);
      try {
        assertPlainJsonText(value);
      } catch (invalid) {
        return done(invalid as Error, undefined);
      }
      done(null, value);
    });
  });
}
