import type { ApiProblem, ProblemCode } from '../../api/client';
import type { Role } from '../../auth/session';
import type { MessageKey } from '../../i18n/catalogues';

/** Each role's name; `satisfies` keeps it complete when the api gains a role. */
export const ROLE_LABEL = {
  admin: 'users.role.admin',
  planner: 'users.role.planner',
  warehouse: 'users.role.warehouse',
  packer: 'users.role.packer',
  manager: 'users.role.manager',
  operator: 'users.role.operator',
} as const satisfies Record<Role, MessageKey>;

/** What each role opens, beside its checkbox. */
export const ROLE_HINT = {
  admin: 'users.roleHint.admin',
  planner: 'users.roleHint.planner',
  warehouse: 'users.roleHint.warehouse',
  packer: 'users.roleHint.packer',
  manager: 'users.roleHint.manager',
  operator: 'users.roleHint.operator',
} as const satisfies Record<Role, MessageKey>;

export const ROLES = Object.keys(ROLE_LABEL) as Role[];

/** The api's rules (CreateUserDto, UpdateUserDto), checked in the form before it is sent. */
export const USERNAME_PATTERN = /^[\p{L}\p{N}._-]{2,64}$/u;
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 256;
export const DISPLAY_NAME_MAX = 100;

/** Roles in the order of the checkboxes, whatever order the api stored them in. */
export function sortRoles(roles: readonly Role[]): Role[] {
  return ROLES.filter((role) => roles.includes(role));
}

/** The user form's fields the api may name in a refusal. */
export type UserField = 'username' | 'displayName' | 'password' | 'roles';
const FIELD_RULE: Record<UserField, MessageKey> = {
  username: 'users.rule.username',
  displayName: 'users.rule.displayName',
  password: 'users.rule.password',
  roles: 'users.rule.roles',
};

/** A refusal's words, as a key to translate or (for what the app has no words of its own) the api's text. */
export type Words = { key: MessageKey; detail?: string };

const REFUSAL = {
  'user.already_exists': { field: 'username', key: 'users.error.usernameTaken' },
  'user.cannot_drop_own_admin': { field: 'roles', key: 'users.error.ownAdmin' },
  'user.cannot_deactivate_self': { field: undefined, key: 'users.error.deactivateSelf' },
  'resource.not_found': { field: undefined, key: 'users.error.notFound' },
} as const satisfies Partial<Record<ProblemCode, { field: UserField | undefined; key: MessageKey }>>;

/**
 * An api refusal of a user change, in the screen's language: each message at the field of the form it
 * concerns (`fields`, only those in `formFields`), the rest for the page (`page`).
 */
export function userRefusal(
  problem: ApiProblem,
  formFields: readonly UserField[],
): { fields: { name: UserField; words: Words }[]; page: Words[] } {
  const known = REFUSAL[problem.code as keyof typeof REFUSAL] as { field?: UserField; key: MessageKey } | undefined;
  if (known) {
    return known.field && formFields.includes(known.field)
      ? { fields: [{ name: known.field, words: { key: known.key } }], page: [] }
      : { fields: [], page: [{ key: known.key }] };
  }
  const fields: { name: UserField; words: Words }[] = [];
  const page: Words[] = [];
  for (const error of problem.errors ?? []) {
    const field = error.field as UserField;
    if (field in FIELD_RULE && formFields.includes(field)) {
      if (!fields.some((f) => f.name === field)) fields.push({ name: field, words: { key: FIELD_RULE[field] } });
    } else {
      page.push({ key: 'users.error.refused', detail: `${error.field}: ${error.message}` });
    }
  }
  if (fields.length === 0 && page.length === 0) page.push({ key: 'users.error.refused', detail: problem.detail });
  return { fields, page };
}
