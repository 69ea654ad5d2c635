import { createHash } from 'node:crypto';
import { DatabaseError } from 'pg';
import type { Pool, QueryResultRow } from 'pg';
import type { DataSource } from 'typeorm';

/** Per prefix, each statement text's name (the text itself the key: its hash is kept by the string). */
const names = { p: new Map<string, string>(), rt: new Map<string, string>() };

/**
 * A statement's name on every connection, from its text (kept per text). Named statements of the protocol and those
 * of SQL PREPARE share one namespace per connection: each way of preparing has its own prefix.
 */
export function statementName(prefix: 'p' | 'rt', text: string): string {
  let name = names[prefix].get(text);
  if (!name) {
    name = `${prefix}_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names[prefix].set(text, name);
  }
  return name;
}

/**
 * A statement run as a named prepared statement straight on the pg pool: each connection parses and
 * plans it once, then only binds and executes. For the hot paths (a scan is one statement) where
 * planning would cost Postgres more than running. Outside a transaction only.
 */
export async function preparedQuery<T extends QueryResultRow>(
  dataSource: DataSource,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const name = statementName('p', text);
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  // connect, then query (not pool.query): the query is issued in the caller's async context, whose workload
  // decides the connection's timeouts (data-source-options.ts)
  const client = await pool.connect();
  try {
    const result = await client.query<T>({ name, text, values });
    client.release();
    return result.rows;
  } catch (error) {
    // an error Postgres answered leaves the connection usable; any other (a broken socket) retires it
    client.release(error instanceof DatabaseError ? undefined : (error as Error));
    throw error;
  }
}
