import { PermanentJobError } from './job-processor';
import { isPermanent, permanentCause, sqlStateOf } from './permanent-error';

const pg = (code: string) => Object.assign(new Error(`pg ${code}`), { code });
const wrapped = (code: string) => Object.assign(new Error('query failed'), { driverError: pg(code) });

describe(permanentCause.name, () => {
  it('is permanent for a declared failure, data exceptions, integrity and program limits, and engine range errors', () => {
    expect(permanentCause(new PermanentJobError('no such product'))).toEqual({
      kind: 'declared',
      message: 'no such product',
    });
    expect(permanentCause(wrapped('22003'))).toEqual({ kind: 'database', sqlState: '22003', message: 'query failed' });
    expect(permanentCause(pg('22P02'))).toMatchObject({ kind: 'database', sqlState: '22P02' });
    expect(permanentCause(pg('23514'))).toMatchObject({ kind: 'database', sqlState: '23514' });
    expect(permanentCause(wrapped('23503'))).toMatchObject({ kind: 'database', sqlState: '23503' });
    expect(permanentCause(pg('54000'))).toMatchObject({ kind: 'database', sqlState: '54000' });
    expect(permanentCause(new RangeError('Invalid array length'))).toEqual({
      kind: 'engine',
      message: 'Invalid array length',
    });
  });

  it('is null (retry) for lost connections, deadlocks, timeouts, a shutdown and a unique key a concurrent writer took', () => {
    for (const code of ['08006', '40001', '40P01', '55P03', '57014', '57P01', '53300', '23505'])
      expect({ code, cause: permanentCause(wrapped(code)) }).toEqual({ code, cause: null });
    expect(permanentCause(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }))).toBeNull();
    expect(permanentCause(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }))).toBeNull();
    expect(permanentCause(new Error('Connection terminated unexpectedly'))).toBeNull();
    expect(permanentCause('a string')).toBeNull();
    expect(permanentCause(null)).toBeNull();
  });

  it('backs isPermanent, the job runner’s rule', () => {
    expect(isPermanent(wrapped('23514'))).toBe(true);
    expect(isPermanent(wrapped('40P01'))).toBe(false);
  });
});

describe(sqlStateOf.name, () => {
  it("reads the driver's code, bare or wrapped, and ignores Node's error codes", () => {
    expect(sqlStateOf(pg('57014'))).toBe('57014');
    expect(sqlStateOf(wrapped('22003'))).toBe('22003');
    expect(sqlStateOf(Object.assign(new Error('x'), { code: 'EPIPE' }))).toBeNull();
    expect(sqlStateOf(undefined)).toBeNull();
  });
});
