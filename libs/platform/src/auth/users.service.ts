import { Injectable } from '@nestjs/common';
import { In, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError, NotFoundError, PLATFORM_ERRORS } from '../errors/domain.error';
import { decodeCursor, Page, toPage } from '../http/pagination';
import { FactoryScope } from '../tenancy/factory-scope';
import { hashPassword } from './password';
import type { Role } from './roles';
import { User } from './user.entity';
import { AuthService } from './auth.service';
import { describeUserChange } from './user-change';

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
    private readonly audit: AuditService,
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

  /** Usernames of these users of the caller's factory (one query), for screens that say who did something. */
  async usernames(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const users = await this.scope.repository(User).find({ where: { id: In(ids) } });
    return new Map(users.map((u) => [u.id, u.username]));
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
      const saved = await users.save(user);
      this.audit.note({ user: saved.id, username: saved.username });
      return view(saved);
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

  /**
   * Applies the changes; a password reset, a deactivation or a role change also bumps the user's token
   * version, which ends their existing sessions. The request's audit row records what changed.
   */
  async update(id: string, changes: UserChanges, actingUserId?: string): Promise<UserView> {
    if (id === actingUserId) assertNotLockingOutSelf(id, changes);
    // hashed before the row is locked: hashing takes tens of milliseconds
    const passwordHash = changes.password !== undefined ? await hashPassword(changes.password) : undefined;
    const done = await this.scope.transaction(async (manager) => {
      const users = this.scope.repository(User, manager);
      // locked, so that the roles recorded as "before" are those this change replaced
      const before = await users.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw new NotFoundError('user', id);
      const described = describeUserChange(before, changes);
      const patch: Partial<User> = {};
      if (changes.displayName !== undefined) patch.displayName = changes.displayName;
      if (changes.roles !== undefined) patch.roles = changes.roles;
      if (changes.active !== undefined) patch.active = changes.active;
      if (passwordHash !== undefined) patch.passwordHash = passwordHash;
      if (described.sessionsEnded) patch.tokenVersion = before.tokenVersion + 1;
      if (Object.keys(patch).length > 0) await users.update({ id }, patch);
      return { described, username: before.username };
    });
    // after the commit: a request that reads the user from now on sees the new version
    this.auth.forget(id);
    // the username too: a manager reading the audit log cannot look the id up
    this.audit.note({ user: id, username: done.username, changes: done.described });
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
