import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { packageCode } from '@mendao/splitting';
import { makeOrderLine } from '@mendao/splitting/testing';
import { DataSource } from 'typeorm';
import { confirmedOrder, splitFinished } from '../support/splitting';
import { BrowserTab, launchBrowser, startWebStack, type WebStack } from './support/browser';
import { tablesSettled } from './support/page-helpers';

type Body = Record<string, any>;

/** The texts an SVG chart draws, so a test reads what a person sees. */
async function chartTexts(page: Page, testId: string): Promise<string[]> {
  const texts = await page.locator(`[data-testid=${testId}] svg text`).allTextContents();
  return texts.map((text) => text.trim()).filter((text) => text !== '');
}

/**
 * Issue 17, the accuracy card on the manager's dashboard: after a day of packing and loading through the api (two
 * orders packed at a station with a duplicate, a wrong order, a bad check character and an unknown code caught, one
 * scan undone by the supervisor; one shipment closed clean, one with a package missing on an override), the card
 * shows both accuracies, the errors caught by kind, and the figures by station and by user, in Chinese and English.
 */
describe('the packing accuracy card (打包发货准确率) in a real browser', () => {
  let stack: WebStack;
  let browser: Browser;
  let figures: Body;

  const call = async (method: string, path: string, token: string, body?: unknown) => {
    const res = await stack.api.request(method, `/api/v1${path}`, { token, body });
    if (res.status >= 300 && !(method === 'POST' && path.endsWith('/scans')))
      throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res;
  };
  const sql = (text: string, values: unknown[] = []) => stack.api.app.get(DataSource).query(text, values);

  /** Two orders split in one run, released, made up to packing through station reports: their package codes. */
  async function readyOrders(): Promise<{ a: { id: string; codes: string[] }; b: { id: string; codes: string[] } }> {
    const { tokens: t } = stack;
    await call('PATCH', '/processes/curing', t.planner, { minWaitMinutes: 0 });
    const a = await confirmedOrder(stack.api, t.planner, 'SO-准确率-A', [makeOrderLine({ quantity: 2, room: '主卧' })]);
    const b = await confirmedOrder(stack.api, t.planner, 'SO-准确率-B', [makeOrderLine({ quantity: 1, room: '书房' })]);
    const run = (await call('POST', '/split-runs', t.planner, { orderIds: [a, b] })).body;
    expect((await splitFinished(stack.api, t.planner, run.id)).status).toBe('succeeded');
    const released = (await call('POST', `/split-runs/${run.id}/release`, t.planner)).body;
    for (const wo of (released.workOrders as Body[]).filter((w) => w.process !== 'packing'))
      await call('POST', '/production/reports', t.operator, {
        scanId: randomUUID(),
        barcode: wo.code,
        action: 'finish',
        good: wo.plannedQuantity,
      });
    const codes = async (order: string) =>
      (
        await sql(
          `SELECT d.barcode FROM door_package d JOIN order_line l ON l.id = d.line_id
            WHERE d.order_id = $1 ORDER BY l.line_no, d.door_no, d.k`,
          [order],
        )
      ).map((r: Body) => r.barcode as string);
    return { a: { id: a, codes: await codes(a) }, b: { id: b, codes: await codes(b) } };
  }

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startWebStack({ factory: 'PACCW', catalogue: true }), launchBrowser()]);
    const { tokens: t } = stack;
    const { a, b } = await readyOrders();
    await call('POST', '/packing/stations', t.manager, { code: 'PACK-01', name: '包装线 1号' });
    const pack = (barcode: string, scanId = randomUUID()) =>
      call('POST', '/packing/scans', t.packer, { scanId, station: 'PACK-01', barcode });
    const badCheck = (code: string) => `${code.slice(0, -1)}${(Number(code.slice(-1)) + 1) % 10}`;
    // order A at PACK-01: the first package, then the errors the station catches, then the rest
    const firstScan = randomUUID();
    expect((await pack(a.codes[0], firstScan)).status).toBe(201);
    expect((await pack(a.codes[0])).body.result).toBe('duplicate');
    expect((await pack(b.codes[0])).body).toMatchObject({ result: 'not_expected', reason: 'wrong_order' });
    expect((await pack(badCheck(a.codes[1]))).status).toBe(422);
    expect((await pack(packageCode(999_999_999))).status).toBe(404);
    // the supervisor undoes the first package (it went into the wrong box), and it is packed again
    await call('POST', `/packing/scans/${firstScan}/undo`, t.manager, { reason: '装错箱 wrong box' });
    for (const code of [...a.codes, ...b.codes]) expect((await pack(code)).status).toBe(201);
    // two trucks: A loaded whole (one duplicate caught), B short of a package and let go by the manager
    const truck = async (order: string) =>
      (await call('POST', '/shipments', t.packer, { vehicle: '沪A-12345', orderIds: [order] })).body.id as string;
    const [sa, sb] = [await truck(a.id), await truck(b.id)];
    const load = (shipment: string, barcode: string) =>
      call('POST', `/shipments/${shipment}/scans`, t.packer, { scanId: randomUUID(), barcode });
    for (const code of a.codes) expect((await load(sa, code)).status).toBe(201);
    expect((await load(sa, a.codes[0])).body.result).toBe('duplicate');
    for (const code of b.codes.slice(1)) expect((await load(sb, code)).status).toBe(201);
    await call('POST', `/shipments/${sa}/close`, t.packer, {});
    await call('POST', `/shipments/${sb}/close`, t.manager, { overrideReason: '客户同意补发 customer agreed' });
    const today = new Date(Date.now() - 86_400_000).toISOString();
    figures = (await call('GET', `/packing/accuracy?from=${encodeURIComponent(today)}`, t.manager)).body.totals;
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('shows both accuracies, the errors caught by kind, and the figures by station and by user, zh then en', async () => {
    // what the api counted: the figures the card must show
    expect(figures).toMatchObject({
      errorsCaught: 5,
      packagesPacked: figures.packagesPackedCorrect + 1,
      shipments: { closed: 2, clean: 1, withOverride: 1 },
      shippingAccuracy: 0.5,
      orders: { shipped: 2, shippedComplete: 1 },
    });
    expect(figures.pack.errors).toMatchObject({ duplicate: 1, wrong_order: 1, bad_check: 1, unknown: 1 });
    const packing = new Intl.NumberFormat('zh-CN', { style: 'percent', minimumFractionDigits: 1 }).format(
      figures.packingAccuracy,
    );

    const tab = await BrowserTab.open(browser, stack, { viewport: { width: 1440, height: 900 } });
    const { page } = tab;
    await tab.signIn(stack, 'manager', '/shop-floor/dashboard');
    const card = page.getByTestId('packing-accuracy');
    await card.scrollIntoViewIfNeeded();
    await card.getByText('打包发货准确率').waitFor();
    await page.getByTestId('packing-accuracy-packing').getByText(packing).waitFor();
    expect(await page.getByTestId('packing-accuracy-packing').innerText()).toContain(
      `${figures.packagesPackedCorrect} / ${figures.packagesPacked} 件`,
    );
    expect(await page.getByTestId('packing-accuracy-shipping').innerText()).toMatch(
      /50\.0%[\s\S]*1 \/ 2 车，1 车缺件放行/,
    );
    expect(await page.getByTestId('packing-accuracy-errors').innerText()).toMatch(/拦截差错\s*5/);
    expect(await page.getByTestId('packing-accuracy-orders').innerText()).toMatch(/50\.0%[\s\S]*1 \/ 2 单/);
    await page.locator('[data-testid=packing-accuracy-kinds] svg text').first().waitFor();
    const kinds = (await chartTexts(page, 'packing-accuracy-kinds')).join(' ');
    for (const word of ['重复扫描', '非本订单', '校验位错误', '未知条码', '打包', '装车'])
      expect(kinds).toContain(word);
    const stations = page.getByTestId('packing-accuracy-stations');
    await stations.getByText('PACK-01 包装线 1号').waitFor();
    await stations.getByRole('cell', { name: '装车', exact: true }).waitFor();
    expect(await page.getByTestId('packing-accuracy-users').innerText()).toContain('packer');
    await tablesSettled(page);
    await card.screenshot({ path: (await tab.screenshot('web-packing-accuracy-zh')).replace('.png', '-card.png') });

    await page.getByRole('button', { name: '语言' }).click();
    await card.getByText('Packing and shipping accuracy').waitFor();
    await page.getByTestId('packing-accuracy-packing').getByText('Packing accuracy').waitFor();
    expect(await page.getByTestId('packing-accuracy-shipping').innerText()).toMatch(
      /50\.0%[\s\S]*1 \/ 2 trucks, 1 let go with packages missing/,
    );
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid=packing-accuracy-kinds] svg text')].some(
        (e) => e.textContent === 'Bad check character',
      ),
    );
    const en = (await chartTexts(page, 'packing-accuracy-kinds')).join(' ');
    for (const word of ['Duplicate', 'Wrong order', 'Unknown code', 'Packing', 'Loading']) expect(en).toContain(word);
    await page.getByTestId('packing-accuracy-stations').getByRole('cell', { name: 'Loading', exact: true }).waitFor();
    // the periods: 7 and 30 days hold today's scans too
    await page.getByTestId('packing-accuracy-period').getByText('Last 30 days').click();
    await page.getByTestId('packing-accuracy-errors').getByText('5', { exact: true }).waitFor();
    await tablesSettled(page);
    await card.screenshot({ path: (await tab.screenshot('web-packing-accuracy-en')).replace('.png', '-card.png') });
    tab.assertNoConsoleErrors();
    await tab.close();
  });

  it('is not shown to a planner, who reads the dashboard but not the accuracy figures', async () => {
    const tab = await BrowserTab.open(browser, stack);
    await tab.signIn(stack, 'planner', '/shop-floor/dashboard');
    await tab.page.getByTestId('dashboard-machines').waitFor();
    expect(await tab.page.getByTestId('packing-accuracy').count()).toBe(0);
    tab.assertNoConsoleErrors();
    await tab.close();
  });
});
