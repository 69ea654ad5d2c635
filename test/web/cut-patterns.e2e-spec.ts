import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DEMO_MATERIALS } from '@mendao/splitting';
import { makeOrderLine } from '@mendao/splitting/testing';
import { BrowserTab, launchBrowser, SCREENSHOTS, startWebStack, type WebStack } from './support/browser';
import { confirmedOrder, splitFinished } from '../support/splitting';

const NO_TRANSITIONS = '*, *::before, *::after { transition: none !important; animation: none !important; }';

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

describe('cut patterns (下料方案) of a split run in a real browser', () => {
  let stack: WebStack;
  let browser: Browser;
  let runId: string;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startWebStack({ factory: 'PATTWEB', catalogue: true }), launchBrowser()]);
    const order = await confirmedOrder(stack.api, stack.tokens.planner, 'CP-0001', [
      makeOrderLine({ quantity: 5, room: '主卧' }),
      makeOrderLine({ width: 800, height: 2050, quantity: 3, room: '次卧', swing: 'right-in' }),
    ]);
    const accepted = await stack.api.request('POST', '/api/v1/split-runs', {
      token: stack.tokens.planner,
      body: { orderIds: [order] },
    });
    runId = accepted.body.id;
    expect((await splitFinished(stack.api, stack.tokens.planner, runId)).status).toBe('succeeded');
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('shows the patterns ×N with drawings, numbered cuts and doors, and downloads every export in one click', async () => {
    const patterns = (
      await stack.api.request('GET', `/api/v1/split-runs/${runId}/cut-patterns?limit=500`, {
        token: stack.tokens.planner,
      })
    ).body.items;
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'planner', `/planner/split-runs/${runId}`);
    await page.addStyleTag({ content: NO_TRANSITIONS });
    await page.getByRole('tab', { name: '下料方案' }).click();
    const cards = page.locator('.cut-pattern');
    await cards.first().waitFor();
    // the first page of patterns, each with its count and its drawing loaded
    expect(await cards.count()).toBe(Math.min(patterns.length, 20));
    expect(await page.locator('.cut-pattern-count').first().innerText()).toBe(`×${patterns[0].count}`);
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll<HTMLImageElement>('.cut-pattern-drawing')].length > 0 &&
        [...document.querySelectorAll<HTMLImageElement>('.cut-pattern-drawing')].every(
          (img) => img.complete && img.naturalWidth > 0,
        ),
    );
    const first = await cards.first().innerText();
    expect(first).toContain('方案 1');
    expect(first).toMatch(/CP-0001-\d ×\d+/);
    const sheet = patterns.find((p: any) => p.kind === 'sheet');
    const sheetCard = page.locator(`.cut-pattern[data-pattern="${sheet.no}"]`);
    await sheetCard.scrollIntoViewIfNeeded();
    // the cuts as the sawyer reads them: numbered 1…n in the order the api gives them
    const sequence = (await sheetCard.locator('.cut-pattern-sequence').innerText()).replace(/^[^：:]*[：:]\s*/, '');
    const numbers = sequence.split(' · ').map((step) => Number(/^\d+/.exec(step)?.[0]));
    expect(numbers).toEqual(sheet.cuts.map((c: { no: number }) => c.no));
    expect(numbers).toEqual(Array.from({ length: sheet.cuts.length }, (_, i) => i + 1));
    expect(await sheetCard.innerText()).toContain('修边');
    await tab.screenshot('cut-patterns-zh');
    // one sheet and one bar pattern at their own size: what a sawyer reads on screen
    mkdirSync(SCREENSHOTS, { recursive: true });
    await sheetCard.screenshot({ path: join(SCREENSHOTS, 'cut-pattern-sheet-zh.png') });
    await cards.first().screenshot({ path: join(SCREENSHOTS, 'cut-pattern-bar-zh.png') });

    const files: [RegExp, string, (bytes: Buffer) => void][] = [
      [/下料单 CSV/, 'cut-list.csv', (b) => expect(b.toString('utf8')).toContain('方案 plan')],
      [/下料单 Excel/, 'cut-list.xlsx', (b) => expect(b.subarray(0, 2).toString()).toBe('PK')],
      [/拆单明细 Excel/, 'split-detail.xlsx', (b) => expect(b.subarray(0, 2).toString()).toBe('PK')],
      [/下料图 PDF/, 'cut-patterns.pdf', (b) => expect(b.subarray(0, 5).toString()).toBe('%PDF-')],
      [/开料锯 CSV/, 'saw-parts.csv', (b) => expect(b.toString('utf8')).toMatch(/^Material;Thickness;Length;Width/)],
    ];
    for (const [label, name, check] of files) {
      const file = await downloaded(page, () =>
        page.locator('.cut-pattern-exports').getByRole('button', { name: label }).click(),
      );
      expect(file.name).toBe(`split-${runId.slice(0, 8)}-${name}`);
      check(file.bytes);
    }
    tab.assertNoConsoleErrors();
  });

  it('names the remnant item (余料) a pattern is cut from, apart from new stock of the same material', async () => {
    const created = async (path: string, body: unknown) => {
      const res = await stack.api.request('POST', path, { token: stack.tokens.warehouse, body });
      expect([path, res.status]).toEqual([path, 201]);
    };
    await created('/api/v1/locations', { code: 'R-01', nameZh: '余料架', nameEn: 'Remnant rack', type: 'storage' });
    for (const m of DEMO_MATERIALS.filter((x) => x.cutKind !== 'none')) {
      const [size] = m.stockSizes;
      const names = { code: m.code, nameZh: m.nameZh, nameEn: m.nameEn };
      await created(
        '/api/v1/items',
        m.cutKind === 'sheet'
          ? { ...names, kind: 'board', unit: 'sheet', width: size.width, length: size.length }
          : { ...names, kind: 'moulding', unit: 'piece', length: size.length },
      );
    }
    await created('/api/v1/stock/remnants', {
      scanId: randomUUID(),
      location: 'R-01',
      material: 'CASING-60',
      length: 2400,
      quantity: 2,
    });
    const order = await confirmedOrder(stack.api, stack.tokens.planner, 'CP-REM', [makeOrderLine({ quantity: 2 })]);
    const run = (
      await stack.api.request('POST', '/api/v1/split-runs', {
        token: stack.tokens.planner,
        body: { orderIds: [order] },
      })
    ).body.id;
    expect((await splitFinished(stack.api, stack.tokens.planner, run)).status).toBe('succeeded');
    const patterns = (
      await stack.api.request('GET', `/api/v1/split-runs/${run}/cut-patterns?limit=500`, {
        token: stack.tokens.planner,
      })
    ).body.items;
    const fromRemnant = patterns.filter((p: any) => p.fromRemnant !== null);
    expect(fromRemnant.length).toBeGreaterThan(0);
    expect(fromRemnant.length).toBeLessThanOrEqual(20);

    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'planner', `/planner/split-runs/${run}`);
    await page.addStyleTag({ content: NO_TRANSITIONS });
    await page.getByRole('tab', { name: '下料方案' }).click();
    await page.locator('.cut-pattern').first().waitFor();
    const tags = page.locator('.cut-pattern-remnant');
    expect(await tags.allInnerTexts()).toEqual(fromRemnant.map((p: any) => `余料 ${p.fromRemnant}`));
    const card = page.locator(`.cut-pattern[data-pattern="${fromRemnant[0].no}"]`);
    expect(await card.innerText()).toContain('原料 2400 mm');
    // a pattern of new stock says nothing of remnants
    const fresh = patterns.find((p: any) => p.fromRemnant === null);
    if (fresh)
      expect(await page.locator(`.cut-pattern[data-pattern="${fresh.no}"] .cut-pattern-remnant`).count()).toBe(0);
    tab.assertNoConsoleErrors();
  }, 120_000);

  it('lets the stores read what a run needs from them, without the planning tabs the api keeps from them', async () => {
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'warehouse', `/planner/split-runs/${runId}`);
    await page.getByRole('tab', { name: '下料方案' }).waitFor();
    // materials first: the parts, work orders and packages tabs (403 for the stores) and the print view are not offered
    expect(await page.getByRole('tab', { selected: true }).innerText()).toBe('材料与出材率');
    expect(await page.getByRole('tab', { name: '部件' }).count()).toBe(0);
    expect(await page.getByRole('tab', { name: '工单' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '打印下料图' }).count()).toBe(0);
    await page.getByRole('tab', { name: '下料方案' }).click();
    await page.locator('.cut-pattern').first().waitFor();
    const file = await downloaded(page, () =>
      page
        .locator('.cut-pattern-exports')
        .getByRole('button', { name: /下料图 PDF/ })
        .click(),
    );
    expect(file.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    await tab.screenshot('cut-patterns-warehouse');
    tab.assertNoConsoleErrors();
  });

  it('reads the same patterns in English', async () => {
    const tab = await BrowserTab.open(browser, stack, { language: 'en' });
    const { page } = tab;
    await tab.signIn(stack, 'manager', `/planner/split-runs/${runId}`);
    await page.getByRole('tab', { name: 'Cut patterns' }).click();
    await page.locator('.cut-pattern').first().waitFor();
    expect(await page.locator('.cut-pattern').first().innerText()).toContain('Pattern 1');
    await page.getByRole('button', { name: 'Cut patterns PDF' }).waitFor();
    await tab.screenshot('cut-patterns-en');
    tab.assertNoConsoleErrors();
  });
});
