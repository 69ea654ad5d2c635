/**
 * What an audit row says about a request body: enough to tell what was asked (which fields, which values),
 * never a secret, and bounded whatever the body (a 1 MB import or a 3,000-deep nesting costs the same
 * small row).
 */

/** Keys whose values are never written: passwords, tokens, keys. Their presence is (a reset is worth knowing). */
const SECRET_KEY = /passw|passphrase|secret|token|hash|authorization|api[-_]?key|credential|cookie/i;
export const REDACTED = '[redacted]';
const MAX_DEPTH = 4;
const MAX_KEYS = 40;
const MAX_ITEMS = 10;
const MAX_STRING = 200;
const MAX_KEY = 64;
/** Values (of any kind) written in all: past it the rest of the body is left out. */
const MAX_NODES = 200;

export function summariseBody(body: unknown): unknown {
  if (body === undefined || body === null) return undefined;
  const budget = { nodes: MAX_NODES };
  return summarise(body, 0, budget);
}

function summarise(value: unknown, depth: number, budget: { nodes: number }): unknown {
  budget.nodes--;
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string')
    return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…(${value.length} chars)` : value;
  if (typeof value !== 'object') return `[${typeof value}]`;
  if (Buffer.isBuffer(value)) return `[${value.length} bytes]`;
  if (depth >= MAX_DEPTH) return Array.isArray(value) ? `[array of ${value.length}]` : '[object]';
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    for (const item of value.slice(0, MAX_ITEMS)) {
      if (budget.nodes <= 0) break;
      items.push(summarise(item, depth + 1, budget));
    }
    if (items.length < value.length) items.push(`…(${value.length} items)`);
    return items;
  }
  const keys = Object.keys(value);
  const entries: [string, unknown][] = [];
  for (const key of keys.slice(0, MAX_KEYS)) {
    if (budget.nodes <= 0) break;
    const field = (value as Record<string, unknown>)[key];
    // keys too: jsonb refuses a NUL or lone surrogate in a key as in a value
    const name = jsonbSafe(key.length > MAX_KEY ? `${key.slice(0, MAX_KEY)}…` : key);
    entries.push([name, SECRET_KEY.test(key) ? REDACTED : summarise(field, depth + 1, budget)]);
  }
  if (entries.length < keys.length) entries.push(['…', `${keys.length} keys`]);
  // fromEntries defines own properties: a `__proto__` key stays a key, never the summary's prototype
  return Object.fromEntries(entries);
}

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Text as jsonb accepts it: no NUL and no lone surrogate (a request path or username may carry them,
 * and jsonb would refuse the whole batch).
 */
export function jsonbSafe(text: string): string {
  if (!text.includes('\u0000') && !SURROGATE.test(text)) return text; // nearly always: spare the copy
  return text.replaceAll('\u0000', '\uFFFD').replace(/[\uD800-\uDFFF]/g, (c, i: number, all: string) => {
    const code = c.charCodeAt(0);
    const pairedHigh = code <= 0xdbff && i + 1 < all.length && /[\uDC00-\uDFFF]/.test(all[i + 1]);
    const pairedLow = code >= 0xdc00 && i > 0 && /[\uD800-\uDBFF]/.test(all[i - 1]);
    return pairedHigh || pairedLow ? c : '\uFFFD';
  });
}
