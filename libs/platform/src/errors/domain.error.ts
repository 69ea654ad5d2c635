import { defineErrorCodes } from './error-catalogue';

export interface FieldError {
  /** Where in the request: `lines[0].width`, `stock[2].length`, `file`, `body` (one format in every answer). */
  field: string;
  message: string;
  /** Spreadsheet imports: the row (1 = the header row) the problem is on. */
  row?: number;
}

/** The codes of the plumbing (requests, auth, storage); each domain lib defines its own in its `*.errors.ts`. */
export const PLATFORM_ERRORS = defineErrorCodes({
  'request.validation_failed': { status: 400, title: 'Validation failed' },
  'request.malformed_body': { status: 400, title: 'Malformed request body' },
  'request.bad_request': { status: 400, title: 'Bad request' },
  'request.value_out_of_range': { status: 400, title: 'A value is out of range or malformed' },
  // JSON nested deeper than MAX_JSON_DEPTH: refused while parsing, before anything recursive reads it
  'request.too_deep': { status: 400, title: 'Request body nested too deeply', params: ['maxDepth'] },
  'request.malformed_multipart': { status: 400, title: 'Malformed multipart body' },
  'request.payload_too_large': { status: 413, title: 'Payload too large' },
  'request.unsupported_media_type': { status: 415, title: 'Unsupported media type' },
  'request.too_many': { status: 429, title: 'Too many requests', params: ['retryAfterSeconds'] },
  'route.not_found': { status: 404, title: 'No such route' },
  'resource.not_found': { status: 404, title: 'Not found', params: ['resource', 'key'] },
  'resource.already_exists': { status: 409, title: 'Already exists', params: ['constraint'] },
  'resource.concurrent_change': { status: 409, title: 'A concurrent change got in the way; retry', params: ['retry'] },
  // the row is held by longer work (a split run saving its orders) past the request's lock_timeout: nothing changed
  'resource.locked': {
    status: 409,
    title: 'Being changed by another operation; retry shortly',
    params: ['retry', 'retryAfterSeconds'],
  },
  'auth.unauthenticated': { status: 401, title: 'Unauthenticated' },
  'auth.invalid_credentials': { status: 401, title: 'Wrong factory, user name or password' },
  'auth.token_invalid': { status: 401, title: 'Invalid or expired token' },
  // a password reset, deactivation or role change after the token was signed: sign in again
  'auth.session_ended': { status: 401, title: 'Session ended; sign in again' },
  'auth.forbidden': { status: 403, title: 'Forbidden', params: ['required'] },
  'auth.too_many_attempts': { status: 429, title: 'Too many failed logins', params: ['retryAfterSeconds'] },
  'factory.already_exists': { status: 409, title: 'Factory already exists', params: ['code'] },
  'user.already_exists': { status: 409, title: 'User already exists', params: ['username'] },
  // an admin cannot lock themself out; another admin can (UsersService)
  'user.cannot_deactivate_self': { status: 409, title: 'You cannot deactivate yourself', params: ['userId'] },
  'user.cannot_drop_own_admin': { status: 409, title: 'You cannot drop your own admin role', params: ['userId'] },
  'service.unavailable': { status: 503, title: 'Service unavailable' },
  // never thrown: the answer to an unexpected error, listed so that clients know every code they may meet
  'server.internal': { status: 500, title: 'Internal server error' },
  'service.busy': { status: 503, title: 'Busy; retry shortly', params: ['retryAfterSeconds'] },
  // the request's statement ran past statement_timeout and was cancelled (rolled back)
  'request.timed_out': { status: 503, title: 'Took too long and was cancelled; retry', params: ['retryAfterSeconds'] },
});

/**
 * The error every domain and platform use case throws. `code` names the rule that refused (a code of the
 * catalogue, see error-catalogue.ts); `params` are its facts, from which a client can write its own wording;
 * `message` is the zh/en detail. The problem filter alone decides the HTTP status, from the catalogue.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly params: Record<string, unknown> = {},
    readonly errors: FieldError[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, key: string, field = 'id') {
    super('resource.not_found', `${what} ${key} not found / 未找到 ${key}`, { resource: what, key }, [
      { field, message: `no ${what} ${key} in this factory` },
    ]);
  }
}

export class ValidationFailedError extends DomainError {
  constructor(errors: FieldError[], message = 'Request validation failed / 请求参数有误') {
    super('request.validation_failed', message, {}, errors);
  }
}

/** A field path in the one format of every answer: `lines[0].width` (array indexes in brackets). */
export function fieldPath(...segments: (string | number)[]): string {
  return segments.reduce<string>(
    (path, segment) =>
      typeof segment === 'number' || /^\d+$/.test(segment)
        ? `${path}[${segment}]`
        : path
          ? `${path}.${segment}`
          : segment,
    '',
  );
}
