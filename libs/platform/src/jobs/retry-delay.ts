/** Exponential backoff for the next attempt: base, 2·base, 4·base…, capped at 10 minutes. */
export function retryDelayMs(attemptsMade: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attemptsMade - 1), 10 * 60_000);
}
