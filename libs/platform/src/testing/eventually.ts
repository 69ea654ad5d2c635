export interface EventuallyOptions {
  /** What is awaited, for the timeout message. */
  what?: string;
  timeoutMs?: number;
  intervalMs?: number;
}

/**
 * The one polling helper of the tests: calls `probe` until it returns a truthy value (which it returns)
 * or `timeoutMs` passes. A probe that throws is tried again; at the timeout its last error is reported.
 * For what another process or a queue does in its own time; for time itself, inject a ManualClock.
 */
export async function eventually<T>(
  probe: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  { what = 'condition', timeoutMs = 30_000, intervalMs = 50 }: EventuallyOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const why = lastError instanceof Error ? `; last error: ${lastError.message}` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${why}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
