import { decodeCursor, isUuid, type Page, toPage, ValidationFailedError } from '@mendao/platform';

/**
 * Paging newest first by (created_at, id): the cursor keeps the database's microseconds (`at`), so a page
 * never skips or repeats a row created in the same millisecond as the last one shown.
 */
export function newestFirstAfter(cursor: string | undefined): [string, string] | undefined {
  const after = decodeCursor(cursor, 2);
  if (!after) return undefined;
  const [at, id] = after;
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || typeof id !== 'string' || !isUuid(id))
    throw new ValidationFailedError([{ field: 'cursor', message: 'is not a cursor this endpoint issued' }]);
  return [at, id];
}

/** `limit + 1` rows cut into a page, without their `at`. */
export function newestFirstPage<T extends { id: string; at: string }>(rows: T[], limit: number): Page<Omit<T, 'at'>> {
  const page = toPage(rows, limit, (r) => [r.at, r.id]);
  return { items: page.items.map(({ at: _at, ...row }) => row), nextCursor: page.nextCursor };
}
