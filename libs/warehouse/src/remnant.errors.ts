import { defineErrorCodes } from '@mendao/platform';

/** Refusals of receiving a split run's remnants (余料). */
export const REMNANT_ERRORS = defineErrorCodes({
  'remnant.run_not_succeeded': {
    status: 409,
    title: "A split run's remnants are received once the run has succeeded",
    params: ['splitRun', 'status'],
  },
});
