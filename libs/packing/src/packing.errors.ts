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
  // pack stations, undo and settings (stations.service.ts, undo.service.ts, settings.service.ts)
  'packing.station_exists': { status: 409, title: 'A pack station with this code exists', params: ['station'] },
  'packing.station_inactive': {
    status: 409,
    title: 'The pack station is inactive: activate it (PUT /packing/stations/{code}) to scan there',
    params: ['station'],
  },
  'packing.order_not_packable': {
    status: 409,
    title: 'Only an order in production (released, not yet packed) is opened at a pack station',
    params: ['order', 'status'],
  },
  'packing.scan_not_undoable': {
    status: 409,
    title: 'Only an ok scan not undone yet is undone',
    params: ['scanId', 'result', 'undoneAt'],
  },
  'packing.package_loaded': {
    status: 409,
    title: 'The package is loaded on a shipment: undo its load scan first',
    params: ['scanId', 'code', 'shipment'],
  },
  'packing.order_shipped': {
    status: 409,
    title: 'The package’s order is shipped: its pack scan is no longer undone',
    params: ['scanId', 'code', 'order'],
  },
  'packing.gs1_prefix_too_long': {
    status: 409,
    title: "The company prefix leaves too few digits for the factory's package serials",
    params: ['gs1CompanyPrefix', 'serialDigits', 'lastSerial'],
  },
  // labels (labels/): printed once the orders are released, their package codes final
  'packing.labels_not_released': {
    status: 409,
    title: 'Labels are printed once the split run is released to production',
    params: ['status', 'action', 'orders'],
  },
  'packing.labels_superseded': {
    status: 409,
    title: 'A later split of its orders replaced this split run and its packages',
    params: ['splitRun', 'orders'],
  },
  'packing.labels_unknown_codes': {
    status: 404,
    title: 'No package of this factory has these codes',
    params: ['codes'],
  },
  'packing.labels_too_many': {
    status: 422,
    title: 'More labels than one file holds: print order by order, or a selection',
    params: ['labels', 'max'],
  },
  // shipments (装车): a truck's orders, its load scans and its closing
  'shipment.closed': {
    status: 409,
    title: 'The shipment is closed: nothing is loaded onto it or changed any more',
    params: ['shipment', 'closedAt'],
  },
  'shipment.packages_missing': {
    status: 409,
    title: 'Packages of the shipment’s orders are not loaded; load them, or a supervisor overrides with a reason',
    params: ['shipment', 'count', 'missing'],
  },
  'shipment.orders_not_shippable': {
    status: 409,
    title: 'Only orders in production or packed go on a shipment',
    params: ['orders'],
  },
  'shipment.orders_in_open_shipment': {
    status: 409,
    title: 'Orders are on another open shipment already',
    params: ['orders'],
  },
  'shipment.cancelled': {
    status: 409,
    title: 'The shipment was cancelled: nothing is loaded onto it or changed any more',
    params: ['shipment', 'cancelledAt'],
  },
  // a shipment with packages on the truck is unloaded (undo its load scans) before it is cancelled
  'shipment.not_empty': {
    status: 409,
    title: 'Packages are loaded on the shipment; undo their load scans before cancelling it',
    params: ['shipment', 'loaded'],
  },
});
