import { createHash } from 'node:crypto';
import { DatabaseError } from 'pg';
import type { Pool, QueryResultRow } from 'pg';
import type { DataSource } from 'typeorm';

const names = new Map<string, string>();

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
  let name = names.get(text);
  if (!name) {
    name = `p_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
    names.set(text, name);
  }
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
