import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { makeOrderLine } from '@mendao/splitting/testing';
import { BrowserTab, launchBrowser, startWebStack, type WebStack } from './support/browser';
import { button } from './support/page-helpers';
import { confirmedOrder, splitFinished } from '../support/splitting';

/** The screen as the user sees it once every request has answered (no table still greyed out loading). */
async function shot(tab: BrowserTab, name: string): Promise<void> {
  await tab.page.waitForLoadState('networkidle');
  // a table that finished loading fades back in: wait until none is dimmed
  await tab.page.waitForFunction(
    () =>
      !document.querySelector('.ant-spin-spinning, .ant-spin-blur') &&
      [...document.querySelectorAll('.ant-spin-container')].every((el) => getComputedStyle(el).opacity === '1'),
  );
  await tab.screenshot(name);
}

describe('the warehouse’s lists and master data in a real browser', () => {
  let stack: WebStack;
  let browser: Browser;
  let runId: string;

  const api = (method: string, path: string, body?: unknown, token = stack.tokens.warehouse) =>
    stack.api.request(method, path, { token, body });

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startWebStack({ factory: 'WHWEB', catalogue: true }), launchBrowser()]);
    // a succeeded split run, for its pick list; and the stock the browser tests look at
    const order = await confirmedOrder(stack.api, stack.tokens.planner, 'WH-0001', [makeOrderLine({ quantity: 2 })]);
    const run = await api('POST', '/api/v1/split-runs', { orderIds: [order] }, stack.tokens.planner);
    expect(run.status).toBe(202);
    expect((await splitFinished(stack.api, stack.tokens.planner, run.body.id)).status).toBe('succeeded');
    runId = run.body.id;
    for (const location of [
      { code: 'RCV', nameZh: '收货区', nameEn: 'Receiving', type: 'receiving' },
      { code: 'B-01', nameZh: '板材库 B-01', nameEn: 'Board store B-01', type: 'storage' },
    ])
      expect((await api('POST', '/api/v1/locations', location)).status).toBe(201);
    expect(
      (
        await api('POST', '/api/v1/items', {
          code: 'HINGE',
          nameZh: '合页',
          nameEn: 'Hinge set',
          kind: 'hardware',
          unit: 'set',
          standardCost: 18,
          reorderPoint: 500,
        })
      ).status,
    ).toBe(201);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('a warehouse user creates an item and a location and sees their barcodes; a taken code is refused at the field', async () => {
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'warehouse', '/warehouse/items');
    await button(page, '新建物料').click();
    const dialog = page.locator('.ant-modal');
    await dialog.locator('#item_code').fill('HDF-8');
    await dialog.locator('#item_nameZh').fill('高密度板 8mm');
    await dialog.locator('#item_nameEn').fill('HDF 8 mm');
    await dialog.locator('#item_width').fill('1220');
    await dialog.locator('#item_length').fill('2440');
    await dialog.locator('#item_thickness').fill('8');
    await dialog.locator('#item_standardCost').fill('65');
    await dialog.locator('#item_reorderPoint').fill('30');
    await dialog.locator('#item_barcodes').fill('6901234567892');
    await dialog.locator('#item_barcodes').press('Enter');
    await button(page, '保存').click();
    const row = page.locator('tr', { hasText: 'HDF-8' });
    await row.getByText('6901234567892').waitFor();
    await row.getByText('高密度板 8mm').waitFor();
    expect((await api('GET', '/api/v1/items/6901234567892')).body).toMatchObject({ code: 'HDF-8', standardCost: 65 });

    // the label: a Code 128 barcode of the item's code, with the code in large type under it
    await row.getByRole('button', { name: '打印标签' }).click();
    const label = page.locator('.wh-label');
    await label.locator('svg[aria-label="HDF-8"] rect').nth(5).waitFor();
    await label.locator('figcaption', { hasText: 'HDF-8' }).waitFor();
    await shot(tab, 'warehouse-items-label-zh');
    await button(page.locator('.ant-modal-footer'), '关闭').click();
    await page.locator('.ant-modal').waitFor({ state: 'detached' });
    await shot(tab, 'warehouse-items-zh');

    // the same code again: the api's 409 shown at the code field, in Chinese
    await button(page, '新建物料').click();
    await dialog.locator('#item_code').fill('HDF-8');
    await dialog.locator('#item_nameZh').fill('重复');
    await dialog.locator('#item_nameEn').fill('Again');
    await button(page, '保存').click();
    await dialog
      .locator('.ant-form-item', { has: page.locator('#item_code') })
      .getByText('该物料编码已存在')
      .waitFor();
    await button(page, '取消').click();
    await page.locator('.ant-modal').waitFor({ state: 'detached' });

    // editing: a barcode another item holds is refused at the barcodes field; a new English name is saved
    await button(page.locator('tr', { hasText: 'HINGE' }), '编辑').click();
    await dialog.locator('#item_barcodes').fill('6901234567892');
    await dialog.locator('#item_barcodes').press('Enter');
    await button(page, '保存').click();
    await dialog
      .locator('.ant-form-item', { has: page.locator('#item_barcodes') })
      .getByText('该条码已被其他物料或库位使用')
      .waitFor();
    await button(page, '取消').click();
    await page.locator('.ant-modal').waitFor({ state: 'detached' });
    await button(row, '编辑').click();
    expect(await dialog.locator('#item_code').isDisabled()).toBe(true);
    await dialog.locator('#item_nameEn').fill('HDF skin board 8 mm');
    await button(page, '保存').click();
    await page.locator('.ant-modal').waitFor({ state: 'detached' });
    expect((await api('GET', '/api/v1/items/HDF-8')).body).toMatchObject({
      nameEn: 'HDF skin board 8 mm',
      nameZh: '高密度板 8mm',
      barcodes: ['6901234567892'],
    });
    expect((await api('GET', '/api/v1/items/HINGE')).body.barcodes).toEqual([]);

    await page.getByRole('menuitem', { name: '库位' }).click();
    await button(page, '新建库位').click();
    await dialog.locator('#location_code').fill('A-01');
    await dialog.locator('#location_nameZh').fill('板材库 A-01');
    await dialog.locator('#location_nameEn').fill('Board store A-01');
    await dialog.locator('#location_barcode').fill('LOC-A01');
    await button(page, '保存').click();
    const location = page.locator('tr', { hasText: 'A-01' });
    await location.getByText('LOC-A01').waitFor();
    await location.getByText('存储区').waitFor();
    await location.getByRole('button', { name: '打印标签' }).click();
    await page.locator('.wh-label svg[aria-label="LOC-A01"]').waitFor();
    await button(page.locator('.ant-modal-footer'), '关闭').click();
    await page.locator('.ant-modal').waitFor({ state: 'detached' });
    await shot(tab, 'warehouse-locations-zh');
    tab.assertNoConsoleErrors([/status of 409/]);
    await tab.close();
  });

  it('balances and the ledger show a receipt posted at the api, filtered by item in the URL', async () => {
    for (const body of [
      { type: 'receipt', item: '6901234567892', quantity: 40, to: 'LOC-A01', reference: 'PO-2026-118' },
      { type: 'receipt', item: 'HINGE', quantity: 120, to: 'B-01', reference: 'PO-2026-119' },
    ])
      expect((await api('POST', '/api/v1/stock/moves', { scanId: randomUUID(), ...body })).status).toBe(201);
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'warehouse', '/warehouse/balances');
    // the balances (the first table; the totals per item follow it)
    const balances = page.locator('.ant-table').first();
    await balances.locator('tr', { hasText: 'HINGE' }).getByText('120 套').waitFor();
    await page.locator('#filters_item').fill('HDF-8');
    await button(page, '筛选').click();
    await page.waitForURL(/\/warehouse\/balances\?item=HDF-8$/);
    await balances.locator('tr', { hasText: 'HDF-8' }).getByText('40 张').waitFor();
    // both the balances and the totals table list HINGE until the filtered page answers: wait until none does
    await page.locator('tr', { hasText: 'HINGE' }).first().waitFor({ state: 'detached' });
    await shot(tab, 'warehouse-zh');

    // the row's ledger link carries the filters over
    await balances.locator('tr', { hasText: 'HDF-8' }).getByRole('link', { name: '流水' }).click();
    await page.waitForURL(/\/warehouse\/ledger\?item=HDF-8&location=A-01$/);
    const receipt = page.locator('tr', { hasText: 'PO-2026-118' });
    await receipt.getByText('入库').waitFor();
    await receipt.getByText('warehouse').waitFor();
    expect(await page.locator('tbody tr', { hasText: 'PO-2026-119' }).count()).toBe(0);
    // a reload keeps the filters (they live in the URL)
    await page.reload();
    await page.locator('tr', { hasText: 'PO-2026-118' }).waitFor();
    expect(await page.locator('#filters_item').inputValue()).toBe('HDF-8');
    await shot(tab, 'warehouse-ledger-zh');
    tab.assertNoConsoleErrors();
    await tab.close();
  });

  it('opens a count, takes a scan from the station, closes it in the browser and shows the difference report', async () => {
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'warehouse', '/warehouse/counts');
    await button(page, '新建盘点').click();
    await page.locator('#count_location').click();
    await page.locator('#count_location').fill('A-01');
    await page.locator('.ant-select-item-option', { hasText: 'A-01 · 板材库 A-01' }).click();
    await button(page, '开始盘点').click();
    await page.waitForURL(/\/warehouse\/counts\/[0-9a-f-]{36}$/);
    const countId = page.url().split('/').pop() as string;
    await page.getByText('还没有扫描').waitFor();

    // the button to count at the scan station carries the count
    await button(page, '到扫码站盲盘').click();
    await page.waitForURL((url) => url.pathname === '/warehouse/scan');
    const scanUrl = new URL(page.url());
    expect(Object.fromEntries(scanUrl.searchParams)).toEqual({ mode: 'count', count: countId });

    // the scan station records a blind scan: 37 of the 40 on the books
    const scan = await api('POST', `/api/v1/stock/counts/${countId}/scans`, {
      scanId: randomUUID(),
      item: 'HDF-8',
      quantity: 37,
    });
    expect(scan.status).toBe(201);
    await page.goto(`/warehouse/counts/${countId}`);
    await page.locator('tr', { hasText: 'HDF-8' }).getByText('37').waitFor();
    await shot(tab, 'warehouse-count-open-zh');
    await button(page, '结束盘点').click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /结\s?束\s?盘\s?点/ })
      .click();
    await page.getByText('差异报告').waitFor();
    const line = page.locator('.wh-report tr', { hasText: 'HDF-8' });
    const cells = await line.locator('td').allInnerTexts();
    expect(cells.slice(0, 6)).toEqual(['A-01', 'HDF-8', '', '40', '37', '-3']);
    await page.getByText('已完成（有差异）').first().waitFor();
    await shot(tab, 'warehouse-count-report-zh');
    expect((await api('GET', `/api/v1/stock/balances?item=HDF-8&location=A-01`)).body.items[0].quantity).toBe(37);

    // a count closed meanwhile elsewhere: closing it again is refused in words, and the page shows it closed
    const other = await api('POST', '/api/v1/stock/counts', { location: 'RCV' });
    await page.goto(`/warehouse/counts/${other.body.id}`);
    await page.getByText('还没有扫描').waitFor();
    expect((await api('POST', `/api/v1/stock/counts/${other.body.id}/close`)).status).toBe(200);
    await button(page, '结束盘点').click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /结\s?束\s?盘\s?点/ })
      .click();
    await page.getByText('此盘点已关闭，不能再次关闭或扫描').waitFor();
    await page.getByText('差异报告').waitFor();

    await page.goto('/warehouse/counts');
    await page.locator('tr.ant-table-row').nth(1).waitFor();
    expect(await page.locator('tr.ant-table-row').count()).toBe(2);
    await shot(tab, 'warehouse-counts-zh');
    tab.assertNoConsoleErrors([/status of 409/]);
    await tab.close();
  });

  it('makes the pick list of a split run, shows its lines, and sends the picker to the scan station', async () => {
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'warehouse', '/warehouse/pick-lists');
    await page.getByText('还没有领料单').waitFor();
    await button(page, '新建领料单').click();
    await button(page, '生成领料单').click();
    await page.getByText('请填写此项').waitFor();
    await chooseRun(page, runId);
    await button(page, '生成领料单').click();
    await page.waitForURL(/\/warehouse\/pick-lists\/[0-9a-f-]{36}$/);
    const listId = page.url().split('/').pop() as string;
    // HDF-8 (37 at A-01) is on the list by location; materials no item carries are named
    await page.locator('tr', { hasText: 'HDF-8' }).first().waitFor();
    await page.getByTestId('pick-list-unlisted').getByText('以下材料未列入领料单').waitFor();
    await page.getByTestId('pick-list-unlisted').getByText('没有对应的仓库物料', { exact: false }).first().waitFor();
    await shot(tab, 'warehouse-pick-list-zh');
    await button(page, '到扫码站领料出库').click();
    await page.waitForURL((url) => url.pathname === '/warehouse/scan');
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ mode: 'issue', pickList: listId });

    await page.goto('/warehouse/pick-lists');
    await page
      .locator('tr', { hasText: runId.slice(0, 8) })
      .getByText('待拣货')
      .waitFor();
    await shot(tab, 'warehouse-pick-lists-zh');
    // a second list for the same run: the api's 409, said at the field
    await button(page, '新建领料单').click();
    await chooseRun(page, runId);
    await button(page, '生成领料单').click();
    await page.getByText('该拆单任务已有领料单').waitFor();
    tab.assertNoConsoleErrors([/status of 409/]);
    await tab.close();
  });

  it('receives a remnant and shows it with the stock value and the reorder list', async () => {
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'warehouse', '/warehouse/remnants');
    await page.locator('#remnant_material').click();
    await page.locator('#remnant_material').fill('HDF-8');
    await page.locator('.ant-select-item-option', { hasText: 'HDF-8 · 高密度板 8mm' }).click();
    await page.locator('#remnant_length').fill('1200');
    await page.locator('#remnant_width').fill('600');
    await page.locator('#remnant_location').click();
    await page.locator('#remnant_location').fill('B-01');
    await page.locator('.ant-select-item-option', { hasText: 'B-01' }).click();
    await button(page, '入库').click();
    await page.getByText('已入库：HDF-8-R600x1200').waitFor();
    await page.waitForURL(/material=HDF-8/);
    await page.locator('tr', { hasText: 'HDF-8-R600x1200' }).getByText('1,200 mm').waitFor();
    await shot(tab, 'warehouse-remnants-zh');

    await page.getByRole('menuitem', { name: '库存金额与补货' }).click();
    // hinges: 120 on hand against a reorder point of 500
    const hinge = page.locator('tr', { hasText: 'HINGE' }).first();
    await hinge.getByText('380 套').waitFor();
    await page.locator('tr', { hasText: 'HDF-8' }).getByText('¥2,405.00').waitFor();
    await shot(tab, 'warehouse-value-zh');
    tab.assertNoConsoleErrors();
    await tab.close();
  });

  it('shows the balances in English', async () => {
    const tab = await BrowserTab.open(browser, stack, { language: 'en' });
    const { page } = tab;
    await tab.signIn(stack, 'warehouse', '/warehouse/balances');
    const balances = page.locator('.ant-table').first();
    await balances.locator('tr', { hasText: 'HINGE' }).getByText('120 sets').waitFor();
    await balances.locator('tr', { hasText: 'A-01' }).getByText('37 sheets').waitFor();
    await balances.locator('tr', { hasText: 'A-01' }).getByText('HDF skin board 8 mm').waitFor();
    await balances.locator('tr', { hasText: 'A-01' }).getByText('Board store A-01').waitFor();
    await page.getByRole('columnheader', { name: 'Item code' }).first().waitFor();
    await shot(tab, 'warehouse-en');
    tab.assertNoConsoleErrors();
    await tab.close();
  });

  it('lets a manager see the lists but not create, edit, count or close anything', async () => {
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'manager', '/warehouse/items');
    await page.locator('tr', { hasText: 'HDF-8' }).getByText('6901234567892').waitFor();
    await page.getByText('只读').waitFor();
    expect(await button(page, '新建物料').count()).toBe(0);
    expect(await button(page, '编辑').count()).toBe(0);
    // a label may still be printed
    expect(await page.getByRole('button', { name: '打印标签' }).count()).toBeGreaterThan(0);
    await shot(tab, 'warehouse-items-manager-zh');

    await page.getByRole('menuitem', { name: '库位' }).click();
    await page.locator('tr', { hasText: 'LOC-A01' }).waitFor();
    expect(await button(page, '新建库位').count()).toBe(0);
    expect(await button(page, '编辑').count()).toBe(0);

    await page.getByRole('menuitem', { name: '领料单' }).click();
    await page.locator('tr.ant-table-row').first().waitFor();
    expect(await button(page, '新建领料单').count()).toBe(0);
    await page.locator('tr.ant-table-row a').first().click();
    await page.locator('tr', { hasText: 'HDF-8' }).first().waitFor();
    expect(await button(page, '到扫码站领料出库').count()).toBe(0);

    await page.getByRole('menuitem', { name: '余料' }).click();
    await page.getByText('不填原材料时列出全部余料').waitFor();
    expect(await page.getByText('余料入库').count()).toBe(0);

    await page.getByRole('menuitem', { name: '库存', exact: true }).click();
    await page.locator('tr', { hasText: 'HINGE' }).first().waitFor();
    // a manager reads the counts (and their difference reports) but opens and closes none
    await page.getByRole('menuitem', { name: '盘点' }).click();
    await page.locator('tr.ant-table-row').first().waitFor();
    expect(await button(page, '新建盘点').count()).toBe(0);
    tab.assertNoConsoleErrors();
    await tab.close();
  });
});

/** Picks a split run in the pick-list form's list of recent runs, by the start of its id. */
async function chooseRun(page: Page, runId: string): Promise<void> {
  await page.locator('#pickList_splitRun').click();
  await page.locator('#pickList_splitRun').fill(runId.slice(0, 8));
  await page.locator('.ant-select-item-option', { hasText: runId.slice(0, 8) }).click();
}
