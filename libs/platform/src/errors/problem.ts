import { HttpException } from '@nestjs/common';
import { DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';
import { DomainError, ErrorCode, FieldError } from './domain.error';

/** RFC 9457 problem details, the one error body of the API. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

const STATUS: Record<ErrorCode, { status: number; title: string }> = {
  validation_failed: { status: 400, title: 'Validation failed' },
  malformed_body: { status: 400, title: 'Malformed request body' },
  unauthenticated: { status: 401, title: 'Unauthenticated' },
  forbidden: { status: 403, title: 'Forbidden' },
  not_found: { status: 404, title: 'Not found' },
  conflict: { status: 409, title: 'Conflict' },
  unprocessable: { status: 422, title: 'Unprocessable request' },
  payload_too_large: { status: 413, title: 'Payload too large' },
  unsupported_media_type: { status: 415, title: 'Unsupported media type' },
  too_many_requests: { status: 429, title: 'Too many requests' },
  unavailable: { status: 503, title: 'Service unavailable' },
};

const CODE_BY_STATUS: Record<number, ErrorCode> = Object.fromEntries(
  Object.entries(STATUS).map(([code, { status }]) => [status, code as ErrorCode]),
);

const TYPE_BASE = 'https://mendao.dev/problems/';

export function problemOf(code: ErrorCode, detail: string, extra: Partial<Problem> = {}): Problem {
  const { status, title } = STATUS[code];
  return { type: TYPE_BASE + code.replace(/_/g, '-'), title, status, detail, ...extra };
}

interface FastifyLikeError {
  statusCode?: number;
  code?: string;
  message?: string;
}

/** Maps anything thrown to a problem; `null` means an unexpected error (a 500, to be logged). */
export function toProblem(error: unknown): Problem | null {
  if (error instanceof DomainError) {
    return problemOf(error.code, error.message, {
      ...error.details,
      ...(error.errors.length > 0 ? { errors: error.errors } : {}),
    });
  }
  if (error instanceof HttpException) return fromHttpException(error);
  return fromDatabaseError(error) ?? fromFastifyError(error as FastifyLikeError);
}

/**
 * Races the use cases' own checks cannot see (two requests creating the same order number at once):
 * the database's unique constraint decides, and the loser gets a 409, not a 500. Serialization
 * failures and deadlocks say "try again".
 */
function fromDatabaseError(error: unknown): Problem | null {
  // through TypeORM, or straight from pg (prepared statements on the hot paths)
  const raw: unknown =
    error instanceof QueryFailedError ? error.driverError : error instanceof DatabaseError ? error : null;
  if (!raw) return null;
  const driver = raw as { code?: string; constraint?: string; detail?: string; column?: string; message?: string };
  if (driver.code === '23505') {
    return problemOf('conflict', `already exists / 已存在: ${driver.detail ?? driver.constraint ?? 'duplicate key'}`, {
      constraint: driver.constraint,
    });
  }
  // class 22 (a value out of range or malformed for its column) and NOT NULL: the input, not the server
  if (driver.code?.startsWith('22') || driver.code === '23502') {
    return problemOf(
      'validation_failed',
      `a value is out of range or malformed / 数值超出范围或格式错误: ${driver.message ?? ''}`,
      {
        errors: [{ field: driver.column ?? 'body', message: driver.message ?? 'malformed value' }],
      },
    );
  }
  if (driver.code === '40001' || driver.code === '40P01') {
    return problemOf('conflict', 'a concurrent change got in the way; please retry / 并发冲突，请重试', {
      retry: true,
    });
  }
  return null;
}

function fromHttpException(error: HttpException): Problem | null {
  const status = error.getStatus();
  if (status >= 500) return null;
  const body = error.getResponse();
  const message = typeof body === 'string' ? body : (body as { message?: unknown }).message;
  return fromStatus(status, typeof message === 'string' ? message : error.message, error.name);
}

// Errors raised by Fastify before a route handler runs (body parsing, limits, media types).
function fromFastifyError(error: FastifyLikeError): Problem | null {
  if (!error || typeof error !== 'object' || typeof error.statusCode !== 'number' || error.statusCode >= 500)
    return null;
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return problemOf('unsupported_media_type', 'Unsupported Content-Type / 不支持的内容类型', {
      errors: [{ field: 'content-type', message: error.message ?? 'unsupported' }],
    });
  }
  return fromStatus(error.statusCode, error.message ?? 'Bad request', error.code ?? 'Error');
}

function fromStatus(status: number, detail: string, name: string): Problem {
  const bodyError = [{ field: 'body', message: detail }];
  if (status === 413) {
    return problemOf('payload_too_large', 'Request body exceeds the size limit / 请求体过大', { errors: bodyError });
  }
  if (status === 400 && /json|body/i.test(detail)) {
    return problemOf('malformed_body', `Malformed request body / 请求体格式错误: ${detail}`, { errors: bodyError });
  }
  const code = CODE_BY_STATUS[status];
  return code ? problemOf(code, detail) : { type: 'about:blank', title: name, status, detail };
}

export const INTERNAL_PROBLEM: Problem = {
  type: TYPE_BASE + 'internal',
  title: 'Internal server error',
  status: 500,
  detail: 'An unexpected error occurred; it has been logged / 服务器内部错误，已记录',
};
