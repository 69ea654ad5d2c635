import type { Browser, Locator, Page } from 'playwright-core';
import { BrowserTab, launchBrowser, startWebStack, type WebStack } from './support/browser';
import { button, chooseOption } from './support/page-helpers';

const modal = (page: Page) => page.locator('.ant-modal-container');
/** A user's row (the users table is keyed by username, unique in a factory). */
const row = (page: Page, username: string) => page.locator(`.ant-table-row[data-row-key="${username}"]`);
const fieldError = (item: Locator) => item.locator('.ant-form-item-explain-error');

/** Before a screenshot: no table still loading, no passing toast over the header. */
async function settled(page: Page): Promise<void> {
  await page.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
  await page.locator('.ant-message-notice').waitFor({ state: 'detached' });
}

/** Signs in with a username and password of a user made in the test (the harness's signIn knows only its own). */
async function signInAs(tab: BrowserTab, stack: WebStack, username: string, password: string): Promise<void> {
  const { page } = tab;
  await page.goto('/login');
  await page.locator('#factory').fill(stack.factory);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('button[type=submit]').click();
}

describe('the admin screens (users and the audit log) in a real browser', () => {
  let stack: WebStack;
  let browser: Browser;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startWebStack({ factory: 'ADMINWEB' }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('creates a planner, adds the warehouse role, resets the password, and deactivates them: they are locked out', async () => {
    const admin = await BrowserTab.open(browser, stack);
    const { page } = admin;
    await admin.signIn(stack, 'admin', '/admin/users');
    await row(page, 'planner').waitFor();

    // create li.na, planner
    await page.getByRole('button', { name: '新建用户' }).click();
    await modal(page).locator('#create-user_username').fill('li.na');
    await modal(page).locator('#create-user_displayName').fill('李娜');
    await modal(page).locator('#create-user_password').fill('first-password-1');
    await modal(page)
      .getByRole('checkbox', { name: /计划员/ })
      .check();
    await button(modal(page), '保存').click();
    await row(page, 'li.na').waitFor();
    await expect(row(page, 'li.na').innerText()).resolves.toMatch(/李娜[\s\S]*计划员[\s\S]*启用/);

    // the same username again: refused by the api, said at the username field
    await page.getByRole('button', { name: '新建用户' }).click();
    await modal(page).locator('#create-user_username').fill('li.na');
    await modal(page).locator('#create-user_password').fill('another-password-1');
    await modal(page)
      .getByRole('checkbox', { name: /打包员/ })
      .check();
    await button(modal(page), '保存').click();
    const username = modal(page).locator('.ant-form-item', { has: page.locator('#create-user_username') });
    await fieldError(username).getByText('该用户名在本工厂已存在').waitFor();
    await admin.screenshot('admin-users-duplicate-zh');
    await button(modal(page), '取消').click();
    await modal(page).waitFor({ state: 'detached' });

    // give li.na the warehouse role as well
    await row(page, 'li.na').getByRole('button', { name: '修改角色' }).click();
    await modal(page)
      .getByRole('checkbox', { name: /仓管员/ })
      .check();
    await button(modal(page), '保存').click();
    await modal(page).waitFor({ state: 'detached' });
    await row(page, 'li.na').getByText('仓管员').waitFor();

    // reset the password
    await row(page, 'li.na').getByRole('button', { name: '重置密码' }).click();
    await modal(page).locator('#reset-password_password').fill('second-password-2');
    await modal(page).locator('#reset-password_confirm').fill('second-password-2');
    await modal(page).getByRole('button', { name: '重置密码' }).click();
    await modal(page).waitFor({ state: 'detached' });
    await page.getByText('已重置 li.na 的密码').waitFor();

    // li.na signs in with the new password in a tab of their own and sees the planner's and the warehouse's menus
    const linaTab = await BrowserTab.open(browser, stack);
    await signInAs(linaTab, stack, 'li.na', 'second-password-2');
    await linaTab.page.locator('.shell-header').waitFor();
    await linaTab.page.getByRole('menuitem', { name: '订单' }).waitFor();
    const menu = await linaTab.page.getByRole('menuitem').allInnerTexts();
    expect(menu).toEqual(expect.arrayContaining(['门型', '订单', '拆单', '扫码', '库存']));
    expect(menu).not.toContain('用户');
    expect(menu).not.toContain('审计日志');

    // deactivate li.na, after the confirmation
    await button(row(page, 'li.na'), '停用').click();
    await page.locator('.ant-popconfirm').getByText('停用后该用户无法登录').waitFor();
    await button(page.locator('.ant-popconfirm'), '停用').click();
    await row(page, 'li.na').getByText('已停用').waitFor();
    await button(row(page, 'li.na'), '启用').waitFor();

    // li.na's open session has ended, and signing in again is refused
    await linaTab.page.getByRole('menuitem', { name: '扫码' }).click();
    await linaTab.page.getByText('登录已失效，请重新登录').waitFor();
    await signInAs(linaTab, stack, 'li.na', 'second-password-2');
    await linaTab.page.getByText('工厂代码、用户名或密码错误').waitFor();
    expect(linaTab.page.url()).toContain('/login');
    linaTab.assertNoConsoleErrors([/status of 401/]);
    await linaTab.close();

    // the api's refusal to let an admin drop their own admin role, at the roles field; the admin cannot
    // deactivate themself either (the button says why instead)
    await expect(button(row(page, 'admin'), '停用').isDisabled()).resolves.toBe(true);
    await row(page, 'admin').getByRole('button', { name: '修改角色' }).click();
    await modal(page).getByText('这是你自己的账号').waitFor();
    await modal(page)
      .getByRole('checkbox', { name: /管理员/ })
      .uncheck();
    await modal(page).getByRole('checkbox', { name: /经理/ }).check();
    await button(modal(page), '保存').click();
    const roles = modal(page).locator('.ant-form-item', { has: page.getByRole('checkbox', { name: /经理/ }) });
    await fieldError(roles).getByText('不能取消自己的管理员角色，请让其他管理员操作').waitFor();
    await button(modal(page), '取消').click();
    await modal(page).waitFor({ state: 'detached' });
    await expect(row(page, 'admin').innerText()).resolves.toMatch(/管理员/);
    await settled(page);
    await admin.screenshot('admin-users-zh');

    // the audit log shows each of these, by the admin
    await page.getByRole('menuitem', { name: '审计日志' }).click();
    await page.locator('.audit-table .ant-table-row').first().waitFor();
    const audit = (text: string) => page.locator('.audit-table .ant-table-row', { hasText: text });
    await expect(audit('停用用户').innerText()).resolves.toMatch(/admin[\s\S]*li\.na[\s\S]*已停用/);
    await expect(audit('密码已重置').innerText()).resolves.toMatch(/admin[\s\S]*修改用户[\s\S]*li\.na/);
    await expect(audit('授予角色：仓管员').innerText()).resolves.toMatch(/admin[\s\S]*修改用户[\s\S]*li\.na/);
    await expect(audit('角色：计划员').first().innerText()).resolves.toMatch(/admin[\s\S]*新建用户[\s\S]*li\.na/);
    await expect(audit('被拒绝 409').count()).resolves.toBe(2);
    // the refused change to the admin's own roles names the admin as its target
    await expect(audit('被拒绝 409').filter({ hasText: '修改用户' }).innerText()).resolves.toMatch(/admin[\s\S]*admin/);
    // the row of the refused duplicate: expanded, its fields and values
    const duplicate = audit('被拒绝 409').filter({ hasText: '新建用户' });
    await duplicate.locator('.ant-table-row-expand-icon').click();
    await page.locator('.audit-detail').getByText('body.password').waitFor();
    await expect(page.locator('.audit-detail').innerText()).resolves.toContain('[redacted]');
    await expect(page.locator('.audit-detail').innerText()).resolves.not.toContain('another-password-1');

    // narrowed to the refusals about users
    await page.locator('#audit-filter_action').fill('users');
    await chooseOption(page, page.locator('#audit-filter_outcome'), '被拒绝');
    await button(page, '查询').click();
    await page.waitForFunction(() => document.querySelectorAll('.audit-table .ant-table-row').length === 2);
    await expect(audit('停用用户').count()).resolves.toBe(0);
    await button(page, '重置').click();
    await audit('停用用户').waitFor();

    // narrowed to days: tomorrow has nothing yet, today has it all (the days are the browser's own)
    const day = (offset: number) => {
      const d = new Date();
      d.setDate(d.getDate() + offset);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    const pickDays = async (from: string, to: string) => {
      const start = page.locator('.audit-filter .ant-picker input').nth(0);
      const end = page.locator('.audit-filter .ant-picker input').nth(1);
      await start.click();
      await start.fill(from);
      await start.press('Enter');
      await end.fill(to);
      await end.press('Enter');
      await button(page, '查询').click();
    };
    await pickDays(day(1), day(1));
    await page.locator('.audit-table').getByText('没有符合条件的记录').waitFor();
    await pickDays(day(0), day(0));
    await audit('停用用户').waitFor();
    await button(page, '重置').click();
    await audit('停用用户').waitFor();
    await settled(page);
    await admin.screenshot('admin-audit-zh');

    admin.assertNoConsoleErrors([/status of 409/]);
    await admin.close();
  });

  it('shows the same screens in English', async () => {
    const tab = await BrowserTab.open(browser, stack, { language: 'en' });
    const { page } = tab;
    await tab.signIn(stack, 'admin', '/admin/users');
    await row(page, 'warehouse').getByText('Warehouse', { exact: true }).waitFor();
    await expect(row(page, 'admin').innerText()).resolves.toMatch(/You[\s\S]*Admin[\s\S]*Active/);
    await row(page, 'li.na').getByText('Inactive').waitFor();
    await settled(page);
    await tab.screenshot('admin-users-en');

    await page.getByRole('menuitem', { name: 'Audit log' }).click();
    const audit = (text: string) => page.locator('.audit-table .ant-table-row', { hasText: text });
    await audit('Deactivate user').waitFor();
    await audit('Roles granted: Warehouse').waitFor();
    await audit('Password reset').waitFor();
    // a click on a user name narrows the log to them
    await audit('Deactivate user').getByText('admin', { exact: true }).click();
    await expect(page.locator('#audit-filter_username').inputValue()).resolves.toBe('admin');
    await audit('Sign in').first().waitFor();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.audit-table .ant-table-row td:nth-child(3)')].every(
        (cell) => cell.textContent === 'admin',
      ),
    );
    await settled(page);
    await tab.screenshot('admin-audit-en');
    tab.assertNoConsoleErrors();
    await tab.close();
  });

  it('lets a manager read the audit log, and not the users', async () => {
    const tab = await BrowserTab.open(browser, stack);
    const { page } = tab;
    await tab.signIn(stack, 'manager');
    const menu = await page.getByRole('menuitem').allInnerTexts();
    expect(menu).toContain('审计日志');
    expect(menu).not.toContain('用户');
    await page.getByRole('menuitem', { name: '审计日志' }).click();
    await page.locator('.shell-content').getByText('只读').waitFor();
    await page.locator('.audit-table').getByText('停用用户').waitFor();
    await page.goto('/admin/users');
    await page.getByText('页面不存在').waitFor();
    tab.assertNoConsoleErrors();
    await tab.close();
  });
});
