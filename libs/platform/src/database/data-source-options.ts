import * as pg from 'pg';
import { Client, ClientConfig } from 'pg';
import type { DataSourceOptions, MixedList } from 'typeorm';
import { currentFactoryId } from '../tenancy/tenancy.context';
import { ACQUIRE_TIMEOUT_MESSAGE, factoryFairPool } from './factory-fair-pool';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { currentWorkload, Workload } from './workload';

export interface SessionTimeouts {
  /** Longest wait for a row or table lock (Postgres `lock_timeout`); 0 = none. */
  lockTimeoutMs: number;
  /** Longest run of one statement (Postgres `statement_timeout`); 0 = none. */
  statementTimeoutMs: number;
}

export interface DataSourceInputs {
  url: string;
  entities?: MixedList<Function | string>;
  migrations?: MixedList<Function | string>;
  poolSize?: number;
  /** Longest wait for a free pool connection; unset = forever (the migrator, which uses two). */
  acquireTimeoutMs?: number;
  /** Timeouts of request work: every connection's session default. Unset = none (migrations). */
  request?: SessionTimeouts;
  /** Timeouts of background work (jobs), set on a connection while `runAsBackgroundWork` code uses it. */
  background?: SessionTimeouts;
  /** Connections one factory's request work may hold at once (factory-fair-pool.ts); unset = no cap. */
  perFactory?: number;
}

/**
 * The one DataSource configuration used by the api, the worker, the CLI and the migration runner.
 * `synchronize` is never on: the schema changes through migrations/ only.
 *
 * Why two sets of timeouts on one pool: a request must give up quickly on a lock (a PATCH waiting behind a
 * split run's save would otherwise hold a pool connection for as long as the save lasts, and a dozen of them
 * starve every other factory), while a job legitimately saves for minutes and waits for the rows requests
 * hold. In embedded mode the api runs jobs in-process on the same pool, so the choice cannot be made per
 * process: it follows the async context of the caller (`runAsBackgroundWork`). Request timeouts are the
 * session defaults (sent at connect, free); a connection switches with one SET only when the other kind of
 * work picks it up. Migrations build their own DataSource without timeouts.
 */
export function dataSourceOptions(inputs: DataSourceInputs): DataSourceOptions {
  const extra: Record<string, unknown> = { max: inputs.poolSize ?? 10, application_name: 'mendao' };
  if (inputs.acquireTimeoutMs) extra.connectionTimeoutMillis = inputs.acquireTimeoutMs;
  if (inputs.request) {
    extra.options = `-c lock_timeout=${inputs.request.lockTimeoutMs} -c statement_timeout=${inputs.request.statementTimeoutMs}`;
    extra.Client = workloadClient(inputs.background ?? { lockTimeoutMs: 0, statementTimeoutMs: 0 });
  }
  const driver =
    inputs.perFactory && inputs.perFactory < (inputs.poolSize ?? 10)
      ? {
          ...pg,
          Pool: factoryFairPool(inputs.perFactory, inputs.acquireTimeoutMs ?? 0, () =>
            currentWorkload() === 'request' ? currentFactoryId() : undefined,
          ),
        }
      : undefined;
  return {
    type: 'postgres',
    ...(driver ? { driver } : {}),
    url: inputs.url,
    entities: inputs.entities ?? [],
    migrations: inputs.migrations ?? [],
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    logging: false,
    extra,
  };
}

/** Whether `error` is the pool giving up on a free connection (every connection busy for too long). */
export function isPoolAcquireTimeout(error: unknown): boolean {
  return error instanceof Error && error.message === ACQUIRE_TIMEOUT_MESSAGE;
}

/**
 * A pg Client that applies the caller's workload timeouts before its query. pg runs a client's queries in
 * the order they were issued, so the SET needs no await; RESET returns to the session defaults given at
 * connect (the request timeouts). A connection is held by one caller at a time (TypeORM's query runner),
 * so it never switches inside a transaction.
 */
function workloadClient(background: SessionTimeouts): typeof Client {
  const toBackground = `SET lock_timeout = ${background.lockTimeoutMs}; SET statement_timeout = ${background.statementTimeoutMs}`;
  const toRequest = 'RESET lock_timeout; RESET statement_timeout';
  return class WorkloadClient extends Client {
    constructor(config?: ClientConfig) {
      super(config);
      let applied: Workload = 'request';
      const query = this.query.bind(this) as (...args: unknown[]) => unknown;
      this.query = ((...args: unknown[]) => {
        const wanted = currentWorkload();
        if (wanted !== applied) {
          applied = wanted;
          // an error here (the connection broke) surfaces on the caller's own query, which follows
          (query(wanted === 'background' ? toBackground : toRequest) as Promise<unknown>).catch(() => undefined);
        }
        return query(...args);
      }) as unknown as Client['query'];
    }
  };
}
