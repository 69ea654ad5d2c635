import { workOrderCode } from './work-order-code';

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
