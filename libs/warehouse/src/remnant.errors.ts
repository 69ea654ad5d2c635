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
  'remnant.not_cut': {
    status: 422,
    title: 'Only a material that is cut (bars, sheets) leaves remnants: hardware, veneer and the like have none',
    params: ['material'],
  },
  'remnant.impossible_size': {
    status: 422,
    title: "A remnant has sizes its material can leave: whole mm, a sheet's both sides, a fixed profile's own width",
    params: ['material', 'length', 'width'],
  },
  'remnant.below_minimum': {
    status: 422,
    title: "An offcut shorter than its material's minimum remnant is waste, not a remnant",
    params: ['material', 'minRemnant', 'length', 'width'],
  },
  'remnant.run_superseded': {
    status: 409,
    title: 'A split run re-split since (no longer the last split of its orders) will not be cut: it leaves no remnants',
    params: ['splitRun', 'orders'],
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
