import type { Browser, Locator, Page } from 'playwright-core';
import { BrowserTab, launchBrowser, startWebStack, type WebStack } from './support/browser';
import { chooseOption, tablesSettled } from './support/page-helpers';

/** The line table's rows (Ant Design's body rows, not its measuring row nor the inputs opened under a row). */
const lineRows = (page: Page) => page.locator('.orders-lines tr.ant-table-row');

async function numbers(row: Locator, values: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(values)) await row.getByRole('spinbutton', { name: label }).fill(value);
}

/** The visible text of a table's body rows, one string per row. */
async function rowTexts(table: Locator): Promise<string[]> {
  return table.locator('tbody tr.ant-table-row').allInnerTexts();
}

/** The package codes of a door of an order's latest split, k = 1…n (codes are serials: found by line and door). */
async function doorCodes(stack: WebStack, orderNo: string, lineNo: number, doorNo: number): Promise<string[]> {
  const get = async (path: string) => (await stack.api.request('GET', path, { token: stack.tokens.planner })).body;
  const order = await get(`/api/v1/orders/${orderNo}`);
  const lineId = (order.lines as { id: string; lineNo: number }[]).find((l) => l.lineNo === lineNo)!.id;
  const packages = (await get(`/api/v1/split-runs/${order.lastSplitRunId}/packages?limit=500`)).items as {
    barcode: string;
    lineId: string;
    doorNo: number;
    k: number;
  }[];
  return packages
    .filter((p) => p.lineId === lineId && p.doorNo === doorNo)
    .sort((a, b) => a.k - b.k)
    .map((p) => p.barcode);
}

describe('an order of a door series entered by hand, in a real browser', () => {
  let stack: WebStack;
  let browser: Browser;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startWebStack({ factory: 'SERIES', catalogue: true }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('enters a 子母门 and a single door of PD-LVL01 with their inputs, is refused 左开 at the cell, then splits one package per leaf', async () => {
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'planner', '/planner/orders/new');
    await page.getByLabel('订单号').fill('SERIES-1');
    await page.getByLabel('客户').fill('江山某装饰公司');

    // line 1: the series as a 子母门; its 母门宽 cell appears only then
    const first = lineRows(page).nth(0);
    await first.getByRole('combobox', { name: '门型' }).click();
    await page.keyboard.type('PD-LVL01');
    await page.keyboard.press('Enter');
    // the model's defaults are prefilled: a single door without a transom
    await first.getByRole('combobox', { name: '门类型' }).waitFor();
    expect(
      await first.locator('.ant-select', { has: page.getByRole('combobox', { name: '门类型' }) }).innerText(),
    ).toBe('单开');
    expect(await first.getByRole('spinbutton', { name: '母门宽' }).count()).toBe(0);
    await first.getByRole('button', { name: '第 1 行的选项' }).filter({ hasText: '是否有顶窗 否' }).waitFor();
    await chooseOption(page, first.getByRole('combobox', { name: '门类型' }), '子母门');
    await numbers(first, { 门洞宽: '1200', 门洞高: '2100', 墙厚: '240', 母门宽: '800' });
    // dealers' words that do not say in or out: kept as typed, for the api to refuse at this cell
    await first.getByRole('combobox', { name: '开启方向' }).fill('左开');
    await first.getByRole('combobox', { name: '颜色' }).fill('OAK');

    // line 2: a new row like the first (Alt+Enter), made a single door with a transom
    await page.keyboard.press('Alt+Enter');
    await expect(lineRows(page).count()).resolves.toBe(2);
    const second = lineRows(page).nth(1);
    await chooseOption(page, second.getByRole('combobox', { name: '门类型' }), '单开');
    expect(await second.getByRole('spinbutton', { name: '母门宽' }).count()).toBe(0);
    await numbers(second, { 门洞宽: '900', 门洞高: '2100' });
    await second.getByRole('combobox', { name: '开启方向' }).click();
    await page.keyboard.type('右内');
    await page.keyboard.press('Enter');
    await second.getByRole('button', { name: '第 2 行的选项' }).click();
    const inputs = page.getByRole('group', { name: '第 2 行的选项' });
    await inputs.getByRole('switch', { name: '是否有顶窗' }).click();
    expect(await inputs.getByRole('switch', { name: '是否有顶窗' }).getAttribute('aria-checked')).toBe('true');
    await second.getByRole('button', { name: '第 2 行的选项' }).filter({ hasText: '是否有顶窗 是' }).waitFor();
    await tab.screenshot('order-series-form');

    await page.getByRole('button', { name: '创建订单' }).click();
    const handingError = first.locator('.ant-form-item-explain-error');
    await handingError.filter({ hasText: '请写明内开、外开或推拉' }).waitFor();
    await page.getByText('订单未保存').waitFor();
    expect(await second.locator('.ant-form-item-explain-error').count()).toBe(0);
    expect((await stack.api.request('GET', '/api/v1/orders/SERIES-1', { token: stack.tokens.planner })).status).toBe(
      404,
    );
    await tab.screenshot('order-series-refused');

    await chooseOption(page, first.getByRole('combobox', { name: '开启方向' }), '左内开');
    await page.getByRole('button', { name: '创建订单' }).click();
    await page.getByRole('heading', { name: '订单 SERIES-1' }).waitFor();

    // stored as the api's codes, the inputs with their defaults filled in
    const saved = await stack.api.request('GET', '/api/v1/orders/SERIES-1', { token: stack.tokens.planner });
    expect(saved.body.lines).toMatchObject([
      {
        productCode: 'PD-LVL01',
        width: 1200,
        masterWidth: 800,
        swing: 'left-in',
        options: { doorType: 'unequal_pair', transom: false },
      },
      {
        productCode: 'PD-LVL01',
        width: 900,
        masterWidth: null,
        swing: 'right-in',
        options: { doorType: 'single', transom: true },
      },
    ]);
    // the detail says them in words
    const lines = await rowTexts(page.locator('.ant-table').last());
    expect(lines[0]).toMatch(/子母门[\s\S]*左内开[\s\S]*是否有顶窗 否/);
    expect(lines[1]).toMatch(/单开[\s\S]*右内开[\s\S]*是否有顶窗 是/);
    await tablesSettled(page);
    await tab.screenshot('order-series-detail');

    await page.getByRole('button', { name: '确认订单' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '确认订单' }).click();
    await page.locator('.orders-status').filter({ hasText: '已确认' }).waitFor();

    await page.goto('/planner/split-runs/new');
    await page
      .getByRole('row', { name: /SERIES-1/ })
      .getByRole('checkbox')
      .check();
    await page.getByRole('button', { name: '开始拆单' }).click();
    await page.locator('.split-run-status', { hasText: '已完成' }).waitFor({ timeout: 60_000 });

    // parts: the casings mitred at both ends, hinge pockets on the hinge side of each leaf, the handing
    const parts = page.getByRole('tabpanel', { name: '部件' });
    await parts.locator('tbody tr.ant-table-row').first().waitFor();
    const partTexts = (await rowTexts(parts)).join('\n');
    expect(partTexts).toContain('45°/45°');
    expect(partTexts).toMatch(/合页槽 ×\d 左/);
    expect(partTexts).toContain('左内开');
    await tablesSettled(page);
    await tab.screenshot('order-series-parts');

    // packages: the 子母门 ships each leaf in its own package, 母门扇 and 子门扇
    await page.getByRole('tab', { name: '包装' }).click();
    const packages = page.getByRole('tabpanel', { name: '包装' });
    const [codes1, codes2] = [await doorCodes(stack, 'SERIES-1', 1, 1), await doorCodes(stack, 'SERIES-1', 2, 1)];
    await packages.getByRole('cell', { name: codes1[0] }).waitFor();
    const ofDoor = (codes: string[]) => (text: string) => codes.some((code) => text.includes(code));
    const door1 = (await rowTexts(packages)).filter(ofDoor(codes1));
    const leaves = door1.filter((text) => /门扇/.test(text));
    expect(leaves).toHaveLength(2);
    expect(leaves[0]).toMatch(/母[\s\S]*左内开[\s\S]*母门扇 ×1 扇/);
    expect(leaves[1]).toMatch(/子[\s\S]*左内开[\s\S]*子门扇 ×1 扇/);
    expect(door1.some((text) => text.includes('门套线 ×'))).toBe(true);
    // the single door: one leaf package, no 母/子
    const door2 = (await rowTexts(packages)).filter(ofDoor(codes2));
    expect(door2.filter((text) => text.includes('门扇 ×1 扇'))).toHaveLength(1);
    expect(door2.every((text) => text.includes('右内开'))).toBe(true);
    // the parts inside a package open under it
    const masterRow = packages.locator('tbody tr.ant-table-row', { hasText: '母门扇' }).first();
    await masterRow.locator('.ant-table-row-expand-icon').click();
    const inside = packages.getByLabel(`包装 ${codes1[0]} 内的部件`);
    await inside.waitFor();
    expect(await inside.innerText()).toMatch(/× \d/);
    await tablesSettled(page);
    await tab.screenshot('order-series-packages');
    tab.assertNoConsoleErrors([/status of 422/]);
    await tab.close();
  });

  it('opens a row’s inputs at the field they are refused at, by the form or by the api, and edits the order in English', async () => {
    // a series whose engraving (刻字) every line must give: it has no default
    const token = stack.tokens.planner;
    const base = (await stack.api.request('GET', '/api/v1/products/PD-LVL01', { token })).body;
    const { version: _v, createdAt: _c, code: _code, ...product } = base;
    product.inputs = [...product.inputs, { name: 'engraving', labelZh: '刻字', labelEn: 'Engraving', type: 'text' }];
    const created = await stack.api.request('POST', '/api/v1/products', {
      token,
      body: { ...product, code: 'PD-LVL01E' },
    });
    expect(created.status).toBe(201);

    const tab = await BrowserTab.open(browser, stack, { language: 'en' });
    const { page } = tab;
    await tab.signIn(stack, 'planner', '/planner/orders/new');
    await page.getByLabel('Order no.').fill('SERIES-2');
    await page.getByLabel('Customer').fill('Lee Doors');
    const row = lineRows(page).nth(0);
    await row.getByRole('combobox', { name: 'Door model' }).click();
    await page.keyboard.type('PD-LVL01E');
    await page.keyboard.press('Enter');
    await chooseOption(page, row.getByRole('combobox', { name: 'Door type' }), 'unequal pair');
    await numbers(row, { Width: '1200', Height: '2100', Wall: '120', 'Master leaf': '800' });
    // the handings in English, with the words dealers write
    await chooseOption(page, row.getByRole('combobox', { name: 'Swing' }), 'Right, opens out · 右外开');
    await row.getByRole('combobox', { name: 'Finish' }).fill('WALNUT');
    // the row's inputs are closed; the engraving left empty opens them at its field
    const inputs = page.getByRole('group', { name: 'Options of line 1' });
    expect(await inputs.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Create order' }).click();
    await inputs.locator('.ant-form-item', { hasText: 'Engraving' }).getByText('Required').waitFor();
    await inputs.getByRole('textbox', { name: 'Engraving' }).fill('福');
    await inputs.getByRole('spinbutton', { name: 'Floor thickness' }).fill('20');
    await row.getByRole('button', { name: 'Options of line 1' }).click();
    await inputs.waitFor({ state: 'hidden' });

    // meanwhile the series allows floors up to 10 mm only: the api refuses 20 at its field, opening the row again
    product.inputs = product.inputs.map((input: { name: string }) =>
      input.name === 'floorT' ? { ...input, max: 10 } : input,
    );
    expect((await stack.api.request('PUT', '/api/v1/products/PD-LVL01E', { token, body: product })).status).toBe(200);
    await page.getByRole('button', { name: 'Create order' }).click();
    await inputs
      .locator('.ant-form-item', { hasText: 'Floor thickness' })
      .locator('.ant-form-item-explain-error')
      .filter({ hasText: 'floorT 20 is outside 0–10 mm' })
      .waitFor();
    expect(await row.locator('.ant-form-item-explain-error').count()).toBe(0);
    // and the form reads the series again: the field gives the range it has now
    await inputs.getByText('Range 0–10 mm').waitFor();
    await tab.screenshot('order-series-input-refused-en');

    await inputs.getByRole('spinbutton', { name: 'Floor thickness' }).fill('5');
    await page.getByRole('button', { name: 'Create order' }).click();
    await page.getByRole('heading', { name: 'Order SERIES-2' }).waitFor();
    const detail = (await rowTexts(page.locator('.ant-table').last()))[0];
    expect(detail).toMatch(/unequal pair[\s\S]*Right, opens out[\s\S]*Engraving 福/);
    const saved = await stack.api.request('GET', '/api/v1/orders/SERIES-2', { token });
    expect(saved.body.lines[0]).toMatchObject({
      productCode: 'PD-LVL01E',
      productVersion: 2,
      swing: 'right-out',
      masterWidth: 800,
      options: { doorType: 'unequal_pair', engraving: '福', floorT: 5 },
    });

    // edited: the line comes back with its door type, handing and inputs; a single door needs no master leaf
    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByRole('heading', { name: 'Edit order SERIES-2' }).waitFor();
    const again = lineRows(page).nth(0);
    expect(await again.locator('.ant-select', { has: page.getByRole('combobox', { name: 'Swing' }) }).innerText()).toBe(
      'Right, opens out · 右外开',
    );
    await chooseOption(page, again.getByRole('combobox', { name: 'Door type' }), 'single');
    expect(await again.getByRole('spinbutton', { name: 'Master leaf' }).count()).toBe(0);
    await again.getByRole('button', { name: 'Options of line 1' }).filter({ hasText: 'Engraving 福' }).click();
    await page.getByRole('group', { name: 'Options of line 1' }).getByRole('switch', { name: 'Transom' }).click();
    await page.locator('.orders-form-actions button[type=submit]').click();
    await page.getByRole('heading', { name: 'Order SERIES-2' }).waitFor();
    const edited = await stack.api.request('GET', '/api/v1/orders/SERIES-2', { token });
    expect(edited.body.lines[0]).toMatchObject({
      swing: 'right-out',
      masterWidth: null,
      options: { doorType: 'single', transom: true, engraving: '福', floorT: 5 },
    });
    await tablesSettled(page);
    await tab.screenshot('order-series-detail-en');
    tab.assertNoConsoleErrors([/status of 422/]);
    await tab.close();
  });
});
