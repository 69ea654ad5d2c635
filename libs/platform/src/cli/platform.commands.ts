import { Injectable } from '@nestjs/common';
import { userInfo } from 'node:os';
import { AuditService } from '../audit/audit.service';
import { FactoriesService } from '../auth/factories.service';
import { generatePassword } from '../auth/password';
import { ROLES, Role } from '../auth/roles';
import { DEMO_FACTORY_CODE, DEMO_PASSWORD, DemoSeedService } from '../demo/demo-seed.service';
import { DomainError } from '../errors/domain.error';
import { CliCommand, CliCommandHandler, CliIo, CliUsageError } from './cli-command';

/** What a mutating command's audit row says; the command fills in the factory once it has one. */
interface CommandRow {
  factoryId: string | null;
  detail: Record<string, unknown>;
}

/**
 * Runs a command that changes data and writes its audit row, done (exit status 0) or refused (2) or failed
 * (1), as the HTTP layer does for a request. The row names the operator's system account, never a password.
 */
async function audited(
  audit: AuditService,
  command: string,
  detail: Record<string, unknown>,
  work: (row: CommandRow) => Promise<void>,
): Promise<void> {
  const startedAt = Date.now();
  const row: CommandRow = { factoryId: null, detail: { ...detail, operator: operatorName() } };
  try {
    await work(row);
  } catch (error) {
    const refused = error instanceof DomainError || error instanceof CliUsageError;
    const code = error instanceof DomainError ? error.code : refused ? 'cli.usage' : 'cli.failed';
    // the command's own error is what the operator must see; a failed audit write is only logged by the CLI
    await audit
      .recordCommand({
        command,
        factoryId: row.factoryId,
        exitStatus: refused ? 2 : 1,
        startedAt,
        detail: { ...row.detail, error: code },
      })
      .catch(() => undefined);
    throw error;
  }
  await audit.recordCommand({ command, factoryId: row.factoryId, exitStatus: 0, startedAt, detail: row.detail });
}

function operatorName(): string | null {
  try {
    return userInfo().username;
  } catch {
    return null; // a container user with no passwd entry
  }
}

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
  constructor(
    private readonly factories: FactoriesService,
    private readonly audit: AuditService,
  ) {}

  run(options: Record<string, string | undefined>, io: CliIo): Promise<void> {
    const asked = { code: options.code ?? '', name: options.name ?? '', timeZone: options.timezone };
    return audited(this.audit, 'factory:create', { ...asked }, async (row) => {
      const { factory, admin, adminPassword } = await this.factories.create(asked);
      row.factoryId = factory.id;
      Object.assign(row.detail, { code: factory.code, admin: { id: admin.id, username: admin.username } });
      io.out(`factory ${factory.code} created (${factory.id})`);
      io.out(`admin password (shown once): ${adminPassword}`);
    });
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
  constructor(
    private readonly factories: FactoriesService,
    private readonly audit: AuditService,
  ) {}

  run(options: Record<string, string | undefined>, io: CliIo): Promise<void> {
    const roles = (options.roles ?? '').split(',').map((r) => r.trim()) as Role[];
    const asked = {
      factory: options.factory ?? '',
      username: options.username ?? '',
      roles,
      passwordSource: options.password ? 'given' : 'generated',
    };
    return audited(this.audit, 'user:create', asked, async (row) => {
      const factory = await this.factories.findByCode(asked.factory);
      if (!factory) throw new CliUsageError(`no factory ${options.factory}`);
      row.factoryId = factory.id;
      const unknown = roles.filter((r) => !ROLES.includes(r));
      if (unknown.length > 0) throw new CliUsageError(`unknown roles: ${unknown.join(', ')}`);
      const password = options.password ?? generatePassword();
      const user = await this.factories.createUser(factory.id, { username: asked.username, password, roles });
      row.detail.user = user.id;
      io.out(`user ${user.username} created in ${factory.code} with roles ${roles.join(',')}`);
      if (!options.password) io.out(`password (shown once): ${password}`);
    });
  }
}

@Injectable()
@CliCommand({
  name: 'seed:demo',
  description: `create the demo factory ${DEMO_FACTORY_CODE} with its users and master data`,
})
export class SeedDemoCommand implements CliCommandHandler {
  constructor(
    private readonly demo: DemoSeedService,
    private readonly audit: AuditService,
  ) {}

  run(_options: Record<string, string | undefined>, io: CliIo): Promise<void> {
    return audited(this.audit, 'seed:demo', { code: DEMO_FACTORY_CODE }, async (row) => {
      const { created, factoryId } = await this.demo.seed();
      row.factoryId = factoryId;
      row.detail.created = created;
      io.out(
        created
          ? `demo factory ${DEMO_FACTORY_CODE} created; users ${ROLES.join(', ')} / ${DEMO_PASSWORD}`
          : `demo factory ${DEMO_FACTORY_CODE} already exists; nothing changed`,
      );
    });
  }
}

export const PLATFORM_COMMANDS = [FactoryCreateCommand, UserCreateCommand, SeedDemoCommand];
