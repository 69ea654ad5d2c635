import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { makeOrderLine } from '@mendao/splitting/testing';
import { SCREENS } from '../../apps/web/src/shell/menu';
import { BrowserTab, launchBrowser, startWebStack, type WebStack } from '../support/browser';
import { confirmedOrder } from '../support/splitting';

const CATALOGUES = join(__dirname, '../../apps/web/src/i18n');

/**
 * Text shaped like a translation key of one of the app's namespaces (`orders.confirm`): on a screen, it is a
 * key shown instead of its text. (A key missing from the catalogues is also logged as a console error.)
 */
function untranslatedPattern(): RegExp {
  const namespaces = new Set<string>();
  for (const file of readdirSync(join(CATALOGUES, 'zh-CN'))) {
    const catalogue = JSON.parse(readFileSync(join(CATALOGUES, 'zh-CN', file), 'utf8')) as Record<string, string>;
    for (const key of Object.keys(catalogue)) namespaces.add(key.split('.')[0]);
  }
  return new RegExp(`\\b(${[...namespaces].join('|')})\\.[A-Za-z_]+\\b`, 'g');
}

describe('every screen of the web app, as an admin, in both languages', () => {
  let stack: WebStack;
  let browser: Browser;
  const keyShaped = untranslatedPattern();

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startWebStack({ factory: 'EVERY', catalogue: true }), launchBrowser()]);
    await confirmedOrder(stack.api, stack.tokens.planner, 'EV-0001', [makeOrderLine({ quantity: 2 })]);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it.each(['zh-CN', 'en'] as const)(
    'opens each screen in %s without a console error or an untranslated key',
    async (language) => {
      const tab = await BrowserTab.open(browser, stack, { language });
      await tab.signIn(stack, 'admin');
      const problems: string[] = [];
      for (const screen of SCREENS) {
        await tab.page.goto(screen.path);
        await tab.page.locator('.shell-content h3').first().waitFor();
        await tab.page.waitForLoadState('networkidle');
        const text = await tab.page.locator('body').innerText();
        const untranslated = text.match(keyShaped) ?? [];
        if (untranslated.length > 0) problems.push(`${screen.path}: ${untranslated.join(', ')}`);
        if (language === 'zh-CN' && /\b(Loading|Cancel|Submit|No data)\b/.test(text))
          problems.push(`${screen.path}: English text on a Chinese screen`);
      }
      expect(problems).toEqual([]);
      tab.assertNoConsoleErrors();
      await tab.close();
    },
  );
});
