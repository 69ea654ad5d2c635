import type { Language } from '../../i18n/i18n';

/**
 * The api writes its sentences for people as `English / 中文`; a screen shows the half in its language. A
 * message with one language only (a validator's) is shown as it is.
 */
export function localMessage(message: string, language: Language): string {
  const at = message.lastIndexOf(' / ');
  if (at < 0) return message;
  const english = message.slice(0, at).trim();
  const chinese = message.slice(at + 3).trim();
  // only a split whose second half is Chinese is the bilingual form ("a / b" may be data)
  if (!/\p{Script=Han}/u.test(chinese) || english === '') return message;
  return language === 'en' ? english : chinese;
}
