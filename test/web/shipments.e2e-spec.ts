import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { makeOrderLine } from '@mendao/splitting/testing';
import { BrowserTab, launchBrowser, startWebStack, type WebStack } from './support/browser';
import { button, errorAt, tablesSettled } from './support/page-helpers';
import { confirmedOrder, splitFinished } from '../support/splitting';

type Body = Record<string, any>;

/** The file a click downloads: its suggested name and bytes. */
async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

/**
 * Issue 17's planning screens in a real browser against the real api: a shipment planned from a packed order and
 * one still in production, in delivery order, opened with its orders by stop, what is missing and its manifest;
 * package labels and travelers printed from an order (off before release); pack stations added, renamed and switched
 * off, the GS1 prefix set by the admin and read by a packer; the same screens in English.
 */
describe('shipment planning, label printing and pack stations in a real browser', () => {
  let stack: WebStack;
  let browser: Browser;
  const ids: Record<string, string> = {};
  const codes: Record<string, string[]> = {};

  const call = async (method: string, path: string, token: string, body?: unknown) => {
    const res = await stack.api.request(method, `/api/v1${path}`, { token, body });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as Body;
  };

  /** An order split, released and made up to packing (its doors ready to pack): its package codes. */
  async function released(orderNo: string) {
    const t = stack.tokens;
    const id = await confirmedOrder(stack.api, t.planner, orderNo, [makeOrderLine({ quantity: 1, room: '客厅' })]);
    const run = await call('POST', '/split-runs', t.planner, { orderIds: [id] });
    expect((await splitFinished(stack.api, t.planner, run.id)).status).toBe('succeeded');
    const workOrders = (await call('POST', `/split-runs/${run.id}/release`, t.planner)).workOrders as Body[];
    for (const wo of workOrders.filter((w) => w.process !== 'packing'))
      await call('POST', '/production/reports', t.operator, {
        scanId: randomUUID(),
        barcode: wo.code,
        action: 'finish',
        good: wo.plannedQuantity,
      });
    const packages = (await call('GET', `/orders/${id}/packages`, t.planner)) as unknown as Body[];
    ids[orderNo] = id;
    codes[orderNo] = packages.map((p) => p.barcode as string);
  }

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startWebStack({ factory: 'SHIPW', catalogue: true }), launchBrowser()]);
    const t = stack.tokens;
    await call('POST', '/packing/stations', t.manager, { code: 'PACK-01', name: '包装线 1号' });
    // no curing wait: the clock of a browser test does not move
    await call('PATCH', '/processes/curing', t.planner, { minWaitMinutes: 0 });
    // SP-0001 packed whole; SP-0002 and SP-0004 released but not packed; SP-0003 confirmed, not released
    await released('SP-0001');
    await released('SP-0002');
    await released('SP-0004');
    for (const barcode of codes['SP-0001'])
      await call('POST', '/packing/scans', t.packer, { scanId: randomUUID(), station: 'PACK-01', barcode });
    expect((await call('GET', `/orders/${ids['SP-0001']}`, t.planner)).status).toBe('packed');
    ids['SP-0003'] = await confirmedOrder(stack.api, t.planner, 'SP-0003', [makeOrderLine({ quantity: 1 })]);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('plans a shipment from a packed order and one in production in delivery order, and opens it', async () => {
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'planner', '/packing/shipments');
    await page.getByText('没有装车中的装车单').waitFor();
    await page.getByRole('button', { name: '新建装车单' }).click();
    await page.locator('#shipment_vehicle').fill('沪A·12345');
    await page.locator('#shipment_driver').fill('张师傅');
    const orders = page.locator('.shipments-order-table');
    // the order in production is offered, marked as not all packed
    await orders
      .getByRole('row', { name: /SP-0002/ })
      .getByText('在产 · 未包装完')
      .waitFor();
    await orders
      .getByRole('row', { name: /SP-0001/ })
      .getByText('已包装')
      .waitFor();
    expect(await orders.getByRole('row', { name: /SP-0003/ }).count()).toBe(0);
    await orders
      .getByRole('row', { name: /SP-0001/ })
      .locator('.ant-checkbox-input')
      .check();
    await orders
      .getByRole('row', { name: /SP-0002/ })
      .locator('.ant-checkbox-input')
      .check();
    // ticked in this order; SP-0002 is delivered first: moved up
    const stops = page.locator('.shipments-stop-table .ant-table-row');
    await page.waitForFunction(() => document.querySelectorAll('.shipments-stop-table .ant-table-row').length === 2);
    expect(await stops.allInnerTexts()).toEqual([
      expect.stringMatching(/^1\s+SP-0001/),
      expect.stringMatching(/^2\s+SP-0002/),
    ]);
    await stops.nth(1).getByRole('button', { name: '上移' }).click();
    await stops.nth(0).filter({ hasText: 'SP-0002' }).waitFor();
    await tablesSettled(page);
    await tab.screenshot('web-shipments-new-zh');
    await page.getByRole('button', { name: '创建装车单' }).click();

    // the shipment: its orders by stop, everything still to load
    await page.getByRole('heading', { name: /^装车单 SH-/ }).waitFor();
    const rows = page.locator('.shipments-detail-orders .ant-table-row');
    await rows.first().waitFor();
    expect((await rows.allInnerTexts()).map((r) => r.replace(/\s+/g, ' '))).toEqual([
      expect.stringMatching(/^1 SP-0002 .* 生产中 0\/\d+ 0\/\d+$/),
      expect.stringMatching(/^2 SP-0001 .* 已包装 (\d+)\/\1 0\/\1$/),
    ]);
    const missing = codes['SP-0001'].length + codes['SP-0002'].length;
    await page.getByText(`尚未装车的包裹（${missing}）`).waitFor();
    await page.locator('.shipments-manifest').getByText('尚未装车').waitFor();
    const [shipment] = (await call('GET', '/shipments?status=open', stack.tokens.planner)).items as Body[];
    expect(await call('GET', `/shipments/${shipment.id}`, stack.tokens.planner)).toMatchObject({
      vehicle: '沪A·12345',
      driver: '张师傅',
      status: 'open',
      orders: [
        expect.objectContaining({ orderNo: 'SP-0002', stop: 1 }),
        expect.objectContaining({ orderNo: 'SP-0001', stop: 2 }),
      ],
    });
    await tablesSettled(page);
    await tab.screenshot('web-shipments-detail-zh');

    // its manifest as a PDF (a draft while open)
    const manifest = await downloaded(page, () => page.getByTestId('manifest-pdf').click());
    expect(manifest.name).toBe(`装车清单-${shipment.number}.pdf`);
    expect(manifest.bytes.subarray(0, 5).toString()).toBe('%PDF-');

    // listed among the open ones
    await page.getByText('← 返回装车单').click();
    const listed = page.getByRole('row', { name: new RegExp(shipment.number) });
    expect((await listed.innerText()).replace(/\s+/g, ' ')).toMatch(
      new RegExp(`沪A·12345 张师傅 2 0/${missing} 装车中`),
    );
    await tablesSettled(page);
    await tab.screenshot('web-shipments-list-zh');

    // the same order on a second truck: refused, naming it, nothing created
    await page.getByRole('button', { name: '新建装车单' }).click();
    await page.locator('#shipment_vehicle').fill('沪B·67890');
    await orders
      .getByRole('row', { name: /SP-0001/ })
      .locator('.ant-checkbox-input')
      .check();
    await page.getByRole('button', { name: '创建装车单' }).click();
    await page.locator('.shipments-failure').filter({ hasText: '订单已在其他未关闭的装车单上：SP-0001' }).waitFor();
    expect((await call('GET', '/shipments', stack.tokens.planner)).items).toHaveLength(1);
    tab.assertNoConsoleErrors([/status of 409/]);
    await tab.close();

    // a packer goes from the shipment to the loading station, the shipment chosen there
    const packer = await BrowserTab.open(browser, stack);
    await packer.signIn(stack, 'packer', `/packing/shipments/${shipment.id}`);
    await packer.page.getByTestId('shipment-load').click();
    await packer.page.waitForURL('**/packing/loading');
    await packer.page.locator('.pack-bar').getByText(shipment.number).waitFor();
    packer.assertNoConsoleErrors();
    await packer.close();
  });

  it("prints an order's package labels (PDF on either stock, ZPL) and travelers, and not before its release", async () => {
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'planner', `/planner/orders/${ids['SP-0001']}`);
    const labels = page.getByTestId('labels-pdf');
    await labels.waitFor();
    const [answer, file] = await Promise.all([
      page.waitForResponse((r) => r.url().includes(`/orders/${ids['SP-0001']}/labels.pdf`)),
      downloaded(page, () => labels.click()),
    ]);
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-type']).toMatch(/^application\/pdf/);
    expect(new URL(answer.url()).searchParams.get('stock')).toBe('100x150');
    expect(file.name).toBe('包装标签-SP-0001-100x150.pdf');
    expect(file.bytes.subarray(0, 5).toString()).toBe('%PDF-');

    // A6 stock, then ZPL for a Zebra printer
    await page.locator('.package-labels .ant-select').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'A6' }).click();
    const a6 = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/labels.pdf')),
      downloaded(page, () => labels.click()),
    ]);
    expect(new URL(a6[0].url()).searchParams.get('stock')).toBe('a6');
    expect(a6[1].name).toBe('包装标签-SP-0001-a6.pdf');
    const zpl = await downloaded(page, () => page.getByTestId('labels-zpl').click());
    expect(zpl.name).toBe('包装标签-SP-0001-a6.zpl');
    expect(zpl.bytes.toString()).toMatch(/^\^XA/);
    expect(zpl.bytes.toString().match(/\^XA/g)?.length).toBe(codes['SP-0001'].length);

    // the travelers of its released run
    const travelers = await downloaded(page, () => page.getByTestId('traveler-a4').click());
    expect(travelers.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    await tab.screenshot('web-order-printing-zh');

    // the same from its split run's page
    const run = (await call('GET', `/orders/${ids['SP-0001']}`, stack.tokens.planner)).lastSplitRunId as string;
    await page.goto(`/planner/split-runs/${run}`);
    const [ofRun, runFile] = await Promise.all([
      page.waitForResponse((r) => r.url().includes(`/split-runs/${run}/labels.pdf`)),
      downloaded(page, () => page.getByTestId('labels-pdf').click()),
    ]);
    expect([ofRun.status(), ofRun.headers()['content-type']]).toEqual([200, 'application/pdf']);
    expect(runFile.name).toBe(`包装标签-run-${run.slice(0, 8)}-100x150.pdf`);
    expect(runFile.bytes.subarray(0, 5).toString()).toBe('%PDF-');

    // an order not released: both off, saying why
    await page.goto(`/planner/orders/${ids['SP-0003']}`);
    await page.getByText('订单 SP-0003').first().waitFor();
    expect(await page.getByTestId('labels-pdf').isDisabled()).toBe(true);
    expect(await page.getByTestId('labels-zpl').isDisabled()).toBe(true);
    await page.locator('.package-labels .ant-space-compact').hover();
    await page.getByRole('tooltip').filter({ hasText: '包装标签在下达生产后才能打印' }).waitFor();
    tab.assertNoConsoleErrors();
    await tab.close();
  });

  it('adds, renames and switches off a pack station, and refuses a taken code at its field', async () => {
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'manager', '/packing/settings');
    await page
      .getByRole('row', { name: /PACK-01/ })
      .getByText('包装线 1号')
      .waitFor();
    await page.getByRole('button', { name: '添加工位' }).click();
    // typed in lower case, kept in upper case as scanners carry it
    await page.locator('#station_code').fill('pack-09');
    await page.locator('#station_name').fill('包装线 9号');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.getByText('工位 PACK-09 已添加').waitFor();
    const row = page.getByRole('row', { name: /PACK-09/ });
    expect((await row.innerText()).replace(/\s+/g, ' ')).toMatch(/PACK-09 包装线 9号 启用/);

    // a taken code: refused at the code field, nothing added
    await page.getByRole('button', { name: '添加工位' }).click();
    await page.locator('#station_code').fill('PACK-01');
    await page.locator('#station_name').fill('又一条包装线');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await errorAt(page, 'station_code').filter({ hasText: '该工位编码已被使用' }).waitFor();
    await tab.screenshot('web-packing-settings-refused-zh');
    await page.locator('.ant-modal-footer .ant-btn').first().click();
    await page.locator('.ant-modal').waitFor({ state: 'hidden' });

    await button(row, '改名').click();
    expect(await page.locator('#station_code').isDisabled()).toBe(true);
    await page.locator('#station_name').fill('包装线 九号');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.getByText('工位 PACK-09 已保存').waitFor();
    await row.getByText('包装线 九号').waitFor();
    await button(row, '停用').click();
    await row.getByText('已停用').waitFor();
    const stations = (await call('GET', '/packing/stations', stack.tokens.manager)).items as Body[];
    expect(stations.map((s) => [s.code, s.name, s.active])).toEqual([
      ['PACK-01', '包装线 1号', true],
      ['PACK-09', '包装线 九号', false],
    ]);
    // the manager reads the barcode settings; the admin sets them
    await page.getByText('SSCC-18 是 GS1 的物流单元码').waitFor();
    expect(await page.locator('#barcode_gs1CompanyPrefix').count()).toBe(0);
    await tablesSettled(page);
    await tab.screenshot('web-packing-settings-zh');
    tab.assertNoConsoleErrors([/status of 409/]);
    await tab.close();
  });

  it('lets the admin set the GS1 company prefix, and shows it to a packer without the means to change it', async () => {
    const admin = await BrowserTab.open(browser, stack);
    await admin.signIn(stack, 'admin', '/packing/settings');
    const prefix = admin.page.locator('#barcode_gs1CompanyPrefix');
    await prefix.fill('69012');
    await button(admin.page, '保存条码设置').click();
    await errorAt(admin.page, 'barcode_gs1CompanyPrefix').filter({ hasText: '须为 7–10 位数字' }).waitFor();
    await prefix.fill('6901234');
    await button(admin.page, '保存条码设置').click();
    await admin.page.getByText('条码设置已保存').waitFor();
    expect(await call('GET', '/packing/settings', stack.tokens.manager)).toEqual({
      gs1CompanyPrefix: '6901234',
      ssccExtension: 0,
    });
    admin.assertNoConsoleErrors();
    await admin.close();

    const packer = await BrowserTab.open(browser, stack);
    await packer.signIn(stack, 'packer', '/packing/settings');
    await packer.page.locator('.ant-descriptions').getByText('6901234').waitFor();
    await packer.page.getByRole('row', { name: /PACK-01/ }).waitFor();
    expect(await packer.page.getByRole('button', { name: '添加工位' }).count()).toBe(0);
    expect(await button(packer.page, '改名').count()).toBe(0);
    await tablesSettled(packer.page);
    await packer.screenshot('web-packing-settings-packer-zh');
    packer.assertNoConsoleErrors();
    await packer.close();
  });

  it('reads in English: the shipments, a shipment and the pack stations', async () => {
    // one package loaded at the dock: the manifest lists it, with who loaded it
    const [shipment] = (await call('GET', '/shipments?status=open', stack.tokens.packer)).items as Body[];
    const loaded = codes['SP-0001'][0];
    await call('POST', `/shipments/${shipment.id}/scans`, stack.tokens.packer, {
      scanId: randomUUID(),
      barcode: loaded,
    });
    const tab = await BrowserTab.open(browser, stack, { language: 'en' });
    const { page } = tab;
    await tab.signIn(stack, 'planner', '/packing/shipments');
    const row = page.getByRole('row', { name: /SH-/ });
    expect((await row.innerText()).replace(/\s+/g, ' ')).toMatch(/沪A·12345 张师傅 2 1\/\d+ Loading/);
    await tablesSettled(page);
    await tab.screenshot('web-shipments-list-en');
    await row.getByRole('link').click();
    await page.getByRole('heading', { name: /^Shipment SH-/ }).waitFor();
    await page.locator('.shipments-detail-orders').getByText('In production').waitFor();
    await page.getByText(/^Packages not loaded yet \(\d+\)$/).waitFor();
    const manifestRow = page.locator('.shipments-manifest .ant-table-row');
    expect((await manifestRow.innerText()).replace(/\s+/g, ' ')).toMatch(
      /^2 SP-0001 Line 1 · door 1 客厅 PD-LVL01 1\/\d+ \w+ 0690123400\d{8} .+ packer$/,
    );
    await tablesSettled(page);
    await tab.screenshot('web-shipments-detail-en');

    // closed short by a supervisor: the reason, who and when, and what was missing then
    await call('POST', `/shipments/${shipment.id}/close`, stack.tokens.manager, {
      overrideReason: '客户要求先发 ship what is ready',
    });
    await page.reload();
    await page.locator('.shipments-override').getByText('客户要求先发 ship what is ready').waitFor();
    await page
      .locator('.shipments-override')
      .getByText(/^manager · /)
      .waitFor();
    await page.getByText(/^Packages missing at closing \(\d+\)$/).waitFor();
    await page.getByText('Closed short', { exact: true }).waitFor();
    await tablesSettled(page);
    await tab.screenshot('web-shipments-closed-short-en');
    tab.assertNoConsoleErrors();
    await tab.close();

    const manager = await BrowserTab.open(browser, stack, { language: 'en' });
    await manager.signIn(stack, 'manager', '/packing/settings');
    await manager.page
      .getByRole('row', { name: /PACK-09/ })
      .getByText('Switched off')
      .waitFor();
    await manager.page.getByText('GS1 company prefix').waitFor();
    await tablesSettled(manager.page);
    await manager.screenshot('web-packing-settings-en');
    manager.assertNoConsoleErrors();
    await manager.close();
  });

  it('cancels an open shipment nothing is loaded on, and lists it among the cancelled', async () => {
    const planned = await call('POST', '/shipments', stack.tokens.planner, {
      vehicle: '沪C·24680',
      orderIds: ['SP-0004'],
    });
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'planner', `/packing/shipments/${planned.id}`);
    await page.getByRole('button', { name: '取消装车单' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '取消装车单' }).click();
    await page.locator('.shipments-status').filter({ hasText: '已取消' }).waitFor();
    expect(await page.getByRole('button', { name: '取消装车单' }).count()).toBe(0);
    expect((await call('GET', `/shipments/${planned.id}`, stack.tokens.planner)).status).toBe('cancelled');
    await page.getByText('← 返回装车单').click();
    await page.getByText('已取消', { exact: true }).first().click();
    await page
      .getByRole('row', { name: new RegExp(planned.number as string) })
      .getByText('已取消')
      .waitFor();
    await tablesSettled(page);
    await tab.screenshot('web-shipments-cancelled-zh');
    tab.assertNoConsoleErrors();
    await tab.close();
  });
});
