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
  // a station sends a scanId once per scan: the same one with another request is a bug or a replayed label, not a retry
  'packing.scan_id_reused': {
    status: 409,
    title: 'This scanId was used before for another scan; a new scan needs a new scanId',
    params: ['scanId', 'kind', 'barcode'],
  },
});
