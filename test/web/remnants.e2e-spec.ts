import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DEMO_MATERIALS } from '@mendao/splitting';
import { makeOrderLine } from '@mendao/splitting/testing';
import { BrowserTab, launchBrowser, startWebStack, type WebStack } from './support/browser';
import { errorAt, tablesSettled } from './support/page-helpers';
import { confirmedOrder, splitFinished } from '../support/splitting';

/** Issue 15: a split run's remnants (余料) received through the remnants screen, then seen in stock and cut again. */
describe('receiving a split run’s remnants in a real browser', () => {
  let stack: WebStack;
  let browser: Browser;
  let runId: string;

  const api = (method: string, path: string, body?: unknown, token = stack.tokens.warehouse) =>
    stack.api.request(method, path, { token, body });

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startWebStack({ factory: 'RMWEB', catalogue: true }), launchBrowser()]);
    const rack = { code: 'R-01', nameZh: '余料架 R-01', nameEn: 'Remnant rack R-01', type: 'storage' };
    expect((await api('POST', '/api/v1/locations', rack)).status).toBe(201);
    for (const m of DEMO_MATERIALS.filter((x) => x.cutKind !== 'none')) {
      const [size] = m.stockSizes;
      const item =
        m.cutKind === 'sheet'
          ? { kind: 'board', unit: 'sheet', width: size.width, length: size.length }
          : { kind: 'moulding', unit: 'piece', length: size.length };
      expect(
        (await api('POST', '/api/v1/items', { code: m.code, nameZh: m.nameZh, nameEn: m.nameEn, ...item })).status,
      ).toBe(201);
    }
    const order = await confirmedOrder(stack.api, stack.tokens.planner, 'RMW-0001', [makeOrderLine({ quantity: 1 })]);
    const run = await api('POST', '/api/v1/split-runs', { orderIds: [order] }, stack.tokens.planner);
    expect((await splitFinished(stack.api, stack.tokens.planner, run.body.id)).status).toBe('succeeded');
    runId = run.body.id;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('receives one remnant by its label, then the rest in one press, prints their labels and shows them in stock', async () => {
    const listed = (await api('GET', `/api/v1/stock/remnants/runs/${runId}`)).body.remnants as {
      label: string;
      item: string;
    }[];
    expect(listed.length).toBeGreaterThan(2);
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'warehouse', '/warehouse/remnants');
    const card = page.locator('.rm-run-card');
    await card.locator('#remnant-run').click();
    await page
      .locator('.ant-select-item-option')
      .filter({ hasText: runId.slice(0, 8).toUpperCase() })
      .click();
    await card.locator(`tr[data-row-key="${listed[0].label}"]`).waitFor();
    expect(await card.locator('.ant-table-row').count()).toBe(Math.min(listed.length, 20));
    expect(await card.getByText('未入库').count()).toBe(Math.min(listed.length, 20));
    await card.locator('#remnant-location').click();
    await page.locator('.ant-select-item-option').filter({ hasText: 'R-01' }).click();

    // a label scanned (the scanner types it and Enter): that remnant is in stock; the same label again is not twice
    await card.locator('#remnant-scan').fill(listed[0].label);
    await card.locator('#remnant-scan').press('Enter');
    await card.getByText(`${listed[0].label} 已入库`).waitFor();
    await card.locator('#remnant-scan').fill(listed[0].label);
    await card.locator('#remnant-scan').press('Enter');
    await card.getByText(`${listed[0].label} 之前已入库`).waitFor();

    await card.getByRole('button', { name: `全部入库（${listed.length - 1} 件）` }).click();
    await card.getByText(`本次入库 ${listed.length - 1} 件余料`).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.rm-run-card .ant-tag-green').length > 0);
    await tablesSettled(page);
    expect(await card.getByText('未入库').count()).toBe(0);

    // the stock table below: the received remnant items, on hand and available, none reserved yet
    const stock = (await api('GET', '/api/v1/stock/remnants')).body.remnants as { item: string; quantity: number }[];
    expect(stock.reduce((s, r) => s + r.quantity, 0)).toBe(listed.length);
    const firstItem = page.locator('.wh-toolbar').locator(`tr[data-row-key="${listed[0].item}"]`);
    await firstItem.waitFor();
    await tab.screenshot('remnants-received-zh');

    await card.getByRole('button', { name: '打印余料标签' }).click();
    const labels = page.locator('.rm-labels .rm-label');
    await labels.first().waitFor();
    expect(await labels.count()).toBe(listed.length);
    expect(await page.locator(`.rm-labels [data-barcode="${listed[1].label}"] svg`).count()).toBe(1);
    await tab.screenshot('remnant-labels-zh');
    await page
      .locator('.ant-modal-footer')
      .getByRole('button', { name: /关\s?闭/ })
      .click();

    // the next split cuts from them first: its plan holds some, which the stock table shows as reserved
    const order = await confirmedOrder(stack.api, stack.tokens.planner, 'RMW-0002', [makeOrderLine({ quantity: 1 })]);
    const next = await api('POST', '/api/v1/split-runs', { orderIds: [order] }, stack.tokens.planner);
    const done = await splitFinished(stack.api, stack.tokens.planner, next.body.id);
    const used = done.summary.remnantsUsed as { item: string; quantity: number }[];
    expect(used.length).toBeGreaterThan(0);
    await page.reload();
    const row = page.locator('.wh-toolbar').locator(`tr[data-row-key="${used[0].item}"]`);
    await row.waitFor();
    await tablesSettled(page);
    const cells = await row.locator('td').allInnerTexts();
    const onHand = stock.find((r) => r.item === used[0].item)?.quantity ?? 0;
    expect(cells.slice(-3)).toEqual([String(onHand), String(used[0].quantity), String(onHand - used[0].quantity)]);
    await tab.screenshot('remnants-reserved-zh');
    tab.assertNoConsoleErrors();
    await tab.close();
  });

  /** Chooses a run in the receiving card by typing its order number (the api finds it), and the rack to receive to. */
  async function chooseRun(page: Page, orderNo: string, run: string): Promise<void> {
    const card = page.locator('.rm-run-card');
    await card.locator('#remnant-run').click();
    await card.locator('#remnant-run').fill(orderNo);
    await page
      .locator('.ant-select-item-option')
      .filter({ hasText: run.slice(0, 8).toUpperCase() })
      .click();
    await card.locator('#remnant-location').click();
    await page.locator('.ant-select-item-option').filter({ hasText: 'R-01' }).click();
  }

  it('receives a run of many remnants once for a double click, says how many the list shows received, and prints every label page after page', async () => {
    // eight doors: more remnants than one printed page holds
    const order = await confirmedOrder(stack.api, stack.tokens.planner, 'RMW-0003', [makeOrderLine({ quantity: 8 })]);
    const run = await api('POST', '/api/v1/split-runs', { orderIds: [order] }, stack.tokens.planner);
    expect((await splitFinished(stack.api, stack.tokens.planner, run.body.id)).status).toBe('succeeded');
    const listed = (await api('GET', `/api/v1/stock/remnants/runs/${run.body.id}`)).body.remnants as {
      label: string;
    }[];
    expect(listed.length).toBeGreaterThan(24);
    const onHand = async () =>
      ((await api('GET', '/api/v1/stock/remnants')).body.remnants as { quantity: number }[]).reduce(
        (s, r) => s + r.quantity,
        0,
      );
    const before = await onHand();

    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    const receives: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/receive')) receives.push(request.url());
    });
    await tab.signIn(stack, 'warehouse', '/warehouse/remnants');
    await chooseRun(page, 'RMW-0003', run.body.id);
    const card = page.locator('.rm-run-card');
    await card.getByTestId('remnant-receive-all').dblclick();
    await card.getByText(`本次入库 ${listed.length} 件余料`).waitFor();
    await tablesSettled(page);
    expect(receives).toHaveLength(1);
    expect(await onHand()).toBe(before + listed.length);

    // printing: the labels flow in the page, so the PDF holds each of them once, over several pages
    await card.getByRole('button', { name: '打印余料标签' }).click();
    await page.locator('.rm-labels .rm-label').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.rm-print-sheet .rm-label:visible').count()).toBe(listed.length);
    expect(await page.locator('.ant-modal:visible').count()).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'remnant-labels-'));
    const pdf = join(dir, 'labels.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    await page.emulateMedia({ media: 'screen' });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThan(1);
    // RM-…-1 is the start of RM-…-12: a label counts where no digit follows it
    const printed = (label: string) => text.match(new RegExp(`${label.replace(/[-]/g, '\\-')}(?!\\d)`, 'g'))?.length;
    for (const { label } of listed) expect({ label, printed: printed(label) }).toEqual({ label, printed: 1 });
    await tab.screenshot('remnant-labels-many-zh');
    tab.assertNoConsoleErrors();
    await tab.close();
  }, 120_000);

  it('books a hand-received offcut once for a double click, and says a too-large one in Chinese at its field', async () => {
    const sheet = DEMO_MATERIALS.find((m) => m.cutKind === 'sheet');
    if (!sheet) throw new Error('the demo catalogue has a sheet material');
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'warehouse', '/warehouse/remnants');
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/v1/stock/remnants')) posts.push(request.url());
    });
    await page.locator('#remnant_material').click();
    await page.locator('#remnant_material').fill(sheet.code);
    await page.locator('.ant-select-item-option').filter({ hasText: sheet.code }).first().click();
    await page.locator('#remnant_length').fill('333');
    await page.locator('#remnant_width').fill('222');
    await page.locator('#remnant_location').click();
    await page.locator('.ant-select-item-option').filter({ hasText: 'R-01' }).last().click();
    await page.getByTestId('remnant-receive').dblclick();
    const received = page.getByText(/^已入库：/).first();
    await received.waitFor();
    await tablesSettled(page);
    const stock = (await api('GET', `/api/v1/stock/remnants?material=${sheet.code}`)).body.remnants as {
      item: string;
      length: number;
      width: number | null;
      quantity: number;
    }[];
    const offcut = stock.find((r) => [r.length, r.width].sort().join() === ['222', '333'].sort().join());
    expect(offcut?.quantity).toBe(1);
    // at most one receipt reached the stock, whatever reached the api (a second with the same scanId only replays)
    const moves = (await api('GET', `/api/v1/stock/moves?item=${offcut?.item}`)).body.items as unknown[];
    expect(moves).toHaveLength(1);
    expect(posts.length).toBeLessThanOrEqual(2);

    // larger than the material's stock sheet: refused at the field, in Chinese, and nothing booked
    await page.locator('#remnant_length').fill(String(sheet.stockSizes[0].length + 100));
    await page.locator('#remnant_width').fill('222');
    await page.getByTestId('remnant-receive').click();
    await errorAt(page, 'remnant_length')
      .getByText(/余料不能大于原料/)
      .waitFor();
    await tab.screenshot('remnant-too-large-zh');
    expect((await api('GET', `/api/v1/stock/moves?item=${offcut?.item}`)).body.items).toHaveLength(1);
    tab.assertNoConsoleErrors([/status of 422/]);
    await tab.close();
  });
});
