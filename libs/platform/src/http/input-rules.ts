/**
 * What the API accepts as text and numbers, as pure functions: the JSON body parser, the DTO decorators
 * (validators.ts) and the spreadsheet import all apply the same rules.
 */

/** JSON nesting beyond this is refused while parsing: no DTO of the API nests more than a few levels. */
export const MAX_JSON_DEPTH = 32;

/**
 * Whether JSON text nests objects/arrays deeper than `max` (the root object is depth 1). A linear scan of
 * the text that skips strings, so it runs before anything recursive (JSON.parse, class-transformer,
 * class-validator, loggers) can overflow the stack on a few kilobytes of `[[[[…`.
 */
export function jsonNestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: the next character is escaped, whatever it is
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return false;
}

/**
 * Why `text` is not acceptable as free text, or null when it is. One-line text (the default: order numbers,
 * customers, codes, names) has no control character at all (C0, DEL, C1); multi-line text (notes) may hold
 * tab, LF and CR. A surrogate half without its partner is never text (stored, it would become U+FFFD). NUL
 * would fail in PostgreSQL; the rest is invisible, moves a terminal's cursor or splits a spreadsheet row.
 */
export function textProblem(text: string, options: { multiline?: boolean } = {}): string | null {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return 'contains an unpaired surrogate (not valid Unicode)';
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      return 'contains an unpaired surrogate (not valid Unicode)';
    } else if (isControl(c, options.multiline === true)) {
      const hex = c.toString(16).toUpperCase().padStart(4, '0');
      return options.multiline
        ? `contains the control character U+${hex} (only tab and line breaks are allowed)`
        : `contains the control character U+${hex} (one line of plain text expected)`;
    }
  }
  return null;
}

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

function isControl(c: number, multiline: boolean): boolean {
  if (c < 0x20) return !(multiline && (c === TAB || c === LF || c === CR));
  // DEL always; the C1 controls (U+0080–U+009F) in one-line text
  return c === 0x7f || (!multiline && c >= 0x80 && c <= 0x9f);
}

/**
 * The decimal places of a finite number as JavaScript writes it: `0.125` → 3, `1e-7` → 7, `1.5e-7` → 8,
 * `1e21` → 0. (class-validator's own check splits `String(n)` on '.', and throws on exponent forms.)
 */
export function decimalPlaces(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const [mantissa, exponent = '0'] = String(value).toLowerCase().split('e');
  const fraction = mantissa.split('.')[1] ?? '';
  return Math.max(0, fraction.length - Number(exponent));
}

/** A finite number with at most `maxDecimalPlaces` decimals (any JSON number form: `125`, `1.25e2`). */
export function isDecimalNumber(value: unknown, maxDecimalPlaces: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && decimalPlaces(value) <= maxDecimalPlaces;
}
