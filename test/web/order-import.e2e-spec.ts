import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { BrowserTab, launchBrowser, startWebStack, type WebStack } from './support/browser';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A dealer's order sheet: a title row, then the header with a 单价 column the import does not know. */
async function dealerSheet(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('订货单');
  sheet.addRow(['XX装饰公司订货单 2026-11']);
  sheet.addRow(['订单号', '客户', '型号', '门洞宽', '门洞高', '墙厚', '开启方向', '颜色', '数量', '门类型', '单价']);
  sheet.addRow(['DEALER-1', '江山某装饰公司', 'PD-LVL01', 1500, 2100, 120, '左内开', 'WHITE', 1, '双开', 1280]);
  sheet.addRow(['DEALER-1', '江山某装饰公司', 'PD-LVL01', 900, 2100, 120, '右外开', 'WHITE', 2, '单开', 880]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('the import page in a real browser (issue 14: title rows, warnings, per-model templates)', () => {
  let stack: WebStack;
  let browser: Browser;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startWebStack({ factory: 'IMPWEB', catalogue: true }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('downloads a model’s template, imports a sheet with a title row and an unknown column, and sees the warning', async () => {
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'planner', '/planner/orders');
    await page.getByRole('button', { name: '导入订单' }).click();
    await page.getByText('把 .xlsx 或 .csv 文件拖到这里').waitFor();

    // a model's template: its inputs are columns, with a drop-down list for the door type
    const download = page.getByRole('button', { name: '下载该门型模板' });
    expect(await download.isDisabled()).toBe(true);
    await page.getByRole('combobox', { name: '选择门型' }).click();
    await page.keyboard.type('PD-LVL01');
    await page.keyboard.press('Enter');
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    expect(file.suggestedFilename()).toBe('订单导入模板-PD-LVL01.xlsx');
    const template = new ExcelJS.Workbook();
    await template.xlsx.readFile(await file.path());
    const header = (template.worksheets[0].getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(expect.arrayContaining(['门类型', '是否有顶窗']));
    const doorType = template.worksheets[0].getRow(2).getCell(header.indexOf('门类型') + 1);
    expect(doorType.dataValidation).toMatchObject({ type: 'list' });

    await page
      .locator('.orders-dragger input[type=file]')
      .setInputFiles({ name: '经销商订货单.xlsx', mimeType: XLSX, buffer: await dealerSheet() });
    await page.getByText('经销商订货单.xlsx 已导入，新建 1 个订单').waitFor();
    await page.getByText('以下 1 处未导入，请核对').waitFor();
    const warnings = page.locator('.orders-import-warning-table tbody tr.ant-table-row');
    await expect(warnings.count()).resolves.toBe(1);
    expect(await warnings.nth(0).innerText()).toMatch(/^K 单价\s+—\s+未导入的列 K 单价$/);
    expect(await page.locator('.orders-import-table').count()).toBe(0);
    await tab.screenshot('orders-import-warnings');

    // the title row did not shift the rows, and the door type came through
    const order = await stack.api.request('GET', '/api/v1/orders/DEALER-1', { token: stack.tokens.planner });
    expect(order.body.lines.map((l: any) => [l.options.doorType, l.swing])).toEqual([
      ['double', 'left-in'],
      ['single', 'right-out'],
    ]);
    await page.locator('.orders-import-created').getByRole('link', { name: 'DEALER-1' }).click();
    await page.getByRole('heading', { name: '订单 DEALER-1' }).waitFor();
    tab.assertNoConsoleErrors();
    await tab.close();
  });

  it('lists every problem of a refused file with its row and column, a model input under the file’s header', async () => {
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'planner', '/planner/orders/import');
    const csv = [
      '订货单',
      '订单号,客户,型号,门洞宽,门洞高,墙厚,开启方向,颜色,数量,顶窗',
      'BAD-1,张三,PD-LVL01,900,2100,120,左开,WHITE,1,也许',
      'BAD-2,张三,NOPE,abc,2100,120,左内开,WHITE,1,',
    ].join('\n');
    await page
      .locator('.orders-dragger input[type=file]')
      .setInputFiles({ name: '坏订单.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByText('坏订单.csv 有 4 处错误，未导入任何订单').waitFor();
    const errors = page.locator('.orders-import-table tbody tr.ant-table-row');
    const texts = await errors.allInnerTexts();
    expect(texts).toEqual([
      expect.stringMatching(/^3\s+开启方向 \(swing\)/),
      expect.stringMatching(/^3\s+顶窗\s+是否有顶窗请填 是 或 否$/),
      expect.stringMatching(/^4\s+门洞宽 \(width\)\s+必须是数字$/),
      expect.stringMatching(/^4\s+门型 \(productCode\)\s+未知门型$/),
    ]);
    await tab.screenshot('orders-import-every-problem');
    tab.assertNoConsoleErrors([/status of 422/]);
    await tab.close();
  });
});
