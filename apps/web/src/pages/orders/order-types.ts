import type { components } from '../../../../../clients/typescript/schema';
import type { MessageKey } from '../../i18n/catalogues';

export type Order = components['schemas']['OrderDto'];
export type OrderSummary = components['schemas']['OrderSummaryDto'];
export type OrderStatus = components['schemas']['OrderStatus'];
export type OrderLine = components['schemas']['OrderLineDto'];
export type CreateOrderBody = components['schemas']['CreateOrderDto'];
export type UpdateOrderBody = components['schemas']['UpdateOrderDto'];
export type DoorModel = components['schemas']['ProductDto'];
export type ImportResult = components['schemas']['OrderImportResultDto'];

export const STATUS_LABEL: Record<OrderStatus, MessageKey> = {
  draft: 'orderStatus.draft',
  confirmed: 'orderStatus.confirmed',
  split: 'orderStatus.split',
  in_production: 'orderStatus.in_production',
  packed: 'orderStatus.packed',
  shipped: 'orderStatus.shipped',
  cancelled: 'orderStatus.cancelled',
};

export const STATUS_COLOR: Record<OrderStatus, string> = {
  draft: 'default',
  confirmed: 'blue',
  split: 'cyan',
  in_production: 'processing',
  packed: 'purple',
  shipped: 'green',
  cancelled: 'red',
};

export const ORDER_STATUSES = Object.keys(STATUS_LABEL) as OrderStatus[];

/** A line's fields as the api names them (`lines[2].width`, an import row's `width`), and their column titles. */
export const LINE_FIELD_LABEL: Record<string, MessageKey> = {
  orderNo: 'orders.orderNo',
  customer: 'orders.customer',
  dueDate: 'orders.dueDate',
  productCode: 'orders.line.model',
  width: 'orders.line.width',
  height: 'orders.line.height',
  wallThickness: 'orders.line.wallThickness',
  masterWidth: 'orders.line.masterWidth',
  swing: 'orders.line.swing',
  finish: 'orders.line.finish',
  quantity: 'orders.line.quantity',
  room: 'orders.line.room',
  note: 'orders.line.note',
  file: 'orders.import.fileColumn',
};

export type ModelInput = components['schemas']['ProductInputDto'];
export type DoorType = components['schemas']['DoorType'];
