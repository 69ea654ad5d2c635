import { errorCodeEntry } from '@mendao/platform';
import { ORDER_REFUSAL_CODES } from './domain/order-status';
import { SPLIT_RUN_REFUSAL_CODES } from './domain/split-run-status';
import { SPLITTING_ERRORS } from './splitting.errors';

describe('SPLITTING_ERRORS', () => {
  it('catalogues every refusal of the state machines as a 409 carrying the status it was refused in', () => {
    expect(Object.keys(SPLITTING_ERRORS).length).toBeGreaterThan(0);
    for (const code of [...ORDER_REFUSAL_CODES, ...SPLIT_RUN_REFUSAL_CODES]) {
      expect({ code, ...errorCodeEntry(code) }).toMatchObject({
        code,
        status: 409,
        params: expect.arrayContaining(['status']),
      });
    }
  });

  it('names each code by context and rule, never by an HTTP category', () => {
    for (const code of Object.keys(SPLITTING_ERRORS)) {
      expect(code).toMatch(/^(product|material|process|order|order_import|split_run)\.[a-z_]+$/);
      expect(code).not.toMatch(/\.(conflict|bad_request|not_found|invalid_transition)$/);
    }
  });
});
