import { eventually } from '@mendao/platform/testing';

/** Kept for the warehouse e2e until it calls `eventually` itself: the same helper, the old signature. */
export async function until(check: () => Promise<boolean>, what = 'condition', timeoutMs = 10_000): Promise<void> {
  await eventually(check, { what, timeoutMs, intervalMs: 20 });
}
