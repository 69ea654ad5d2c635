import type { Browser, Page } from 'playwright-core';
import { makeOrderLine } from '@mendao/splitting/testing';
import { BrowserTab, launchBrowser, startWebStack, type WebStack } from './support/browser';
import { button, chooseOption } from './support/page-helpers';
import { confirmedOrder, splitFinished } from '../support/splitting';

const TABLET = { width: 1024, height: 768 };

/** Waits for the station's next feedback after `act`, and gives its tone and words. */
async function feedbackAfter(page: Page, act: () => Promise<unknown>): Promise<{ tone: string; text: string }> {
  const feedback = page.getByTestId('station-feedback');
  const before = Number(await feedback.getAttribute('data-seq'));
  await act();
  // (in-page code as strings: the tests are compiled without the DOM's types)
  await page.waitForFunction(
    `Number(document.querySelector('[data-testid=station-feedback]')?.getAttribute('data-seq')) > ${before}`,
  );
  return { tone: (await feedback.getAttribute('data-tone')) ?? '', text: await feedback.innerText() };
}

/** Types a code as a keyboard-wedge scanner does (fast keys, then Enter). */
async function scan(page: Page, code: string) {
  return feedbackAfter(page, async () => {
    await page.keyboard.type(code, { delay: 5 });
    await page.keyboard.press('Enter');
  });
}

/** A dialog done zooming in: a tap during the animation may land on its mask and close it. */
async function settled(page: Page) {
  await page.waitForFunction(`!document.querySelector('.ant-zoom-appear, .ant-zoom-enter, .ant-fade-appear')`);
}

/** Taps the pad's keys for a number. */
async function pad(page: Page, quantity: number) {
  for (const key of String(quantity)) await page.getByTestId('station-pad').getByRole('button', { name: key }).click();
}

/** Chooses the station (a process by its words, and a machine by its code) on the setup panel. */
async function chooseStation(page: Page, process: string | RegExp, machine: string | undefined, use: string) {
  await chooseOption(page, page.locator('#station-process-choice'), process);
  if (machine) await chooseOption(page, page.locator('#station-machine-choice'), machine);
  await button(page, use).click();
  await page.locator('#station-input').waitFor();
}

describe('the station tablet (工位报工) in a real browser', () => {
  let stack: WebStack;
  let browser: Browser;
  let runId: string;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startWebStack({ factory: 'STATION', catalogue: true }), launchBrowser()]);
    for (const machine of [
      { code: 'CNC-1', name: '数控加工中心 1 号', nameEn: 'CNC router 1', process: 'cnc', countUnit: 'part' },
      { code: 'SAW-1', name: '电子开料锯', nameEn: 'Panel saw', process: 'cutting', countUnit: 'sheet' },
    ]) {
      const res = await stack.api.request('POST', '/api/v1/machines', {
        token: stack.tokens.manager,
        body: { ...machine, idealCycleSeconds: 60 },
      });
      if (res.status !== 201) throw new Error(`machine ${machine.code}: ${res.status} ${JSON.stringify(res.body)}`);
    }
    const order = await confirmedOrder(stack.api, stack.tokens.planner, 'ST-0001', [makeOrderLine({ quantity: 2 })]);
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

  async function get(path: string, token = stack.tokens.manager) {
    const res = await stack.api.request('GET', path, { token });
    if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  it('sets a machine down with a reason from the tree in two taps at 1024×768, remembers the station, and sends taps made offline once each, in order', async () => {
    const tab = await BrowserTab.open(browser, stack, { viewport: TABLET });
    const { page } = tab;
    const before = new Date(Date.now() - 1000).toISOString();
    await tab.signIn(stack, 'operator', '/shop-floor/station');
    await page.getByTestId('station-setup').waitFor();
    await chooseStation(page, 'CNC', 'CNC-1', '使用此工位');
    const state = page.getByTestId('machine-state');
    expect(await state.innerText()).toContain('尚无状态');

    expect((await feedbackAfter(page, () => page.getByTestId('tap-running').click())).tone).toBe('ok');
    expect(await state.getAttribute('data-state')).toBe('running');

    // 停机 asks for a reason: the tree shows the down reasons only (换色 is a setup reason), children under parents
    await page.getByTestId('tap-down').click();
    const tree = page.getByTestId('reason-tree');
    await tree.waitFor();
    await settled(page);
    expect(await tree.innerText()).toContain('设备故障');
    expect(await tree.locator('[data-reason=colour_change]').count()).toBe(0);
    expect(await tree.getByText('不填原因').count()).toBe(0);
    const down = await feedbackAfter(page, () => tree.locator('[data-reason=blade_broken]').click());
    expect(down).toEqual({ tone: 'ok', text: expect.stringContaining('停机') });
    expect(down.text).toContain('锯片断裂/崩刃');
    expect(await state.getAttribute('data-state')).toBe('down');
    expect(await state.innerText()).toContain('锯片断裂/崩刃');
    await tab.screenshot('web-station-machine-zh');

    // the api has it: the machine is down for that reason, and its timeline shows the stop after the run
    const machine = await get('/api/v1/machines/CNC-1');
    expect(machine.state).toEqual(expect.objectContaining({ state: 'down', reason: 'blade_broken' }));
    const to = new Date(Date.now() + 1000).toISOString();
    const timeline = await get(`/api/v1/machines/CNC-1/timeline?from=${before}&to=${to}`);
    expect(
      (timeline.items as { state: string; reason: string | null }[])
        .filter((i) => i.state !== 'unknown')
        .map((i) => [i.state, i.reason]),
    ).toEqual([
      ['running', null],
      ['down', 'blade_broken'],
    ]);

    // counts go to the machine too; 调机 may go without a reason
    await page.getByLabel('良品数量').fill('12');
    await page.getByLabel('报废数量').fill('1');
    expect((await feedbackAfter(page, () => button(page, '记录产量').click())).text).toContain('良品 12，报废 1');
    await page.getByTestId('tap-setup').click();
    await settled(page);
    expect((await feedbackAfter(page, () => tree.getByText('不填原因').click())).tone).toBe('ok');
    expect((await get('/api/v1/machines/CNC-1')).state).toEqual(expect.objectContaining({ state: 'setup' }));

    // the tablet keeps its station across a reload
    await page.reload();
    await page.getByTestId('station-machine').waitFor();
    expect(await page.getByTestId('station-machine').innerText()).toBe('CNC-1');
    expect(await page.getByTestId('station-setup').count()).toBe(0);

    // offline, two taps wait in order with their event ids, and land once each when the network is back
    await tab.context.setOffline(true);
    expect((await feedbackAfter(page, () => page.getByTestId('tap-running').click())).tone).toBe('warn');
    await page.getByTestId('tap-down').click();
    await tree.waitFor();
    await settled(page);
    expect((await feedbackAfter(page, () => tree.locator('[data-reason=no_material]').click())).tone).toBe('warn');
    expect(await page.getByTestId('station-waiting').getAttribute('data-count')).toBe('2');
    expect(await state.getAttribute('data-state')).toBe('down');
    await tab.context.setOffline(false);
    await page.waitForFunction(`document.querySelector('[data-testid=station-waiting]')?.dataset.count === '0'`, {
      timeout: 20_000,
    });
    expect((await get('/api/v1/machines/CNC-1')).state).toEqual(
      expect.objectContaining({ state: 'down', reason: 'no_material' }),
    );
    const later = await get(
      `/api/v1/machines/CNC-1/timeline?from=${before}&to=${new Date(Date.now() + 1000).toISOString()}`,
    );
    expect(
      (later.items as { state: string; reason: string | null }[])
        .filter((i) => i.state !== 'unknown')
        .map((i) => [i.state, i.reason]),
    ).toEqual([
      ['running', null],
      ['down', 'blade_broken'],
      ['setup', null],
      ['running', null],
      ['down', 'no_material'],
    ]);
    // the offline sends failed in the browser's console on purpose
    tab.assertNoConsoleErrors([/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::/]);
    await tab.close();
  });

  it('reports start, good, scrap and finish on a released work order, refuses an over-report, and sends an offline report once', async () => {
    // the planner releases the run on its page (下达生产); a second release says it was released already
    const planner = await BrowserTab.open(browser, stack);
    await planner.signIn(stack, 'planner', `/planner/split-runs/${runId}`);
    // before release the api refuses travelers: the buttons are off, with the hint to release first
    await planner.page.getByTestId('traveler-not-released').filter({ hasText: '先下达生产' }).waitFor();
    expect(await planner.page.getByTestId('traveler-a4').isDisabled()).toBe(true);
    await planner.page.getByTestId('release-run').click();
    expect(await planner.page.getByTestId('release-done').innerText()).toContain('已下达生产');
    expect(await planner.page.getByTestId('traveler-a4').isDisabled()).toBe(false);
    expect(await planner.page.getByTestId('traveler-not-released').count()).toBe(0);
    await planner.page.getByTestId('release-run').click();
    await planner.page.getByTestId('release-done').getByText('此批次之前已下达').waitFor();
    planner.assertNoConsoleErrors();
    await planner.close();

    const orders = (await get(`/api/v1/work-orders?run=${runId}&limit=100`, stack.tokens.planner)).items as {
      code: string;
      process: string;
      processNameZh: string;
      plannedQuantity: number;
      available: boolean;
      sequence: number;
      status: string;
    }[];
    expect(orders.every((o) => o.status === 'released')).toBe(true);
    const first = orders.filter((o) => o.available).sort((a, b) => a.sequence - b.sequence)[0];
    expect(first.plannedQuantity).toBeGreaterThan(3);

    const tab = await BrowserTab.open(browser, stack, { viewport: TABLET });
    const { page } = tab;
    await tab.signIn(stack, 'operator', '/shop-floor/station');
    await page.getByTestId('station-setup').waitFor();
    await chooseStation(page, first.processNameZh, undefined, '使用此工位');

    expect((await scan(page, first.code)).text).toContain(first.code);
    expect(await page.getByTestId('station-order-status').innerText()).toBe('已下达');
    expect((await feedbackAfter(page, () => button(page, '开工').click())).text).toContain('已开工');
    expect(await page.getByTestId('station-order-status').innerText()).toBe('生产中');

    // a double tap is one report (one scanId): the buttons are locked while it is sent
    await pad(page, 2);
    expect((await feedbackAfter(page, () => button(page, '报工（良品）').dblclick())).tone).toBe('ok');
    expect(await page.getByTestId('station-good').innerText()).toBe('2');
    expect((await get(`/api/v1/work-orders/${first.code}`, stack.tokens.planner)).good).toBe(2);

    await pad(page, 1);
    await button(page, '报废').click();
    const reasons = page.getByTestId('scrap-reasons');
    await reasons.waitFor();
    await settled(page);
    const scrapped = await feedbackAfter(page, () => reasons.getByRole('button').first().click());
    expect(scrapped).toEqual({ tone: 'ok', text: expect.stringContaining('报废 1') });
    expect(await page.getByTestId('station-scrap').innerText()).toBe('1');

    // more than is left: refused in the operator's words with what remains, nothing counted
    const left = first.plannedQuantity - 3;
    await pad(page, left + 1);
    const refused = await feedbackAfter(page, () => button(page, '报工（良品）').click());
    expect(refused.tone).toBe('error');
    expect(refused.text).toContain('超出计划数量');
    expect(refused.text).toContain(`最多还能报 ${left}`);
    await page.getByTestId('station-pad').getByRole('button', { name: '清除' }).click();
    await tab.screenshot('web-station-refused-zh');

    // offline: the report waits with its scanId, and lands once when the network is back
    await tab.context.setOffline(true);
    await pad(page, 1);
    const queued = await feedbackAfter(page, () => button(page, '报工（良品）').click());
    expect(queued.tone).toBe('warn');
    expect(await page.getByTestId('station-waiting').getAttribute('data-count')).toBe('1');
    await tab.screenshot('web-station-offline-zh');
    await tab.context.setOffline(false);
    await page.waitForFunction(`document.querySelector('[data-testid=station-waiting]')?.dataset.count === '0'`, {
      timeout: 20_000,
    });
    const after = await get(`/api/v1/work-orders/${first.code}`, stack.tokens.planner);
    expect([after.good, after.scrap]).toEqual([3, 1]);
    // the screen follows: the work order read again once the outbox sent it, and the offline banner gone
    await page.waitForFunction(`document.querySelector('[data-testid=station-good]')?.textContent === '3'`);
    expect(await page.getByTestId('station-remaining').innerText()).toBe(String(left - 1));
    expect(await page.getByTestId('station-waiting').innerText()).toContain('在线');
    // a reload sends nothing again (the outbox is empty), and the api still counts 3 good
    await page.reload();
    await page.locator('#station-input').waitFor();
    expect(await page.getByTestId('station-waiting').getAttribute('data-count')).toBe('0');
    expect((await get(`/api/v1/work-orders/${first.code}`, stack.tokens.planner)).good).toBe(3);

    await page.locator('#station-input').focus();
    await scan(page, first.code);
    await pad(page, left - 1);
    expect((await feedbackAfter(page, () => button(page, '报工（良品）').click())).tone).toBe('ok');
    expect((await feedbackAfter(page, () => button(page, '完工').click())).text).toContain('已完工');
    expect(await page.getByTestId('station-order-status').innerText()).toBe('已完工');
    expect((await get(`/api/v1/work-orders/${first.code}`, stack.tokens.planner)).status).toBe('done');
    await tab.screenshot('web-station-zh');
    // the over-report's 409 and the offline send are logged by the browser, on purpose
    tab.assertNoConsoleErrors([/status of 409/, /ERR_INTERNET_DISCONNECTED|Failed to fetch|net::/]);
    await tab.close();
  });

  it('speaks English on the tablet at 1024×768: a machine idle for a reason, a door label, a work order not available yet', async () => {
    const tab = await BrowserTab.open(browser, stack, { viewport: TABLET, language: 'en' });
    const { page } = tab;
    await tab.signIn(stack, 'operator', '/shop-floor/station');
    await page.getByTestId('station-setup').waitFor();
    await chooseStation(page, /^Cutting$/, 'SAW-1', 'Use this station');
    await page.getByTestId('tap-idle').click();
    const tree = page.getByTestId('reason-tree');
    await tree.waitFor();
    await settled(page);
    expect(await tree.innerText()).toContain('No order');
    expect((await feedbackAfter(page, () => tree.locator('[data-reason=no_order]').click())).text).toContain('Idle');
    // a door's package label: reported at the station's process, here cutting, whose work order the test before
    // finished
    const [label] = (await get(`/api/v1/split-runs/${runId}/packages?limit=1`, stack.tokens.planner)).items as {
      barcode: string;
    }[];
    expect((await scan(page, label.barcode)).text).toContain(`Door label ${label.barcode}`);
    const refused = await feedbackAfter(page, () => button(page, 'Start').click());
    expect(refused).toEqual({ tone: 'error', text: 'This work order is finished' });
    expect(await page.getByTestId('machine-state').innerText()).toContain('No order');
    // counts as the api takes them: −3 and 1.5 are refused in the form, not changed to 0 and 2
    await page.getByTestId('count-good').fill('-3');
    expect(await page.getByTestId('count-good-problem').innerText()).toBe('A count cannot be negative');
    await page.getByTestId('count-scrap').fill('1.5');
    expect(await page.getByTestId('count-scrap-problem').innerText()).toBe('Enter a whole number of pieces');
    expect(await page.getByTestId('post-counts').isDisabled()).toBe(true);
    await page.getByTestId('count-good').fill('');
    await page.getByTestId('count-scrap').fill('');
    await tab.screenshot('web-station-en');

    // a work order whose earlier process is not done: shown as waiting, and a start is refused in English
    const waiting = (
      (await get(`/api/v1/work-orders?run=${runId}&limit=100`, stack.tokens.planner)).items as {
        code: string;
        processNameEn: string;
        status: string;
        available: boolean;
        availableAt: string | null;
      }[]
    ).find((o) => o.status === 'released' && !o.available && o.availableAt === null);
    if (!waiting) throw new Error('the run has no work order waiting for an earlier process');
    await button(page, 'Change station').click();
    await chooseStation(page, new RegExp(`^${waiting.processNameEn}$`), undefined, 'Use this station');
    await page.locator('#station-input').focus();
    expect((await scan(page, waiting.code)).text).toBe(`Work order ${waiting.code}`);
    const notYet = 'The previous process is not done yet; this work order cannot start';
    expect(await page.getByTestId('station-order').innerText()).toContain(notYet);
    // one line; what it waits for on a tap
    expect(await page.getByTestId('station-order').innerText()).not.toContain('Waiting for: WO-');
    await page.getByTestId('station-blocked').getByRole('button').click();
    expect(await page.getByTestId('station-order').innerText()).toContain('Waiting for: WO-');
    await page.getByTestId('station-blocked').getByRole('button').click();
    // start and report wait for the earlier process; every action button stays on the 1024×768 screen
    expect(await page.getByTestId('station-start').isDisabled()).toBe(true);
    expect(await page.getByTestId('station-report').isDisabled()).toBe(true);
    for (const id of ['station-start', 'station-report', 'station-scrap-button', 'station-finish', 'station-pad']) {
      const box = await page.getByTestId(id).boundingBox();
      if (!box) throw new Error(`${id} is not shown`);
      expect(box.y + box.height).toBeLessThanOrEqual(TABLET.height);
      expect(box.x + box.width).toBeLessThanOrEqual(TABLET.width);
    }
    await tab.screenshot('web-station-waiting-en');
    // the browser logs the label looked up as a work order (404) and the refused start (409)
    tab.assertNoConsoleErrors([/status of 404/, /status of 409/]);
    await tab.close();
  });
});
