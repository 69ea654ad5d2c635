import { BadRequestException, NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import { ConflictError, DomainError, NotFoundError, ValidationFailedError } from './domain.error';
import { toProblem } from './problem';

describe(toProblem.name, () => {
  it('maps domain error codes to statuses and keeps their facts and field errors', () => {
    expect(toProblem(new ConflictError('short', { available: 3 }))).toMatchObject({ status: 409, available: 3 });
    expect(toProblem(new NotFoundError('order', 'SO-1', 'orderNo'))).toMatchObject({
      status: 404,
      errors: [{ field: 'orderNo', message: 'no order SO-1 in this factory' }],
    });
    expect(toProblem(new ValidationFailedError([{ field: 'width', message: 'must be positive' }]))).toMatchObject({
      status: 400,
      type: expect.stringContaining('validation-failed'),
      errors: [{ field: 'width', message: 'must be positive' }],
    });
    expect(toProblem(new DomainError('too_many_requests', 'slow down', { retryAfterSeconds: 9 }))).toMatchObject({
      status: 429,
      retryAfterSeconds: 9,
    });
  });

  it('turns body-parsing failures into 400 and 413 naming the body', () => {
    expect(toProblem(new BadRequestException('Body is not valid JSON'))).toMatchObject({
      status: 400,
      errors: [{ field: 'body', message: 'Body is not valid JSON' }],
    });
    expect(toProblem(new PayloadTooLargeException())).toMatchObject({ status: 413, errors: [{ field: 'body' }] });
    expect(toProblem({ statusCode: 413, code: 'FST_ERR_CTP_BODY_TOO_LARGE', message: 'too large' })).toMatchObject({
      status: 413,
    });
    expect(toProblem({ statusCode: 415, code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE', message: 'nope' })).toMatchObject({
      status: 415,
      errors: [{ field: 'content-type', message: 'nope' }],
    });
  });

  it('maps other HTTP exceptions by status', () => {
    expect(toProblem(new NotFoundException('Cannot GET /x'))).toMatchObject({ status: 404, detail: 'Cannot GET /x' });
  });

  it('returns null for anything unexpected, so it becomes a logged 500', () => {
    expect(toProblem(new Error('boom'))).toBeNull();
    expect(toProblem({ statusCode: 500 })).toBeNull();
    expect(toProblem(undefined)).toBeNull();
  });
});
