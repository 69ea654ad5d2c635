import { defineErrorCodes, DomainError, type FieldError } from '@mendao/platform';
import type { OrderRefusal } from './domain/order-status';
import type { SplitRunRefusal } from './domain/split-run-status';

/** Every refusal of the splitting context: products, orders, imports and split runs. */
export const SPLITTING_ERRORS = defineErrorCodes({
  'product.already_exists': { status: 409, title: 'Product already exists; PUT adds a version', params: ['code'] },
  'product.formula_invalid': {
    status: 422,
    title: 'A formula of the product does not parse or reads an unknown variable',
    // the first formula problem; `errors` lists every problem, each with its own rule and position
    params: ['code', 'rule', 'field', 'position'],
  },
  'product.definition_invalid': {
    status: 422,
    title: 'The product definition is inconsistent (ranges, parameter names, component names, materials)',
    params: ['code', 'field'],
  },
  // PRODUCT_LIMITS (domain/product.ts): the cap passed and the model's value
  'product.too_many_components': {
    status: 422,
    title: 'Too many components in one door model',
    params: ['code', 'components', 'max'],
  },
  'product.quantity_too_large': {
    status: 422,
    title: 'A component asks for too many pieces per door',
    params: ['code', 'rule', 'field', 'quantity', 'max'],
  },
  // POST /products/preview: the draft is valid but the door sizes are outside its ranges or a rule fails at them
  'product.preview_line_rejected': {
    status: 422,
    title: "The door sizes are outside the model's ranges, or a rule gives no possible part for them",
    params: ['code', 'field'],
  },
  'material.already_exists': {
    status: 409,
    title: 'Material code already exists; PUT /materials/{code} changes it',
    params: ['code'],
  },
  // unit against cut kind, stock sizes against cut kind, a fixed profile without its width; `errors` lists them all
  'material.definition_invalid': {
    status: 422,
    title: 'The material definition is inconsistent (unit, stock sizes, profile)',
    params: ['code', 'field'],
  },
  // the order state machine (domain/order-status.ts): one code per refused transition
  'order.not_editable': {
    status: 409,
    title: 'The order can no longer be edited',
    params: ['status', 'action', 'allowedFrom'],
  },
  'order.already_confirmed': {
    status: 409,
    title: 'The order is already confirmed',
    params: ['status', 'action', 'allowedFrom'],
  },
  'order.not_confirmable': {
    status: 409,
    title: 'The order cannot be confirmed from its status',
    params: ['status', 'action', 'allowedFrom'],
  },
  'order.already_cancelled': {
    status: 409,
    title: 'The order is already cancelled',
    params: ['status', 'action', 'allowedFrom'],
  },
  'order.not_cancellable': {
    status: 409,
    title: 'The order can no longer be cancelled',
    params: ['status', 'action', 'allowedFrom'],
  },
  'order.not_confirmed': {
    status: 409,
    title: 'The order must be confirmed first',
    params: ['status', 'action', 'allowedFrom'],
  },
  'order.not_splittable': {
    status: 409,
    title: 'The order cannot be split from its status',
    params: ['status', 'action', 'allowedFrom'],
  },
  'order.not_releasable': {
    status: 409,
    title: 'Only a split order is released to production, by the run that last split it',
    params: ['status', 'action', 'allowedFrom'],
  },
  'order.not_packable': {
    status: 409,
    title: 'Only an order in production is packed',
    params: ['status', 'action', 'allowedFrom'],
  },
  'order.not_packed': {
    status: 409,
    title: 'The order is not packed',
    params: ['status', 'action', 'allowedFrom'],
  },
  'order.not_shippable': {
    status: 409,
    title: 'Only an order in production or packed is shipped',
    params: ['status', 'action', 'allowedFrom'],
  },
  'order.already_exists': { status: 409, title: 'Order number already exists', params: ['orderNo'] },
  'order.lines_rejected': {
    status: 422,
    title: 'Order lines rejected',
    params: ['problems', 'field'],
  },
  'order_import.rejected': {
    status: 422,
    title: 'The file has problems; nothing was imported',
    // the first problem's row and field; `errors` lists every one as {row, field, message}
    // `warnings`: what the file holds that would not be imported (unknown columns), said with the refusal
    params: ['problems', 'row', 'field', 'warnings'],
  },
  'order_import.unreadable': { status: 422, title: 'The file cannot be read', params: ['format'] },
  'order_import.no_file': { status: 400, title: 'No file in the request' },
  'order_import.file_too_large': { status: 413, title: 'The file is too large' },
  // the upload did not arrive within IMPORT_UPLOAD_TIMEOUT_MS; the connection is closed and the slot freed
  'order_import.upload_timed_out': {
    status: 400,
    title: 'The file did not arrive in time',
    params: ['timeoutMs'],
  },
  'order_import.unsupported_file': { status: 415, title: 'Only .xlsx and .csv files can be imported' },
  // the reader stops at the first row past the cap (MAX_IMPORT_ROWS), however many follow
  'order_import.too_many_rows': { status: 422, title: 'The file has more rows than one import takes', params: ['max'] },
  // counted as the .xlsx inflates (declared sizes are only a first, cheap refusal); `declared` when they sufficed
  'order_import.inflated_too_large': {
    status: 413,
    title: 'The .xlsx unpacks to more than one import may read',
    params: ['max', 'declared'],
  },
  'order_import.busy': {
    status: 429,
    title: 'Too many imports are being read; retry shortly',
    params: ['retryAfterSeconds', 'scope'],
  },
  'split_run.too_many_doors': { status: 422, title: 'Too many doors in one split run', params: ['doors', 'max'] },
  // Σ over the lines of doors × pieces per door (the quantity formulas), against SPLIT_RUN_LIMITS.pieces
  'split_run.too_many_pieces': { status: 422, title: 'Too many pieces in one split run', params: ['pieces', 'max'] },
  'split_run.orders_not_splittable': {
    status: 409,
    title: 'Only confirmed (or already split) orders can be split',
    // each order refused: {orderNo, status, code} with code order.not_confirmed or order.not_splittable
    params: ['orders'],
  },
  // the split run state machine (domain/split-run-status.ts); met by the processor, recorded on the run
  'split_run.already_finished': { status: 409, title: 'The split run has already finished', params: ['status'] },
  'split_run.not_running': { status: 409, title: 'The split run is not running', params: ['status'] },
  // cut patterns and the sawyer's exports are read from a run that has succeeded
  'split_run.not_succeeded': { status: 409, title: 'The split run has not succeeded', params: ['status'] },
  // released to production: a run no longer the last split of one of its orders will not be made as planned
  'split_run.superseded': {
    status: 409,
    title: 'A later split of one of its orders superseded the split run',
    params: ['splitRun', 'orders'],
  },
  // the factory's processes (工序): a code is taken once; a reorder lists each of them exactly once
  'process.already_exists': {
    status: 409,
    title: 'Process code already exists; PATCH /processes/{code} changes it',
    params: ['code'],
  },
  'process.reorder_mismatch': {
    status: 422,
    title: "A reorder must list each of the factory's processes exactly once",
    params: ['missing', 'unknown', 'repeated'],
  },
});

/**
 * A refusal of a domain state machine as the error the problem filter answers; indexing the catalogue by
 * the refusal's code makes a code the domain returns but nobody catalogued a compile error.
 */
export function refusalError(refusal: OrderRefusal | SplitRunRefusal, errors: FieldError[] = []): DomainError {
  return new DomainError(SPLITTING_ERRORS[refusal.code], refusal.message, refusal.params, errors);
}
