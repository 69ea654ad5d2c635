import ExcelJS from 'exceljs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { BrowserTab, launchBrowser, SCREENSHOTS, startWebStack, type WebStack } from './support/browser';

/**
 * The acceptance in one walk: a planner goes from an imported order to a printed cut plan without leaving
 * the browser (and without any help from the api behind the test's back).
 */
describe('a planner’s day in the browser: template → import → confirm → split → printed cut plan', () => {
  let stack: WebStack;
  let browser: Browser;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startWebStack({ factory: 'JOURNEY', catalogue: true }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('imports the filled-in template, confirms the order, splits it and prints its cut plan to A4', async () => {
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'planner', '/planner/orders');

    // the template the screen offers, filled in as a planner would in Excel: its example row, twice the doors
    await page.getByRole('button', { name: '导入订单' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载导入模板' }).click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const example = sheet.getRow(2);
    example.getCell(header.indexOf('订单号')).value = 'JS-20261130';
    example.getCell(header.indexOf('数量')).value = 2;
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());
    await page.locator('.orders-dragger input[type=file]').setInputFiles({
      name: '江山客户订单.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: filled,
    });
    await page.getByText('江山客户订单.xlsx 已导入，新建 1 个订单').waitFor();
    await page.locator('.orders-import-created').getByRole('link', { name: 'JS-20261130' }).click();

    await page.getByRole('button', { name: '确认订单' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '确认订单' }).click();
    await page.locator('.orders-status').filter({ hasText: '已确认' }).waitFor();

    await page.getByRole('menuitem', { name: '拆单' }).click();
    await page.getByRole('button', { name: '新建拆单' }).click();
    await page
      .getByRole('row', { name: /JS-20261130/ })
      .getByRole('checkbox')
      .check();
    await page.getByRole('button', { name: '开始拆单' }).click();
    await page.locator('.split-run-status', { hasText: '已完成' }).waitFor({ timeout: 60_000 });

    await page.getByRole('tab', { name: '下料图' }).click();
    await page.locator('.cut-figure svg .cut-part').first().waitFor();
    expect(await page.locator('.cut-plan-yield').first().innerText()).toMatch(/总出材率 \d{1,3}\.\d%/);

    await page.getByRole('button', { name: '打印下料图' }).click();
    await page.locator('.split-print .cut-figure svg').first().waitFor();
    expect(await page.locator('.split-print-header').innerText()).toContain('JS-20261130');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', path: join(SCREENSHOTS, 'planner-journey-cut-plan.pdf') });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await tab.screenshot('planner-journey-print');
    tab.assertNoConsoleErrors();
    await tab.close();
  });
});
