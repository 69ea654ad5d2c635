import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { makeOrderLine } from '@mendao/splitting/testing';
import { BrowserTab, launchBrowser, startWebStack, type WebStack } from './support/browser';
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
      // every screen the admin's menu offers, opened the way a user would: by its menu item
      const items = tab.page.getByRole('menuitem');
      const count = await items.count();
      expect(count).toBeGreaterThanOrEqual(15);
      for (let index = 0; index < count; index += 1) {
        const label = await items.nth(index).innerText();
        await items.nth(index).click();
        // each screen's title is its menu label
        await tab.page.locator('.shell-content h3', { hasText: label }).first().waitFor();
        await tab.page.waitForLoadState('networkidle');
        const path = new URL(tab.page.url()).pathname;
        const text = await tab.page.locator('body').innerText();
        const untranslated = text.match(keyShaped) ?? [];
        if (untranslated.length > 0) problems.push(`${path}: ${untranslated.join(', ')}`);
        if (language === 'zh-CN' && /\b(Loading|Cancel|Submit|No data)\b/.test(text))
          problems.push(`${path}: English text on a Chinese screen`);
        await tab.screenshot(`every-screen-${path.slice(1).replaceAll('/', '-')}-${language}`);
      }
      expect(problems).toEqual([]);
      tab.assertNoConsoleErrors();
      await tab.close();
    },
  );

  it.each(['warehouse', 'planner', 'manager'] as const)(
    'opens each screen of the %s’s menu without a refused request (the menu offers only what the api lets the role read)',
    async (role) => {
      const tab = await BrowserTab.open(browser, stack);
      await tab.signIn(stack, role);
      const items = tab.page.getByRole('menuitem');
      await items.first().waitFor();
      const count = await items.count();
      for (let index = 0; index < count; index += 1) {
        const label = await items.nth(index).innerText();
        await items.nth(index).click();
        await tab.page.locator('.shell-content h3', { hasText: label }).first().waitFor();
        await tab.page.waitForLoadState('networkidle');
      }
      // a 403 (or any failed load) is logged by the browser as a console error
      tab.assertNoConsoleErrors();
      await tab.close();
    },
  );
});
