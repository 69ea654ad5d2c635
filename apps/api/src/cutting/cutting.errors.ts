import { defineErrorCodes } from '@mendao/platform';

/** Refusals of the stateless cutting endpoints (and the cut:* CLI commands' exit code 2). */
export const CUTTING_ERRORS = defineErrorCodes({
  'cutting.invalid_request': { status: 400, title: 'The cutting request is not valid' },
  'cutting.request_too_large': { status: 413, title: 'The cutting request has too many pieces' },
  'cutting.infeasible': { status: 422, title: 'Some pieces fit no stock, or the stock runs out' },
  'cutting.time_limit_too_long': {
    status: 400,
    title: 'timeLimitMs is above what the HTTP route allows (the CLI allows more)',
    params: ['max'],
  },
  'cutting.queue_full': {
    status: 429,
    title: 'Too many cutting requests are waiting (of this factory, or in all); retry after the retry-after header',
    params: ['waiting', 'scope', 'retryAfterSeconds'],
  },
  // the solver thread died or overran its time limit: nothing was saved, the same request may be retried
  'cutting.solver_failed': {
    status: 503,
    title: 'The cutting solver stopped without an answer; retry after the retry-after header',
    params: ['reason', 'retryAfterSeconds'],
  },
});
