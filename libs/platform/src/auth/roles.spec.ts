import { hasRole } from './roles';

describe(hasRole.name, () => {
  it('grants a route to a user holding one of its roles', () => {
    expect(hasRole(['planner'], ['planner', 'manager'])).toBe(true);
    expect(hasRole(['packer'], ['planner', 'manager'])).toBe(false);
  });

  it('lets a factory admin do what every other role may', () => {
    expect(hasRole(['admin'], ['warehouse'])).toBe(true);
  });

  it('denies when the route names no role at all', () => {
    expect(hasRole(['planner'], [])).toBe(false);
  });
});
