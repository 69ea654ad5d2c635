import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, EntityTarget } from 'typeorm';
import type { FactoryOwned } from './factory-owned';
import { FactoryScopedRepository } from './factory-scoped.repository';
import { TenancyContext } from './tenancy.context';

/** The one tenancy mechanism: every business-table access goes through a repository bound to the caller's factory. */
@Injectable()
export class FactoryScope {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tenancy: TenancyContext,
  ) {}

  repository<T extends FactoryOwned>(entity: EntityTarget<T>, manager?: EntityManager): FactoryScopedRepository<T> {
    return new FactoryScopedRepository((manager ?? this.dataSource.manager).getRepository(entity), this.factoryId());
  }

  factoryId(): string {
    return this.tenancy.factoryId();
  }

  transaction<R>(work: (manager: EntityManager) => Promise<R>): Promise<R> {
    return this.dataSource.transaction(work);
  }
}
