import { defineErrorCodes } from '@mendao/platform';

/** Every refusal of the splitting context: products, orders, imports and split runs. */
export const SPLITTING_ERRORS = defineErrorCodes({
  'product.already_exists': { status: 409, title: 'Product already exists; PUT adds a version', params: ['code'] },
  'product.formula_invalid': { status: 422, title: 'A rule of the product is invalid', params: ['code'] },
  'order.already_exists': { status: 409, title: 'Order number already exists', params: ['orderNo'] },
  'order.not_editable': { status: 409, title: 'The order can no longer be edited', params: ['status'] },
  'order.invalid_transition': {
    status: 409,
    title: 'The order cannot make this transition from its status',
    params: ['status', 'to', 'allowedFrom'],
  },
  'order.lines_rejected': { status: 422, title: 'Order lines rejected' },
  'order_import.rejected': { status: 422, title: 'The file has problems; nothing was imported' },
  'order_import.unreadable': { status: 422, title: 'The file cannot be read' },
  'order_import.no_file': { status: 400, title: 'No file in the request' },
  'order_import.file_too_large': { status: 413, title: 'The file is too large' },
  'order_import.unsupported_file': { status: 415, title: 'Only .xlsx and .csv files can be imported' },
  'split_run.too_many_doors': { status: 422, title: 'Too many doors in one split run', params: ['doors', 'max'] },
  'split_run.orders_not_splittable': {
    status: 409,
    title: 'Only confirmed (or already split) orders can be split',
    params: ['orders'],
  },
});
