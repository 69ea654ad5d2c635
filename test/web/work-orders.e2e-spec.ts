import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { makeOrderLine } from '@mendao/splitting/testing';
import { BrowserTab, launchBrowser, startWebStack, type WebStack } from './support/browser';
import { button, tablesSettled } from './support/page-helpers';
import { confirmedOrder, splitFinished } from '../support/splitting';

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

type WorkOrder = { code: string; process: string; sequence: number; available: boolean; plannedQuantity: number };

describe('production progress (生产进度) in a real browser', () => {
  let stack: WebStack;
  let browser: Browser;
  let runId: string;
  let first: WorkOrder;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startWebStack({ factory: 'WOWEB', catalogue: true }), launchBrowser()]);
    const order = await confirmedOrder(stack.api, stack.tokens.planner, 'WO-0001', [
      makeOrderLine({ quantity: 2, room: '主卧' }),
    ]);
    const accepted = await stack.api.request('POST', '/api/v1/split-runs', {
      token: stack.tokens.planner,
      body: { orderIds: [order] },
    });
    runId = accepted.body.id;
    expect((await splitFinished(stack.api, stack.tokens.planner, runId)).status).toBe('succeeded');
    const released = await stack.api.request('POST', `/api/v1/split-runs/${runId}/release`, {
      token: stack.tokens.planner,
    });
    expect(released.status).toBe(200);
    const orders = (released.body.workOrders as WorkOrder[]).filter((w) => w.available);
    first = orders.sort((a, b) => a.sequence - b.sequence)[0];
    // the operator reports some of the first work order
    for (const [action, good] of [
      ['start', 0],
      ['report', 3],
    ] as const) {
      const res = await stack.api.request('POST', '/api/v1/production/reports', {
        token: stack.tokens.operator,
        body: { scanId: randomUUID(), barcode: first.code, action, ...(good ? { good } : {}) },
      });
      expect(res.status).toBe(201);
    }
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  async function status(code: string): Promise<string> {
    return (await stack.api.request('GET', `/api/v1/work-orders/${code}`, { token: stack.tokens.planner })).body.status;
  }

  it("lists a run's work orders with status and progress, prints travelers, and holds and resumes one (planner)", async () => {
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'planner', `/shop-floor/work-orders?run=${runId}`);
    const row = page.locator('.work-orders-table tr', { has: page.getByTestId(`status-${first.code}`) });
    await row.waitFor();
    expect(await page.getByTestId(`status-${first.code}`).innerText()).toBe('生产中');
    expect(await page.getByTestId(`progress-${first.code}`).innerText()).toContain(`3/${first.plannedQuantity}`);

    await tablesSettled(page);
    await tab.screenshot('web-work-orders-zh');
    // at 1024 px a code stays on one line (never "WO-156737DB-" / "1")
    await page.setViewportSize({ width: 1024, height: 768 });
    await tablesSettled(page);
    const code = row.locator('.work-orders-code');
    // one line is no higher than the status tag beside it; a wrapped code is two lines, twice as high
    const tag = (await page.getByTestId(`status-${first.code}`).boundingBox())!;
    expect((await code.boundingBox())!.height).toBeLessThanOrEqual(tag.height);
    await tab.screenshot('web-work-orders-1024-zh');
    await page.setViewportSize({ width: 1366, height: 800 });

    const traveler = await downloaded(page, () => row.getByTestId('traveler-a4').click());
    expect(traveler.name).toBe(`traveler-${first.code}-A4.pdf`);
    expect(traveler.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const all = await downloaded(page, () => page.getByRole('button', { name: /打印本批流转卡/ }).click());
    expect(all.bytes.subarray(0, 5).toString()).toBe('%PDF-');

    await button(row, '暂停').click();
    await page.getByLabel('暂停原因').fill('等待客户确认颜色');
    await page
      .locator('.ant-modal-footer')
      .getByRole('button', { name: /暂\s?停/ })
      .click();
    await page.getByTestId(`status-${first.code}`).getByText('已暂停').waitFor();
    expect(await status(first.code)).toBe('on_hold');
    await button(row, '恢复').click();
    await page.getByTestId(`status-${first.code}`).getByText('生产中').waitFor();
    expect(await status(first.code)).toBe('in_progress');
    tab.assertNoConsoleErrors();
    await tab.close();
  });

  it("shows an order's progress per process and per door, and the work in progress, read only for an operator (English)", async () => {
    // the first process done: every door has passed it, and waits for the next
    for (const [action, good] of [
      ['report', first.plannedQuantity - 3],
      ['finish', 0],
    ] as const) {
      const res = await stack.api.request('POST', '/api/v1/production/reports', {
        token: stack.tokens.operator,
        body: { scanId: randomUUID(), barcode: first.code, action, ...(good ? { good } : {}) },
      });
      expect(res.status).toBe(201);
    }
    const tab = await BrowserTab.open(browser, stack, { language: 'en' });
    const { page } = tab;
    await tab.signIn(stack, 'operator', '/shop-floor/work-orders');
    await page.getByTestId(`status-${first.code}`).waitFor();
    // an operator reads: no hold or resume
    expect(await page.getByRole('button', { name: 'Hold' }).count()).toBe(0);

    await page.getByRole('tab', { name: 'Order progress' }).click();
    // the tabs mount a pane again as their switch animation ends (destroyOnHidden): type once it has settled
    await page.getByText("Enter an order number to see its processes and each door's progress").waitFor();
    const orderBox = page.getByLabel('Order no.');
    for (let tries = 0; (await orderBox.inputValue()) !== 'WO-0001' && tries < 5; tries++) {
      await orderBox.fill('WO-0001');
      await page.waitForTimeout(300);
    }
    await page.getByRole('button', { name: 'Show' }).click();
    const card = page.getByTestId('order-progress-WO-0001');
    await card.waitFor();
    const progress = (
      await stack.api.request('GET', '/api/v1/production/progress?order=WO-0001', { token: stack.tokens.operator })
    ).body as { doors: { doorNo: number; passed: string[] }[]; processes: { process: string }[] };
    expect(progress.doors.every((d) => d.passed.includes(first.process))).toBe(true);
    const processes = (await stack.api.request('GET', '/api/v1/processes', { token: stack.tokens.operator })).body as {
      code: string;
      nameEn: string;
    }[];
    const firstName = processes.find((p) => p.code === first.process)?.nameEn ?? '?';
    // one row per door of the order and one per process, as the api says; each door has passed the first process
    const doors = card.locator('table').nth(1).locator('tbody tr.ant-table-row');
    expect(await doors.count()).toBe(progress.doors.length);
    for (const door of await doors.all()) expect(await door.locator('td').nth(3).innerText()).toBe(firstName);
    expect(await card.locator('table').first().locator('tbody tr.ant-table-row').count()).toBe(
      progress.processes.length,
    );
    expect(await card.getByTestId('doors-ready').innerText()).toBe('Doors ready for packing: 0');
    await tablesSettled(page);
    await tab.screenshot('web-work-orders-progress-en');

    await page.getByRole('tab', { name: 'Work in progress' }).click();
    const wipAnswer = (await stack.api.request('GET', '/api/v1/production/wip', { token: stack.tokens.operator }))
      .body as { processes: { process: string; nameEn: string; piecesWaiting: number }[] };
    const busiest = wipAnswer.processes.reduce((a, b) => (b.piecesWaiting > a.piecesWaiting ? b : a));
    const wipRow = page
      .locator('.wip-table tbody tr')
      .filter({ has: page.locator('td:first-child', { hasText: new RegExp(`^${busiest.nameEn}$`) }) });
    await wipRow.waitFor();
    expect(await wipRow.locator('td').nth(4).innerText()).toBe(String(busiest.piecesWaiting));
    expect(await page.locator('.wip-table tbody tr.ant-table-row').count()).toBe(wipAnswer.processes.length);
    await tablesSettled(page);
    await tab.screenshot('web-work-orders-wip-en');
    tab.assertNoConsoleErrors();
    await tab.close();
  });
});
