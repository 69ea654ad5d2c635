import type { Locator, Page } from 'playwright-core';

/** A button's label as Ant Design writes it: a two-character Chinese label is spaced out ("保存" → "保 存"). */
export function spacedLabel(text: string): RegExp {
  return new RegExp(`^${[...text].join('\\s?')}$`);
}

/** A button by its text, spaced out by Ant Design or not (`spacedLabel`). */
export function button(within: Page | Locator, text: string): Locator {
  return within.getByRole('button', { name: spacedLabel(text) });
}

/** The error text shown under the form field with this id. */
export function errorAt(page: Page, id: string): Locator {
  return page.locator('.ant-form-item', { has: page.locator(`#${id}`) }).locator('.ant-form-item-explain-error');
}

/** Tables done loading and faded back in (Ant Design blurs a loading table for a moment), for a screenshot. */
export async function tablesSettled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.ant-spin-container')].every((e) => getComputedStyle(e).opacity === '1'),
  );
}
