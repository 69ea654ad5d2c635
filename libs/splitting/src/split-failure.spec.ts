import { PermanentJobError } from '@mendao/platform';
import { MaterialSetupError } from './domain/split-plan';
import { permanentReason } from './split-failure';

describe('permanentReason', () => {
  const pg = (code: string) => Object.assign(new Error(`pg ${code}`), { code });
  const wrapped = (code: string) => Object.assign(new Error('query failed'), { driverError: pg(code) });

  it('is permanent for data exceptions, integrity and program limits, and engine range errors', () => {
    expect(permanentReason(wrapped('22003'))).toMatch(/SQLSTATE 22003/);
    expect(permanentReason(pg('23514'))).toMatch(/SQLSTATE 23514/);
    expect(permanentReason(pg('54000'))).toMatch(/SQLSTATE 54000/);
    expect(permanentReason(new RangeError('Invalid array length'))).toMatch(/Invalid array length/);
  });

  it("keeps a declared failure's message, and prefers the actionable reason", () => {
    expect(permanentReason(new PermanentJobError('the split cannot be computed: x'))).toBe(
      'the split cannot be computed: x',
    );
    const setup = new MaterialSetupError('MDF18', 'no stock sizes');
    expect(permanentReason(setup)).toBe(setup.message);
  });

  it('is null (retry) for lost connections, deadlocks, timeouts and a unique key a concurrent writer took', () => {
    for (const code of ['08006', '40001', '40P01', '55P03', '57014', '57P01', '53300', '23505'])
      expect(permanentReason(wrapped(code))).toBeNull();
    expect(permanentReason(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }))).toBeNull();
    expect(permanentReason(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }))).toBeNull();
    expect(permanentReason(new Error('Connection terminated unexpectedly'))).toBeNull();
  });
});
