import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { DomainError, PLATFORM_ERRORS } from '../errors/domain.error';
import { decodeCursor, Page, toPage } from '../http/pagination';
import { FactoryScope } from '../tenancy/factory-scope';
import { hashPassword } from './password';
import type { Role } from './roles';
import { User } from './user.entity';
import { AuthService } from './auth.service';

export interface NewUser {
  username: string;
  password: string;
  roles: Role[];
  displayName?: string;
}

export interface UserChanges {
  displayName?: string;
  password?: string;
  roles?: Role[];
  active?: boolean;
}

export type UserView = Pick<User, 'id' | 'username' | 'displayName' | 'roles' | 'active' | 'createdAt'>;

const view = (u: User): UserView => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  roles: u.roles,
  active: u.active,
  createdAt: u.createdAt,
});

/** Users of the caller's factory. */
@Injectable()
export class UsersService {
  constructor(
    private readonly scope: FactoryScope,
    private readonly auth: AuthService,
  ) {}

  async list(limit: number, cursor?: string): Promise<Page<UserView>> {
    const after = decodeCursor(cursor, 1) as [string] | undefined;
    const query = this.scope
      .repository(User)
      .query('u')
      .orderBy('u.username', 'ASC')
      .take(limit + 1);
    if (after) query.andWhere('u.username > :after', { after: after[0] });
    const page = toPage(await query.getMany(), limit, (u) => [u.username]);
    return { items: page.items.map(view), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<UserView> {
    return view(await this.scope.repository(User).getBy({ id }, 'user', id));
  }

  async create(input: NewUser): Promise<UserView> {
    const users = this.scope.repository(User);
    const user = users.create({
      username: input.username,
      displayName: input.displayName ?? null,
      roles: input.roles,
      passwordHash: await hashPassword(input.password),
      active: true,
    });
    try {
      return view(await users.save(user));
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw new DomainError(
          PLATFORM_ERRORS['user.already_exists'],
          `User ${input.username} already exists / 用户已存在`,
          { username: input.username },
          [{ field: 'username', message: 'already exists in this factory' }],
        );
      }
      throw error;
    }
  }

  setActive(id: string, active: boolean, actingUserId?: string): Promise<UserView> {
    return this.update(id, { active }, actingUserId);
  }

  async update(id: string, changes: UserChanges, actingUserId?: string): Promise<UserView> {
    if (id === actingUserId) assertNotLockingOutSelf(id, changes);
    const users = this.scope.repository(User);
    await users.getBy({ id }, 'user', id);
    const patch: Partial<User> = {};
    if (changes.displayName !== undefined) patch.displayName = changes.displayName;
    if (changes.roles !== undefined) patch.roles = changes.roles;
    if (changes.active !== undefined) patch.active = changes.active;
    if (changes.password !== undefined) patch.passwordHash = await hashPassword(changes.password);
    if (Object.keys(patch).length > 0) await users.update({ id }, patch);
    this.auth.forget(id);
    return this.get(id);
  }
}

/** The signed-in admin deactivating themself or dropping their own admin role would lock the factory out. */
function assertNotLockingOutSelf(userId: string, changes: UserChanges): void {
  if (changes.active === false) {
    throw new DomainError(
      PLATFORM_ERRORS['user.cannot_deactivate_self'],
      'You cannot deactivate yourself; ask another admin / 不能停用自己，请让其他管理员操作',
      { userId },
      [{ field: 'active', message: 'would lock the signed-in admin out' }],
    );
  }
  if (changes.roles && !changes.roles.includes('admin')) {
    throw new DomainError(
      PLATFORM_ERRORS['user.cannot_drop_own_admin'],
      'You cannot drop your own admin role; ask another admin / 不能取消自己的管理员角色，请让其他管理员操作',
      { userId },
      [{ field: 'roles', message: 'would lock the signed-in admin out' }],
    );
  }
}
