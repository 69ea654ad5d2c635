import { BadRequestException, NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import { DomainError, fieldPath, NotFoundError, PLATFORM_ERRORS, ValidationFailedError } from './domain.error';
import { defineErrorCodes, errorCatalogue } from './error-catalogue';
import { toProblem } from './problem';

const TEST_ERRORS = defineErrorCodes({
  'test_order.invalid_transition': {
    status: 409,
    title: 'Invalid transition',
    params: ['status', 'type', 'title', 'detail', 'instance'],
  },
  'test_stock.insufficient': { status: 409, title: 'Not enough stock', params: ['available'] },
});

describe(toProblem.name, () => {
  it('maps a code to the status of the catalogue and keeps its params and field errors', () => {
    expect(toProblem(new DomainError(TEST_ERRORS['test_stock.insufficient'], 'short', { available: 3 }))).toEqual({
      type: 'https://mendao.dev/problems/test_stock.insufficient',
      title: 'Not enough stock',
      status: 409,
      detail: 'short',
      code: 'test_stock.insufficient',
      params: { available: 3 },
      available: 3,
    });
    expect(toProblem(new NotFoundError('order', 'SO-1', 'orderNo'))).toMatchObject({
      status: 404,
      code: 'resource.not_found',
      params: { resource: 'order', key: 'SO-1' },
      errors: [{ field: 'orderNo', message: 'no order SO-1 in this factory' }],
    });
    expect(toProblem(new ValidationFailedError([{ field: 'width', message: 'must be positive' }]))).toMatchObject({
      status: 400,
      code: 'request.validation_failed',
      errors: [{ field: 'width', message: 'must be positive' }],
    });
    expect(
      toProblem(new DomainError(PLATFORM_ERRORS['auth.too_many_attempts'], 'slow down', { retryAfterSeconds: 9 })),
    ).toMatchObject({ status: 429, params: { retryAfterSeconds: 9 }, retryAfterSeconds: 9 });
  });

  it('never lets a param overwrite a reserved member: an order status of "confirmed" stays a param', () => {
    const problem = toProblem(
      new DomainError(TEST_ERRORS['test_order.invalid_transition'], 'no', {
        status: 'confirmed',
        type: 'x',
        title: 'y',
        detail: 'z',
        instance: '/evil',
      }),
    );
    expect(problem).toMatchObject({
      status: 409,
      type: 'https://mendao.dev/problems/test_order.invalid_transition',
      title: 'Invalid transition',
      detail: 'no',
      params: { status: 'confirmed', type: 'x', title: 'y', detail: 'z', instance: '/evil' },
    });
    expect(problem).not.toHaveProperty('instance');
  });

  it('treats an uncatalogued code as a programming error (a logged 500)', () => {
    const uncatalogued: string = 'nobody.registered_this';
    expect(toProblem(new DomainError(uncatalogued, 'x'))).toBeNull();
  });

  it('turns body-parsing failures into 400 and 413 naming the body', () => {
    expect(toProblem(new BadRequestException('Body is not valid JSON'))).toMatchObject({
      status: 400,
      code: 'request.malformed_body',
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
    expect(toProblem(new NotFoundException('Cannot GET /x'))).toMatchObject({
      status: 404,
      code: 'route.not_found',
      detail: 'Cannot GET /x',
    });
  });

  it('maps the multipart parser errors (a body cut short, an unusable boundary) to 400 malformed_multipart', () => {
    const cutShort = new Error('Part terminated early due to unexpected end of multipart data');
    for (const error of [
      cutShort,
      new Error('Unexpected end of multipart data'),
      new Error('Multipart: Boundary not found'),
      new Error('The needle cannot be an empty String/Buffer.'),
      Object.assign(new Error('the request is not multipart'), {
        code: 'FST_INVALID_MULTIPART_CONTENT_TYPE',
        statusCode: 406,
      }),
    ]) {
      expect(toProblem(error)).toMatchObject({
        status: 400,
        code: 'request.malformed_multipart',
        errors: [{ field: 'body', message: error.message }],
      });
    }
    // the same words from anything else are still a 500
    expect(toProblem(Object.assign(new Error('Unexpected end of multipart data'), { code: 'OTHER' }))).toBeNull();
  });

  it('returns null for anything unexpected, so it becomes a logged 500', () => {
    expect(toProblem(new Error('boom'))).toBeNull();
    expect(toProblem({ statusCode: 500 })).toBeNull();
    expect(toProblem(undefined)).toBeNull();
  });
});

describe(defineErrorCodes.name, () => {
  it('lists every code once in the catalogue, sorted', () => {
    const codes = errorCatalogue().map((e) => e.code);
    expect(codes).toContain('test_stock.insufficient');
    expect(codes).toContain('resource.not_found');
    expect([...codes].sort((a, b) => a.localeCompare(b))).toEqual(codes);
  });

  it('refuses a code that is not context.rule, and a code defined twice differently', () => {
    expect(() => defineErrorCodes({ conflict: { status: 409, title: 'x' } })).toThrow(/context\.rule/);
    expect(() => defineErrorCodes({ 'test_stock.insufficient': { status: 422, title: 'x' } })).toThrow(/twice/);
  });
});

describe(fieldPath.name, () => {
  it('writes array indexes in brackets and names with dots', () => {
    expect(fieldPath('lines', 0, 'width')).toBe('lines[0].width');
    expect(fieldPath('lines', '12', 'masterWidth')).toBe('lines[12].masterWidth');
    expect(fieldPath('stock')).toBe('stock');
  });
});
