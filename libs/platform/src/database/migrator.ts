import { DataSource, MixedList } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** Runs pending migrations; returns the names applied. */
export async function migrateUp(url: string, migrations: MixedList<Function>): Promise<string[]> {
  const dataSource = await new DataSource(dataSourceOptions({ url, migrations, poolSize: 2 })).initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}

/** Reverts the last `steps` migrations (all of them when steps is Infinity); returns how many were reverted. */
export async function migrateDown(url: string, migrations: MixedList<Function>, steps: number): Promise<number> {
  const dataSource = await new DataSource(dataSourceOptions({ url, migrations, poolSize: 2 })).initialize();
  try {
    let reverted = 0;
    while (reverted < steps) {
      const executed = await dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM schema_migration');
      if (executed[0].n === 0) break;
      await dataSource.undoLastMigration({ transaction: 'each' });
      reverted += 1;
    }
    return reverted;
  } finally {
    await dataSource.destroy();
  }
}
