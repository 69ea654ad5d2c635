import { SetMetadata } from '@nestjs/common';

export const ROLES = ['admin', 'planner', 'warehouse', 'packer', 'manager', 'operator'] as const;
export type Role = (typeof ROLES)[number];

export const ROLES_KEY = 'mendao.roles';
export const PUBLIC_KEY = 'mendao.public';

/** Who may call a route. Every route declares either @Roles(...) or @Public(); the api refuses to boot otherwise. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
export const Public = () => SetMetadata(PUBLIC_KEY, true);
/** Any signed-in user of the factory, whatever the role. */
export const AnyRole = () => Roles(...ROLES);

/** A factory admin may do everything the other roles may. */
export function hasRole(granted: readonly Role[], required: readonly Role[]): boolean {
  return granted.includes('admin') || required.some((role) => granted.includes(role));
}
