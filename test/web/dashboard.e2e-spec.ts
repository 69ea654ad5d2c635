import type { Browser, Page } from 'playwright-core';
import { DEMO_FACTORY_CODE, DEMO_PASSWORD, DemoSeedService } from '@mendao/platform';
import { BrowserTab, launchBrowser, startWebStack, type WebStack } from './support/browser';
import { button, chooseOption, tablesSettled } from './support/page-helpers';

type Body = Record<string, any>;

const HOUR = 3_600_000;
/** The demo factory's zone, Asia/Shanghai: UTC+8 all year. */
const FACTORY_OFFSET = 8 * HOUR;

/** The texts an SVG chart draws (axis labels, names), so a test reads what a person sees. */
async function chartTexts(page: Page, testId: string): Promise<string[]> {
  const texts = await page.locator(`[data-testid=${testId}] svg text`).allTextContents();
  return texts.map((text) => text.trim()).filter((text) => text !== '');
}

/** Waits until the chart draws a text matching `pattern` (charts redraw when their data or language change). */
async function chartShows(page: Page, testId: string, pattern: RegExp): Promise<void> {
  await page.waitForFunction(
    ([id, source]) =>
      [...document.querySelectorAll(`[data-testid=${id}] svg text`)].some((e) =>
        new RegExp(source).test(e.textContent ?? ''),
      ),
    [testId, pattern.source] as const,
  );
}

describe('the equipment dashboard (设备效率看板) in a real browser', () => {
  let stack: WebStack;
  let browser: Browser;
  let manager: string;
  let operator: string;
  let reasons: Body[];
  const demo = { factory: DEMO_FACTORY_CODE, passwordOf: () => DEMO_PASSWORD };

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startWebStack({ factory: 'DASHW' }), launchBrowser()]);
    // the demo factory: eight machines with a month of states and counts
    await stack.api.app.get(DemoSeedService).seed();
    [manager, operator] = await Promise.all([
      stack.api.login(DEMO_FACTORY_CODE, 'manager', DEMO_PASSWORD),
      stack.api.login(DEMO_FACTORY_CODE, 'operator', DEMO_PASSWORD),
    ]);
    reasons = ((await stack.api.request('GET', '/api/v1/downtime-reasons', { token: manager })).body as Body).items;
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  const activeMachines = async () =>
    ((await stack.api.request('GET', '/api/v1/machines', { token: manager })).body as Body).items.filter(
      (m: Body) => m.active,
    ) as Body[];

  /**
   * Pareto labels are names (cut short with an ellipsis when long) in the given language of the reasons, or of the
   * states the api names when no reason was given (关机 for a machine switched off), or "other".
   */
  const reasonNames = async (language: 'nameZh' | 'nameEn', other: string) => {
    const to = new Date();
    const from = new Date(to.getTime() - 31 * 24 * HOUR);
    const query = `groupBy=factory&bucket=none&from=${from.toISOString()}&to=${to.toISOString()}`;
    const [factory] = ((await stack.api.request('GET', `/api/v1/oee?${query}`, { token: manager })).body as Body).items;
    const names = [...reasons, ...factory.downtimeByReason].map((r: Body) => r[language] as string);
    return (label: string) => {
      const stem = label.replace(/\.\.\.$|…$/, '');
      return label === other || names.some((name) => name.startsWith(stem));
    };
  };

  it('renders its tiles and charts for the demo machines in Chinese, then in English, with no console error', async () => {
    const tab = await BrowserTab.open(browser, stack, { viewport: { width: 1440, height: 900 } });
    const { page } = tab;
    await tab.signIn(demo, 'manager', '/shop-floor/dashboard');
    await page.getByTestId('dashboard-period').getByText('近30天').click();
    await chartShows(page, 'dashboard-pareto', /停机（分钟）/);
    await chartShows(page, 'dashboard-trend', /OEE/);
    await page.locator('[data-testid=dashboard-timeline] svg').waitFor();

    const machines = await activeMachines();
    expect(machines.length).toBeGreaterThanOrEqual(8);
    const rows = page.locator('[data-testid=dashboard-machines] .ant-table-tbody tr.ant-table-row');
    await rows.filter({ hasText: machines[machines.length - 1].code }).waitFor();
    await expect(rows.count()).resolves.toBe(machines.length);
    // a month of demo history: every tile has a figure, every machine its OEE
    for (const kpi of ['oee', 'availability', 'performance', 'quality'])
      expect(await page.getByTestId(`dashboard-kpi-${kpi}`).innerText()).toMatch(/\d+\.\d%/);
    for (const machine of machines)
      expect(await rows.filter({ hasText: machine.code }).innerText()).toMatch(/\d+\.\d%/);
    const zhLabels = (await chartTexts(page, 'dashboard-pareto')).filter((t) => !/^[\d.,%]+$|分钟/.test(t));
    expect(zhLabels.length).toBeGreaterThan(0);
    const isZhName = await reasonNames('nameZh', '其他');
    expect(zhLabels.filter((label) => !isZhName(label))).toEqual([]);
    // every machine has a row on the timeline, named by its code
    const timeline = (await chartTexts(page, 'dashboard-timeline')).join(' ');
    for (const machine of machines) expect(timeline).toContain(machine.code);
    await tablesSettled(page);
    await tab.screenshot('web-dashboard-zh');

    // the language switch redraws the charts with English labels and reason names
    await page.getByRole('button', { name: '语言' }).click();
    await chartShows(page, 'dashboard-pareto', /Down \(minutes\)/);
    await page.getByTestId('dashboard-kpi-availability').getByText('Availability').waitFor();
    const enLabels = (await chartTexts(page, 'dashboard-pareto')).filter((t) => !/^[\d.,%]+$|minutes/.test(t));
    expect(enLabels.length).toBeGreaterThan(0);
    const isEnName = await reasonNames('nameEn', 'Other');
    expect(enLabels.filter((label) => !isEnName(label))).toEqual([]);
    expect((await chartTexts(page, 'dashboard-trend')).join(' ')).toContain('Availability');
    await page.getByTestId('dashboard-period').getByText('Last 30 days').waitFor();
    await tablesSettled(page);
    await tab.screenshot('web-dashboard-en');
    tab.assertNoConsoleErrors();
    await tab.close();
  });

  it("counts today and this shift on the factory's clocks in a browser elsewhere, names the shift, and fits 1024 px", async () => {
    const tab = await BrowserTab.open(browser, stack, { viewport: { width: 1024, height: 768 } });
    const { page } = tab;
    // a browser in New York (UTC−5) looking at a factory in Shanghai (UTC+8)
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTimezoneOverride', { timezoneId: 'America/New_York' });
    const today = page.waitForRequest((r) => r.url().includes('/api/v1/oee?') && r.url().includes('bucket=hour'));
    await tab.signIn(demo, 'manager', '/shop-floor/dashboard');
    const from = new URL((await today).url()).searchParams.get('from');
    const now = Date.now();
    const factoryMidnight = Math.floor((now + FACTORY_OFFSET) / (24 * HOUR)) * 24 * HOUR - FACTORY_OFFSET;
    expect(from).toBe(new Date(factoryMidnight).toISOString());
    // 本班 by its name, on the factory's clock (the demo's 白班 08:00–17:30, or the night shift from 20:00)
    await page.getByTestId('dashboard-period').getByText('本班').click();
    const range = page.locator('.dashboard-range');
    await range.filter({ hasText: /班次 (白班|夜班)/ }).waitFor();
    expect(await range.innerText()).not.toMatch(/班次 (day|night)/);
    expect(await range.innerText()).toMatch(/(08|20):00/);
    // 停机时长 says what it counts; the machines table fits the screen without a horizontal scroll bar
    await page.getByTestId('dashboard-period').getByText('近7天').click();
    const content = page.locator('[data-testid=dashboard-machines] .ant-table-content');
    await page.locator('[data-testid=dashboard-machines] .ant-table-tbody tr.ant-table-row').first().waitFor();
    await tablesSettled(page);
    // nothing cut off: scrolled to its end, the last column shows on the screen, the machine column still beside it
    const box = (await content.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(2000, 0);
    const head = page.locator('[data-testid=dashboard-machines] .ant-table-thead th');
    await page.waitForTimeout(300);
    const last = (await head.filter({ hasText: '主要停机原因' }).boundingBox())!;
    expect(last.x + last.width).toBeLessThanOrEqual(1024);
    const first = (await head.filter({ hasText: /^设备$/ }).boundingBox())!;
    expect(first.x).toBeGreaterThanOrEqual(box.x - 1);
    expect(first.x + first.width).toBeLessThanOrEqual(last.x);
    await page.locator('.ant-table-thead .dashboard-help', { hasText: '停机时长' }).first().hover();
    await page.getByRole('tooltip').filter({ hasText: '停机 + 调机 + 待机' }).waitFor();
    await tab.screenshot('web-dashboard-1024-zh');
    tab.assertNoConsoleErrors();
    await tab.close();
  });

  it('lists the demo machines with their ideal cycles and state, and the demo shifts (a planner reads, in Chinese; a manager, in English)', async () => {
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(demo, 'planner', '/shop-floor/machines');
    const machines = await activeMachines();
    for (const machine of machines) await page.getByRole('row', { name: new RegExp(machine.code) }).waitFor();
    await page.getByText('只读').waitFor();
    expect(await page.getByRole('button', { name: '新建设备' }).count()).toBe(0);
    await tablesSettled(page);
    await tab.screenshot('web-machines-zh');
    await page.getByRole('tab', { name: '班次' }).click();
    // the demo's night shift crosses midnight
    await page
      .getByRole('row', { name: /20:00 – 05:00/ })
      .getByText('跨夜')
      .waitFor();
    await tablesSettled(page);
    await tab.screenshot('web-machines-demo-shifts-zh');
    tab.assertNoConsoleErrors();
    await tab.close();

    const english = await BrowserTab.open(browser, stack, { language: 'en' });
    await english.signIn(demo, 'manager', '/shop-floor/machines');
    await english.page.getByRole('row', { name: /EB-01/ }).getByText('3.6 s per m').waitFor();
    await tablesSettled(english.page);
    await english.screenshot('web-machines-en');
    english.assertNoConsoleErrors();
    await english.close();
  });

  it('shows a machine the tablet set down with a reason: its state, its downtime and reason, the Pareto and the timeline', async () => {
    // a machine of its own, so the only states it has are the test's
    const created = await stack.api.request('POST', '/api/v1/machines', {
      token: manager,
      body: {
        code: 'CNC-T',
        name: '测试数控',
        nameEn: 'Test CNC',
        process: 'cnc',
        countUnit: 'part',
        idealCycleSeconds: 30,
      },
    });
    expect(created.status).toBe(201);
    const holidays = ((await stack.api.request('GET', '/api/v1/calendar/holidays', { token: manager })).body as Body)
      .items as Body[];
    // the last day shift (Monday to Saturday, 08:00–17:30 factory time) that is over by 11:00 and not a holiday
    const now = Date.now();
    const day = [0, 1, 2, 3, 4, 5]
      .map((back) => new Date(Math.floor((now + FACTORY_OFFSET) / (24 * HOUR)) * 24 * HOUR - back * 24 * HOUR))
      .find(
        (d) =>
          d.getUTCDay() !== 0 &&
          !holidays.some((h) => h.day === d.toISOString().slice(0, 10)) &&
          d.getTime() + 11 * HOUR - FACTORY_OFFSET < now,
      )!;
    const at = (hours: number) => new Date(day.getTime() + hours * HOUR - FACTORY_OFFSET).toISOString();
    const blade = reasons.find((r) => r.code === 'blade_broken')!;
    const posted = await stack.api.request('POST', '/api/v1/machines/CNC-T/events', {
      token: operator,
      body: {
        states: [
          { at: at(9), state: 'running' },
          { at: at(10), state: 'down', reason: 'blade_broken' },
          { at: at(10.5), state: 'running' },
          // the tablet's tap: down now (an hour ago, so the timeline's bar is wide enough to point at)
          { at: new Date(now - HOUR).toISOString(), state: 'down', reason: 'blade_broken' },
        ],
        counts: [{ at: at(9.5), good: 40, scrap: 2 }],
      },
    });
    expect(posted.body).toMatchObject({ accepted: 5, duplicates: 0 });

    const tab = await BrowserTab.open(browser, stack, { viewport: { width: 1440, height: 900 } });
    const { page } = tab;
    await tab.signIn(demo, 'manager', '/shop-floor/dashboard');
    await page.getByTestId('dashboard-period').getByText('近7天').click();
    const row = page.locator('[data-testid=dashboard-machines] .ant-table-tbody tr', { hasText: 'CNC-T' });
    await row.filter({ hasText: blade.nameZh }).waitFor();
    const text = (await row.innerText()).replace(/\s+/g, ' ');
    // down now; 40 good and 2 scrap; at least the half hour of the broken blade lost, named as its reason
    expect(text).toMatch(/CNC-T 测试数控 停机 /);
    expect(text).toContain('40 / 2');
    expect(text).toMatch(new RegExp(`${blade.nameZh} \\(\\d+ (小时 \\d+ )?分钟\\)`));
    // the machine chosen: its own Pareto, whose only reason is the broken blade
    await page.getByTestId('dashboard-machine').click();
    await page.locator('.ant-select-item-option', { hasText: 'CNC-T' }).click();
    await chartShows(page, 'dashboard-pareto', new RegExp(blade.nameZh.slice(0, 4)));
    const labels = (await chartTexts(page, 'dashboard-pareto')).filter((t) => !/^[\d.,%]+$|分钟/.test(t));
    expect(labels.map((label) => blade.nameZh.startsWith(label.replace(/\.\.\.$|…$/, '')))).toEqual([true]);
    expect(await page.getByTestId('dashboard-kpi-availability').innerText()).toMatch(/\d+\.\d%/);
    // its row, chosen, clicked again: the whole factory again
    await row.click();
    await page.getByTestId('dashboard-machine').getByText('全部设备').waitFor();
    await chartShows(page, 'dashboard-pareto', /^(?!锯片|停机)[\u4e00-\u9fff]/);

    // the timeline's last bar of this machine is red (down), and its tooltip names the reason
    const machines = await activeMachines();
    const index = machines.findIndex((m) => m.code === 'CNC-T');
    const chart = page.getByTestId('dashboard-timeline');
    await chart.scrollIntoViewIfNeeded();
    const tooltip = chart.locator('div', { hasText: 'CNC-T 测试数控' }).filter({ hasText: `停机：${blade.nameZh}` });
    // hover the row's last bar; the chart may redraw under the pointer (its data refreshes), so hover again then
    for (let tries = 0; ; tries++) {
      const box = (await chart.boundingBox())!;
      const plotTop = 8;
      const rowHeight = (box.height - plotTop - 28) / machines.length;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height - 4);
      await page.mouse.move(box.x + box.width - 16 - 8 - tries, box.y + plotTop + rowHeight * (index + 0.5));
      const shown = await tooltip
        .first()
        .waitFor({ timeout: 3000 })
        .then(() => true)
        .catch(() => false);
      if (shown || tries >= 5) break;
    }
    await tooltip.first().waitFor();
    await tab.screenshot('dashboard-down-zh');
    tab.assertNoConsoleErrors();
    await tab.close();
  });

  it('shows a demo machine the operator sets down with a reason on the station tablet (acceptance 5)', async () => {
    const tablet = await BrowserTab.open(browser, stack, { viewport: { width: 1024, height: 768 } });
    await tablet.signIn(demo, 'operator', '/shop-floor/station');
    const { page: station } = tablet;
    await station.getByTestId('station-setup').waitFor();
    await chooseOption(station, station.locator('#station-process-choice'), '砂光');
    await chooseOption(station, station.locator('#station-machine-choice'), 'SND-01');
    await button(station, '使用此工位').click();
    await station.getByTestId('tap-down').click();
    await station.getByTestId('reason-tree').locator('[data-reason=motor_bearing]').click();
    await station.waitForFunction(`document.querySelector('[data-testid=machine-state]')?.dataset.state === 'down'`);
    tablet.assertNoConsoleErrors();
    await tablet.close();

    const motor = reasons.find((r) => r.code === 'motor_bearing')!;
    const tab = await BrowserTab.open(browser, stack);
    await tab.signIn(demo, 'manager', '/shop-floor/dashboard');
    // the sander is down now, for the reason the operator tapped, in the table refreshed every minute
    await tab.page
      .getByTestId('dashboard-now-SND-01')
      .filter({ hasText: `停机${motor.nameZh}` })
      .waitFor();
    tab.assertNoConsoleErrors();
    await tab.close();
  });
});
