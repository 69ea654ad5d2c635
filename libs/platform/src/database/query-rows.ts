import type { EntityManager } from 'typeorm';

/**
 * The rows a statement returns, whatever its kind: TypeORM answers an UPDATE or DELETE with
 * `[rows, rowCount]` but an INSERT or SELECT with the rows alone, an easy trap with RETURNING.
 */
export async function queryRows<T>(manager: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  const result: unknown = await manager.query(sql, params);
  if (/^\s*(UPDATE|DELETE)\b/i.test(sql) && Array.isArray(result) && Array.isArray(result[0])) return result[0] as T[];
  return result as T[];
}
