import { defineErrorCodes } from '@mendao/platform';

/** Every refusal of the warehouse context: master data, the ledger, counts and pick lists. */
export const WAREHOUSE_ERRORS = defineErrorCodes({
  'item.already_exists': { status: 409, title: 'Item code already exists', params: ['code'] },
  'item.inactive': { status: 422, title: 'The item is inactive', params: ['item'] },
  'location.already_exists': { status: 409, title: 'Location code already exists', params: ['code'] },
  'location.inactive': { status: 422, title: 'The location is inactive', params: ['location'] },
  'barcode.in_use': { status: 409, title: 'The barcode already names another item or location', params: ['barcode'] },
  'stock.insufficient': {
    status: 409,
    title: 'Not enough stock',
    params: ['available', 'requested', 'item', 'location', 'lot'],
  },
  'stock.scan_in_progress': {
    status: 409,
    title: 'The first request with this scanId is still being recorded; retry',
    params: ['scanId', 'retry'],
  },
  'pick_list.item_not_listed': { status: 409, title: 'The item is not on the pick list', params: ['item', 'pickList'] },
  'count.overlaps_open_count': { status: 409, title: 'An open count already covers this stock', params: ['count'] },
  'count.closed': { status: 409, title: 'The count is closed', params: ['count', 'status'] },
});
