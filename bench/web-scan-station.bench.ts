/**
 * Web scan station figures (issue 13), for the closing note:
 *  (a) the JavaScript a browser downloads to open the scan station (gzip), against the 350 KB target, and the
 *      whole app's: measured in Chromium (every .js the page loads on a direct visit of /warehouse/scan,
 *      signed in) and cross-checked by following the static imports of the entry and the scan page's chunk;
 *  (b) the time from a scan's Enter to its feedback on the screen, over 200 receipts typed as a keyboard-wedge
 *      scanner types them, on loopback against the built api (its own process, as deployed) on Postgres:
 *      p50/p95/max, measured in the page (keydown to the feedback's DOM change, and to the next frame).
 * Reported, not asserted. `npm run bench:web [-- --scans 200]`. Needs the build (apps/web/dist, served by the
 * api from the working directory), PostgreSQL (DATABASE_URL, default the local one) and Debian's Chromium
 * (/usr/bin/chromium or MENDAO_CHROMIUM).
 */
import { FactoriesService, loadConfig, migrateUp, type Runtime } from '@mendao/platform';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import pino from 'pino';
import { chromium, type Page } from 'playwright-core';
import { createApiApp } from '../apps/api/src/create-api-app';
import { MIGRATIONS } from '../migrations';
import { option, print, startBuiltApi } from './support/bench-io';
import { DATABASE_URL, dbUrl, freePort, withClient } from './support/local-services';

const TARGET_INITIAL_KB = 350;
const ITEMS = 20;
const WARM_UP = 10;
/** The api serves the web app from here (its WEB_DIR default, relative to the working directory). */
const WEB_DIR = resolve('apps/web/dist');
const CHROMIUM = process.env.MENDAO_CHROMIUM ?? '/usr/bin/chromium';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipSize = (file: string) => gzipSync(readFileSync(join(WEB_DIR, file))).length;

/** The JS files reached from `start` through static imports (`import … from "./x.js"`, not `import("./x.js")`). */
function staticClosure(start: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(join(WEB_DIR, file), 'utf8');
    for (const m of text.matchAll(/\b(?:import|export)\s*(?:[^'"();]*?\bfrom\s*)?["']\.\/([^"']+\.js)["']/g))
      queue.push(`assets/${m[1]}`);
  }
  return seen;
}

function bundleFigures(): { entry: Set<string>; scanRoute: Set<string>; all: string[] } {
  const html = readFileSync(join(WEB_DIR, 'index.html'), 'utf8');
  const entry = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/([^"]+\.js)"/g)].map(
    (m) => m[1],
  );
  const assets = readdirSync(join(WEB_DIR, 'assets'));
  const scanChunk = assets.find((f) => /^scan-page-.*\.js$/.test(f));
  if (!scanChunk) throw new Error(`no scan-page chunk in ${WEB_DIR}/assets: build the web app first`);
  const entryFiles = staticClosure(entry);
  return {
    entry: entryFiles,
    scanRoute: new Set([...entryFiles, ...staticClosure([`assets/${scanChunk}`])]),
    all: assets.filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`),
  };
}

const total = (files: Iterable<string>) => [...files].reduce((sum, f) => sum + gzipSize(f), 0);

/** A factory with a warehouse user; locations and items with barcodes are made through the api. */
async function seedFactory(url: string): Promise<string> {
  const jwtSecret = randomBytes(32).toString('hex');
  const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: url, JWT_SECRET: jwtSecret, LOG_LEVEL: 'warn' });
  const runtime: Runtime = { config, logger: pino({ level: 'warn' }), databaseUrl: url, jwtSecret, embedded: false };
  const app = await createApiApp(runtime);
  const factories = app.get(FactoriesService);
  const { factory } = await factories.create({ code: 'WEBSCAN', name: 'Web scan bench' });
  const password = randomBytes(9).toString('base64url');
  await factories.createUser(factory.id, { username: 'scanner', password, roles: ['warehouse'] });
  await app.close();
  return password;
}

async function call(base: string, token: string, path: string, body: unknown): Promise<void> {
  const res = await fetch(base + path, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`${path}: ${res.status} ${await res.text()}`);
}

const barcode = (n: number) => `69${String(n).padStart(11, '0')}`;

/**
 * The code that runs in the page (a string: the server build has no DOM types). It times each Enter, caught
 * before the app's own handler, to the feedback's change (a good scan) and to the frame after it.
 */
const PROBE = `(() => {
  const probe = { t0: 0, dom: [], frame: [], fetch: [] };
  window.probe = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name.endsWith('/api/v1/stock/moves')) probe.fetch.push(e.duration);
  }).observe({ type: 'resource' });
  document.addEventListener('keydown', (event) => { if (event.key === 'Enter') probe.t0 = performance.now(); }, true);
  const feedback = document.querySelector('[data-testid=scan-feedback]');
  new MutationObserver(() => {
    if (probe.t0 === 0 || feedback.dataset.tone !== 'ok') return;
    const t0 = probe.t0;
    probe.t0 = 0;
    probe.dom.push(performance.now() - t0);
    requestAnimationFrame(() => probe.frame.push(performance.now() - t0));
  }).observe(feedback, { attributes: true, attributeFilter: ['data-seq'] });
})()`;
const SEQ = `document.querySelector('[data-testid=scan-feedback]').getAttribute('data-seq')`;

/** Types a line as a wedge scanner does and waits for the feedback to change. */
async function scan(page: Page, code: string): Promise<void> {
  const before = await page.getByTestId('scan-feedback').getAttribute('data-seq');
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
  await page.waitForFunction(`${SEQ} !== ${JSON.stringify(before)}`, undefined, { polling: 'raf' });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const ms = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms`;
};

async function main(): Promise<void> {
  const scans = option('scans', 200);
  print(`Mendao web scan station benchmark — ${new Date().toISOString()}, node ${process.version}`);
  print(`web app: ${WEB_DIR}`);

  const bundle = bundleFigures();
  const name = `mendao_bench_web_${randomBytes(4).toString('hex')}`;
  const url = dbUrl(name);
  await withClient(DATABASE_URL, (c) => c.query(`CREATE DATABASE ${name}`));
  let api: ChildProcess | undefined;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
  try {
    await migrateUp(url, MIGRATIONS);
    const password = await seedFactory(url);
    const port = await freePort();
    api = await startBuiltApi(url, port, randomBytes(32).toString('hex'));
    const base = `http://127.0.0.1:${port}`;
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ factory: 'WEBSCAN', username: 'scanner', password }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    await call(base, accessToken, '/api/v1/locations', {
      code: 'RCV',
      nameZh: '收货区',
      nameEn: 'Receiving',
      type: 'receiving',
    });
    for (let n = 1; n <= ITEMS; n++)
      await call(base, accessToken, '/api/v1/items', {
        code: `IT-${n}`,
        nameZh: `物料 ${n}`,
        nameEn: `Item ${n}`,
        kind: 'hardware',
        unit: 'piece',
        barcodes: [barcode(n)],
      });

    const context = await browser.newContext({
      baseURL: base,
      viewport: { width: 1024, height: 768 },
      locale: 'zh-CN',
    });
    const page = await context.newPage();
    await page.goto('/login');
    await page.locator('#factory').fill('WEBSCAN');
    await page.locator('#username').fill('scanner');
    await page.locator('#password').fill(password);
    await page.locator('button[type=submit]').click();
    await page.locator('.shell-header').waitFor();

    // (a) measured: every script a direct visit of the scan station loads (the session is in sessionStorage)
    const loaded = new Set<string>();
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (path.startsWith('/assets/') && path.endsWith('.js')) loaded.add(path.slice(1));
    });
    await page.goto('/warehouse/scan?mode=receipt');
    await page.locator('#scan-input').waitFor();
    await page.waitForLoadState('networkidle');

    // (b) 200 receipts, each Enter timed in the page to the feedback's change and to the frame after it
    await scan(page, 'RCV');
    await page.evaluate(PROBE);
    for (let n = 0; n < WARM_UP + scans; n++) {
      if (n === WARM_UP) await page.evaluate('for (const k of ["dom", "frame", "fetch"]) window.probe[k].length = 0');
      await scan(page, barcode(1 + (n % ITEMS)));
    }
    await page.waitForFunction(`window.probe.frame.length >= ${scans}`);
    const probe = await page.evaluate<{ dom: number[]; frame: number[]; fetch: number[] }>(
      '({ dom: window.probe.dom, frame: window.probe.frame, fetch: window.probe.fetch })',
    );
    const failed = await page.locator('[data-testid=scan-last] li[data-outcome=refused]').count();
    await context.close();

    print();
    print('(a) initial JavaScript, gzip');
    print(
      `  scan station, measured in Chromium:   ${kb(total(loaded))} in ${loaded.size} files (target ≤ ${TARGET_INITIAL_KB} KB: ${total(loaded) <= TARGET_INITIAL_KB * 1024 ? 'met' : 'NOT met'})`,
    );
    for (const file of [...loaded].sort((a, b) => gzipSize(b) - gzipSize(a)))
      print(`    ${kb(gzipSize(file)).padStart(9)}  ${file}`);
    print(`  scan station, by static imports:     ${kb(total(bundle.scanRoute))} in ${bundle.scanRoute.size} files`);
    print(`  of which the entry chunk(s):         ${kb(total(bundle.entry))}`);
    print(`  whole app (every .js of the build):  ${kb(total(bundle.all))} in ${bundle.all.length} files`);
    print();
    print(
      `(b) Enter to feedback, ${probe.dom.length} receipts on loopback (after ${WARM_UP} warm-up), Chromium ${browser.version()}`,
    );
    print(`  to the feedback in the DOM:  ${ms(probe.dom)}`);
    print(`  to the next frame:           ${ms(probe.frame)}`);
    print(`  of which the api request:    ${ms(probe.fetch)} (resource timing)`);
    print(
      `  refused: ${failed}; machine load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} on ${cpus().length} cores`,
    );
  } finally {
    await browser.close();
    api?.kill('SIGTERM');
    await withClient(DATABASE_URL, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
