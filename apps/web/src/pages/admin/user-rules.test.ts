import { describe, expect, it } from 'vitest';
import type { ApiProblem } from '../../api/client';
import { ROLES, sortRoles, USERNAME_PATTERN, userRefusal } from './user-rules';

function problem(code: string, status: number, errors?: ApiProblem['errors'], detail = 'refused'): ApiProblem {
  return { type: 't', title: 'T', status, code, detail, instance: '/', requestId: 'r', errors } as ApiProblem;
}

describe('roles', () => {
  it('are every role the api has, in the checkboxes’ order', () => {
    expect(ROLES).toEqual(['admin', 'planner', 'warehouse', 'packer', 'manager', 'operator']);
    expect(sortRoles(['manager', 'planner'])).toEqual(['planner', 'manager']);
  });
});

describe('USERNAME_PATTERN', () => {
  it('is the api’s: 2–64 letters (any script), digits, dots, dashes, underscores', () => {
    for (const ok of ['li.na', '张伟', 'a_b-1']) expect(USERNAME_PATTERN.test(ok)).toBe(true);
    for (const bad of ['x', 'with space', 'a/b', 'x'.repeat(65)]) expect(USERNAME_PATTERN.test(bad)).toBe(false);
  });
});

describe(userRefusal.name, () => {
  it('puts a taken username at the username field, in the app’s words', () => {
    expect(
      userRefusal(
        problem('user.already_exists', 409, [{ field: 'username', message: 'already exists in this factory' }]),
        ['username', 'password', 'roles'],
      ),
    ).toEqual({ fields: [{ name: 'username', words: { key: 'users.error.usernameTaken' } }], page: [] });
  });

  it('puts the refusal to drop one’s own admin role at the roles field, or above a form without it', () => {
    const refused = problem('user.cannot_drop_own_admin', 409, [{ field: 'roles', message: 'would lock out' }]);
    expect(userRefusal(refused, ['displayName', 'roles']).fields).toEqual([
      { name: 'roles', words: { key: 'users.error.ownAdmin' } },
    ]);
    expect(userRefusal(refused, ['password'])).toEqual({ fields: [], page: [{ key: 'users.error.ownAdmin' }] });
    expect(userRefusal(problem('user.cannot_deactivate_self', 409), [])).toEqual({
      fields: [],
      page: [{ key: 'users.error.deactivateSelf' }],
    });
  });

  it('says the rule of each field a validation names, once per field, and keeps the rest for the page', () => {
    const refused = problem('request.validation_failed', 400, [
      { field: 'password', message: 'password must be longer than or equal to 8 characters' },
      { field: 'password', message: 'another' },
      { field: 'roles', message: 'roles must contain at least 1 elements' },
      { field: 'nickname', message: 'property nickname should not exist' },
    ]);
    expect(userRefusal(refused, ['username', 'password', 'roles'])).toEqual({
      fields: [
        { name: 'password', words: { key: 'users.rule.password' } },
        { name: 'roles', words: { key: 'users.rule.roles' } },
      ],
      page: [{ key: 'users.error.refused', detail: 'nickname: property nickname should not exist' }],
    });
  });

  it('falls back to the api’s detail for a refusal it has no words for', () => {
    expect(userRefusal(problem('service.busy', 503, undefined, 'Busy; retry shortly'), ['username'])).toEqual({
      fields: [],
      page: [{ key: 'users.error.refused', detail: 'Busy; retry shortly' }],
    });
  });
});
