/** A value with its object keys sorted at every depth: two requests that differ only in key order compare equal. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
  );
}

/** Whether a scan asked again is the request its scanId was first used for (keys in any order, undefined = absent). */
export function sameRequest(first: Record<string, unknown>, again: Record<string, unknown>): boolean {
  return JSON.stringify(canonical(first)) === JSON.stringify(canonical(again));
}
