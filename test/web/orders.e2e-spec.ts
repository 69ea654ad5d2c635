import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { ImportGate } from '@mendao/splitting';
import { makeOrder } from '@mendao/splitting/testing';
import { BrowserTab, launchBrowser, startWebStack, type WebStack } from './support/browser';
import { chooseOption } from './support/page-helpers';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = ['订单号', '客户', '型号', '门洞宽', '门洞高', '墙厚', '开启方向', '颜色', '数量', '位置'];

async function xlsx(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('订单');
  sheet.addRow(HEADER);
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The line table's rows (Ant Design's body rows, not its measuring row). */
const lineRows = (page: Page) => page.locator('.orders-lines tr.ant-table-row');

async function chooseModel(page: Page, row: number, code: string): Promise<void> {
  await lineRows(page).nth(row).getByRole('combobox', { name: '门型' }).click();
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
}

async function fillLine(page: Page, row: number, line: Record<string, string>): Promise<void> {
  const cells = lineRows(page).nth(row);
  for (const [label, value] of Object.entries(line)) {
    const role = ['门洞宽', '门洞高', '墙厚', '母门宽', '数量'].includes(label) ? 'spinbutton' : 'combobox';
    const input = ['安装位置', '备注'].includes(label)
      ? cells.getByLabel(label)
      : cells.getByRole(role, { name: label });
    await input.fill(value);
  }
}

describe('the planner’s orders in a real browser', () => {
  let stack: WebStack;
  let browser: Browser;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startWebStack({ factory: 'ORDERS', catalogue: true }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  const createOrder = async (order: Parameters<typeof makeOrder>[0], action?: 'confirm' | 'cancel') => {
    const created = await stack.api.request('POST', '/api/v1/orders', {
      token: stack.tokens.planner,
      body: makeOrder(order),
    });
    expect(created.status).toBe(201);
    if (action) {
      const done = await stack.api.request('POST', `/api/v1/orders/${created.body.id}/${action}`, {
        token: stack.tokens.planner,
      });
      expect(done.status).toBe(200);
    }
    return created.body.id as string;
  };

  it('imports an order file with bad rows and sees the row errors, then a good one, and finds the order in the list', async () => {
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'planner', '/planner/orders');
    await page.getByRole('button', { name: '导入订单' }).click();
    await page.getByText('把 .xlsx 或 .csv 文件拖到这里').waitFor();

    // the template comes with the Chinese headers
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载导入模板' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('订单导入模板.xlsx');
    const template = new ExcelJS.Workbook();
    await template.xlsx.readFile(await download.path());
    expect((template.worksheets[0].getRow(1).values as unknown[]).slice(1, 4)).toEqual(['订单号', '客户', '型号']);

    const dragger = page.locator('.orders-dragger input[type=file]');
    const csv =
      '\uFEFF' +
      [
        HEADER.join(','),
        'IMP-2001,导入客户,PD-LVL01,900,2100,120,左内开,OAK,1,主卧',
        'IMP-2001,导入客户,PD-LVL01,abc,2100,120,左内开,OAK,1,次卧',
        'IMP-2002,导入客户,PD-LVL01,900,2100,120,左内开,OAK,0,书房',
      ].join('\n');
    await dragger.setInputFiles({ name: '坏订单.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByText('坏订单.csv 有 2 处错误，未导入任何订单').waitFor();
    const errors = page.locator('.orders-import-table tbody tr.ant-table-row');
    await expect(errors.count()).resolves.toBe(2);
    expect(await errors.nth(0).innerText()).toMatch(/^3\s+门洞宽 \(width\)\s+必须是数字$/);
    expect(await errors.nth(1).innerText()).toMatch(/^4\s+数量 \(quantity\)\s+必须大于 0$/);
    await tab.screenshot('orders-import-errors');
    // nothing of the refused file was stored
    expect((await stack.api.request('GET', '/api/v1/orders/IMP-2001', { token: stack.tokens.planner })).status).toBe(
      404,
    );

    // every import slot of the installation taken: the answer is 429, said in words
    const gate = stack.api.app.get(ImportGate);
    const reading = [gate.read(), gate.read()];
    expect(reading.every(Boolean)).toBe(true);
    try {
      await dragger.setInputFiles({ name: '订单.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await page.getByText('正在处理另一个导入，请约 5 秒后重试').waitFor();
      expect(await page.locator('.orders-import-table').count()).toBe(0);
    } finally {
      reading.forEach((release) => release?.());
    }

    const good = await xlsx([
      ['IMP-2001', '导入客户', 'PD-LVL01', 900, 2100, 120, '左内开', 'OAK', 1, '主卧'],
      ['IMP-2001', '导入客户', 'PD-MY01', 800, 2100, 120, '右外开', 'WHITE', 1, '入户'],
    ]);
    await dragger.setInputFiles({ name: '订单.xlsx', mimeType: XLSX, buffer: good });
    await page.getByText('订单.xlsx 已导入，新建 1 个订单').waitFor();
    expect(await page.locator('.orders-import-table').count()).toBe(0);
    await page.locator('.orders-import-created').getByRole('link', { name: 'IMP-2001' }).click();
    await page.getByRole('heading', { name: '订单 IMP-2001' }).waitFor();
    await expect(page.locator('.ant-table-tbody tr.ant-table-row').count()).resolves.toBe(2);

    await page.getByRole('link', { name: '← 返回订单列表' }).click();
    await page.getByRole('link', { name: 'IMP-2001' }).waitFor();
    tab.assertNoConsoleErrors([/status of 422/, /status of 429/]);
    await tab.close();
  });

  it('creates an order of two lines by hand, showing the api’s refusal at the cell it names, then confirms it', async () => {
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'planner', '/planner/orders/new');
    await page.getByLabel('订单号').fill('HAND-1');
    await page.getByLabel('客户').fill('江山某装饰公司');
    await chooseModel(page, 0, 'PD-LVL01');
    await fillLine(page, 0, { 门洞宽: '900', 门洞高: '2100', 墙厚: '120', 开启方向: '左内开', 颜色: 'OAK' });
    await lineRows(page).nth(0).getByLabel('安装位置').fill('主卧');
    // Alt+Enter: a new row with the same model, wall, swing and finish
    await page.keyboard.press('Alt+Enter');
    await expect(lineRows(page).count()).resolves.toBe(2);
    expect(await lineRows(page).nth(1).getByRole('spinbutton', { name: '墙厚' }).inputValue()).toBe('120');
    // 2500 is outside PD-LVL01's process range: the api names lines[1].width
    await fillLine(page, 1, { 门洞宽: '2500', 门洞高: '2050', 数量: '2' });
    await page.getByRole('button', { name: '创建订单' }).click();
    const widthError = lineRows(page).nth(1).locator('.ant-form-item-explain-error');
    await widthError.filter({ hasText: '不在工艺范围' }).waitFor();
    await page.getByText('订单未保存').waitFor();
    await tab.screenshot('orders-form');

    await fillLine(page, 1, { 门洞宽: '800' });
    // Enter in a cell never sends the order; Ctrl+Enter does
    await lineRows(page).nth(1).getByRole('spinbutton', { name: '门洞宽' }).press('Enter');
    expect(await page.locator('.orders-form-actions .ant-btn-loading').count()).toBe(0);
    await page.keyboard.press('Control+Enter');
    await page.getByRole('heading', { name: '订单 HAND-1' }).waitFor();
    expect(await page.locator('.orders-status').innerText()).toBe('草稿');
    const saved = await stack.api.request('GET', '/api/v1/orders/HAND-1', { token: stack.tokens.planner });
    expect(saved.body.lines).toMatchObject([
      { productCode: 'PD-LVL01', width: 900, height: 2100, wallThickness: 120, quantity: 1, room: '主卧' },
      { productCode: 'PD-LVL01', width: 800, height: 2050, wallThickness: 120, swing: 'left-in', quantity: 2 },
    ]);

    // a draft is edited in the same table: copy the second row, give the order a due date
    await page.getByRole('button', { name: /^编\s?辑$/ }).click();
    await page.getByRole('heading', { name: '编辑订单 HAND-1' }).waitFor();
    expect(await page.getByLabel('订单号').isDisabled()).toBe(true);
    await lineRows(page).nth(1).getByRole('button', { name: '复制' }).click();
    await expect(lineRows(page).count()).resolves.toBe(3);
    await page.getByLabel('交货日期').fill('2026-12-20');
    await page.getByLabel('交货日期').press('Enter');
    await page.locator('.orders-form-actions button[type=submit]').click();
    await page.getByRole('heading', { name: '订单 HAND-1' }).waitFor();
    await page.getByText('2026年12月20日').waitFor();
    const edited = await stack.api.request('GET', '/api/v1/orders/HAND-1', { token: stack.tokens.planner });
    expect(edited.body).toMatchObject({ dueDate: '2026-12-20' });
    expect(edited.body.lines.map((l: { width: number; quantity: number }) => [l.width, l.quantity])).toEqual([
      [900, 1],
      [800, 2],
      [800, 2],
    ]);

    await page.getByRole('button', { name: '确认订单' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '确认订单' }).click();
    await page.locator('.orders-status').filter({ hasText: '已确认' }).waitFor();
    expect(await page.getByRole('button', { name: '确认订单' }).count()).toBe(0);
    tab.assertNoConsoleErrors([/status of 422/]);
    await tab.close();
  });

  it('says in words why a confirm or a cancel is refused when the screen was behind the api, never crashing', async () => {
    const id = await createOrder({ orderNo: 'STALE-1', customer: '张三' });
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'planner', `/planner/orders/${id}`);
    await page.locator('.orders-status').filter({ hasText: '草稿' }).waitFor();

    // someone confirms it elsewhere; this screen still offers to confirm
    await stack.api.request('POST', `/api/v1/orders/${id}/confirm`, { token: stack.tokens.planner });
    await page.getByRole('button', { name: '确认订单' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '确认订单' }).click();
    await page.locator('.orders-refusal').filter({ hasText: '订单已确认（当前状态：已确认），无需再次确认' }).waitFor();
    await page.locator('.orders-status').filter({ hasText: '已确认' }).waitFor();

    // and cancels it elsewhere; cancelling here is refused in words too
    await stack.api.request('POST', `/api/v1/orders/${id}/cancel`, { token: stack.tokens.planner });
    await page.getByRole('button', { name: '取消订单' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '取消订单' }).click();
    await page.locator('.orders-refusal').filter({ hasText: '订单已取消，无需再次取消' }).waitFor();
    await page.locator('.orders-status').filter({ hasText: '已取消' }).waitFor();
    expect(await page.getByRole('button', { name: /确认订单|取消订单|编\s?辑/ }).count()).toBe(0);
    await tab.screenshot('orders-refused');
    tab.assertNoConsoleErrors([/status of 409/]);
    await tab.close();
  });

  it('narrows the list by customer, state and order number, keeping the filters in the address', async () => {
    await createOrder({ orderNo: 'FLT-1', customer: '筛选甲装饰', dueDate: '2026-12-01' });
    await createOrder({ orderNo: 'FLT-2', customer: '筛选乙门业', dueDate: '2026-12-15' }, 'confirm');
    await createOrder({ orderNo: 'FLT-3', customer: '筛选甲装饰', dueDate: '2026-12-20' }, 'confirm');
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'planner', '/planner/orders');
    const listed = async () => {
      await page.locator('.orders-table .ant-spin-spinning').waitFor({ state: 'detached' });
      return page.locator('.orders-table tr.ant-table-row td:first-child').allInnerTexts();
    };
    const listedIs = async (expected: string[]) => {
      await page.waitForFunction(
        (want) =>
          JSON.stringify(
            [...document.querySelectorAll('.orders-table tr.ant-table-row td:first-child')].map((td) => td.textContent),
          ) === JSON.stringify(want),
        expected,
      );
    };
    await page.getByRole('link', { name: 'FLT-3' }).waitFor();
    await listed();
    await tab.screenshot('orders-zh');

    await page.locator('#orders-filter-customer').fill('筛选');
    await page.locator('#orders-filter-customer').press('Enter');
    await listedIs(['FLT-3', 'FLT-2', 'FLT-1']);
    await chooseOption(page, page.getByRole('combobox', { name: '状态' }), '已确认');
    await page.keyboard.press('Escape');
    await listedIs(['FLT-3', 'FLT-2']);
    expect(new URL(page.url()).search).toBe(`?status=confirmed&customer=${encodeURIComponent('筛选')}`);

    // a reload (or the link sent to a colleague) keeps the filters
    await page.reload();
    await listedIs(['FLT-3', 'FLT-2']);
    expect(await page.locator('#orders-filter-customer').inputValue()).toBe('筛选');
    await page.locator('#orders-filter-q').fill('flt-2');
    await page.locator('#orders-filter-q').press('Enter');
    await listedIs(['FLT-2']);

    await page.goto('/planner/orders?dueFrom=2026-12-10&dueTo=2026-12-31&customer=%E7%AD%9B%E9%80%89');
    await listedIs(['FLT-3', 'FLT-2']);
    await page.getByRole('button', { name: '清除筛选' }).click();
    await page.getByRole('link', { name: 'FLT-1' }).waitFor();
    expect(new URL(page.url()).search).toBe('');
    expect((await listed()).length).toBeGreaterThan(3);
    tab.assertNoConsoleErrors();
    await tab.close();
  });

  it('shows the list in English, and a manager the orders without any action that changes them', async () => {
    const id = await createOrder({ orderNo: 'MGR-1', customer: 'Lee Doors' });
    const english = await BrowserTab.open(browser, stack, { language: 'en' });
    await english.signIn(stack, 'planner', '/planner/orders');
    await english.page.getByRole('link', { name: 'MGR-1' }).waitFor();
    await english.page.getByRole('button', { name: 'Import orders' }).waitFor();
    await english.page.locator('.orders-table .ant-spin-spinning').waitFor({ state: 'detached' });
    await english.screenshot('orders-en');
    english.assertNoConsoleErrors();
    await english.close();

    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'manager', '/planner/orders');
    await page.getByRole('link', { name: 'MGR-1' }).waitFor();
    expect(await page.getByRole('button', { name: /新建订单|导入订单/ }).count()).toBe(0);
    await page.getByRole('link', { name: 'MGR-1' }).click();
    await page.getByRole('heading', { name: '订单 MGR-1' }).waitFor();
    await page.getByText('只读').waitFor();
    expect(await page.getByRole('button', { name: /确认订单|取消订单|编\s?辑/ }).count()).toBe(0);
    await page.goto(`/planner/orders/${id}/edit`);
    await page.getByText('你只能查看订单，不能修改').waitFor();
    tab.assertNoConsoleErrors();
    await tab.close();
  });
});
