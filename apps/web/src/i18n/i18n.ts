import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { CATALOGUES } from './catalogues';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'mendao.language';

/** zh-CN unless the user switched to English on this browser before. */
export function storedLanguage(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Language {
  return storage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
}

export async function changeLanguage(language: Language): Promise<void> {
  globalThis.localStorage?.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  await i18n.changeLanguage(language);
}

export const i18n = i18next.createInstance();
// Ant Design's date pickers format through dayjs, whose locale is global rather than ConfigProvider's
i18n.on('languageChanged', (language) => dayjs.locale(language === 'en' ? 'en' : 'zh-cn'));
void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: CATALOGUES['zh-CN'] }, en: { translation: CATALOGUES.en } },
  lng: storedLanguage(),
  fallbackLng: false,
  // keys are dotted names in flat files, not nested objects
  keySeparator: false,
  interpolation: { escapeValue: false }, // React escapes
  initAsync: false,
  // a key missing from the catalogues is a bug the browser tests must see: they fail on any console error
  saveMissing: true,
  missingKeyHandler: (_languages, _namespace, key) => console.error(`missing translation: ${key}`),
});

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}
