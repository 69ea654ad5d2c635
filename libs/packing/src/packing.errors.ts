import { defineErrorCodes } from '@mendao/platform';

/**
 * Every refusal of the packing context: scans at pack stations and into shipments, undo, shipments, labels.
 * Each helper's codes sit in their own section below.
 */
export const PACKING_ERRORS = defineErrorCodes({
  // scans (packing/scans, shipments/{id}/scans): what a station caught, recorded and answered as a problem
  'packing.unknown_package': {
    status: 404,
    title: 'No package of this factory has this code',
    params: ['result', 'barcode'],
  },
  'packing.bad_check_character': {
    status: 422,
    title: 'The check character does not match: a misread or mistyped code',
    params: ['result', 'reason', 'barcode'],
  },
  'packing.malformed_barcode': {
    status: 422,
    title: 'Not a package code',
    params: ['result', 'reason', 'barcode'],
  },
});
