import type { Role } from './roles';

export interface UserState {
  roles: Role[];
  active: boolean;
  displayName: string | null;
}

export interface UserChangeRequest {
  displayName?: string;
  password?: string;
  roles?: Role[];
  active?: boolean;
}

/** What a change did to a user, as its audit row records it: never the password, only that it was reset. */
export interface UserChange {
  roles?: { before: Role[]; after: Role[]; granted: Role[]; revoked: Role[] };
  active?: { before: boolean; after: boolean };
  displayName?: { before: string | null; after: string | null };
  passwordReset?: true;
  /** The user's existing tokens no longer work (auth.session_ended): a reset, a deactivation or a role change. */
  sessionsEnded?: true;
}

/** Compares a user before a change with what was asked; fields asked with their current value did not change. */
export function describeUserChange(before: UserState, asked: UserChangeRequest): UserChange {
  const change: UserChange = {};
  if (asked.roles !== undefined) {
    const granted = asked.roles.filter((r) => !before.roles.includes(r));
    const revoked = before.roles.filter((r) => !asked.roles?.includes(r));
    if (granted.length > 0 || revoked.length > 0)
      change.roles = { before: before.roles, after: asked.roles, granted, revoked };
  }
  if (asked.active !== undefined && asked.active !== before.active)
    change.active = { before: before.active, after: asked.active };
  if (asked.displayName !== undefined && asked.displayName !== before.displayName)
    change.displayName = { before: before.displayName, after: asked.displayName };
  if (asked.password !== undefined) change.passwordReset = true;
  // reactivating ends nothing: the deactivation already ended every session
  if (change.roles || change.active?.after === false || change.passwordReset) change.sessionsEnded = true;
  return change;
}
