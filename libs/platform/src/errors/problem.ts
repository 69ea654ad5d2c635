import { HttpException } from '@nestjs/common';
import { DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';
import { isPoolAcquireTimeout } from '../database/data-source-options';
import { DomainError, FieldError, PLATFORM_ERRORS } from './domain.error';
import { errorCodeEntry } from './error-catalogue';

/**
 * RFC 9457 problem details, the one error body of the API. `code` names the rule (see the catalogue) and
 * `params` holds its facts; for compatibility the facts are also copied to the root, but never over a
 * member of this interface.
 */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  params?: Record<string, unknown>;
  errors?: FieldError[];
  instance?: string;
  requestId?: string;
  [extension: string]: unknown;
}

const RESERVED = new Set(['type', 'title', 'status', 'detail', 'instance', 'code', 'params', 'errors', 'requestId']);
const TYPE_BASE = 'https://mendao.dev/problems/';

/** The problem of a catalogued code; `null` for a code nobody registered (a programming error: a logged 500). */
export function problemOf(
  code: string,
  detail: string,
  params: Record<string, unknown> = {},
  errors: FieldError[] = [],
): Problem | null {
  const entry = errorCodeEntry(code);
  if (!entry) return null;
  const extensions = Object.fromEntries(Object.entries(params).filter(([key]) => !RESERVED.has(key)));
  const hasParams = Object.keys(params).length > 0;
  return {
    ...extensions,
    type: TYPE_BASE + code,
    title: entry.title,
    status: entry.status,
    detail,
    code,
    ...(hasParams ? { params } : {}),
    ...(errors.length > 0 ? { errors } : {}),
  };
}

interface FastifyLikeError {
  statusCode?: number;
  code?: string;
  message?: string;
}

/** Maps anything thrown to a problem; `null` means an unexpected error (a 500, to be logged). */
export function toProblem(error: unknown): Problem | null {
  if (error instanceof DomainError) return problemOf(error.code, error.message, error.params, error.errors);
  if (error instanceof HttpException) return fromHttpException(error);
  return fromDatabaseError(error) ?? fromMultipartError(error) ?? fromFastifyError(error as FastifyLikeError);
}

// @fastify/multipart's own codes, and the plain Errors its parser (busboy) throws when the body is cut short
// or the boundary is unusable: they surface from request.file()/toBuffer() inside a route, as a 500 otherwise
const MULTIPART_CODES = new Set([
  'FST_INVALID_MULTIPART_CONTENT_TYPE',
  'FST_MP_PREMATURE_CLOSE',
  'FST_PROTO_VIOLATION',
]);
const BUSBOY_MESSAGES = /^Multipart: Boundary not found$|unexpected end of multipart data$|^The needle cannot/i;

function fromMultipartError(error: unknown): Problem | null {
  if (!(error instanceof Error)) return null;
  const code = (error as FastifyLikeError).code;
  const ours = typeof code === 'string' ? MULTIPART_CODES.has(code) : BUSBOY_MESSAGES.test(error.message);
  if (!ours) return null;
  return problemOf(
    PLATFORM_ERRORS['request.malformed_multipart'],
    `malformed multipart body / multipart 请求体格式错误: ${error.message}`,
    {},
    [{ field: 'body', message: error.message }],
  );
}

const LOCKED_RETRY_AFTER_SECONDS = 2;
const TIMED_OUT_RETRY_AFTER_SECONDS = 5;
const BUSY_RETRY_AFTER_SECONDS = 1;

/**
 * Races the use cases' own checks cannot see (two requests creating the same order number at once):
 * the database's unique constraint decides, and the loser gets a 409, not a 500. Serialization
 * failures and deadlocks say "try again".
 */
function fromDatabaseError(error: unknown): Problem | null {
  if (isPoolAcquireTimeout(error)) {
    return problemOf(
      PLATFORM_ERRORS['service.busy'],
      'the server is busy (every database connection is in use); please retry shortly / 服务器繁忙，请稍后重试',
      { retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS },
    );
  }
  // through TypeORM, or straight from pg (prepared statements on the hot paths)
  const raw: unknown =
    error instanceof QueryFailedError ? error.driverError : error instanceof DatabaseError ? error : null;
  if (!raw) return null;
  const driver = raw as { code?: string; constraint?: string; detail?: string; column?: string; message?: string };
  if (driver.code === '23505') {
    return problemOf(
      PLATFORM_ERRORS['resource.already_exists'],
      `already exists / 已存在: ${driver.detail ?? driver.constraint ?? 'duplicate key'}`,
      { constraint: driver.constraint },
    );
  }
  // class 22 (a value out of range or malformed for its column) and NOT NULL: the input, not the server
  if (driver.code?.startsWith('22') || driver.code === '23502') {
    return problemOf(
      PLATFORM_ERRORS['request.value_out_of_range'],
      `a value is out of range or malformed / 数值超出范围或格式错误: ${driver.message ?? ''}`,
      {},
      [{ field: driver.column ?? 'body', message: driver.message ?? 'malformed value' }],
    );
  }
  // lock_timeout and statement_timeout of request work (data-source-options.ts): the statement rolled back
  if (driver.code === '55P03') {
    return problemOf(
      PLATFORM_ERRORS['resource.locked'],
      'this record is being changed by another operation; please retry shortly (retrying is safe) / 该记录正被其他操作修改，请稍后重试（重试是安全的）',
      { retry: true, retryAfterSeconds: LOCKED_RETRY_AFTER_SECONDS },
    );
  }
  if (driver.code === '57014') {
    return problemOf(
      PLATFORM_ERRORS['request.timed_out'],
      'the request took too long and was cancelled; please retry (retrying is safe) / 请求超时已取消，请重试（重试是安全的）',
      { retryAfterSeconds: TIMED_OUT_RETRY_AFTER_SECONDS },
    );
  }
  if (driver.code === '40001' || driver.code === '40P01') {
    return problemOf(
      PLATFORM_ERRORS['resource.concurrent_change'],
      'a concurrent change got in the way; please retry / 并发冲突，请重试',
      { retry: true },
    );
  }
  return null;
}

function fromHttpException(error: HttpException): Problem | null {
  const status = error.getStatus();
  if (status >= 500) return null;
  const body = error.getResponse();
  const message = typeof body === 'string' ? body : (body as { message?: unknown }).message;
  return fromStatus(status, typeof message === 'string' ? message : error.message);
}

// Errors raised by Fastify before a route handler runs (body parsing, limits, media types).
function fromFastifyError(error: FastifyLikeError): Problem | null {
  if (!error || typeof error !== 'object' || typeof error.statusCode !== 'number' || error.statusCode >= 500)
    return null;
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return problemOf(
      PLATFORM_ERRORS['request.unsupported_media_type'],
      'Unsupported Content-Type / 不支持的内容类型',
      {},
      [{ field: 'content-type', message: error.message ?? 'unsupported' }],
    );
  }
  return fromStatus(error.statusCode, error.message ?? 'Bad request');
}

const CODE_BY_STATUS: Record<number, string> = {
  400: PLATFORM_ERRORS['request.bad_request'],
  401: PLATFORM_ERRORS['auth.unauthenticated'],
  403: PLATFORM_ERRORS['auth.forbidden'],
  404: PLATFORM_ERRORS['route.not_found'],
  413: PLATFORM_ERRORS['request.payload_too_large'],
  415: PLATFORM_ERRORS['request.unsupported_media_type'],
  429: PLATFORM_ERRORS['request.too_many'],
};

function fromStatus(status: number, detail: string): Problem | null {
  const bodyError = [{ field: 'body', message: detail }];
  if (status === 413) {
    return problemOf(
      PLATFORM_ERRORS['request.payload_too_large'],
      'Request body exceeds the size limit / 请求体过大',
      {},
      bodyError,
    );
  }
  if (status === 400 && /json|body/i.test(detail)) {
    return problemOf(
      PLATFORM_ERRORS['request.malformed_body'],
      `Malformed request body / 请求体格式错误: ${detail}`,
      {},
      bodyError,
    );
  }
  return problemOf(CODE_BY_STATUS[status] ?? PLATFORM_ERRORS['request.bad_request'], detail);
}

export const INTERNAL_PROBLEM: Problem = {
  type: TYPE_BASE + PLATFORM_ERRORS['server.internal'],
  title: 'Internal server error',
  status: 500,
  code: PLATFORM_ERRORS['server.internal'],
  detail: 'An unexpected error occurred; it has been logged / 服务器内部错误，已记录',
};
