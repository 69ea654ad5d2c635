import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { BrowserTab, launchBrowser, startWebStack, type WebStack } from './support/browser';
import { button } from './support/page-helpers';
import { confirmedOrder, splitFinished } from '../support/splitting';

/** One line as a keyboard-wedge scanner types it, and the station's feedback to it (tone and words). */
async function scan(page: Page, code: string): Promise<{ tone: string; text: string }> {
  const feedback = page.getByTestId('scan-feedback');
  const before = Number(await feedback.getAttribute('data-seq'));
  await page.keyboard.type(code, { delay: 5 });
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    `Number(document.querySelector('[data-testid=scan-feedback]')?.getAttribute('data-seq')) > ${before}`,
  );
  return { tone: (await feedback.getAttribute('data-tone')) ?? '', text: await feedback.innerText() };
}

interface Line {
  item: string;
  unit: string;
  location: string | null;
  quantity: number;
  remaining: number;
  picked: number;
  overPicked: number;
}

describe('over-issues at the scan station, and purchase suggestions, in a real browser', () => {
  let stack: WebStack;
  let browser: Browser;
  let listId: string;

  async function api(method: string, path: string, body?: unknown, token = stack.tokens.warehouse) {
    const res = await stack.api.request(method, path, { token, body });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startWebStack({ factory: 'OVER', catalogue: true }), launchBrowser()]);
    await api('POST', '/api/v1/locations', {
      code: 'C-01',
      nameZh: '辅料库 C-01',
      nameEn: 'Store C-01',
      type: 'storage',
    });
    await api('POST', '/api/v1/items', {
      code: 'VENEER-OAK',
      nameZh: '橡木木皮',
      nameEn: 'Oak veneer',
      kind: 'veneer',
      unit: 'm2',
      reorderPoint: 50,
      purchaseUnit: '包',
      purchaseUnitSize: 10,
    });
    await api('POST', '/api/v1/stock/moves', {
      scanId: crypto.randomUUID(),
      type: 'receipt',
      item: 'VENEER-OAK',
      quantity: 30,
      to: 'C-01',
    });
    const planner = stack.tokens.planner;
    const orderId = await confirmedOrder(stack.api, planner, 'OVER-0001', [
      {
        productCode: 'PD-LVL01',
        width: 900,
        height: 2100,
        wallThickness: 120,
        swing: 'left-in',
        finish: 'OAK',
        quantity: 4,
      },
    ]);
    const run = await api('POST', '/api/v1/split-runs', { orderIds: [orderId] }, planner);
    expect((await splitFinished(stack.api, planner, run.id)).status).toBe('succeeded');
    listId = (await api('POST', '/api/v1/stock/pick-lists', { splitRun: run.id }, planner)).id;
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('refuses an issue beyond the pick list’s need with what is left, takes the reason, then issues and records it', async () => {
    const before = (await api('GET', `/api/v1/stock/pick-lists/${listId}`)).lines as Line[];
    const veneer = before.find((l) => l.item === 'VENEER-OAK' && l.location === 'C-01') as Line;
    expect(veneer.unit).toBe('m2');
    const asked = Math.round((veneer.remaining + 2) * 1000) / 1000;

    const tab = await BrowserTab.open(browser, stack, { viewport: { width: 1366, height: 900 } });
    const { page } = tab;
    await tab.signIn(stack, 'warehouse', '/warehouse/scan?mode=issue');
    // the picker scans the order number on the paperwork: the pick list of that order's run is chosen
    await page.getByTestId('scan-pick-list-select').waitFor();
    await page.locator('#scan-input').focus();
    const byOrder = await scan(page, 'OVER-0001');
    expect(byOrder).toMatchObject({ tone: 'info', text: expect.stringContaining('OVER-0001') });
    await page.waitForURL((url) => url.searchParams.get('pickList') === listId);
    expect(await page.getByTestId('scan-pick-list-select').innerText()).toContain('订单 OVER-0001');
    // and the list's own code (its id) chooses it too
    const chosen = await scan(page, listId);
    expect(chosen.tone).toBe('info');
    const panel = page.getByTestId('scan-pick-list');
    await panel.getByText('VENEER-OAK').first().waitFor();
    expect(await panel.innerText()).toContain('平方米');

    await scan(page, 'C-01');
    await scan(page, `x${asked}`);
    const ledger = async () => ({
      issues: (await api('GET', '/api/v1/stock/moves?item=VENEER-OAK&type=issue')).items.length as number,
      onHand: (await api('GET', '/api/v1/stock/balances?item=VENEER-OAK&location=C-01')).items[0]?.quantity as number,
    });
    const untouched = await ledger();
    const refused = await scan(page, 'VENEER-OAK');
    expect(refused.tone).toBe('error');
    expect(refused.text).toContain(`还需 ${veneer.remaining}`);
    const over = page.getByTestId('scan-over-issue');
    await over.waitFor();
    expect(await over.innerText()).toContain(`只剩 ${veneer.remaining} 平方米`);
    // refused is refused: no issue booked, the stock as it was, until the reason is given
    expect(await ledger()).toEqual(untouched);
    await tab.screenshot('over-issue-refused-zh');

    await page.locator('#over-issue-reason').fill('木皮开裂，补领');
    await over.getByRole('button', { name: /超领出库/ }).click();
    await page.waitForFunction(
      `document.querySelector('[data-testid=scan-feedback]')?.getAttribute('data-tone') === 'ok'`,
    );
    await over.waitFor({ state: 'detached' });
    await panel.getByTestId('scan-line-over').first().waitFor();
    await tab.screenshot('over-issue-recorded-zh');

    const moves = await api('GET', '/api/v1/stock/moves?item=VENEER-OAK&type=issue');
    expect(moves.items[0]).toMatchObject({
      quantity: asked,
      pickListId: listId,
      overIssueReason: '木皮开裂，补领',
      overIssued: 2,
    });
    const after = (await api('GET', `/api/v1/stock/pick-lists/${listId}`)).lines as Line[];
    const line = after.find((l) => l.item === 'VENEER-OAK' && l.location === 'C-01') as Line;
    expect(line).toMatchObject({ remaining: 0, overPicked: 2 });

    // the pick list's own page shows the unit and the over-issue
    await page.goto(`/warehouse/pick-lists/${listId}`);
    await page.getByTestId('pick-line-over').first().waitFor();
    expect(await page.getByTestId('pick-line-over').first().innerText()).toContain('+2');
    await tab.screenshot('over-issue-pick-list-zh');
    tab.assertNoConsoleErrors([/status of 409/]);
    await tab.close();
  });

  it('edits an item’s purchase unit, shows the purchase suggestions and downloads them as .xlsx with the same numbers', async () => {
    const tab = await BrowserTab.open(browser, stack, { viewport: { width: 1366, height: 900 } });
    const { page } = tab;
    await tab.signIn(stack, 'warehouse', '/warehouse/items');
    // bought by the box of 20 m² from now on, not the pack of 10
    await button(page.locator('tr', { hasText: 'VENEER-OAK' }), '编辑').click();
    const dialog = page.locator('.ant-modal');
    await dialog.locator('#item_purchaseUnit').fill('箱');
    await dialog.locator('#item_purchaseUnitSize').fill('20');
    await button(page, '保存').click();
    await page.locator('.ant-modal').waitFor({ state: 'detached' });
    await page.locator('tr', { hasText: 'VENEER-OAK' }).getByText('采购：箱（20 平方米）').waitFor();
    await tab.screenshot('items-purchase-unit-zh');
    expect(await api('GET', '/api/v1/items/VENEER-OAK')).toMatchObject({ purchaseUnit: '箱', purchaseUnitSize: 20 });

    const json = await api('GET', '/api/v1/purchasing/suggestions');
    const veneer = json.items.find((s: { item: string }) => s.item === 'VENEER-OAK');
    expect(veneer.toBuy).toBeGreaterThan(0);
    await page.getByRole('menuitem', { name: '采购建议' }).click();
    const cell = page.locator('tr', { hasText: 'VENEER-OAK' }).getByTestId('purchasing-to-buy');
    await cell.waitFor();
    expect(await cell.innerText()).toContain(`${veneer.toBuy} 箱`);
    expect(await page.getByTestId('purchasing-runs').innerText()).toContain('OVER-0001');
    await tab.screenshot('purchasing-zh');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('purchasing-xlsx').click()]);
    expect(download.suggestedFilename()).toMatch(/^采购建议-.*\.xlsx$/);
    const path = await download.path();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    workbook.worksheets[0].eachRow((row, n) => {
      if (n > 1) rows.push((row.values as unknown[]).slice(1));
    });
    const row = rows.find((r) => r[0] === 'VENEER-OAK') as unknown[];
    expect(row.slice(4)).toEqual([
      veneer.demand,
      veneer.available,
      veneer.reorderPoint,
      veneer.shortfall,
      '箱',
      20,
      veneer.toBuy,
      veneer.toBuyQuantity,
    ]);
    expect(rows).toHaveLength(json.items.length);
    tab.assertNoConsoleErrors();
    await tab.close();
  });

  it('opens the reason panel on a list that is all picked, and keeps it with the typed reason when the api refuses the reason', async () => {
    // every line picked (the api takes the rest from stock received for it): the list is complete
    for (const line of (await api('GET', `/api/v1/stock/pick-lists/${listId}`)).lines as Line[]) {
      if (line.remaining <= 0) continue;
      const quantity =
        line.unit === 'm2' || line.unit === 'm' || line.unit === 'kg' ? line.remaining : Math.ceil(line.remaining);
      await api('POST', '/api/v1/stock/moves', {
        scanId: crypto.randomUUID(),
        type: 'receipt',
        item: line.item,
        quantity,
        to: 'C-01',
      });
      await api('POST', '/api/v1/stock/moves', {
        scanId: crypto.randomUUID(),
        type: 'issue',
        item: line.item,
        quantity,
        from: 'C-01',
        pickList: listId,
      });
    }
    expect((await api('GET', `/api/v1/stock/pick-lists/${listId}`)).status).toBe('complete');
    const issues = async () =>
      (await api('GET', '/api/v1/stock/moves?item=VENEER-OAK&type=issue')).items.length as number;
    const before = await issues();

    const tab = await BrowserTab.open(browser, stack, { viewport: { width: 1366, height: 900 } });
    const { page } = tab;
    await tab.signIn(stack, 'warehouse', `/warehouse/scan?mode=issue&pickList=${listId}`);
    await page.getByTestId('scan-pick-list').getByText('VENEER-OAK').first().waitFor();
    await page.locator('#scan-input').focus();
    await scan(page, 'C-01');
    await scan(page, 'x1');
    const refused = await scan(page, 'VENEER-OAK');
    expect(refused.tone).toBe('error');
    const over = page.getByTestId('scan-over-issue');
    await over.waitFor();
    expect(await over.innerText()).toContain('领料单已全部领完');
    expect(await issues()).toBe(before);

    // a control character is refused by the api (422 on overIssueReason): the panel stays, with what was typed
    const reason = page.locator('#over-issue-reason');
    await reason.fill('封边\u0007破损');
    const seq = Number(await page.getByTestId('scan-feedback').getAttribute('data-seq'));
    await over.getByRole('button', { name: /超领出库/ }).click();
    await page.waitForFunction(
      `Number(document.querySelector('[data-testid=scan-feedback]')?.getAttribute('data-seq')) > ${seq}`,
    );
    expect(await page.getByTestId('scan-feedback').getAttribute('data-tone')).toBe('error');
    // in the station's language only, not the api's two-language detail
    const said = await page.getByTestId('scan-feedback').innerText();
    expect(said).toContain('非法字符');
    expect(said).not.toContain(' / ');
    await over.waitFor();
    expect(await reason.inputValue()).toBe('封边\u0007破损');
    expect(await issues()).toBe(before);
    await tab.screenshot('over-issue-reason-refused-zh');

    await reason.fill('封边破损，补领');
    await over.getByRole('button', { name: /超领出库/ }).click();
    await page.waitForFunction(
      `document.querySelector('[data-testid=scan-feedback]')?.getAttribute('data-tone') === 'ok'`,
    );
    await over.waitFor({ state: 'detached' });
    const moves = await api('GET', '/api/v1/stock/moves?item=VENEER-OAK&type=issue');
    expect(moves.items).toHaveLength(before + 1);
    expect(moves.items[0]).toMatchObject({
      quantity: 1,
      pickListId: listId,
      overIssueReason: '封边破损，补领',
      overIssued: 1,
    });
    tab.assertNoConsoleErrors([/status of 409/, /status of 422/, /status of 400/]);
    await tab.close();
  });
});
