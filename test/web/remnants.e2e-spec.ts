import type { Browser } from 'playwright-core';
import { DEMO_MATERIALS } from '@mendao/splitting';
import { makeOrderLine } from '@mendao/splitting/testing';
import { BrowserTab, launchBrowser, startWebStack, type WebStack } from './support/browser';
import { tablesSettled } from './support/page-helpers';
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
});
