import type { MessageKey } from '../../i18n/catalogues';
import type { Language } from '../../i18n/i18n';

type Translate = (key: MessageKey, values?: Record<string, unknown>) => string;

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
 * The api writes its sentences for people as `English / 中文`; a screen shows the half in its language. A field
 * check the api words in English only is said in the screen's words when it is a common one, else left as it is.
 */
export function localMessage(message: string, language: Language, t: Translate): string {
  const at = message.lastIndexOf(' / ');
  if (at >= 0) {
    const english = message.slice(0, at).trim();
    const chinese = message.slice(at + 3).trim();
    // only a split whose second half is Chinese is the bilingual form ("a / b" may be data)
    if (/\p{Script=Han}/u.test(chinese) && english !== '') return language === 'en' ? english : chinese;
  }
  if (language === 'en') return message;
  for (const [pattern, key] of VALIDATOR_PHRASES) {
    const match = pattern.exec(message);
    if (match) return t(key, { n: match[1] });
  }
  return message;
}
