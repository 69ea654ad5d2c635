import { DomainError, PLATFORM_ERRORS } from '@mendao/platform';
import { DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';
import { WAREHOUSE_ERRORS } from '../warehouse.errors';
import type { LedgerEntry } from './move-view';

/** SQLSTATEs raised by stock_move_settle (migration Warehouse1764500000000), which undo the whole statement. */
export const ALREADY_RECORDED = 'MD001';
export const NOT_ENOUGH_STOCK = 'MD002';
export const NOT_ON_PICK_LIST = 'MD003';
/** Postgres rolled the statement back whole: deadlock, serialization failure. Safe to run again. */
export const RETRYABLE = new Set(['40P01', '40001']);

export function sqlState(error: unknown): string | undefined {
  if (error instanceof DatabaseError) return error.code;
  return error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
}

/**
 * The settle check's SQLSTATE as the refusal a client can act on; anything else unchanged. `available`
 * reads what the source holds (only asked when stock was short).
 */
export async function explainMoveFailure(
  error: unknown,
  entry: LedgerEntry,
  available: () => Promise<number>,
): Promise<unknown> {
  const code = sqlState(error);
  if (code === NOT_ENOUGH_STOCK && entry.from) {
    const held = await available();
    return new DomainError(
      WAREHOUSE_ERRORS['stock.insufficient'],
      `not enough ${entry.item.code} at ${entry.from.code}: ${held} available, ${entry.quantity} asked / 库存不足：可用 ${held}`,
      { available: held, requested: entry.quantity, item: entry.item.code, location: entry.from.code, lot: entry.lot },
      [{ field: 'quantity', message: `exceeds the ${held} available` }],
    );
  }
  if (code === NOT_ON_PICK_LIST) {
    // a line the issue was to count on changed meanwhile: the pick list decides again (PickListsService.issue)
    return new DomainError(
      PLATFORM_ERRORS['resource.concurrent_change'],
      `pick list ${entry.pickListId} changed meanwhile; retry / 拣货单已变化，请重试`,
      { retry: true },
    );
  }
  if (code === ALREADY_RECORDED) {
    return new DomainError(
      WAREHOUSE_ERRORS['stock.scan_in_progress'],
      'the first request with this scanId is still being recorded; retry / 该扫描正在处理，请重试',
      { scanId: entry.scanId, retry: true },
    );
  }
  return error;
}
