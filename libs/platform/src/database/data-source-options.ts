import type { DataSourceOptions, MixedList } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface DataSourceInputs {
  url: string;
  entities?: MixedList<Function | string>;
  migrations?: MixedList<Function | string>;
  poolSize?: number;
}

/**
 * The one DataSource configuration used by the api, the worker, the CLI and the migration runner.
 * `synchronize` is never on: the schema changes through migrations/ only.
 */
export function dataSourceOptions(inputs: DataSourceInputs): DataSourceOptions {
  return {
    type: 'postgres',
    url: inputs.url,
    entities: inputs.entities ?? [],
    migrations: inputs.migrations ?? [],
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    logging: false,
    extra: { max: inputs.poolSize ?? 10, application_name: 'mendao' },
  };
}
