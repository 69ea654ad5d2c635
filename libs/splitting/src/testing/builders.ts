import type { CreateOrderDto, OrderLineDto } from '../dto/order.dto';

/** A single swing door (PD-LVL01 of the demo catalogue, its default door type) well inside its process ranges. */
export function makeOrderLine(overrides: Partial<OrderLineDto> = {}): OrderLineDto {
  return {
    productCode: 'PD-LVL01',
    width: 900,
    height: 2100,
    wallThickness: 120,
    swing: 'left-in',
    finish: 'OAK',
    quantity: 1,
    ...overrides,
  };
}

let orderSeq = 0;

/** An order of one line; order numbers run T-0001, T-0002… in the order the builder is called. */
export function makeOrder(overrides: Partial<CreateOrderDto> = {}): CreateOrderDto {
  orderSeq += 1;
  return {
    orderNo: `T-${String(orderSeq).padStart(4, '0')}`,
    customer: '测试客户',
    lines: [makeOrderLine()],
    ...overrides,
  };
}
