import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Role } from '@mendao/platform';
import { createTestDatabase, TestDatabase, testRuntime } from '@mendao/platform/testing';
import { TestApi } from '../../support/api';
import { loadCatalogue } from '../../support/splitting';

/** Debian's Chromium (`apt-get install -y chromium`; .ci/run installs it); a browser is never downloaded. */
export const CHROMIUM = process.env.MENDAO_CHROMIUM ?? '/usr/bin/chromium';
/** The web app as `npm run build` leaves it; MENDAO_WEB_DIR points a test at another build of it. */
const WEB_DIR = process.env.MENDAO_WEB_DIR ?? join(__dirname, '../../../apps/web/dist');
/** Each browser test leaves screenshots here (the runner's results folder, kept by CI as an artifact). */
export const SCREENSHOTS = join(__dirname, '../../../.test-results/screenshots');

export type WebStack = {
  db: TestDatabase;
  api: TestApi;
  baseUrl: string;
  factory: string;
  /** tokens of one user per role (username = role; password `password-123`, the admin's below) */
  tokens: Record<Role, string>;
  adminPassword: string;
  passwordOf: (role: Role) => string;
  close: () => Promise<void>;
};

/**
 * A real api (serving the built web app) on a real database, with one factory whose users are named after their
 * roles; split runs go through the api's in-process queue. `catalogue` loads the demo door models and materials.
 */
export async function startWebStack(
  options: { factory?: string; catalogue?: boolean; env?: Record<string, string> } = {},
): Promise<WebStack> {
  if (!existsSync(join(WEB_DIR, 'index.html')))
    throw new Error(`${WEB_DIR}/index.html missing: run \`npm run build\` (npm test does)`);
  const db = await createTestDatabase();
  const api = await TestApi.start(testRuntime(db.url, { WEB_DIR, ...options.env }));
  const factory = options.factory ?? 'WEB';
  const { tokens, adminPassword } = await api.factoryWithUsers(factory);
  if (options.catalogue) await loadCatalogue(api, tokens.planner);
  return {
    db,
    api,
    baseUrl: api.baseUrl,
    factory,
    tokens,
    adminPassword,
    passwordOf: (role) => (role === 'admin' ? adminPassword : 'password-123'),
    close: async () => {
      await api.close();
      await db.drop();
    },
  };
}

/** Chromium without a sandbox (CI runs as root) and without any traffic of its own. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} missing: apt-get install -y chromium (.ci/run does), or set MENDAO_CHROMIUM`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
}

/**
 * A fresh browser tab (its own storage, like a new tab) that records every console error and uncaught page
 * error: `assertNoConsoleErrors` fails the test on any of them. `expected` lists errors a test provokes on
 * purpose (the browser logs a failed request when a test cuts the network).
 */
export class BrowserTab {
  readonly errors: string[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {
    page.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => this.errors.push(`page: ${error.message}`));
  }

  static async open(
    browser: Browser,
    stack: Pick<WebStack, 'baseUrl'>,
    options: { language?: 'zh-CN' | 'en'; viewport?: { width: number; height: number } } = {},
  ): Promise<BrowserTab> {
    const context = await browser.newContext({
      baseURL: stack.baseUrl,
      viewport: options.viewport ?? { width: 1366, height: 800 },
      locale: options.language ?? 'zh-CN',
      acceptDownloads: true,
    });
    if (options.language === 'en') {
      await context.addInitScript(() => {
        if (!localStorage.getItem('mendao.language')) localStorage.setItem('mendao.language', 'en');
      });
    }
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    return new BrowserTab(context, page);
  }

  /** Signs in through the login screen (fields found by their ids, so in either language). */
  async signIn(stack: Pick<WebStack, 'factory' | 'passwordOf'>, role: Role, path = '/'): Promise<void> {
    await this.page.goto(path);
    await this.page.locator('#factory').fill(stack.factory);
    await this.page.locator('#username').fill(role);
    await this.page.locator('#password').fill(stack.passwordOf(role));
    await this.page.locator('button[type=submit]').click();
    await this.page.locator('.shell-header').waitFor();
  }

  async screenshot(name: string): Promise<string> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const path = join(SCREENSHOTS, `${name}.png`);
    await this.page.screenshot({ path, fullPage: true });
    return path;
  }

  /** Fails with every console or page error seen, except those matching `expected`. */
  assertNoConsoleErrors(expected: RegExp[] = []): void {
    const unexpected = this.errors.filter((error) => !expected.some((pattern) => pattern.test(error)));
    if (unexpected.length > 0) throw new Error(`errors in the browser console:\n${unexpected.join('\n')}`);
  }

  /** Closes the tab, leaving a screenshot of how the test left it (named after the test) as an artifact. */
  async close(): Promise<void> {
    const test = expect.getState().currentTestName;
    if (test && !this.page.isClosed()) {
      const name = test
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 120);
      await this.screenshot(`end-${name}`).catch(() => undefined);
    }
    await this.context.close();
  }
}
