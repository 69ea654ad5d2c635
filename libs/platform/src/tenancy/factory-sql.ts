import { Injectable } from '@nestjs/common';
import type { QueryResultRow } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { preparedQuery } from '../database/prepared-query';
import { inRoundTrips, type RoundTrips, type Statement } from '../database/round-trips';
import { TenancyContext } from './tenancy.context';

// $1 as a parameter reference, not the start of $10
const USES_FACTORY = /\$1(?!\d)/;
const checked = new Set<string>();

/**
 * Raw SQL for one factory, beside FactoryScope's repositories: the caller's factory is always `$1`, taken
 * from the tenancy context and never passed by hand, and the other values follow as `$2`, `$3`…. A
 * statement whose text does not use `$1` is refused before it runs, so one that forgot its factory cannot
 * reach the database by mistake.
 */
@Injectable()
export class FactorySql {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tenancy: TenancyContext,
  ) {}

  /** Inside the caller's transaction when `manager` is given; rows of SELECT and of `… RETURNING` alike. */
  async query<T extends QueryResultRow>(
    text: string,
    values: readonly unknown[] = [],
    manager?: EntityManager,
  ): Promise<T[]> {
    const result: unknown = await (manager ?? this.dataSource.manager).query(scoped(text), [
      this.tenancy.factoryId(),
      ...values,
    ]);
    // TypeORM answers UPDATE and DELETE with [rows, count], every other statement with its rows
    const isCounted =
      Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number';
    return (isCounted ? result[0] : result) as T[];
  }

  /** A named prepared statement on the pool (hot paths, outside a transaction): see preparedQuery. */
  prepared<T extends QueryResultRow>(text: string, values: readonly unknown[] = []): Promise<T[]> {
    return preparedQuery<T>(this.dataSource, scoped(text), [this.tenancy.factoryId(), ...values]);
  }

  /**
   * A transaction of few round trips (inRoundTrips: statements sent together), its statements this factory's as
   * `query`'s are: `$1` is the factory, their own values follow.
   */
  inRoundTrips<R>(work: (trips: RoundTrips) => Promise<R>): Promise<R> {
    const factoryId = this.tenancy.factoryId();
    const ofFactory = (statements: Statement[]) =>
      statements.map((s) => ({ text: scoped(s.text), values: [factoryId, ...s.values] }));
    return inRoundTrips(this.dataSource, (trips) =>
      work({
        open: () => trips.open(),
        send: (statements) => trips.send(ofFactory(statements)),
        commit: (statements) => trips.commit(ofFactory(statements)),
        get manager() {
          return trips.manager;
        },
      }),
    );
  }

  /**
   * A transaction-scoped advisory lock on `name` within the caller's factory: holders of the same name in
   * the same factory take turns until their transactions end; other factories never wait for it.
   */
  async lock(name: string, manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${name}:${this.tenancy.factoryId()}`]);
  }

  factoryId(): string {
    return this.tenancy.factoryId();
  }
}

function scoped(text: string): string {
  if (checked.has(text)) return text;
  if (!USES_FACTORY.test(text) || !/factory_id/i.test(text))
    throw new Error(`a factory statement must filter or stamp factory_id with $1: ${text.slice(0, 120)}`);
  checked.add(text);
  return text;
}
