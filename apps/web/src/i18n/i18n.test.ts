import dayjs from 'dayjs';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from './en.json';
import zhCN from './zh-CN.json';
import { formatDate, formatMm } from './format';
import { i18n, storedLanguage } from './i18n';

const SRC = join(import.meta.dirname, '..');
const catalogues: Record<string, Record<string, string>> = { 'zh-CN': zhCN, en };

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every `t('key')` / `t("key")` in the app's sources; keys built at run time are listed by their code instead. */
function usedKeys(): { key: string; file: string }[] {
  return sources(SRC).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*['"]([^'"]+)['"]/g)].map((m) => ({
      key: m[1],
      file: relative(SRC, file),
    })),
  );
}

describe('translations', () => {
  it('have the same keys in Chinese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('have no empty text', () => {
    for (const [language, catalogue] of Object.entries(catalogues)) {
      const empty = Object.entries(catalogue).filter(([, text]) => text.trim() === '');
      expect({ language, empty }).toEqual({ language, empty: [] });
    }
  });

  it('hold every key the screens use', () => {
    const used = usedKeys();
    expect(used.length).toBeGreaterThan(10);
    for (const [language, catalogue] of Object.entries(catalogues)) {
      const missing = used.filter(({ key }) => !(key in catalogue));
      expect({ language, missing }).toEqual({ language, missing: [] });
    }
  });

  it('default to Chinese and remember English', () => {
    expect(storedLanguage({ getItem: () => null })).toBe('zh-CN');
    expect(storedLanguage({ getItem: () => 'en' })).toBe('en');
    expect(storedLanguage({ getItem: () => 'fr' })).toBe('zh-CN');
  });
});

describe('formatting', () => {
  it('writes dates and millimetres per language', () => {
    expect(formatDate('2026-12-20', 'zh-CN')).toBe('2026年12月20日');
    expect(formatDate('2026-12-20', 'en')).toBe('Dec 20, 2026');
    expect(formatMm(2050, 'en')).toBe('2,050 mm');
  });
});

describe('dayjs, under Ant Design’s date pickers', () => {
  it('follows the language', async () => {
    await i18n.changeLanguage('en');
    expect(dayjs.locale()).toBe('en');
    await i18n.changeLanguage('zh-CN');
    expect(dayjs.locale()).toBe('zh-cn');
  });
});
