import dayjs from 'dayjs';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { AREA_FILES, CATALOGUES } from './catalogues';
import { formatDate, formatMm } from './format';
import { i18n, storedLanguage } from './i18n';

const SRC = join(import.meta.dirname, '..');
const catalogues: Record<string, Record<string, string>> = CATALOGUES;
const { 'zh-CN': zhCN, en } = CATALOGUES;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/**
 * Every key the sources name: each `t('key')`, and each string literal shaped like a key of a namespace the
 * catalogues have (`'orderStatus.draft'` in a table of labels), so keys chosen at run time are checked too.
 */
function usedKeys(): { key: string; file: string }[] {
  const namespaces = new Set(Object.keys(zhCN).map((key) => key.split('.')[0]));
  return sources(SRC).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const called = [...text.matchAll(/\bt\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
    const literal = [...text.matchAll(/['"]([a-zA-Z]+)\.([A-Za-z0-9_.]+)['"]/g)]
      .filter((m) => namespaces.has(m[1]))
      .map((m) => `${m[1]}.${m[2]}`);
    return [...new Set([...called, ...literal])].map((key) => ({ key, file: relative(SRC, file) }));
  });
}

describe('translations', () => {
  it('come in the same area files in both languages', () => {
    expect([...AREA_FILES.en].sort()).toEqual([...AREA_FILES['zh-CN']].sort());
  });

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

  it('say so in the console when a screen asks for a key they do not hold (the browser tests fail on it)', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(i18n.t('orders.noSuchKey')).toBe('orders.noSuchKey');
      expect(consoleError).toHaveBeenCalledWith('missing translation: orders.noSuchKey');
    } finally {
      consoleError.mockRestore();
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

describe('English plurals', () => {
  it('say one remnant, one line, one run — and several of each', () => {
    const en = i18n.getFixedT('en');
    expect(en('remnantReceiving.receivedAll', { count: 1 })).toBe('1 remnant received');
    expect(en('remnantReceiving.receivedAll', { count: 62 })).toBe('62 remnants received');
    expect(en('scan.pickList.title', { count: 1 })).toBe('Pick list: 1 line left');
    expect(en('purchasing.openRuns', { count: 2, orders: 'A, B' })).toContain('2 open split runs');
    expect(i18n.getFixedT('zh-CN')('remnantReceiving.receivedAll', { count: 1 })).toBe('本次入库 1 件余料');
  });
});
