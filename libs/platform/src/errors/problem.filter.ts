import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { INTERNAL_PROBLEM, toProblem } from './problem';

/** Writes any error as application/problem+json; only the unexpected ones become 500 (and are logged once). */
export function replyWithProblem(request: FastifyRequest, reply: FastifyReply, error: unknown): FastifyReply {
  let problem = toProblem(error);
  if (!problem) {
    request.log.error({ err: error }, 'unhandled error');
    problem = { ...INTERNAL_PROBLEM };
  }
  const retryAfter = problem.params?.retryAfterSeconds;
  if (typeof retryAfter === 'number') void reply.header('retry-after', String(retryAfter));
  return reply
    .status(problem.status)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .send({ ...problem, instance: request.url, requestId: request.id });
}

@Catch()
export class ProblemFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    replyWithProblem(http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>(), exception);
  }
}
