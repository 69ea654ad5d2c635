import { isWorkOrderCode, workOrderCode, workOrderKey } from './work-order-code';

describe(workOrderCode.name, () => {
  const run = '3f2a91c0-7b1e-4d2a-9c3b-0123456789ab';

  it('is splitting’s number with 8 digits', () => {
    expect(workOrderCode(run, 2, 8)).toBe('WO-3F2A91C0-2');
  });

  it('takes more of the run id (its dashes left out) for a longer prefix', () => {
    expect(workOrderCode(run, 2, 12)).toBe('WO-3F2A91C07B1E-2');
    expect(workOrderCode(run, 10, 32)).toBe('WO-3F2A91C07B1E4D2A9C3B0123456789AB-10');
  });
});

describe(workOrderKey.name, () => {
  it('drops the spaces around a scan and upper-cases a code typed in lower case', () => {
    expect(workOrderKey(' wo-156737db-1 ')).toBe('WO-156737DB-1');
    expect(workOrderKey('WO-156737DB-1\t')).toBe('WO-156737DB-1');
  });

  it('leaves anything else as it is, but for the spaces (an id, a door label whose order number has its own case)', () => {
    expect(workOrderKey(' 3f2a91c0-7b1e-4d2a-9c3b-0123456789ab ')).toBe('3f2a91c0-7b1e-4d2a-9c3b-0123456789ab');
    expect(workOrderKey('so-Case-1-1-1')).toBe('so-Case-1-1-1');
  });

  it('is the case of every code made: a code in any case names one work order', () => {
    const lower = '3f2a91c0-7b1e-4d2a-9c3b-0123456789ab';
    for (const digits of [8, 12, 32]) {
      const code = workOrderCode(lower, 3, digits);
      expect(code).toBe(code.toUpperCase());
      expect(workOrderKey(code.toLowerCase())).toBe(code);
    }
  });
});

describe(isWorkOrderCode.name, () => {
  it('tells a work order code from a door label with the same start', () => {
    expect(isWorkOrderCode('wo-3F2A91C0-2')).toBe(true);
    expect(isWorkOrderCode('WO-3F2A91C0-2-1-1')).toBe(false);
    expect(isWorkOrderCode('WO-1-1-1')).toBe(false);
    expect(isWorkOrderCode('SO-1-1-1')).toBe(false);
  });
});
