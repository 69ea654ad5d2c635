import type { Browser, Locator, Page } from 'playwright-core';
import { BrowserTab, launchBrowser, startWebStack, type WebStack } from './support/browser';
import { button, chooseOption, errorAt, tablesSettled } from './support/page-helpers';

type Body = Record<string, any>;

/**
 * Types a span into Ant Design's RangePicker with a time (`showTime`): its start, Enter, then its end, Enter. The
 * picker takes typed text only into the field it holds active, and moves to the end field on its own after the start
 * is confirmed; text typed into the end field before that is dropped (rc-picker ignores input into a field other
 * than its current one), leaving OK disabled: CI's flake under load. So each step waits for the picker's own state:
 * the end field active and focused before it is typed into, the typed end taken (OK enabled) before Enter (no click
 * on a button the popup may be moving), both fields showing the span once the picker closed.
 */
async function pickSpan(page: Page, id: string, from: string, to: string): Promise<void> {
  const picker = page.locator('.ant-picker-range', { has: page.locator(`#${id}`) });
  const [start, end] = [picker.locator('input').nth(0), picker.locator('input').nth(1)];
  const dropdown = page.locator('.ant-picker-dropdown-range:visible');
  const holds = (input: Locator, text: string) => input.evaluate((e, t) => (e as HTMLInputElement).value === t, text);
  await start.click();
  await start.fill(from);
  await dropdown.locator('.ant-picker-ok button:enabled').waitFor();
  await start.press('Enter');
  await page.waitForFunction(
    (input) => input === document.activeElement && input.parentElement!.classList.contains('ant-picker-input-active'),
    await end.elementHandle(),
  );
  await end.fill(to);
  await dropdown.locator('.ant-picker-ok button:enabled').waitFor();
  await end.press('Enter');
  await dropdown.waitFor({ state: 'hidden' });
  expect([await holds(start, from), await holds(end, to)]).toEqual([true, true]);
}

describe('machines and shifts (设备与班次) in a real browser', () => {
  let stack: WebStack;
  let browser: Browser;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startWebStack({ factory: 'MACH' }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  const machines = async () =>
    ((await stack.api.request('GET', '/api/v1/machines', { token: stack.tokens.manager })).body as Body)
      .items as Body[];
  const shifts = async () =>
    ((await stack.api.request('GET', '/api/v1/shifts', { token: stack.tokens.manager })).body as Body).items as Body[];

  it('creates a machine, and refuses a taken code at the code field with nothing added', async () => {
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'manager', '/shop-floor/machines');
    await page.getByRole('button', { name: '新建设备' }).click();
    await page.locator('#machine_code').fill('EB-01');
    await page.locator('#machine_name').fill('封边机 1 号');
    await page.locator('#machine_nameEn').fill('Edge bander 1');
    await chooseOption(page, page.locator('#machine_process'), '封边');
    await chooseOption(page, page.locator('#machine_countUnit'), /^米$/);
    await page.locator('#machine_idealCycleSeconds').fill('2.5');
    // where its counts come from, with the help text saying what each choice means
    await page.getByText('哪些产量计入 OEE').waitFor();
    await chooseOption(page, page.locator('#machine_countsFrom'), '工位报工');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.getByText('设备 EB-01 已创建').waitFor();
    const row = page.getByRole('row', { name: /EB-01/ });
    await row.waitFor();
    expect((await row.innerText()).replace(/\s+/g, ' ')).toMatch(
      /EB-01 封边机 1 号 封边 2.5 秒\/米 工位报工 无数据 启用/,
    );
    expect((await machines()).find((m) => m.code === 'EB-01')).toMatchObject({
      name: '封边机 1 号',
      nameEn: 'Edge bander 1',
      process: 'edge_banding',
      countUnit: 'm',
      countsFrom: 'reports',
      idealCycleSeconds: 2.5,
      active: true,
    });

    // the same code again: refused at the code field, nothing added
    await page.getByRole('button', { name: '新建设备' }).click();
    await page.locator('#machine_code').fill('EB-01');
    await page.locator('#machine_name').fill('另一台封边机');
    await page.locator('#machine_idealCycleSeconds').fill('3');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await errorAt(page, 'machine_code').filter({ hasText: '该设备编码已被使用' }).waitFor();
    await tab.screenshot('web-machines-refused-zh');
    await page.locator('.ant-modal-footer .ant-btn').first().click();
    await page.locator('.ant-modal').waitFor({ state: 'hidden' });
    expect((await machines()).filter((m) => m.code === 'EB-01')).toEqual([
      expect.objectContaining({ name: '封边机 1 号' }),
    ]);
    tab.assertNoConsoleErrors([/status of 409/]);
    await tab.close();
  });

  it("changes the ideal cycle, and shows the api's refusal of a cycle beyond its maximum at the field", async () => {
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'manager', '/shop-floor/machines');
    const row = page.getByRole('row', { name: /EB-01/ });
    await row.getByRole('button', { name: '编辑' }).click();
    expect(await page.locator('#machine_code').isDisabled()).toBe(true);
    // a cycle the api refuses (beyond its maximum): the api's words under the field
    await page.locator('#machine_idealCycleSeconds').fill('99999999');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await errorAt(page, 'machine_idealCycleSeconds').waitFor();
    await page.locator('#machine_idealCycleSeconds').fill('2');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.getByText('设备 EB-01 已保存').waitFor();
    await row.filter({ hasText: '2 秒/米' }).waitFor();
    expect((await machines()).find((m) => m.code === 'EB-01')).toMatchObject({ idealCycleSeconds: 2 });
    tab.assertNoConsoleErrors([/status of 400/]);
    await tab.close();
  });

  it('adds a night shift crossing midnight with a break, and shows it overnight with its planned hours', async () => {
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'manager', '/shop-floor/machines?tab=shifts');
    await page.getByRole('button', { name: '新建班次' }).click();
    await page.locator('#shift_code').fill('night');
    await page.locator('#shift_name').fill('夜班');
    await page.locator('#shift_start').fill('22:00');
    // the same end as start is a 24-hour shift: said in the form before it is saved
    await page.locator('#shift_end').fill('22:00');
    await page.getByTestId('shift-all-day-warning').filter({ hasText: '按连续 24 小时保存' }).waitFor();
    await page.getByTestId('shift-all-day').filter({ hasText: '24 小时' }).waitFor();
    await tab.screenshot('web-machines-shift-24h-zh');
    await page.locator('#shift_end').fill('06:00');
    await page.getByTestId('shift-overnight').waitFor();
    expect(await page.getByTestId('shift-all-day-warning').count()).toBe(0);
    await page.getByRole('button', { name: '添加休息' }).click();
    await page.locator('#shift_breaks_0_start').fill('02:00');
    await page.locator('#shift_breaks_0_end').fill('02:30');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.getByText('班次 night 已创建').waitFor();
    const row = page.getByRole('row', { name: /night/ });
    expect((await row.innerText()).replace(/\s+/g, ' ')).toMatch(
      /night 夜班 周一–周五 22:00 – 06:00 跨夜 02:00–02:30 7.5 小时 启用/,
    );
    expect((await shifts()).find((s) => s.code === 'night')).toMatchObject({
      days: [1, 2, 3, 4, 5],
      start: '22:00',
      end: '06:00',
      breaks: [{ start: '02:00', end: '02:30' }],
    });
    await tablesSettled(page);
    await tab.screenshot('web-machines-shifts-zh');
    tab.assertNoConsoleErrors();
    await tab.close();
  });

  it('adds a holiday and planned maintenance, and a sub-reason under 设备故障 in the reason tree, switched off and on', async () => {
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'manager', '/shop-floor/machines?tab=holidays');
    await page.locator('#holiday_day').fill('2026-10-01');
    await page.locator('#holiday_day').press('Enter');
    await page.locator('#holiday_name').fill('国庆节');
    await button(page, '添加节假日').click();
    await page.getByText('节假日 2026-10-01 已添加').waitFor();
    await page.getByRole('row', { name: /国庆节/ }).waitFor();

    await page.getByRole('tab', { name: '计划维护' }).click();
    await chooseOption(page, page.locator('#maintenance_machine'), 'EB-01');
    await pickSpan(page, 'maintenance_span', '2026-12-05 08:00', '2026-12-05 12:00');
    await page.locator('#maintenance_reason').fill('封边机月度保养');
    await button(page, '添加计划维护').click();
    await page.getByText('计划维护已添加').waitFor();
    await page
      .getByRole('row', { name: /封边机月度保养/ })
      .getByText('EB-01 封边机 1 号')
      .waitFor();
    const maintenance = (
      await stack.api.request('GET', '/api/v1/calendar/maintenance', { token: stack.tokens.manager })
    ).body as Body;
    expect(maintenance.items).toEqual([
      expect.objectContaining({
        machine: 'EB-01',
        from: new Date(2026, 11, 5, 8).toISOString(),
        to: new Date(2026, 11, 5, 12).toISOString(),
        reason: '封边机月度保养',
      }),
    ]);

    await page.getByRole('tab', { name: '停机原因' }).click();
    const breakdown = page.getByRole('row').filter({ hasText: '设备故障' });
    await breakdown.getByRole('button', { name: '添加子原因' }).click();
    await page.locator('#reason_code').fill('spindle');
    await page.locator('#reason_nameZh').fill('主轴故障');
    await page.locator('#reason_nameEn').fill('Spindle failure');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.getByText('停机原因 spindle 已创建').waitFor();
    await page.getByRole('row', { name: /spindle/ }).waitFor();
    const reasons = (await stack.api.request('GET', '/api/v1/downtime-reasons', { token: stack.tokens.manager }))
      .body as Body;
    expect(reasons.items.find((r: Body) => r.code === 'spindle')).toMatchObject({
      parentCode: 'breakdown',
      appliesTo: ['down'],
      loss: 'breakdown',
      active: true,
    });
    await tablesSettled(page);
    await tab.screenshot('web-machines-reasons-zh');

    // switched off, it stays in the tree (greyed) and can be switched on again
    const spindle = page.getByRole('row').filter({ hasText: '主轴故障' });
    await spindle.getByRole('button', { name: '停用' }).click();
    await spindle.getByText('已停用').waitFor();
    const stored = async () =>
      (
        (await stack.api.request('GET', '/api/v1/downtime-reasons', { token: stack.tokens.manager })).body as Body
      ).items.find((r: Body) => r.code === 'spindle');
    expect(await stored()).toMatchObject({ active: false });
    await spindle.getByRole('button', { name: '启用' }).click();
    await spindle.getByRole('button', { name: '停用' }).waitFor();
    expect(await stored()).toMatchObject({ active: true });
    tab.assertNoConsoleErrors();
    await tab.close();
  });

  it('reads in English, and shows an operator the machines without the means to change them', async () => {
    const tab = await BrowserTab.open(browser, stack, { language: 'en' });
    await tab.signIn(stack, 'manager', '/shop-floor/machines');
    await tab.page.getByRole('row', { name: /EB-01/ }).getByText('Edge bander 1').waitFor();
    await tab.page.getByRole('row', { name: /EB-01/ }).getByText('2 s per m').waitFor();
    await tablesSettled(tab.page);
    await tab.screenshot('machines-en');
    tab.assertNoConsoleErrors();
    await tab.close();

    const operator = await BrowserTab.open(browser, stack, { language: 'en' });
    await operator.signIn(stack, 'operator', '/shop-floor/machines');
    await operator.page.getByRole('row', { name: /EB-01/ }).waitFor();
    await operator.page.getByText('Read-only').waitFor();
    expect(await operator.page.getByRole('button', { name: 'New machine' }).count()).toBe(0);
    expect(await operator.page.getByRole('button', { name: 'Edit' }).count()).toBe(0);
    operator.assertNoConsoleErrors();
    await operator.close();
  });
});
