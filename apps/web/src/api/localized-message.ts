import type { FieldError } from './client';
import type { MessageKey } from '../i18n/catalogues';
import type { Language } from '../i18n/i18n';

type Translate = (key: MessageKey, values?: Record<string, unknown>) => string;

/** The two halves of one of the api's sentences for people, written `English / 中文`. */
export type Halves = { english: string; chinese: string };

const HAN = /\p{Script=Han}/u;

/**
 * The api writes its sentences for people as `English / 中文`: the halves, split at the last ` / ` whose right side
 * is Chinese (the English may quote data with a slash in it); null for a text that is not of that form (one
 * language only, or `a / b` in data).
 */
export function bilingualHalves(text: string): Halves | null {
  const at = text.lastIndexOf(' / ');
  if (at < 0) return null;
  const english = text.slice(0, at).trim();
  const chinese = text.slice(at + 3).trim();
  return english !== '' && HAN.test(chinese) ? { english, chinese } : null;
}

/** The api's field checks (class-validator) speak English only; the common ones said in the screen's words. */
const VALIDATOR_PHRASES: [RegExp, MessageKey][] = [
  [/ must be a positive number$/, 'orders.check.positive'],
  [/ must not be greater than (-?[\d.]+)$/, 'orders.check.atMost'],
  [/ must not be less than (-?[\d.]+)$/, 'orders.check.atLeast'],
  [/ must be an integer number$/, 'orders.check.whole'],
  [/ must be a number conforming to the specified constraints$/, 'orders.check.number'],
  [/ must be shorter than or equal to (\d+) characters$/, 'orders.check.tooLong'],
  [/ must be longer than or equal to (\d+) characters$/, 'orders.check.tooShort'],
];

/**
 * An api sentence in the screen's language: the half of its language. A field check the api words in English only
 * is said in the screen's words when it is a common one, else left as it is.
 */
export function localMessage(message: string, language: Language, t: Translate): string {
  const halves = bilingualHalves(message);
  if (halves) return language === 'en' ? halves.english : halves.chinese;
  if (language === 'en') return message;
  for (const [pattern, key] of VALIDATOR_PHRASES) {
    const match = pattern.exec(message);
    if (match) return t(key, { n: match[1] });
  }
  return message;
}

/** What a formula error may carry besides its message (the api adds them; the schema's FieldError does not name them). */
type RuleError = FieldError & { rule?: string; position?: number };

/**
 * A refusal's field error in the screen's language. The English half has the facts (`unknown variable "x"`), the
 * Chinese is short (`未知变量`): in Chinese the facts come along, the quoted names (but the rule's own, which the
 * field already shows) and the formula's character.
 */
export function ruleMessage(error: RuleError, language: Language, atCharacter: (position: number) => string): string {
  const halves = bilingualHalves(error.message);
  if (!halves) return error.message;
  const { english, chinese } = halves;
  if (language === 'en') return english;
  const quoted = [...english.matchAll(/"([^"]+)"/g)].map((m) => m[1]).filter((name) => name !== error.rule);
  const facts = [...new Set(quoted)].filter((name) => !chinese.includes(name)).map((name) => `“${name}”`);
  const where = error.position === undefined ? '' : `（${atCharacter(error.position)}）`;
  return [chinese, ...facts].join(' ') + where;
}

/** The problem with each error's message in the screen's language (see `ruleMessage`). */
export function localErrors<P extends { errors?: FieldError[] }>(
  problem: P,
  language: Language,
  atCharacter: (position: number) => string,
): P {
  return {
    ...problem,
    errors: problem.errors?.map((e) => ({ ...e, message: ruleMessage(e, language, atCharacter) })),
  };
}

/**
 * A job's reason or progress note in the screen's language, when the text has exactly the two sides (a reason
 * that quotes an order's own words may have more slashes, and hiding half of it would hide the fact), else the
 * whole text. The English side often carries the facts (a material code, an order number, a count) the Chinese
 * side leaves out: they follow the Chinese, so it still says which one.
 */
export function reasonInLanguage(text: string, language: Language): string {
  const halves = bilingualHalves(text);
  if (!halves || halves.english.includes(' / ') || HAN.test(halves.english)) return text;
  const { english, chinese } = halves;
  if (language === 'en') return english;
  const facts = [...new Set(english.match(/[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)+|\b[A-Z0-9]{2,}\b|\d+(?:\.\d+)?/g) ?? [])];
  const missing = facts.filter((fact) => !chinese.includes(fact));
  return missing.length > 0 ? `${chinese}（${missing.join('，')}）` : chinese;
}
