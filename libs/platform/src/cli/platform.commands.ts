import { Injectable } from '@nestjs/common';
import { FactoriesService } from '../auth/factories.service';
import { generatePassword } from '../auth/password';
import { ROLES, Role } from '../auth/roles';
import { DEMO_FACTORY_CODE, DEMO_PASSWORD, DemoSeedService } from '../demo/demo-seed.service';
import { CliCommand, CliCommandHandler, CliIo, CliUsageError } from './cli-command';

@Injectable()
@CliCommand({
  name: 'factory:create',
  description: 'create a factory and its admin user; prints the generated admin password once',
  options: {
    code: { description: 'factory code, e.g. JS001', required: true },
    name: { description: 'factory name', required: true },
    timezone: { description: 'IANA time zone (default Asia/Shanghai)' },
  },
})
export class FactoryCreateCommand implements CliCommandHandler {
  constructor(private readonly factories: FactoriesService) {}

  async run(options: Record<string, string | undefined>, io: CliIo): Promise<void> {
    const { factory, adminPassword } = await this.factories.create({
      code: options.code ?? '',
      name: options.name ?? '',
      timeZone: options.timezone,
    });
    io.out(`factory ${factory.code} created (${factory.id})`);
    io.out(`admin password (shown once): ${adminPassword}`);
  }
}

@Injectable()
@CliCommand({
  name: 'user:create',
  description: 'create a user in a factory; prints a generated password unless --password is given',
  options: {
    factory: { description: 'factory code', required: true },
    username: { description: 'login name', required: true },
    roles: { description: `comma-separated: ${ROLES.join(',')}`, required: true },
    password: { description: 'password (generated when omitted)' },
  },
})
export class UserCreateCommand implements CliCommandHandler {
  constructor(private readonly factories: FactoriesService) {}

  async run(options: Record<string, string | undefined>, io: CliIo): Promise<void> {
    const factory = await this.factories.findByCode(options.factory ?? '');
    if (!factory) throw new CliUsageError(`no factory ${options.factory}`);
    const roles = (options.roles ?? '').split(',').map((r) => r.trim()) as Role[];
    const unknown = roles.filter((r) => !ROLES.includes(r));
    if (unknown.length > 0) throw new CliUsageError(`unknown roles: ${unknown.join(', ')}`);
    const password = options.password ?? generatePassword();
    const user = await this.factories.createUser(factory.id, { username: options.username ?? '', password, roles });
    io.out(`user ${user.username} created in ${factory.code} with roles ${roles.join(',')}`);
    if (!options.password) io.out(`password (shown once): ${password}`);
  }
}

@Injectable()
@CliCommand({
  name: 'seed:demo',
  description: `create the demo factory ${DEMO_FACTORY_CODE} with its users and master data`,
})
export class SeedDemoCommand implements CliCommandHandler {
  constructor(private readonly demo: DemoSeedService) {}

  async run(_options: Record<string, string | undefined>, io: CliIo): Promise<void> {
    const { created } = await this.demo.seed();
    io.out(
      created
        ? `demo factory ${DEMO_FACTORY_CODE} created; users admin, planner, warehouse, packer, manager / ${DEMO_PASSWORD}`
        : `demo factory ${DEMO_FACTORY_CODE} already exists; nothing changed`,
    );
  }
}

export const PLATFORM_COMMANDS = [FactoryCreateCommand, UserCreateCommand, SeedDemoCommand];
