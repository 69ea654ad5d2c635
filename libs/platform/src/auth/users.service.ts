import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { ConflictError } from '../errors/domain.error';
import { decodeCursor, Page, toPage } from '../http/pagination';
import { FactoryScope } from '../tenancy/factory-scope';
import { hashPassword } from './password';
import type { Role } from './roles';
import { User } from './user.entity';

export interface NewUser {
  username: string;
  password: string;
  roles: Role[];
  displayName?: string;
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
  constructor(private readonly scope: FactoryScope) {}

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
        throw new ConflictError(`User ${input.username} already exists / 用户已存在`, { username: input.username }, [
          { field: 'username', message: 'already exists in this factory' },
        ]);
      }
      throw error;
    }
  }

  async setActive(id: string, active: boolean, actingUserId?: string): Promise<UserView> {
    if (!active && id === actingUserId) {
      throw new ConflictError('You cannot deactivate your own account / 不能停用自己的账号', {}, [
        { field: 'id', message: 'is the signed-in user' },
      ]);
    }
    const users = this.scope.repository(User);
    await users.getBy({ id }, 'user', id);
    await users.update({ id }, { active });
    return this.get(id);
  }
}
