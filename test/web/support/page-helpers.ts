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

/**
 * Picks the option with these words from the Ant Design select whose input (its combobox) is `combobox`, and waits
 * until the select shows it. Under load a click can land while the dropdown is still opening and be lost; the pick is
 * then made again, from a closed dropdown, rather than the test failing on the machine's speed.
 */
export async function chooseOption(page: Page, combobox: Locator, words: string | RegExp, attempts = 3): Promise<void> {
  const open = page.locator('.ant-select-dropdown:visible');
  // the select around this combobox (an ancestor: `has` would read a locator that starts higher up as inside it)
  const shown = combobox
    .locator('xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]')
    .filter({ hasText: words });
  for (let attempt = 1; ; attempt++) {
    await combobox.click();
    await open.locator('.ant-select-item-option', { hasText: words }).first().click();
    try {
      await shown.waitFor({ timeout: 5_000 });
      return;
    } catch (lost) {
      if (attempt === attempts) throw lost;
      await page.keyboard.press('Escape');
      await open.first().waitFor({ state: 'hidden' });
    }
  }
}
