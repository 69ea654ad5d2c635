import type { FastifyInstance } from 'fastify';
import { DomainError, PLATFORM_ERRORS } from '../errors';

// RFC 2046 §5.1.1: 1–70 characters; quoted or not
const BOUNDARY = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;"]{1,70}))\s*(?:;|$)/i;

/**
 * A multipart request must name its boundary, or the multipart parser throws a plain Error deep in the
 * route (a 500): refuse it up front, for every route, as request.malformed_multipart.
 */
export function requireMultipartBoundary(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', (request, _reply, done) => {
    const type = request.headers['content-type'];
    if (typeof type !== 'string' || !/^\s*multipart\//i.test(type) || BOUNDARY.test(type)) return done();
    done(malformedMultipart('the content-type names no boundary (1–70 characters)'));
  });
}

export function malformedMultipart(reason: string): DomainError {
  return new DomainError(
    PLATFORM_ERRORS['request.malformed_multipart'],
    `malformed multipart body / multipart 请求体格式错误: ${reason}`,
    {},
    [{ field: 'body', message: reason }],
  );
}
