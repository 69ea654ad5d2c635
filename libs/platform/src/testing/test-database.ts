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

/** An empty database for a test of migrations from an earlier schema: `create` before the tests, `drop` after. */
export interface EmptyTestDatabase {
  url: string;
  /** A client of the database, to connect once the test has migrated it as far as it wants; `drop` ends it. */
  client: Client;
  create(): Promise<void>;
  drop(): Promise<void>;
}

/** An empty database of its own (named now, created by `create`), which the migrations have not touched. */
export function emptyTestDatabase(): EmptyTestDatabase {
  const name = `mendao_m_${randomBytes(5).toString('hex')}`;
  const url = databaseUrl(requireDatabaseUrl(), name);
  const client = new Client({ connectionString: url });
  return {
    url,
    client,
    create: () => withAdminClient((c) => c.query(`CREATE DATABASE ${name}`)).then(() => undefined),
    drop: async () => {
      await client.end();
      await withAdminClient((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
