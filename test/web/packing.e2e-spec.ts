import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { packageCode } from '@mendao/splitting';
import { makeOrderLine } from '@mendao/splitting/testing';
import { BrowserTab, launchBrowser, startWebStack, type WebStack } from './support/browser';
import { button, chooseOption } from './support/page-helpers';
import { confirmedOrder, splitFinished } from '../support/splitting';

const TABLET = { width: 1024, height: 768 };

type Feedback = { tone: string; result: string; text: string };

/** Waits for the station's next feedback after `act`, and gives its tone, result and words. */
async function feedbackAfter(page: Page, act: () => Promise<unknown>): Promise<Feedback> {
  const band = page.getByTestId('pack-feedback');
  const before = Number(await band.getAttribute('data-seq'));
  await act();
  // (in-page code as strings: the tests are compiled without the DOM's types)
  await page.waitForFunction(
    `Number(document.querySelector('[data-testid=pack-feedback]')?.getAttribute('data-seq')) > ${before}`,
  );
  return {
    tone: (await band.getAttribute('data-tone')) ?? '',
    result: (await band.getAttribute('data-result')) ?? '',
    text: await band.innerText(),
  };
}

/** Types a code as a keyboard-wedge scanner does (fast keys, then Enter), wherever the focus is. */
function scan(page: Page, code: string): Promise<Feedback> {
  return feedbackAfter(page, async () => {
    await page.keyboard.type(code, { delay: 5 });
    await page.keyboard.press('Enter');
  });
}

/** A dialog done zooming in: a screenshot during the animation shows it half drawn. */
async function settled(page: Page) {
  await page.waitForFunction(`!document.querySelector('.ant-zoom-appear, .ant-zoom-enter, .ant-fade-appear')`);
}

/** 关闭装车单 asks first: the close happens on the confirmation's OK. */
async function closeShipment(page: Page) {
  await page.getByTestId('load-close').click();
  const confirm = page.locator('.ant-popconfirm:visible');
  await confirm.waitFor();
  await confirm.locator('.ant-btn-primary').click();
}

/** A code with its check digit changed: a misread. */
function badCheck(code: string): string {
  const last = Number(code.slice(-1));
  return code.slice(0, -1) + String((last + 1) % 10);
}

/**
 * Acceptance 4 of issue 17 in a real browser against the real api: an order released and produced up to packing is
 * packed at the packing station (a duplicate and a wrong-order scan refused, their feedback on screen), loaded at
 * the loading station and its shipment closed; another shipment, closed with a package missing, lists it, and a
 * supervisor closes it with a reason.
 */
describe('the packing and loading stations in a real browser', () => {
  let stack: WebStack;
  let browser: Browser;
  /** the packages' codes of each order, in door order */
  const codes: Record<string, string[]> = {};
  const ids: Record<string, string> = {};
  const runs: Record<string, string> = {};
  /** ok pack scans of PK-0002, whose order ships short in the override test */
  const shippedScans: string[] = [];

  const call = async (method: string, path: string, token: string, body?: unknown) => {
    const res = await stack.api.request(method, `/api/v1${path}`, { token, body });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };

  /** An order split, released, and every process before packing reported done: its doors are ready to pack. */
  async function readyToPack(orderNo: string, quantity: number) {
    const t = stack.tokens;
    const id = await confirmedOrder(stack.api, t.planner, orderNo, [makeOrderLine({ quantity, room: '主卧' })]);
    const run = await call('POST', '/split-runs', t.planner, { orderIds: [id] });
    expect((await splitFinished(stack.api, t.planner, run.id)).status).toBe('succeeded');
    const released = (await call('POST', `/split-runs/${run.id}/release`, t.planner)).workOrders as any[];
    for (const wo of released.filter((w) => w.process !== 'packing'))
      await call('POST', '/production/reports', t.operator, {
        scanId: randomUUID(),
        barcode: wo.code,
        action: 'finish',
        good: wo.plannedQuantity,
      });
    const packages = (await call('GET', `/orders/${id}/packages`, t.planner)) as any[];
    ids[orderNo] = id;
    runs[orderNo] = run.id;
    codes[orderNo] = packages.map((p) => p.barcode as string);
  }

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startWebStack({ factory: 'PACKW', catalogue: true }), launchBrowser()]);
    const t = stack.tokens;
    for (const [code, name] of [
      ['PACK-01', '包装线 1号'],
      ['PACK-02', '包装线 2号'],
    ])
      await call('POST', '/packing/stations', t.manager, { code, name });
    // no curing wait: the clock of a browser test does not move
    await call('PATCH', '/processes/curing', t.planner, { minWaitMinutes: 0 });
    await readyToPack('PK-0001', 1);
    await readyToPack('PK-0002', 1);
    await readyToPack('PK-0003', 1);
    // leaf, frame, casing, hardware: enough to pack some online, one offline, and the rest
    expect(codes['PK-0001'].length).toBeGreaterThanOrEqual(4);
    expect(codes['PK-0002'].length).toBeGreaterThan(1);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('packs an order at the station: ok k of n, a duplicate and a wrong-order scan refused, a bad check character', async () => {
    const tab = await BrowserTab.open(browser, stack, { viewport: TABLET });
    try {
      const page = tab.page;
      await tab.signIn(stack, 'packer', '/packing/station');
      await chooseOption(page, page.locator('#pack-station-choice'), 'PACK-01');
      const [first, ...rest] = codes['PK-0001'];
      const n = codes['PK-0001'].length;

      const ok = await scan(page, first);
      expect(ok).toMatchObject({ tone: 'ok', result: 'ok' });
      expect(ok.text).toContain(`已装箱 ${first}`);
      expect(ok.text).toContain(`已装 1/${n} 包`);
      await expect(page.getByTestId('pack-open-order').innerText()).resolves.toContain('PK-0001');

      const duplicate = await scan(page, first.toLowerCase());
      expect(duplicate).toMatchObject({ tone: 'warn', result: 'duplicate' });
      expect(duplicate.text).toContain('重复扫描');
      await tab.screenshot('packing-station-duplicate');

      const wrong = await scan(page, codes['PK-0002'][0]);
      expect(wrong).toMatchObject({ tone: 'error', result: 'not_expected' });
      expect(wrong.text).toContain('订单不符：此包属于订单 PK-0002，本工位当前订单为 PK-0001');
      await tab.screenshot('packing-station-wrong-order');

      const misread = await scan(page, badCheck(rest[0]));
      expect(misread).toMatchObject({ tone: 'error', result: 'unknown' });
      expect(misread.text).toContain('校验位错误');
      expect(await page.getByTestId('pack-last').locator('li').first().innerText()).toContain('校验位错');

      // the progress: the door's packages k of n, what is still to pack
      await page.getByTestId('pack-door').first().waitFor();
      expect(await page.getByTestId('pack-order-count').innerText()).toContain(`1/${n}`);
      expect(await page.getByTestId('pack-missing').innerText()).toContain(`待装 ${n - 1} 包`);

      expect(await scan(page, rest[0])).toMatchObject({ tone: 'ok' });
      // offline: the scan waits in the outbox with its scanId, and is sent once when the network is back
      await tab.context.setOffline(true);
      const kept = await scan(page, rest[1]);
      expect(kept).toMatchObject({ tone: 'warn', result: 'queued' });
      expect(kept.text).toContain('已暂存');
      expect(await page.getByTestId('pack-waiting').getAttribute('data-count')).toBe('1');
      await tab.screenshot('packing-station-offline');
      await tab.context.setOffline(false);
      await page.waitForFunction(`document.querySelector('[data-testid=pack-waiting]')?.dataset.count === '0'`, {
        timeout: 20_000,
      });
      let last: Feedback | undefined;
      for (const code of rest.slice(2)) last = await scan(page, code);
      expect(last).toMatchObject({ tone: 'ok', result: 'ok' });
      expect(last?.text).toContain('订单 PK-0001 已全部装箱');
      // the order is complete: the station's open order is cleared, its progress still shown, nothing missing
      await page
        .getByTestId('pack-order-count')
        .filter({ hasText: `${n}/${n}` })
        .waitFor();
      expect(await page.getByTestId('pack-missing').count()).toBe(0);
      await expect(page.getByTestId('pack-open-order').innerText()).resolves.not.toContain('PK-0001');
      expect(await page.getByTestId('pack-last').locator('li').count()).toBe(n + 3);
      await tab.screenshot('packing-station-complete');

      const order = await call('GET', `/orders/${ids['PK-0001']}`, stack.tokens.planner);
      expect(order.status).toBe('packed');
      // the refusals' 4xx and the offline send are logged by the browser, on purpose
      tab.assertNoConsoleErrors([
        /the server responded with a status of 4\d\d/,
        /ERR_INTERNET_DISCONNECTED|Failed to fetch|net::/,
      ]);
    } finally {
      await tab.close();
    }
  }, 120_000);

  it('switches the station’s order by hand, and says an unknown package in English', async () => {
    const tab = await BrowserTab.open(browser, stack, { viewport: TABLET, language: 'en' });
    try {
      const page = tab.page;
      await tab.signIn(stack, 'packer', '/packing/station');
      await chooseOption(page, page.locator('#pack-station-choice'), 'PACK-01');
      // a double click opens the dialog once: the second click lands on the mask and must not close it
      await button(page, 'Switch order').dblclick();
      await settled(page);
      await page.waitForTimeout(300);
      expect(await page.locator('#pack-order-input').isVisible()).toBe(true);
      await page.locator('#pack-order-input').fill('PK-0002');
      await button(page, 'Open').click();
      await page.getByTestId('pack-open-order').filter({ hasText: 'PK-0002' }).waitFor();
      await page.getByTestId('pack-order-count').filter({ hasText: '0 of' }).waitFor();
      // a well-formed code with a right check digit that names no package of this factory
      const unknown = await scan(page, packageCode(99_999));
      expect(unknown).toMatchObject({ tone: 'error', result: 'unknown' });
      expect(unknown.text).toContain(`Unknown package: ${packageCode(99_999)}`);
      const malformed = await scan(page, 'HELLO');
      expect(malformed).toMatchObject({ tone: 'error' });
      expect(malformed.text).toContain('Not a package barcode');
      await tab.screenshot('packing-station-en');
      await button(page, 'Clear order').click();
      await page.getByTestId('pack-open-order').filter({ hasText: 'None' }).waitFor();
      tab.assertNoConsoleErrors([/the server responded with a status of 4\d\d/]);
    } finally {
      await tab.close();
    }
  }, 60_000);

  it('loads the packed order at the loading station, refuses a package of another order and a repeat, and closes', async () => {
    const shipment = await call('POST', '/shipments', stack.tokens.planner, {
      vehicle: '沪A·12345',
      driver: '张师傅',
      orderIds: ['PK-0001'],
    });
    const tab = await BrowserTab.open(browser, stack, { viewport: TABLET });
    try {
      const page = tab.page;
      await tab.signIn(stack, 'packer', '/packing/loading');
      await chooseOption(page, page.locator('#load-shipment-choice'), shipment.number);
      const n = codes['PK-0001'].length;
      await page
        .getByTestId('load-total')
        .filter({ hasText: `0/${n}` })
        .waitFor();

      const [first, ...rest] = codes['PK-0001'];
      expect(await scan(page, first)).toMatchObject({ tone: 'ok', result: 'ok' });
      const again = await scan(page, first);
      expect(again).toMatchObject({ tone: 'warn', result: 'duplicate' });
      expect(again.text).toContain('已装车');
      const other = await scan(page, codes['PK-0002'][0]);
      expect(other).toMatchObject({ tone: 'error', result: 'not_in_shipment' });
      expect(other.text).toContain('不属于本车');
      await tab.screenshot('loading-not-in-shipment');
      for (const code of rest) expect(await scan(page, code)).toMatchObject({ tone: 'ok' });
      await page
        .getByTestId('load-total')
        .filter({ hasText: `${n}/${n}` })
        .waitFor();
      await tab.screenshot('loading-all-loaded');

      // closing asks first: cancelled, nothing is closed
      await page.getByTestId('load-close').click();
      const confirm = page.locator('.ant-popconfirm:visible');
      await confirm.waitFor();
      expect(await confirm.innerText()).toContain(`关闭装车单 ${shipment.number}？`);
      await tab.screenshot('loading-close-confirm');
      await confirm.locator('.ant-btn:not(.ant-btn-primary)').click();
      await confirm.waitFor({ state: 'hidden' });
      expect((await call('GET', `/shipments/${shipment.id}`, stack.tokens.planner)).status).toBe('open');
      const closed = await feedbackAfter(page, () => closeShipment(page));
      expect(closed).toMatchObject({ tone: 'ok', result: 'closed' });
      expect(closed.text).toContain(`装车单 ${shipment.number} 已关闭`);
      const after = await call('GET', `/shipments/${shipment.id}`, stack.tokens.planner);
      expect(after).toMatchObject({ status: 'closed', loaded: n, expected: n, missing: [] });
      expect((await call('GET', `/orders/${ids['PK-0001']}`, stack.tokens.planner)).status).toBe('shipped');
      tab.assertNoConsoleErrors([/the server responded with a status of 4\d\d/]);
    } finally {
      await tab.close();
    }
  }, 120_000);

  it('lists the missing packages when a shipment is closed short; a packer is told a supervisor is needed, who overrides with a reason', async () => {
    // PK-0002 packed but for its last package, at the other station, through the api
    const packages = codes['PK-0002'];
    const left = packages[packages.length - 1];
    for (const barcode of packages.slice(0, -1)) {
      const scanId = randomUUID();
      shippedScans.push(scanId);
      await call('POST', '/packing/scans', stack.tokens.packer, { scanId, station: 'PACK-02', barcode });
    }
    const shipment = await call('POST', '/shipments', stack.tokens.planner, {
      vehicle: '沪B·67890',
      orderIds: [ids['PK-0002']],
    });

    const packer = await BrowserTab.open(browser, stack, { viewport: TABLET });
    try {
      const page = packer.page;
      await packer.signIn(stack, 'packer', '/packing/loading');
      await chooseOption(page, page.locator('#load-shipment-choice'), shipment.number);
      for (const barcode of packages.slice(0, -1)) expect(await scan(page, barcode)).toMatchObject({ tone: 'ok' });
      const notPacked = await scan(page, left);
      expect(notPacked).toMatchObject({ tone: 'error', result: 'not_packed' });
      expect(notPacked.text).toContain('未打包');
      // what is still to load, named before anyone tries to close
      await page.getByTestId('load-to-load').filter({ hasText: '待装车 1 包' }).waitFor();
      expect(await page.getByTestId('load-to-load').innerText()).toContain('PK-0002 1-1');

      await closeShipment(page);
      const missing = page.getByTestId('load-missing');
      await missing.waitFor();
      expect(await missing.innerText()).toContain(left);
      expect(await page.locator('.ant-modal-title').innerText()).toContain('还有 1 包未装车');
      await page.getByTestId('load-supervisor-needed').waitFor();
      expect(await page.getByTestId('load-override').count()).toBe(0);
      await settled(page);
      await packer.screenshot('loading-missing-packer');
      packer.assertNoConsoleErrors([/the server responded with a status of 4\d\d/]);
    } finally {
      await packer.close();
    }
    expect((await call('GET', `/shipments/${shipment.id}`, stack.tokens.planner)).status).toBe('open');

    // the supervisor, in English, closes it anyway with a reason
    const admin = await BrowserTab.open(browser, stack, { viewport: TABLET, language: 'en' });
    try {
      const page = admin.page;
      await admin.signIn(stack, 'admin', '/packing/loading');
      await chooseOption(page, page.locator('#load-shipment-choice'), shipment.number);
      await closeShipment(page);
      await page.getByTestId('load-missing').waitFor();
      expect(await page.locator('.ant-modal-title').innerText()).toBe(
        '1 package not loaded: the shipment cannot close',
      );
      expect(await page.getByTestId('load-missing').innerText()).toContain(left);
      await page.locator('#load-override-reason').fill('Frame damaged, sent with the next truck');
      await settled(page);
      await admin.screenshot('loading-missing-override-en');
      const closed = await feedbackAfter(page, () => page.getByTestId('load-override').click());
      // closed short: a warning, not a clean close's green, saying how many stay behind
      expect(closed).toMatchObject({ tone: 'warn', result: 'closed' });
      expect(closed.text).toContain(`Shipment ${shipment.number} closed by a supervisor's override: 1 missing`);
      await admin.screenshot('loading-closed-override-en');
      const after = await call('GET', `/shipments/${shipment.id}`, stack.tokens.planner);
      expect(after).toMatchObject({ status: 'closed', overrideReason: 'Frame damaged, sent with the next truck' });
      expect(after.missing.map((m: any) => m.barcode)).toEqual([left]);
      admin.assertNoConsoleErrors([/the server responded with a status of 4\d\d/]);
    } finally {
      await admin.close();
    }
  }, 120_000);

  it('lets a supervisor undo an ok scan from the scan log with a reason, and says a refused undo in words', async () => {
    const packScan = randomUUID();
    await call('POST', '/packing/scans', stack.tokens.packer, {
      scanId: packScan,
      station: 'PACK-02',
      barcode: codes['PK-0003'][0],
    });
    const tab = await BrowserTab.open(browser, stack, { viewport: { width: 1366, height: 900 } });
    try {
      const page = tab.page;
      await tab.signIn(stack, 'manager', '/packing/settings');
      await page.getByRole('tab', { name: '扫描记录' }).click();
      const log = page.getByTestId('scan-log');
      await log.getByTestId(`scan-undo-${packScan}`).waitFor();
      expect(await log.locator('tr', { has: page.getByTestId(`scan-undo-${packScan}`) }).innerText()).toContain(
        codes['PK-0003'][0],
      );
      await tab.screenshot('packing-scan-log');
      // refusals in words: the wrong-order scan of the first test, not its code
      expect(await log.innerText()).toContain('非本订单');
      expect(await log.innerText()).not.toContain('wrong_order');

      // the reason is required
      await log.getByTestId(`scan-undo-${packScan}`).click();
      const dialog = page.locator('.ant-modal:visible');
      await settled(page);
      await dialog.locator('.ant-btn-dangerous.ant-btn-primary, .ant-btn-primary').last().click();
      await dialog.locator('.scan-undo-missing').waitFor();
      await page.locator('#scan-undo-reason').fill('贴错标签 wrong label');
      await dialog.locator('.ant-btn-primary').last().click();
      await log.getByTestId(`scan-undone-${packScan}`).waitFor();
      expect(await log.getByTestId(`scan-undone-${packScan}`).innerText()).toContain('贴错标签 wrong label');
      const packages = (await call('GET', `/orders/${ids['PK-0003']}/packages`, stack.tokens.planner)) as any[];
      expect(packages.find((p) => p.barcode === codes['PK-0003'][0]).status).toBe('created');
      await tab.screenshot('packing-scan-log-undone');

      // a pack scan of an order shipped short cannot be undone: the refusal in words, the dialog stays
      const shipped = shippedScans[0];
      await log.getByTestId(`scan-undo-${shipped}`).click();
      await settled(page);
      await page.locator('#scan-undo-reason').fill('试试 try');
      await dialog.locator('.ant-btn-primary').last().click();
      const refused = page.getByTestId('scan-undo-refused');
      await refused.waitFor();
      expect(await refused.innerText()).toMatch(/发货|装车|shipped|loaded/);
      await tab.screenshot('packing-scan-log-refused');
      tab.assertNoConsoleErrors([/the server responded with a status of 4\d\d/]);
    } finally {
      await tab.close();
    }
  }, 120_000);

  it('shows on the split run each package’s packing state as packing keeps it: loaded, left behind, to pack', async () => {
    const tab = await BrowserTab.open(browser, stack, { viewport: { width: 1366, height: 900 } });
    try {
      const page = tab.page;
      await tab.signIn(stack, 'planner', `/planner/split-runs/${runs['PK-0002']}`);
      await page.getByRole('tab', { name: '包装' }).click();
      const row = (code: string) => page.getByRole('row', { name: new RegExp(code) });
      const packages = codes['PK-0002'];
      await row(packages[0]).getByRole('cell', { name: '已装车' }).waitFor();
      // the package left behind when the truck closed short was never packed
      await row(packages[packages.length - 1])
        .getByRole('cell', { name: '待包装' })
        .waitFor();
      await tab.screenshot('split-run-packages-packing-state');
      tab.assertNoConsoleErrors();
    } finally {
      await tab.close();
    }
  }, 60_000);
});
