export interface EventuallyOptions {
  /** What is awaited, for the timeout message; a function is asked only then (to include output so far). */
  what?: string | (() => string);
  timeoutMs?: number;
  intervalMs?: number;
}

/**
 * The one polling helper of the tests: calls `probe` until it returns a truthy value (which it returns)
 * or `timeoutMs` passes. A probe that throws ends the wait at once (a process that exited will not
 * become ready). For what another process or a queue does in its own time; to make time pass, inject a
 * ManualClock instead of waiting.
 */
export async function eventually<T>(
  probe: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  { what = 'condition', timeoutMs = 30_000, intervalMs = 50 }: EventuallyOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${typeof what === 'function' ? what() : what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
