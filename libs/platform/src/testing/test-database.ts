import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

// several suites on one server (developers working side by side) each name their own template
export const TEMPLATE_DATABASE = testTemplateName(process.env.MENDAO_TEST_TEMPLATE);

function testTemplateName(fromEnv: string | undefined): string {
  if (fromEnv === undefined || fromEnv === '') return 'mendao_test_template';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(fromEnv))
    throw new Error(`MENDAO_TEST_TEMPLATE ${fromEnv} is not a plain database name`);
  return fromEnv;
}

export function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run the suite with `npm test`, which provides one');
  return url;
}

export function databaseUrl(base: string, database: string): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdminClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: requireDatabaseUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database for one test file, cloned from the template the global setup migrated. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `mendao_t_${randomBytes(6).toString('hex')}`;
  await withAdminClient((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`));
  return {
    name,
    url: databaseUrl(requireDatabaseUrl(), name),
    drop: () => withAdminClient((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
