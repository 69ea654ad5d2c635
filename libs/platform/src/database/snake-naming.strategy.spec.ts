import { snakeCase, SnakeNamingStrategy } from './snake-naming.strategy';

describe(SnakeNamingStrategy.name, () => {
  const strategy = new SnakeNamingStrategy();

  it('turns camelCase names into snake_case', () => {
    expect(snakeCase('factoryId')).toBe('factory_id');
    expect(snakeCase('StockMove')).toBe('stock_move');
    expect(snakeCase('HTTPRequestId')).toBe('http_request_id');
    expect(strategy.columnName('createdAt', undefined, [])).toBe('created_at');
    expect(strategy.columnName('width', undefined, ['door', 'size'])).toBe('door_size_width');
    expect(strategy.joinColumnName('workOrder', 'id')).toBe('work_order_id');
  });

  it('keeps explicit names', () => {
    expect(strategy.tableName('User', 'user')).toBe('user');
    expect(strategy.columnName('x', 'custom_x', [])).toBe('custom_x');
  });
});
