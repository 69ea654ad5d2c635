import type { Browser } from 'playwright-core';
import { BrowserTab, launchBrowser, startWebStack, type WebStack } from './support/browser';
import { errorAt, tablesSettled } from './support/page-helpers';

type Body = Record<string, any>;

describe('processes (工序) in a real browser', () => {
  let stack: WebStack;
  let browser: Browser;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startWebStack({ factory: 'PROCS' }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  const stored = async () =>
    (await stack.api.request('GET', '/api/v1/processes?all=true', { token: stack.tokens.planner })).body as Body[];
  const rows = (tab: BrowserTab) => tab.page.locator('.ant-table-tbody tr.ant-table-row');
  const rowTexts = async (tab: BrowserTab) =>
    (await rows(tab).allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());

  it('adds 养生 with a 24 h wait, moves it up after 冷压, and refuses a taken code at the code field', async () => {
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'planner', '/planner/processes');
    await page.getByRole('row', { name: /packing/ }).waitFor();
    expect((await rowTexts(tab)).map((text) => text.split(' ')[1])).toEqual([
      'cutting',
      'pressing',
      'edge_banding',
      'cnc',
      'sanding',
      'veneering',
      'painting',
      'assembly',
      'packing',
    ]);

    await page.getByRole('button', { name: '新建工序' }).click();
    await page.locator('#process_code').fill('养生');
    await page.locator('#process_nameZh').fill('养生');
    await page.locator('#process_nameEn').fill('Curing');
    await page.locator('#process_minWaitMinutes').fill('24');
    // the instructions its travelers (流转卡) print, over two lines
    await page.locator('#process_instructions').fill('静置 24 小时，勿叠压；\n出库前抽检开胶。');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.getByText('工序 养生 已创建').waitFor();
    const curing = page.getByRole('row', { name: /Curing/ });
    await curing.waitFor();
    expect((await curing.innerText()).replace(/\s+/g, ' ')).toMatch(
      /^10 养生 养生 Curing 24 小时 静置 24 小时，勿叠压； 出库前抽检开胶。 启用/,
    );
    expect((await stored()).find((p) => p.code === '养生')).toMatchObject({
      minWaitMinutes: 1440,
      sort: 10,
      instructions: '静置 24 小时，勿叠压；\n出库前抽检开胶。',
    });

    // up, seven times: from the end to right after 冷压 (each move is saved before the next is offered)
    for (let n = 0; n < 7; n += 1) {
      // the buttons are disabled while a move is saved; a click waits for them
      await curing.getByRole('button', { name: '上移' }).click();
      await rows(tab)
        .nth(8 - n)
        .filter({ hasText: 'Curing' })
        .waitFor();
    }
    expect((await stored()).map((p) => p.code)).toEqual([
      'cutting',
      'pressing',
      '养生',
      'edge_banding',
      'cnc',
      'sanding',
      'veneering',
      'painting',
      'assembly',
      'packing',
    ]);
    await page.reload();
    await rows(tab).nth(2).filter({ hasText: 'Curing' }).waitFor();
    await tablesSettled(page);
    await tab.screenshot('processes-zh');

    // the same code again: refused at the code field, nothing added
    await page.getByRole('button', { name: '新建工序' }).click();
    await page.locator('#process_code').fill('养生');
    await page.locator('#process_nameZh').fill('再养生');
    await page.locator('#process_nameEn').fill('Curing again');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await errorAt(page, 'process_code').filter({ hasText: '该工序编码已被使用' }).waitFor();
    await tab.screenshot('processes-refused-zh');
    await page.locator('.ant-modal-footer .ant-btn').first().click();
    await page.locator('.ant-modal').waitFor({ state: 'hidden' });
    expect((await stored()).filter((p) => p.code === '养生')).toEqual([expect.objectContaining({ nameZh: '养生' })]);
    tab.assertNoConsoleErrors([/status of 409/]);
    await tab.close();
  });

  it('changes a wait to 1 h 30 min, switches a process off and on; the code stays', async () => {
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'planner', '/planner/processes');
    const painting = page.getByRole('row', { name: /painting/ });
    await painting.getByRole('button', { name: '编辑' }).click();
    expect(await page.locator('#process_code').isDisabled()).toBe(true);
    await page.locator('#process_minWaitMinutes').fill('1');
    await page.locator('#process_minWaitMinutes_minutes').fill('30');
    expect(await page.locator('#process_instructions').inputValue()).toBe('');
    await page.locator('#process_instructions').fill('喷涂前除尘。');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.getByText('工序 painting 已保存').waitFor();
    await painting.filter({ hasText: '1 小时 30 分钟' }).filter({ hasText: '喷涂前除尘。' }).waitFor();
    expect((await stored()).find((p) => p.code === 'painting')).toMatchObject({ instructions: '喷涂前除尘。' });
    // cleared: the list says it has none
    await painting.getByRole('button', { name: '编辑' }).click();
    await page.locator('#process_instructions').fill('');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.locator('.ant-modal').waitFor({ state: 'hidden' });
    await painting.filter({ hasText: '喷涂前除尘。' }).waitFor({ state: 'detached' });
    expect((await stored()).find((p) => p.code === 'painting')).toMatchObject({ instructions: '' });

    await painting.getByRole('button', { name: '停用' }).click();
    await painting.filter({ hasText: '已停用' }).waitFor();
    expect((await stored()).find((p) => p.code === 'painting')).toMatchObject({ active: false, minWaitMinutes: 90 });
    await painting.getByRole('button', { name: '启用' }).click();
    await painting.getByRole('button', { name: '停用' }).waitFor();
    expect((await stored()).find((p) => p.code === 'painting')).toMatchObject({ active: true });
    tab.assertNoConsoleErrors();
    await tab.close();
  });

  it('reads in English, and shows a manager the list without the means to change it', async () => {
    const planner = await BrowserTab.open(browser, stack, { language: 'en' });
    await planner.signIn(stack, 'planner', '/planner/processes');
    await planner.page
      .getByRole('row', { name: /Curing/ })
      .getByText('24 h')
      .waitFor();
    await planner.page.getByRole('button', { name: 'New process' }).waitFor();
    await tablesSettled(planner.page);
    await planner.screenshot('processes-en');
    planner.assertNoConsoleErrors();
    await planner.close();

    const tab = await BrowserTab.open(browser, stack, { language: 'en' });
    await tab.signIn(stack, 'manager', '/planner/processes');
    await tab.page.getByRole('row', { name: /Curing/ }).waitFor();
    await tab.page.getByText('Read-only').waitFor();
    expect(await tab.page.getByRole('button', { name: 'New process' }).count()).toBe(0);
    expect(await tab.page.getByRole('button', { name: 'Up' }).count()).toBe(0);
    tab.assertNoConsoleErrors();
    await tab.close();
  });
});
