import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { decodeCursor, Page, toPage } from '../http/pagination';
import { TenancyContext } from '../tenancy/tenancy.context';
import { AuditLog } from './audit-log.entity';

export type AuditEntry = Omit<AuditLog, 'id' | 'at'>;
export type AuditView = Omit<AuditLog, 'factoryId'>;

@Injectable()
export class AuditService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tenancy: TenancyContext,
  ) {}

  async record(entry: AuditEntry): Promise<void> {
    await this.dataSource.getRepository(AuditLog).insert(entry);
  }

  // audit_log is written before a factory may be known (failed logins), so it is not a FactoryOwned
  // entity; reads are still bound to the caller's factory, here explicitly.
  async list(limit: number, cursor?: string, username?: string): Promise<Page<AuditView>> {
    const after = decodeCursor(cursor, 1) as [string] | undefined;
    const query = this.dataSource
      .getRepository(AuditLog)
      .createQueryBuilder('a')
      .where('a.factoryId = :factoryId', { factoryId: this.tenancy.factoryId() })
      .orderBy('a.id', 'DESC')
      .take(limit + 1);
    if (after) query.andWhere('a.id < :after', { after: after[0] });
    if (username) query.andWhere('a.username = :username', { username });
    const page = toPage(await query.getMany(), limit, (a) => [a.id]);
    return { items: page.items.map(({ factoryId: _f, ...rest }) => rest), nextCursor: page.nextCursor };
  }
}
