import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuditService } from '../audit/audit.service';
import { errorCatalogue } from '../errors/error-catalogue';
import type { AuthenticatedRequest } from '../auth/auth.guard';
import { httpRequestDuration } from '../metrics/registry';
import { openRequestScope } from '../tenancy/tenancy.context';
import { API_PREFIX, applyApiPrefix, buildOpenApiDocument } from './openapi';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Everything about the HTTP shell that is not a route: prefix, request ids, metrics, the audit trail
 * and OpenAPI. (Body-parsing errors reach the ProblemFilter through Nest's own Fastify error handler.)
 * Must run before app.init(), so the hooks apply to every route.
 */
export function configureHttp(app: NestFastifyApplication): void {
  applyApiPrefix(app);
  const fastify = app.getHttpAdapter().getInstance();
  const audit = app.get(AuditService);

  // the tenancy scope of each request, which the auth guard fills; Fastify keeps it through body parsing
  fastify.addHook('onRequest', (_request, _reply, done) => openRequestScope(done));

  fastify.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    void reply.header('x-request-id', request.id);
    // a use case may have written the row in its own statement already (a scan: see StockLedger)
    const written = (request as AuthenticatedRequest).trail?.written === true;
    if (isAudited(request) && !written) await recordAudit(audit, request, reply);
    return payload;
  });

  fastify.addHook('onResponse', async (request: FastifyRequest, reply: FastifyReply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    httpRequestDuration.observe(
      { method: request.method, route, status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });

  const document = buildOpenApiDocument(app, { errorCodes: errorCatalogue() });
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });
}

/**
 * Every mutating request that reached a route, judged by the route it reached, never by the raw URL: the
 * router decodes `/%61pi/v1/users/…` to the route `/api/v1/users/:id`, and so must the audit. A request
 * that matched no route reached no handler and changed nothing.
 */
function isAudited(request: FastifyRequest): boolean {
  return MUTATING.has(request.method) && request.routeOptions.url !== undefined;
}

/** Written before the answer leaves, so a client that got an answer can rely on its audit row. */
async function recordAudit(audit: AuditService, request: AuthenticatedRequest, reply: FastifyReply): Promise<void> {
  const route = request.routeOptions.url;
  const body = request.body as Record<string, unknown> | undefined;
  const isLogin = route === `/${API_PREFIX}/auth/login`;
  await audit
    .record({
      factoryId: request.actor?.factoryId ?? null,
      userId: request.actor?.userId ?? null,
      username: request.actor?.username ?? (isLogin && typeof body?.username === 'string' ? body.username : null),
      action: `${request.method} ${route ?? 'unmatched'}`,
      path: request.url,
      status: reply.statusCode,
      outcome: reply.statusCode < 400 ? 'success' : 'failure',
      requestId: request.id,
      ip: request.ip,
      durationMs: Math.round(reply.elapsedTime),
      detail: {
        ...(isLogin && typeof body?.factory === 'string' ? { factory: body.factory } : {}),
        ...audit.requestDetail(request.trail, request.params, request.body),
      },
    })
    .catch((error: unknown) => request.log.error({ err: error }, 'audit write failed'));
}
