import { defineErrorCodes } from '@mendao/platform';

/** Refusals of the stateless cutting endpoints (and the cut:* CLI commands' exit code 2). */
export const CUTTING_ERRORS = defineErrorCodes({
  'cutting.invalid_request': { status: 400, title: 'The cutting request is not valid' },
  'cutting.request_too_large': { status: 413, title: 'The cutting request has too many pieces' },
  'cutting.infeasible': { status: 422, title: 'Some pieces fit no stock, or the stock runs out' },
});
