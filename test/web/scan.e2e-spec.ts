import type { Browser, Page } from 'playwright-core';
import { BrowserTab, launchBrowser, startWebStack, type WebStack } from './support/browser';
import { confirmedOrder, splitFinished } from '../support/splitting';

const HDF_BARCODE = '6900000000017';

/**
 * Types one line as a keyboard-wedge scanner does (fast keys, then Enter) into whatever has the focus, and
 * waits for the station's feedback to that line: its tone (ok, error, warn, info) and its words.
 */
async function scan(page: Page, code: string): Promise<{ tone: string; text: string }> {
  const feedback = page.getByTestId('scan-feedback');
  const before = Number(await feedback.getAttribute('data-seq'));
  await page.keyboard.type(code, { delay: 5 });
  await page.keyboard.press('Enter');
  // (in-page code as strings: the tests are compiled without the DOM's types)
  await page.waitForFunction(
    `Number(document.querySelector('[data-testid=scan-feedback]')?.getAttribute('data-seq')) > ${before}`,
  );
  return { tone: (await feedback.getAttribute('data-tone')) ?? '', text: await feedback.innerText() };
}

async function waiting(page: Page): Promise<number> {
  return Number(await page.getByTestId('scan-waiting').getAttribute('data-count'));
}

describe('the warehouse scan station in a real browser', () => {
  let stack: WebStack;
  let browser: Browser;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startWebStack({ factory: 'SCAN', catalogue: true }), launchBrowser()]);
    const token = stack.tokens.warehouse;
    const post = async (path: string, body: unknown) => {
      const res = await stack.api.request('POST', path, { token, body });
      if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    };
    await post('/api/v1/locations', { code: 'RCV', nameZh: '收货区', nameEn: 'Receiving', type: 'receiving' });
    await post('/api/v1/locations', {
      code: 'A-01',
      nameZh: '板材库 A-01',
      nameEn: 'Board store A-01',
      type: 'storage',
      barcode: 'LOC-A-01',
    });
    await post('/api/v1/items', {
      code: 'HDF-8',
      nameZh: '8厘高密度板',
      nameEn: 'HDF 8 mm',
      kind: 'board',
      unit: 'sheet',
      barcodes: [HDF_BARCODE],
    });
    await post('/api/v1/items', {
      code: 'VENEER-OAK',
      nameZh: '橡木木皮',
      nameEn: 'Oak veneer',
      kind: 'veneer',
      unit: 'm2',
      lotTracked: true,
    });
    await post('/api/v1/items', {
      code: 'HW-HINGE',
      nameZh: '合页',
      nameEn: 'Hinge set',
      kind: 'hardware',
      unit: 'set',
    });
  });

  async function api(method: string, path: string, body?: unknown, token = stack.tokens.warehouse) {
    const res = await stack.api.request(method, path, { token, body });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  async function balance(item: string, location: string): Promise<number> {
    const res = await stack.api.request('GET', `/api/v1/stock/balances?item=${item}&location=${location}`, {
      token: stack.tokens.warehouse,
    });
    expect(res.status).toBe(200);
    return (res.body.items as { quantity: number }[]).reduce((sum, b) => sum + b.quantity, 0);
  }

  it('receives stock at the scan station with a bad barcode shown red', async () => {
    const tab = await BrowserTab.open(browser, stack, { viewport: { width: 1024, height: 768 } });
    const { page } = tab;
    await tab.signIn(stack, 'warehouse', '/warehouse/scan?mode=receipt');
    await page.locator('#scan-input').waitFor();
    await page.getByText('扫描库位').first().waitFor();
    // the input has the focus from the start, and gets it back after a click elsewhere: no mouse is needed
    expect(await page.evaluate('document.activeElement?.id')).toBe('scan-input');
    await page.locator('.scan-help').click();
    await page.waitForFunction(`document.activeElement?.id === 'scan-input'`);

    // an item before a location is refused on the spot
    expect(await scan(page, HDF_BARCODE)).toEqual({ tone: 'error', text: expect.stringContaining('请先扫描库位') });
    expect(await scan(page, 'RCV')).toEqual({ tone: 'info', text: expect.stringContaining('RCV') });
    expect(await scan(page, '5')).toEqual({ tone: 'info', text: expect.stringContaining('5') });
    const good = await scan(page, HDF_BARCODE);
    expect(good.tone).toBe('ok');
    expect(good.text).toContain('已入库 HDF-8 × 5');
    expect(good.text).toContain('RCV 现有 5');
    // the quantity was for that scan only: the next scan of the same item books 1
    expect((await scan(page, 'HDF-8')).text).toContain('RCV 现有 6');
    expect(await balance('HDF-8', 'RCV')).toBe(6);
    await tab.screenshot('scan-zh');

    const bad = await scan(page, 'NO-SUCH-CODE');
    expect(bad.tone).toBe('error');
    expect(bad.text).toContain('条码 NO-SUCH-CODE 不是已知物料');
    expect(
      await page.evaluate(`getComputedStyle(document.querySelector('.scan-feedback-error')).backgroundColor`),
    ).toBe('rgb(194, 29, 29)');
    const rows = page.locator('[data-testid=scan-last] li');
    expect(await rows.count()).toBe(3);
    expect(await rows.first().getAttribute('data-outcome')).toBe('refused');
    expect(await rows.first().innerText()).toContain('NO-SUCH-CODE');
    await tab.screenshot('scan-refused-zh');

    // a lot-tracked item asks for its lot, then books with it
    expect(await scan(page, 'VENEER-OAK')).toEqual({ tone: 'warn', text: expect.stringContaining('批次') });
    const lot = await scan(page, 'V-OAK-2611');
    expect(lot.tone).toBe('ok');
    expect(lot.text).toContain('RCV (V-OAK-2611) 现有 1');

    // issue (Alt+2): more than there is is refused with what is available
    await page.keyboard.press('Alt+2');
    await page.getByText('扫描来源库位').first().waitFor();
    expect(page.url()).toContain('mode=issue');
    await scan(page, 'RCV');
    await scan(page, '9');
    const short = await scan(page, HDF_BARCODE);
    expect(short.tone).toBe('error');
    expect(short.text).toContain('库存不足：HDF-8 在 RCV 仅有 6，需要 9');
    expect(await balance('HDF-8', 'RCV')).toBe(6);
    // the refused quantity is not kept: the next scan issues 1
    expect((await scan(page, HDF_BARCODE)).text).toContain('RCV 现有 5');
    tab.assertNoConsoleErrors([/status of 404/, /status of 409/, /status of 400/]);
    await tab.close();
  });

  it('transfers between two scanned locations, in English', async () => {
    const tab = await BrowserTab.open(browser, stack, { language: 'en' });
    const { page } = tab;
    await tab.signIn(stack, 'warehouse', '/warehouse/scan?mode=transfer');
    await page.getByText('Scan the location to take from').first().waitFor();
    await scan(page, 'RCV');
    await page.getByText('Scan the location to put to').first().waitFor();
    await scan(page, 'LOC-A-01');
    await scan(page, '2');
    const moved = await scan(page, HDF_BARCODE);
    expect(moved.tone).toBe('ok');
    expect(moved.text).toContain('Transferred HDF-8 × 2 RCV → A-01');
    expect(moved.text).toContain('A-01 now holds 2');
    expect(await balance('HDF-8', 'A-01')).toBe(2);
    const unknown = await scan(page, 'NOPE-42');
    expect(unknown.text).toContain('Barcode NOPE-42 is not a known item');
    await scan(page, HDF_BARCODE);
    await tab.screenshot('scan-en');
    tab.assertNoConsoleErrors([/status of 404/]);
    await tab.close();
  });

  it('cuts the network, scans three times, restores it, and sees the three land exactly once (a reload keeps the queue)', async () => {
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'warehouse', '/warehouse/scan?mode=receipt');
    await page.locator('#scan-input').waitFor();
    expect(await scan(page, 'RCV')).toMatchObject({ tone: 'info' });
    const before = await balance('HW-HINGE', 'RCV');

    await page.route('**/api/v1/stock/**', (route) => route.abort());
    for (let n = 0; n < 3; n++) {
      const queued = await scan(page, 'HW-HINGE');
      expect(queued.tone).toBe('warn');
      expect(queued.text).toContain('已保存在本机');
    }
    // and one that the api will refuse when it is sent: shown refused then, not lost
    await scan(page, 'NO-SUCH-HINGE');
    expect(await waiting(page)).toBe(4);
    expect(await page.getByTestId('scan-waiting').innerText()).toBe('待发送 4');
    const scanIds = await page
      .locator('[data-testid=scan-last] li[data-outcome=queued]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-scan-id')));
    expect(scanIds).toHaveLength(4);
    await tab.screenshot('scan-offline-zh');

    // a reload while the network is still down: the queue is in IndexedDB
    await page.reload();
    await page.locator('#scan-input').waitFor();
    await page.waitForFunction(
      `document.querySelector('[data-testid=scan-waiting]')?.getAttribute('data-count') === '4'`,
    );
    const listed = await page
      .locator('[data-testid=scan-last] li[data-outcome=queued]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-scan-id')));
    expect(listed).toEqual(scanIds);
    expect(await balance('HW-HINGE', 'RCV')).toBe(before);

    await page.unroute('**/api/v1/stock/**');
    // the periodic retry sends them, in order
    await page.waitForFunction(
      `document.querySelector('[data-testid=scan-waiting]')?.getAttribute('data-count') === '0'`,
      undefined,
      { timeout: 20_000 },
    );
    const refused = page.locator(`[data-testid=scan-last] [data-scan-id="${scanIds[0]}"]`);
    expect(await refused.getAttribute('data-outcome')).toBe('refused');
    expect(await refused.innerText()).toContain('条码 NO-SUCH-HINGE 不是已知物料');
    expect(await page.getByTestId('scan-feedback').getAttribute('data-tone')).toBe('error');
    for (const scanId of scanIds.slice(1))
      expect(
        await page.locator(`[data-testid=scan-last] [data-scan-id="${scanId}"]`).getAttribute('data-outcome'),
      ).toBe('ok');

    const moves = await stack.api.request('GET', '/api/v1/stock/moves?item=HW-HINGE&location=RCV&limit=50', {
      token: stack.tokens.warehouse,
    });
    expect(moves.status).toBe(200);
    // the ledger lists moves newest first (by creation): oldest first, they are in scan order (the list shows the
    // newest scan on top), each exactly once
    const landed = (moves.body.items as { scanId: string }[])
      .map((m) => m.scanId)
      .filter((id) => scanIds.includes(id))
      .reverse();
    expect(landed).toEqual(scanIds.slice(1).reverse());
    expect(await balance('HW-HINGE', 'RCV')).toBe(before + 3);

    // the scan refused on resend is kept, with its reason, until dismissed: a reload still lists it as refused
    const refusedPanel = page.getByTestId('scan-refused');
    await refusedPanel.waitFor();
    expect(await refusedPanel.getAttribute('data-count')).toBe('1');
    expect(await refusedPanel.innerText()).toContain('1 条扫码被拒绝');
    await page.reload();
    await page.locator('#scan-input').waitFor();
    await refusedPanel.waitFor();
    const kept = refusedPanel.locator(`[data-scan-id="${scanIds[0]}"]`);
    expect(await kept.innerText()).toContain('NO-SUCH-HINGE');
    expect(await kept.innerText()).toContain('条码 NO-SUCH-HINGE 不是已知物料');
    expect(await waiting(page)).toBe(0);
    await tab.screenshot('scan-refused-kept-zh');
    await kept.getByRole('button', { name: '知道了' }).click();
    await refusedPanel.waitFor({ state: 'detached' });
    await page.reload();
    await page.locator('#scan-input').waitFor();
    await page.locator('[data-testid=scan-waiting][data-ready=true]').waitFor();
    expect(await refusedPanel.count()).toBe(0);
    // the ledger never got the refused one, and a reload sent nothing twice
    expect(await balance('HW-HINGE', 'RCV')).toBe(before + 3);
    // the next scan goes straight out again
    expect((await scan(page, 'HW-HINGE')).tone).toBe('ok');
    expect(await balance('HW-HINGE', 'RCV')).toBe(before + 4);
    tab.assertNoConsoleErrors([/net::ERR_FAILED/, /status of 404/]);
    await tab.close();
  });

  it('counts a location blind through the counts page’s link: what was scanned adds up, the books are never shown', async () => {
    await api('POST', '/api/v1/locations', {
      code: 'C-01',
      nameZh: '五金库 C-01',
      nameEn: 'Hardware C-01',
      type: 'storage',
    });
    await api('POST', '/api/v1/stock/moves', {
      scanId: crypto.randomUUID(),
      type: 'receipt',
      item: 'HW-HINGE',
      quantity: 17,
      to: 'C-01',
    });
    const count = await api('POST', '/api/v1/stock/counts', { location: 'C-01' });
    // on a tablet held upright
    const tab = await BrowserTab.open(browser, stack, { viewport: { width: 800, height: 1280 } });
    const { page } = tab;
    await tab.signIn(stack, 'warehouse', `/warehouse/scan?mode=count&count=${count.id}`);
    await page.getByTestId('scan-count').waitFor();
    // the count's location is set by the count itself: the first scan is an item
    await page.getByText('扫描物料（先输入数字可改数量）').first().waitFor();
    expect(await page.locator('.scan-context').innerText()).toContain('C-01');
    await scan(page, '3');
    const first = await scan(page, 'HW-HINGE');
    expect(first.tone).toBe('ok');
    expect(first.text).toContain('已盘点 HW-HINGE × 3 @ C-01');
    expect(first.text).toContain('C-01 累计盘点 3');
    expect((await scan(page, 'HW-HINGE')).text).toContain('C-01 累计盘点 4');
    // blind: the 17 on the books appears nowhere on the screen
    expect(await page.locator('.scan').innerText()).not.toMatch(/17/);
    const counted = await api('GET', `/api/v1/stock/counts/${count.id}`);
    expect(counted.counted).toEqual([{ location: 'C-01', item: 'HW-HINGE', lot: '', quantity: 4 }]);
    await tab.screenshot('scan-count-tablet-zh');
    tab.assertNoConsoleErrors();
    await tab.close();
  });

  it('issues against a pick list from its link, showing what is still to pick, and refuses an item not on it', async () => {
    await api('POST', '/api/v1/locations', {
      code: 'P-01',
      nameZh: '板材库 P-01',
      nameEn: 'Board store P-01',
      type: 'storage',
    });
    await api('POST', '/api/v1/stock/moves', {
      scanId: crypto.randomUUID(),
      type: 'receipt',
      item: 'HDF-8',
      quantity: 100,
      to: 'P-01',
    });
    const planner = stack.tokens.planner;
    const orderId = await confirmedOrder(stack.api, planner, 'SCAN-0001', [
      {
        productCode: 'PD-LVL01',
        width: 900,
        height: 2100,
        wallThickness: 120,
        swing: 'left-in',
        finish: 'OAK',
        quantity: 2,
      },
    ]);
    const run = await api('POST', '/api/v1/split-runs', { orderIds: [orderId] }, planner);
    expect((await splitFinished(stack.api, planner, run.id)).status).toBe('succeeded');
    const list = await api('POST', '/api/v1/stock/pick-lists', { splitRun: run.id }, planner);
    type Line = { item: string; location: string | null; quantity: number; remaining: number };
    // the list takes from the locations that hold the stock: pick from its first located line of HDF-8
    const line = (list.lines as Line[]).find((l) => l.item === 'HDF-8' && l.location && l.remaining > 0) as Line;
    const from = line.location as string;

    const tab = await BrowserTab.open(browser, stack, { viewport: { width: 1366, height: 900 } });
    const { page } = tab;
    await tab.signIn(stack, 'warehouse', `/warehouse/scan?mode=issue&pickList=${list.id}`);
    const panel = page.getByTestId('scan-pick-list');
    await panel.getByText('HDF-8').first().waitFor();
    expect(await panel.innerText()).toContain(`${line.remaining} / ${line.quantity}`);
    await scan(page, from);
    const issued = await scan(page, HDF_BARCODE);
    expect(issued.tone).toBe('ok');
    expect(issued.text).toContain(`已出库 HDF-8 × 1 ${from} →`);
    await panel.getByText(`${line.remaining - 1} / ${line.quantity}`).waitFor();
    const after = await api('GET', `/api/v1/stock/pick-lists/${list.id}`);
    expect((after.lines as Line[]).find((l) => l.item === 'HDF-8' && l.location === from)?.remaining).toBe(
      line.remaining - 1,
    );
    const moves = await api('GET', `/api/v1/stock/moves?item=HDF-8&location=${from}&type=issue`);
    const picked = (moves.items as { pickListId: string | null; quantity: number }[]).filter(
      (m) => m.pickListId === list.id,
    );
    expect(picked).toEqual([expect.objectContaining({ quantity: 1 })]);

    const notListed = await scan(page, 'HW-HINGE');
    expect(notListed.tone).toBe('error');
    expect(notListed.text).toContain('HW-HINGE 不在此领料单上');
    await tab.screenshot('scan-pick-list-zh');
    tab.assertNoConsoleErrors([/status of 409/]);
    await tab.close();
  });
});
