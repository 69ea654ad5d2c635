import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog } from './audit-log.entity';

export type AuditEntry = Omit<AuditLog, 'id' | 'at'>;

@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  async record(entry: AuditEntry): Promise<void> {
    await this.dataSource.getRepository(AuditLog).insert(entry as never);
  }
}
