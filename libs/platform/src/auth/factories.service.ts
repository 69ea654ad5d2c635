import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, PLATFORM_ERRORS, ValidationFailedError } from '../errors/domain.error';
import { TenancyContext } from '../tenancy/tenancy.context';
import { Factory } from './factory.entity';
import { generatePassword } from './password';
import { NewUser, UsersService, UserView } from './users.service';

export interface NewFactory {
  code: string;
  name: string;
  timeZone?: string;
  /** Generated when omitted (the normal case); the demo seed passes its documented password. */
  adminPassword?: string;
}

/** Creating tenants: used by the CLI and the demo seed, not by any HTTP route. */
@Injectable()
export class FactoriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tenancy: TenancyContext,
    private readonly users: UsersService,
  ) {}

  findByCode(code: string): Promise<Factory | null> {
    return this.dataSource.getRepository(Factory).findOneBy({ code: code.toUpperCase() });
  }

  /** Creates the factory and its first admin; returns the admin's generated password once. */
  async create(input: NewFactory): Promise<{ factory: Factory; admin: UserView; adminPassword: string }> {
    const code = input.code.trim().toUpperCase();
    if (!/^[A-Z0-9][A-Z0-9_-]{0,31}$/.test(code)) {
      throw new ValidationFailedError([{ field: 'code', message: 'must be 1–32 letters, digits, _ or -' }]);
    }
    if (await this.findByCode(code))
      throw new DomainError(PLATFORM_ERRORS['factory.already_exists'], `Factory ${code} already exists / 工厂已存在`, {
        code,
      });
    const factory = await this.dataSource
      .getRepository(Factory)
      .save({ code, name: input.name, timeZone: input.timeZone ?? 'Asia/Shanghai' });
    const adminPassword = input.adminPassword ?? generatePassword();
    const admin = await this.createUser(factory.id, { username: 'admin', password: adminPassword, roles: ['admin'] });
    return { factory, admin, adminPassword };
  }

  createUser(factoryId: string, user: NewUser): Promise<UserView> {
    return this.tenancy.run({ factoryId }, () => this.users.create(user));
  }
}
