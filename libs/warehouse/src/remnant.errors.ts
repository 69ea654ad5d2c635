import { defineErrorCodes } from '@mendao/platform';

/** Refusals of receiving remnants (余料). */
export const REMNANT_ERRORS = defineErrorCodes({
  'remnant.run_not_succeeded': {
    status: 409,
    title: "A split run's remnants are received once the run has succeeded",
    params: ['splitRun', 'status'],
  },
  'remnant.larger_than_stock': {
    status: 422,
    title: 'A remnant is no larger than the stock size of the material it was cut from',
    params: ['material', 'length', 'width'],
  },
  'remnant.reserved': {
    status: 409,
    title: 'Remnant pieces other split runs hold (reserved for their plans) are not issued to anyone else',
    params: ['item', 'available', 'requested', 'heldByOtherRuns'],
  },
  'remnant.not_receivable': {
    status: 422,
    title: "A run's remnants are received all together: every material needs an item that can take them",
    params: ['splitRun', 'materials'],
  },
});
