import type { Browser } from 'playwright-core';
import { BrowserTab, launchBrowser, startWebStack, type WebStack } from './support/browser';
import { errorAt, tablesSettled } from './support/page-helpers';

describe('materials (材料) in a real browser', () => {
  let stack: WebStack;
  let browser: Browser;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startWebStack({ factory: 'MATS', catalogue: true }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('creates a sheet material with its size, kerf and trim and lists it; a taken code is refused at the code', async () => {
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'planner', '/planner/materials');
    const hdf = page.getByRole('row', { name: /HDF-8/ });
    await hdf.waitFor();
    expect(await hdf.innerText()).toContain('1,220 × 2,440 mm');
    await tablesSettled(page);
    await tab.screenshot('materials-zh');

    await page.getByRole('button', { name: '新建材料' }).click();
    await page.locator('#material_code').fill('MDF-18');
    await page.locator('#material_nameZh').fill('中纤板 18厘');
    await page.locator('#material_nameEn').fill('MDF 18 mm');
    await page.locator('#material_cutKind').getByText('板材').click();
    await page.locator('#material_sheetWidth').fill('1220');
    await page.locator('#material_sheetLength').fill('2440');
    await page.locator('#material_thickness').fill('18');
    await page.locator('#material_kerf').fill('3.2');
    await page.locator('#material_trim').fill('10');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.getByText('材料 MDF-18 已创建').waitFor();
    const mdf = page.getByRole('row', { name: /MDF-18/ });
    await mdf.waitFor();
    expect(await mdf.innerText()).toMatch(
      /中纤板 18厘[\s\S]*板材[\s\S]*1,220 × 2,440 mm[\s\S]*18 mm[\s\S]*3.2 mm[\s\S]*10 mm/,
    );
    expect(
      (await stack.api.request('GET', '/api/v1/materials/MDF-18', { token: stack.tokens.planner })).body,
    ).toMatchObject({
      cutKind: 'sheet',
      sheetWidth: 1220,
      sheetLength: 2440,
      thickness: 18,
      kerf: 3.2,
      trim: 10,
      stockLength: null,
    });

    // the same code again: refused at the code field, the stored one untouched
    await page.getByRole('button', { name: '新建材料' }).click();
    await page.locator('#material_code').fill('MDF-18');
    await page.locator('#material_nameZh').fill('另一种板');
    await page.locator('#material_nameEn').fill('Another board');
    await page.locator('#material_stockLength').fill('2440');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await errorAt(page, 'material_code').filter({ hasText: '该编码已被使用' }).waitFor();
    await tablesSettled(page);
    await tab.screenshot('materials-refused-zh');
    await page.locator('.ant-modal-footer .ant-btn').first().click();
    await page.locator('.ant-modal').waitFor({ state: 'hidden' });
    expect(
      (await stack.api.request('GET', '/api/v1/materials/MDF-18', { token: stack.tokens.planner })).body.nameZh,
    ).toBe('中纤板 18厘');
    tab.assertNoConsoleErrors([/status of 409/]);
    await tab.close();
  });

  it('changes a material’s stock length and kerf; the code stays', async () => {
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'planner', '/planner/materials');
    const lvl = page.getByRole('row', { name: /LVL-40/ });
    await lvl.getByRole('button', { name: '编辑' }).click();
    expect(await page.locator('#material_code').isDisabled()).toBe(true);
    await page.locator('#material_stockLength').fill('3000');
    await page.locator('#material_kerf').fill('5');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.getByText('材料 LVL-40 已保存').waitFor();
    await lvl.filter({ hasText: '3,000 mm' }).waitFor();
    await page.reload();
    await page
      .getByRole('row', { name: /LVL-40/ })
      .filter({ hasText: '3,000 mm' })
      .waitFor();
    expect(
      (await stack.api.request('GET', '/api/v1/materials/LVL-40', { token: stack.tokens.planner })).body,
    ).toMatchObject({ stockLength: 3000, kerf: 5, trim: 5 });
    tab.assertNoConsoleErrors();
    await tab.close();
  });

  it('reads in English, and shows a manager the materials without the means to change them', async () => {
    const planner = await BrowserTab.open(browser, stack, { language: 'en' });
    await planner.signIn(stack, 'planner', '/planner/materials');
    await planner.page.getByRole('row', { name: /HDF-8/ }).getByText('1,220 × 2,440 mm').waitFor();
    await planner.page.getByRole('button', { name: 'New material' }).waitFor();
    await tablesSettled(planner.page);
    await planner.screenshot('materials-en');
    planner.assertNoConsoleErrors();
    await planner.close();

    const tab = await BrowserTab.open(browser, stack, { language: 'en' });
    const { page } = tab;
    await tab.signIn(stack, 'manager', '/planner/materials');
    await page
      .getByRole('row', { name: /JAMB-BOARD/ })
      .getByText('Jamb board')
      .waitFor();
    await page.getByText('Read-only').waitFor();
    expect(await page.getByRole('button', { name: 'New material' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Edit' }).count()).toBe(0);
    tab.assertNoConsoleErrors();
    await tab.close();
  });
});
