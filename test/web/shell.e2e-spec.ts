import type { Browser } from 'playwright-core';
import { BrowserTab, launchBrowser, startWebStack, type WebStack } from './support/browser';

describe('the web app’s shell in a real browser', () => {
  let stack: WebStack;
  let browser: Browser;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startWebStack({ factory: 'SHELL' }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('signs a planner in, in Chinese, and switches to English, which it remembers after a reload', async () => {
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await page.goto('/');
    await page.getByText('工厂代码').waitFor();
    await tab.screenshot('shell-login-zh');
    await tab.signIn(stack, 'planner');
    await page.getByRole('menuitem', { name: '订单' }).waitFor();
    await page.getByRole('button', { name: '语言' }).click();
    await page.getByRole('menuitem', { name: 'Orders' }).waitFor();
    await page.reload();
    await page.getByRole('menuitem', { name: 'Orders' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await tab.screenshot('shell-planner-en');
    tab.assertNoConsoleErrors();
    await tab.close();
  });

  it('refuses a wrong password on the screen, in its language, and changes nothing', async () => {
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await page.goto('/login');
    await page.locator('#factory').fill(stack.factory);
    await page.locator('#username').fill('planner');
    await page.locator('#password').fill('not-the-password');
    await page.locator('button[type=submit]').click();
    await page.getByText('工厂代码、用户名或密码错误').waitFor();
    expect(page.url()).toContain('/login');
    await tab.screenshot('shell-login-refused-zh');
    // the browser logs the refused request (401) itself; nothing else may be in the console
    tab.assertNoConsoleErrors([/status of 401/]);
    await tab.close();
  });

  it('shows a warehouse user the warehouse screens and the split runs to read, none of the planner’s others', async () => {
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'warehouse');
    await page.getByRole('menuitem', { name: '扫码' }).waitFor();
    const menu = await page.getByRole('menuitem').allInnerTexts();
    expect(menu).toEqual(expect.arrayContaining(['扫码', '库存', '拆单', '领料单', '采购建议']));
    for (const planner of ['门型', '材料', '订单', '用户']) expect(menu).not.toContain(planner);
    await page.goto('/planner/orders');
    await page.getByText('页面不存在').waitFor();
    await tab.screenshot('shell-warehouse-zh');
    // the split runs read only: the list, without a new run (and its address leads back to the list)
    await page.getByRole('menuitem', { name: '拆单' }).click();
    await page.locator('.shell-content h3', { hasText: '拆单' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('button', { name: /新建拆单/ }).count()).toBe(0);
    await page.goto('/planner/split-runs/new');
    await page.waitForURL(/\/planner\/split-runs$/);
    tab.assertNoConsoleErrors();
    await tab.close();
  });

  it('gives a planner the pick lists to make and the purchase suggestions to read, not the scan station', async () => {
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'planner');
    await page.getByRole('menuitem', { name: '订单' }).waitFor();
    const menu = await page.getByRole('menuitem').allInnerTexts();
    expect(menu).toEqual(expect.arrayContaining(['订单', '拆单', '领料单', '采购建议']));
    for (const stores of ['扫码', '库存', '物料', '盘点', '余料']) expect(menu).not.toContain(stores);
    await page.getByRole('menuitem', { name: '领料单' }).click();
    await page.getByRole('button', { name: /新建领料单/ }).waitFor();
    await page.getByRole('menuitem', { name: '采购建议' }).click();
    await page.getByTestId('purchasing-runs').waitFor();
    await page.waitForLoadState('networkidle');
    await tab.screenshot('shell-planner-purchasing-zh');
    tab.assertNoConsoleErrors();
    await tab.close();
  });

  it('sends a user whose session was ended back to the login screen, saying so', async () => {
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'manager', '/planner/orders');
    // the screen has what it asked for: the next request is the one the manager makes below
    await page.getByText('暂无订单').waitFor();
    // an admin changes the manager's password: every token the manager holds ends
    const users = await stack.api.request('GET', '/api/v1/users', { token: stack.tokens.admin });
    const manager = users.body.items.find((u: { username: string }) => u.username === 'manager');
    const reset = await stack.api.request('PATCH', `/api/v1/users/${manager.id}`, {
      token: stack.tokens.admin,
      body: { password: 'another-password-1' },
    });
    expect(reset.status).toBeLessThan(300);
    await page.getByRole('menuitem', { name: '材料' }).click();
    await page.getByText('登录已失效，请重新登录').waitFor();
    expect(page.url()).toContain('/login');
    tab.assertNoConsoleErrors([/status of 401/]);
    await tab.close();
  });

  it('shows a screen whose code cannot be loaded as failed, with a reload, and keeps the menu working', async () => {
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'planner', '/planner/materials');
    await page.getByRole('menuitem', { name: '订单' }).waitFor();
    // the network drops just as the planner opens the orders screen, whose code was not loaded yet
    await page.route('**/assets/orders-page-*.js', (route) => route.abort());
    await page.getByRole('menuitem', { name: '订单' }).click();
    await page.getByText('此页面出错了').waitFor();
    await page.getByRole('button', { name: '重新加载' }).waitFor();
    await tab.screenshot('shell-screen-failed-zh');
    // the rest of the app still answers
    await page.getByRole('menuitem', { name: '材料' }).click();
    await page.locator('.shell-content h3', { hasText: '材料' }).waitFor();
    expect(await page.getByText('此页面出错了').count()).toBe(0);
    tab.assertNoConsoleErrors([/net::ERR_FAILED/, /screen failed/, /dynamically imported module/]);
    await tab.close();
  });
});
