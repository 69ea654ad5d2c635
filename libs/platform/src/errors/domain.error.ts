export interface FieldError {
  field: string;
  message: string;
  /** Spreadsheet imports: the row (1 = the header row) the problem is on. */
  row?: number;
}

/**
 * The error every domain and platform use case throws. `code` says what went wrong;
 * the problem filter alone decides the HTTP status from it (see problem.ts).
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    readonly errors: FieldError[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export type ErrorCode =
  | 'validation_failed'
  | 'malformed_body'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'unprocessable'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'too_many_requests'
  | 'unavailable';

export class NotFoundError extends DomainError {
  constructor(what: string, key: string, field = 'id') {
    super('not_found', `${what} ${key} not found / 未找到${what} ${key}`, { [field]: key }, [
      { field, message: `no ${what} ${key} in this factory` },
    ]);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}, errors: FieldError[] = []) {
    super('conflict', message, details, errors);
  }
}

export class ValidationFailedError extends DomainError {
  constructor(errors: FieldError[], message = 'Request validation failed / 请求参数有误') {
    super('validation_failed', message, {}, errors);
  }
}
