import type { FieldError } from '../../api/client';
import type { Language } from '../../i18n/i18n';

/** What a formula error may carry besides its message (the api adds them; the schema's FieldError does not name them). */
type RuleError = FieldError & { rule?: string; position?: number };

/**
 * The api writes a refusal's message as `English / 中文`, the English with the facts (`unknown variable "x"`),
 * the Chinese short (`未知变量`). This keeps the half of the screen's language; in Chinese it brings the facts
 * along: the quoted names (but the rule's own, which the field already shows) and the formula's character.
 */
export function localMessage(error: RuleError, language: Language, atCharacter: (position: number) => string): string {
  const split = error.message.lastIndexOf(' / ');
  if (split < 0) return error.message;
  const english = error.message.slice(0, split).trim();
  const chinese = error.message.slice(split + 3).trim();
  if (language === 'en') return english;
  const quoted = [...english.matchAll(/"([^"]+)"/g)].map((m) => m[1]).filter((name) => name !== error.rule);
  const facts = [...new Set(quoted)].filter((name) => !chinese.includes(name)).map((name) => `“${name}”`);
  const where = error.position === undefined ? '' : `（${atCharacter(error.position)}）`;
  return [chinese, ...facts].join(' ') + where;
}

/** The problem with each error's message in the screen's language. */
export function localErrors<P extends { errors?: FieldError[] }>(
  problem: P,
  language: Language,
  atCharacter: (position: number) => string,
): P {
  return {
    ...problem,
    errors: problem.errors?.map((e) => ({ ...e, message: localMessage(e, language, atCharacter) })),
  };
}
