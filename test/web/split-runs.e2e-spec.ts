import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { makeOrderLine } from '@mendao/splitting/testing';
import { BrowserTab, launchBrowser, SCREENSHOTS, startWebStack, type WebStack } from './support/browser';
import { confirmedOrder, splitFinished } from '../support/splitting';

/** For screenshots without Ant Design's transitions half done. */
const NO_TRANSITIONS = '*, *::before, *::after { transition: none !important; animation: none !important; }';

/** GET /api/v1/split-runs/{id} and nothing below it (not /cut-plans, /parts…). */
const RUN_STATUS = /\/api\/v1\/split-runs\/[0-9a-f-]{36}$/;

/** A requirement as the materials tab writes it: one decimal at most, no grouping below 1,000. */
function oneDecimal(value: number): string {
  return String(Math.round(value * 10) / 10);
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

describe('split runs (拆单) in a real browser', () => {
  let stack: WebStack;
  let browser: Browser;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startWebStack({ factory: 'SPLITWEB', catalogue: true }), launchBrowser()]);
    await confirmedOrder(stack.api, stack.tokens.planner, 'SR-0001', [
      makeOrderLine({ quantity: 2 }),
      makeOrderLine({ width: 800, quantity: 1, room: '次卧' }),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('splits a confirmed order and shows a cut diagram with its yield, the cut list, an SVG and the A4 print page', async () => {
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'planner', '/planner/split-runs');
    await page.addStyleTag({ content: NO_TRANSITIONS });
    await page.getByText('还没有拆单记录', { exact: false }).waitFor();
    await page.getByRole('button', { name: '新建拆单' }).click();
    const row = page.getByRole('row', { name: /SR-0001/ });
    await row.getByRole('checkbox').check();
    await page.getByText('已选 1 个订单').waitFor();
    await tab.screenshot('split-runs-new-zh');

    // the in-process split may finish within milliseconds: the run's first status read is held until the page
    // has been seen showing the run as the 202 answer left it (queued, 0 %), with its progress bar
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let first = true;
    await page.route(RUN_STATUS, async (route) => {
      if (first) {
        first = false;
        await held;
      }
      await route.continue();
    });
    await page.getByRole('button', { name: '开始拆单' }).click();
    await page.locator('.split-progress .ant-progress').waitFor();
    await page.getByText('已提交，等待开始…').waitFor();
    expect(await page.locator('.split-run-status').innerText()).toBe('排队中');
    await tab.screenshot('split-runs-progress-zh');
    release();
    await page.unrouteAll({ behavior: 'wait' });

    await page.locator('.split-run-status', { hasText: '已完成' }).waitFor({ timeout: 60_000 });
    await page.getByRole('tab', { name: '部件' }).waitFor();
    await page.locator('.split-tabs .ant-table-row').first().waitFor();
    expect(await page.locator('.split-tabs').innerText()).toContain('SR-0001-1-1');
    // the casings mitred at both ends, the hinge stile's pockets on the hinge side
    expect(await page.locator('.split-tabs').innerText()).toContain('45°/45°');
    expect(await page.locator('.split-tabs').innerText()).toMatch(/合页槽 ×\d 左/);

    await page.getByRole('tab', { name: '材料与出材率' }).click();
    await page.getByRole('cell', { name: 'LVL-40' }).waitFor();
    // each requirement in its material's unit, as the api gives it, with the material version the run used
    const runId = /split-runs\/([0-9a-f-]{36})/.exec(page.url())![1];
    const needs = (
      await stack.api.request('GET', `/api/v1/split-runs/${runId}/materials`, { token: stack.tokens.planner })
    ).body as { material: string; unit: string; quantity: number; version: number }[];
    const need = (code: string) => needs.find((m) => m.material === code)!;
    const materialRow = (code: string) => page.getByRole('row', { name: new RegExp(`^${code}\\s`) });
    expect(need('VENEER-OAK').unit).toBe('m2');
    expect(await materialRow('VENEER-OAK').innerText()).toContain(`${oneDecimal(need('VENEER-OAK').quantity)} m²`);
    expect(need('LVL-40').unit).toBe('m');
    const lvl = await materialRow('LVL-40').innerText();
    expect(lvl).toContain(`${oneDecimal(need('LVL-40').quantity)} m`);
    expect(lvl).toMatch(/\d+ 根/);
    expect(lvl).toContain(`v${need('LVL-40').version}`);
    // three left-handed doors, a lock set each
    expect(need('LOCK-MORTISE-L')).toMatchObject({ unit: 'set', quantity: 3 });
    expect(await materialRow('LOCK-MORTISE-L').innerText()).toMatch(/3 套\s+v1\s+–\s+不需开料/);
    await tab.screenshot('split-runs-materials-zh');
    await page.getByRole('tab', { name: '工单' }).click();
    await page.getByRole('cell', { name: '开料' }).waitFor();
    await page.getByRole('cell', { name: '组装' }).waitFor();
    await page.getByRole('tab', { name: '包装' }).click();
    // each door ships in packages k of n, each with its package code (P + serial + check digit)
    const order = (await stack.api.request('GET', '/api/v1/orders/SR-0001', { token: stack.tokens.planner })).body;
    const packages = (
      await stack.api.request('GET', `/api/v1/split-runs/${runId}/packages?limit=500`, { token: stack.tokens.planner })
    ).body.items as { barcode: string; lineId: string; doorNo: number; k: number }[];
    const line1 = (order.lines as { id: string; lineNo: number }[]).find((l) => l.lineNo === 1)!.id;
    const leafCode = packages.find((p) => p.lineId === line1 && p.doorNo === 1 && p.k === 1)!.barcode;
    expect(leafCode).toMatch(/^P\d{10}$/);
    await page.getByRole('cell', { name: leafCode }).waitFor();
    await page.getByRole('cell', { name: '第 1/4 包' }).first().waitFor();
    // in the packer's words, with the door's handing; the parts inside open under the package
    const leafPackage = page.getByRole('row', { name: new RegExp(leafCode) });
    expect(await leafPackage.innerText()).toMatch(/门扇\s+第 1\/4 包[\s\S]*左内开[\s\S]*门扇 ×1 扇/);
    // its packing state as packing keeps it (not packed yet), read from the order's packages
    await leafPackage.getByRole('cell', { name: '待包装' }).waitFor();
    await leafPackage.getByRole('button', { name: /展开/ }).click();
    await page
      .getByLabel(`包装 ${leafCode} 内的部件`)
      .getByText(/门边.* × 1/)
      .first()
      .waitFor();

    await page.getByRole('tab', { name: '下料图' }).click();
    const figure = page.locator('.cut-figure').first();
    await figure.locator('svg .cut-part').first().waitFor();
    // each bar or sheet: labelled parts of this order and its yield, in the drawing itself
    const labels = await figure.locator('svg .cut-part text').allTextContents();
    expect(labels.some((label) => label.includes('SR-0001-'))).toBe(true);
    expect(await figure.locator('svg').textContent()).toMatch(/出材率 \d{1,3}\.\d%/);
    expect(await page.locator('.cut-plan-yield').first().innerText()).toMatch(/总出材率 \d{1,3}\.\d%/);
    // a ripped material's plans, one per width: each says the width its bars are ripped to and the thickness, in its
    // heading and in each drawing's caption
    const plans = (
      await stack.api.request('GET', `/api/v1/split-runs/${runId}/cut-plans`, { token: stack.tokens.planner })
    ).body as { material: string; ripWidth: number | null; thickness: number | null }[];
    for (const material of ['LVL-40', 'JAMB-BOARD']) {
      const ripped = plans.filter((p) => p.material === material);
      expect(ripped.length).toBeGreaterThan(0);
      for (const plan of ripped) {
        expect(plan.ripWidth).toEqual(expect.any(Number));
        const section = page.locator(`.cut-plan[data-material="${material}"][data-rip-width="${plan.ripWidth}"]`);
        const profile = `开料宽 ${plan.ripWidth} mm · 厚 ${plan.thickness} mm`;
        expect(await section.locator('.cut-plan-title').innerText()).toContain(profile);
        expect(await section.locator('.cut-figure svg text').first().textContent()).toContain(
          `${material} · ${profile} · 第 `,
        );
      }
    }
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page
      .locator('.cut-plan[data-material="LVL-40"][data-rip-width="150"]')
      .screenshot({ path: join(SCREENSHOTS, 'split-runs-cut-plan-ripped-zh.png') });
    const sheet = page.locator('.cut-sheets .cut-figure').first();
    await sheet.locator('svg .cut-part').first().waitFor();
    mkdirSync(SCREENSHOTS, { recursive: true });
    await sheet.screenshot({ path: join(SCREENSHOTS, 'split-runs-cut-diagram.png') });
    await tab.screenshot('split-runs-cut-plans-zh');
    // the area's main screenshot: what the planner sees first, the run's summary over its first drawings
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOTS, 'split-runs-zh.png') });

    const csv = await downloaded(page, () => page.getByRole('button', { name: '下载下料单 CSV' }).click());
    expect(csv.name).toMatch(/^split-[0-9a-f]{8}-cut-list\.csv$/);
    expect(csv.text.replace(/^\uFEFF/, '')).toMatch(/^方案 plan,材料 material,类型 kind,/);
    expect(csv.text).toContain('SR-0001-1-1');

    expect(csv.text).toMatch(/,旋转 rotated,开料宽 rip width,厚 thickness\r\n/);

    const svg = await downloaded(page, () => figure.getByRole('button', { name: /下载 SVG/ }).click());
    expect(svg.name).toMatch(/\.svg$/);
    expect(svg.text).toContain('<svg');
    expect(svg.text).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg.text).toMatch(/出材率 \d{1,3}\.\d%/);
    expect(svg.text).toContain('SR-0001-');
    // a ripped bar's drawing: its file and its title say the width (a material has a plan per width)
    const rippedFigure = page.locator('.cut-plan[data-material="LVL-40"][data-rip-width="150"] .cut-figure').first();
    const rippedSvg = await downloaded(page, () => rippedFigure.getByRole('button', { name: /下载 SVG/ }).click());
    expect(rippedSvg.name).toMatch(/-LVL-40-150mm-linear-1\.svg$/);
    expect(rippedSvg.text).toMatch(/<title>LVL-40 · 开料宽 150 mm · 厚 \d+ mm · 第 1/);

    await page.getByRole('button', { name: '打印下料图' }).click();
    await page.waitForURL(/\/planner\/split-runs\/[0-9a-f-]{36}\/print$/);
    await page.locator('.split-print .cut-figure svg').first().waitFor();
    // a plain page: the app's header and menu are not shown
    expect(await page.locator('.shell-header').isVisible()).toBe(false);
    const header = await page.locator('.split-print-header').innerText();
    expect(header).toContain('下料图');
    expect(header).toContain('SR-0001');
    expect(
      await page.locator('.split-print .cut-plan[data-material="LVL-40"] .cut-plan-title').first().innerText(),
    ).toMatch(/LVL-40\s*开料宽 \d+ mm · 厚 \d+ mm/);
    // as on paper: A4 at 96 dpi, in print media
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.split-print-toolbar').isVisible()).toBe(false);
    // no drawing wider than the page
    const overflow = await page.evaluate(() =>
      [...document.querySelectorAll('.split-print .cut-figure svg')].filter(
        (svg) => svg.getBoundingClientRect().right > document.documentElement.clientWidth + 1,
      ),
    );
    expect(overflow).toHaveLength(0);
    await tab.screenshot('split-runs-print');
    const pdf = await page.pdf({ format: 'A4', path: join(SCREENSHOTS, 'split-runs-print.pdf') });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // one material per printed page at least
    const materials = await page.locator('.split-print .cut-plan').count();
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(materials).toBeGreaterThan(1);
    expect(pages).toBeGreaterThanOrEqual(materials);
    tab.assertNoConsoleErrors();
    await tab.close();
  });

  it('lists the runs in English, opens one, and shows a manager the runs without the new-run button', async () => {
    const orderId = await confirmedOrder(stack.api, stack.tokens.planner, 'SR-0002', [makeOrderLine({ quantity: 1 })]);
    const run = await stack.api.request('POST', '/api/v1/split-runs', {
      token: stack.tokens.planner,
      body: { orderIds: [orderId] },
    });
    await splitFinished(stack.api, stack.tokens.planner, run.body.id);

    const tab = await BrowserTab.open(browser, stack, { language: 'en' });
    const { page } = tab;
    await tab.signIn(stack, 'planner', '/planner/split-runs');
    const row = page.getByRole('row', { name: /SR-0002/ });
    await row.getByText('Done').waitFor();
    expect(await row.innerText()).toContain('planner');
    await row.getByRole('link', { name: 'Open' }).click();
    await page.getByRole('tab', { name: 'Materials and yield' }).click();
    await page.getByRole('cell', { name: 'LVL-40' }).waitFor();
    // one door: one lock set, said as one; veneer in m², bars in m
    expect(await page.getByRole('row', { name: /^LOCK-MORTISE-L\s/ }).innerText()).toMatch(/1 set\s+v1/);
    expect(await page.getByRole('row', { name: /^VENEER-OAK\s/ }).innerText()).toMatch(/\d+(\.\d)? m²/);
    expect(await page.getByRole('row', { name: /^LVL-40\s/ }).innerText()).toMatch(/\d+(\.\d)? m\s/);
    await tab.screenshot('split-runs-materials-en');
    await page.getByRole('tab', { name: 'Cut plans' }).click();
    await page.locator('.cut-figure svg .cut-part').first().waitFor();
    expect(await page.locator('.cut-figure svg').first().textContent()).toMatch(/yield \d{1,3}\.\d%/);
    expect(await page.locator('.cut-plan[data-material="LVL-40"] .cut-plan-title').first().innerText()).toMatch(
      /ripped to \d+ mm · \d+ mm thick/,
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOTS, 'split-runs-en.png') });
    await page.goto('/planner/split-runs');
    await page.addStyleTag({ content: NO_TRANSITIONS });
    await page
      .getByRole('row', { name: /SR-0001/ })
      .first()
      .waitFor();
    await page.waitForLoadState('networkidle');
    await tab.screenshot('split-runs-list-en');
    // the runs of one order, found by its number; an unknown number is said so
    const search = page.getByRole('searchbox', { name: 'Find by order number' });
    await search.fill('SR-0002');
    await search.press('Enter');
    await page
      .getByRole('row', { name: /SR-0001/ })
      .first()
      .waitFor({ state: 'detached' });
    // the search's answer drawn (not the empty table between two answers)
    await page
      .getByRole('row', { name: /SR-0002/ })
      .first()
      .waitFor();
    expect(await page.locator('.ant-table-row').count()).toBe(1);
    await search.fill('NO-SUCH-ORDER');
    await search.press('Enter');
    await page.getByText('There is no order NO-SUCH-ORDER').waitFor();
    tab.assertNoConsoleErrors([/status of 404/]);
    await tab.close();

    const manager = await BrowserTab.open(browser, stack);
    await manager.signIn(stack, 'manager', '/planner/split-runs');
    await manager.page.getByRole('row', { name: /SR-0002/ }).waitFor();
    expect(await manager.page.getByRole('button', { name: '新建拆单' }).count()).toBe(0);
    manager.assertNoConsoleErrors();
    await manager.close();
  });

  it('says in words why a run failed: a door model that cuts a material nobody set up', async () => {
    const token = stack.tokens.planner;
    const base = (await stack.api.request('GET', '/api/v1/products/PD-LVL01', { token })).body;
    const { version: _v, createdAt: _c, ...product } = base;
    product.code = 'PD-NOMAT';
    product.components[0].material = 'NO-SUCH-MAT';
    expect((await stack.api.request('POST', '/api/v1/products', { token, body: product })).status).toBe(201);
    const orderId = await confirmedOrder(stack.api, token, 'SR-0004', [makeOrderLine({ productCode: 'PD-NOMAT' })]);
    const run = await stack.api.request('POST', '/api/v1/split-runs', { token, body: { orderIds: [orderId] } });
    expect((await splitFinished(stack.api, token, run.body.id)).status).toBe('failed');

    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'planner', '/planner/split-runs');
    await page
      .getByRole('row', { name: /SR-0004/ })
      .getByText('失败')
      .waitFor();
    await page
      .getByRole('row', { name: /SR-0004/ })
      .getByRole('link', { name: '查看' })
      .click();
    const failed = page.locator('.split-run-failed');
    await failed.getByText('拆单失败').waitFor();
    // the api's reason, in Chinese, still naming the material
    expect(await failed.innerText()).toContain('未定义材料（NO-SUCH-MAT）');
    expect(await page.locator('.split-tabs').count()).toBe(0);
    await tab.screenshot('split-runs-failed-zh');

    // once the material is set up, the same orders split again from the failed run's page
    const material = { nameZh: '测试料', nameEn: 'Test stock', cutKind: 'linear', stockLength: 2750, thickness: 40 };
    expect(product.components[0].cutKind).toBe('linear');
    const setUp = await stack.api.request('POST', '/api/v1/materials', {
      token,
      body: { ...material, code: 'NO-SUCH-MAT' },
    });
    expect(setUp.status).toBe(201);
    await failed.getByRole('button', { name: '用相同订单重新拆单' }).click();
    await page.waitForURL((url) => !url.pathname.endsWith(run.body.id as string));
    await page.locator('.split-run-status', { hasText: '已完成' }).waitFor({ timeout: 60_000 });
    await page.getByRole('tab', { name: '下料图' }).click();
    await page.locator('.cut-plan[data-material="NO-SUCH-MAT"] .cut-figure svg').first().waitFor();
    tab.assertNoConsoleErrors();
    await tab.close();
  });

  it('says in words why a run cannot start: an order cancelled after it was chosen', async () => {
    const orderId = await confirmedOrder(stack.api, stack.tokens.planner, 'SR-0003', [makeOrderLine({ quantity: 1 })]);
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'planner', '/planner/split-runs/new');
    await page
      .getByRole('row', { name: /SR-0003/ })
      .getByRole('checkbox')
      .check();
    const cancelled = await stack.api.request('POST', `/api/v1/orders/${orderId}/cancel`, {
      token: stack.tokens.planner,
    });
    expect(cancelled.status).toBe(200);
    await page.getByRole('button', { name: '开始拆单' }).click();
    const alert = page.locator('.split-alert');
    await alert.getByText('无法开始拆单').waitFor();
    expect(await alert.innerText()).toContain('以下订单当前状态不能拆单');
    expect(await alert.innerText()).toContain('SR-0003');
    // the list is read again: the cancelled order is gone from it and from the selection
    await page.getByRole('row', { name: /SR-0003/ }).waitFor({ state: 'detached' });
    await page.getByText('已选 0 个订单').waitFor();
    await tab.screenshot('split-runs-refused-zh');
    // the browser logs the refused request itself
    tab.assertNoConsoleErrors([/status of 409/]);
    await tab.close();
  });

  it('starts one run, not two, when the start button is double-clicked', async () => {
    await confirmedOrder(stack.api, stack.tokens.planner, 'SR-0009', [makeOrderLine({ quantity: 1 })]);
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'planner', '/planner/split-runs/new');
    await page
      .getByRole('row', { name: /SR-0009/ })
      .getByRole('checkbox')
      .check();
    await page.getByRole('button', { name: '开始拆单' }).dblclick();
    await page.locator('.split-run-status', { hasText: '已完成' }).waitFor({ timeout: 60_000 });
    const runs = await stack.api.request('GET', '/api/v1/split-runs?order=SR-0009', { token: stack.tokens.planner });
    expect(runs.status).toBe(200);
    expect(runs.body.items).toHaveLength(1);
    tab.assertNoConsoleErrors();
    await tab.close();
  });
});
