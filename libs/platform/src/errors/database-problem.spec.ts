import { DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';
import { toProblem } from './problem';

function postgresError(code: string, message: string): DatabaseError {
  const error = new DatabaseError(message, message.length, 'error');
  error.code = code;
  return error;
}

describe('toProblem for database timeouts', () => {
  it('answers a lock_timeout (55P03) as 409 resource.locked, retry-safe, with a Retry-After', () => {
    const error = new QueryFailedError(
      'UPDATE item SET ...',
      [],
      postgresError('55P03', 'canceling statement due to lock timeout'),
    );
    expect(toProblem(error)).toMatchObject({
      status: 409,
      code: 'resource.locked',
      params: { retry: true, retryAfterSeconds: 2 },
      detail: expect.stringContaining('retrying is safe'),
    });
  });

  it('answers a statement_timeout (57014) as 503 request.timed_out, also straight from pg', () => {
    expect(toProblem(postgresError('57014', 'canceling statement due to statement timeout'))).toMatchObject({
      status: 503,
      code: 'request.timed_out',
      params: { retryAfterSeconds: 5 },
    });
  });

  it('answers a pool that had no free connection in time as 503 service.busy', () => {
    expect(toProblem(new Error('timeout exceeded when trying to connect'))).toMatchObject({
      status: 503,
      code: 'service.busy',
      params: { retryAfterSeconds: 1 },
    });
  });
});
