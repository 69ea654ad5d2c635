import { randomUUID } from 'node:crypto';
import type { OpenAPIObject } from '@nestjs/swagger';
import { DEMO_FACTORY_CODE, DEMO_PASSWORD, DemoSeedService } from '@mendao/platform';
import { createTestDatabase, TestDatabase, testRuntime } from '@mendao/platform/testing';
import { createOpenApiDocument } from '../apps/api/src/openapi/openapi-document';
import { TestApi } from './support/api';
import { answerProblems } from './support/openapi-answers';
import { splitFinished } from './support/splitting';
import { packageCode } from '@mendao/splitting';
import { makeOrderLine } from '@mendao/splitting/testing';

/**
 * The document is true: real answers of a running api (success and refusal, JSON and not) match the schema
 * the document gives for their route, status and media type — including no field the document leaves out.
 */
describe('answers of the api against its OpenAPI document', () => {
  let db: TestDatabase;
  let api: TestApi;
  let document: OpenAPIObject;
  const problems: string[] = [];
  const seen = new Set<string>();
  const token: Record<string, string> = { scraper: `scrape-${randomUUID()}` };

  /** Calls the api and records how the answer differs from the document. `route` is the document's path. */
  async function call(method: string, route: string, path = route, role = 'admin', body?: unknown) {
    const res = await api.request(method, path, { token: token[role], body });
    const found = answerProblems(document, method, route, res.status, res.headers.get('content-type') ?? '', res.body);
    problems.push(...found.map((p) => `${method} ${path} → ${res.status}: ${p}`));
    seen.add(`${method} ${route}`);
    return res;
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await TestApi.start(testRuntime(db.url, { METRICS_TOKEN: token.scraper }));
    await api.app.get(DemoSeedService).seed();
    for (const role of ['admin', 'planner', 'warehouse', 'manager', 'operator', 'packer'])
      token[role] = await api.login(DEMO_FACTORY_CODE, role, DEMO_PASSWORD);
    document = await createOpenApiDocument();
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('platform: login, users, audit, health, readiness, metrics', async () => {
    await call('POST', '/api/v1/auth/login', undefined, 'none', {
      factory: DEMO_FACTORY_CODE,
      username: 'planner',
      password: DEMO_PASSWORD,
    });
    await call('POST', '/api/v1/auth/login', undefined, 'none', {
      factory: 'DEMO',
      username: 'planner',
      password: 'x',
    });
    await call('GET', '/health');
    await call('GET', '/ready');
    await call('GET', '/metrics', '/metrics', 'scraper');
    await call('GET', '/metrics', '/metrics', 'manager');
    await call('GET', '/metrics', '/metrics', 'none');
    const users = await call('GET', '/api/v1/users');
    await call('GET', '/api/v1/users', '/api/v1/users', 'planner');
    const user = await call('POST', '/api/v1/users', undefined, 'admin', {
      username: 'li.na',
      password: 'mendao-demo-li-na',
      roles: ['packer'],
      displayName: '李娜',
    });
    await call('POST', '/api/v1/users', undefined, 'admin', { username: 'li.na', password: 'x', roles: ['nobody'] });
    const id = user.body.id as string;
    await call('GET', '/api/v1/users/{id}', `/api/v1/users/${id}`);
    await call('GET', '/api/v1/users/{id}', `/api/v1/users/${randomUUID()}`);
    await call('PATCH', '/api/v1/users/{id}', `/api/v1/users/${id}`, 'admin', { displayName: '李娜 Li Na' });
    await call('POST', '/api/v1/users/{id}/deactivate', `/api/v1/users/${id}/deactivate`);
    await call('POST', '/api/v1/users/{id}/activate', `/api/v1/users/${id}/activate`);
    await call('DELETE', '/api/v1/users/{id}', `/api/v1/users/${id}`);
    const admin = (users.body.items as { id: string; username: string }[]).find((u) => u.username === 'admin');
    await call('POST', '/api/v1/users/{id}/deactivate', `/api/v1/users/${admin?.id}/deactivate`);
    await call('GET', '/api/v1/audit-log', '/api/v1/audit-log?limit=5');
  });

  it('splitting: products, materials, orders, import, split runs and their results', async () => {
    const product = await call('GET', '/api/v1/products/{code}', '/api/v1/products/PD-LVL01', 'planner');
    await call('GET', '/api/v1/products', undefined, 'planner');
    await call('GET', '/api/v1/products/{code}/versions', '/api/v1/products/PD-LVL01/versions', 'planner');
    const template = '/api/v1/products/{code}/import-template.xlsx';
    await call('GET', template, '/api/v1/products/PD-LVL01/import-template.xlsx', 'planner');
    await call('GET', template, '/api/v1/products/NO-SUCH/import-template.xlsx', 'planner');
    await call('GET', template, '/api/v1/products/PD-LVL01/import-template.xlsx', 'warehouse');
    const {
      code: _code,
      version: _version,
      createdAt: _createdAt,
      ...definition
    } = product.body as Record<string, unknown>;
    await call('POST', '/api/v1/products', undefined, 'planner', { code: 'PD-LVL02', ...definition });
    await call('POST', '/api/v1/products', undefined, 'planner', { code: 'PD-LVL02', ...definition });
    await call('PUT', '/api/v1/products/{code}', '/api/v1/products/PD-LVL02', 'planner', {
      ...definition,
      nameZh: '单开门二代',
    });
    const door = { width: 900, height: 2100, wallThickness: 120 };
    await call('POST', '/api/v1/products/preview', undefined, 'planner', { product: definition, line: door });
    await call('POST', '/api/v1/products/preview', undefined, 'planner', {
      product: definition,
      line: { ...door, width: 5000, quantity: 2, finish: 'OAK' },
    });
    await call('POST', '/api/v1/products/preview', undefined, 'planner', { product: definition, line: { width: 'x' } });
    await call('GET', '/api/v1/materials', undefined, 'planner');
    await call('GET', '/api/v1/materials/{code}', '/api/v1/materials/HDF-8', 'planner');
    const mdf = {
      nameZh: '中纤板 18厘',
      nameEn: 'MDF 18 mm',
      cutKind: 'sheet',
      sheetWidth: 1220,
      sheetLength: 2440,
      thickness: 18,
    };
    await call('POST', '/api/v1/materials', undefined, 'planner', { ...mdf, code: 'MDF-18' });
    await call('POST', '/api/v1/materials', undefined, 'planner', { ...mdf, code: 'MDF-18' });
    await call('PUT', '/api/v1/materials/{code}', '/api/v1/materials/MDF-18', 'planner', { ...mdf, kerf: 3 });
    await call('PUT', '/api/v1/materials/{code}', '/api/v1/materials/NO-SUCH', 'planner', mdf);
    await call('PATCH', '/api/v1/materials/{code}', '/api/v1/materials/MDF-18', 'planner', { kerf: 3.2 });
    await call('PATCH', '/api/v1/materials/{code}', '/api/v1/materials/MDF-18', 'planner', { unit: 'pcs' });
    await call('GET', '/api/v1/materials/{code}/versions', '/api/v1/materials/MDF-18/versions', 'planner');
    const line = makeOrderLine({ quantity: 2 });
    const order = {
      orderNo: 'SO-2026-0001',
      customer: '江山欧派专卖店',
      dueDate: '2026-12-20',
      lines: [{ ...line, room: '主卧' }],
    };
    const created = await call('POST', '/api/v1/orders', undefined, 'planner', order);
    await call('POST', '/api/v1/orders', undefined, 'planner', order);
    const id = created.body.id as string;
    await call('GET', '/api/v1/orders', '/api/v1/orders?limit=2', 'planner');
    await call('GET', '/api/v1/orders', '/api/v1/orders?status=confirmed&customer=江山&dueFrom=2026-12-01', 'planner');
    await call('GET', '/api/v1/orders', '/api/v1/orders?status=bogus', 'planner');
    await call('GET', '/api/v1/orders/import-template.xlsx', undefined, 'planner');
    await call('GET', '/api/v1/orders/import-template.xlsx', undefined, 'warehouse');
    await call('GET', '/api/v1/orders/{id}', `/api/v1/orders/${id}`, 'planner');
    await call('PATCH', '/api/v1/orders/{id}', `/api/v1/orders/${id}`, 'planner', { customer: '江山欧派专卖店 城南' });
    await call('POST', '/api/v1/orders/{id}/confirm', `/api/v1/orders/${id}/confirm`, 'planner');
    await call('POST', '/api/v1/orders/{id}/confirm', `/api/v1/orders/${id}/confirm`, 'planner');
    await call('POST', '/api/v1/orders/import', undefined, 'planner', { file: 'not multipart' });

    const run = await call('POST', '/api/v1/split-runs', undefined, 'planner', { orderIds: ['SO-2026-0001'] });
    const runId = run.body.id as string;
    await splitFinished(api, token.planner, runId);
    const at = (suffix: string) => `/api/v1/split-runs/${runId}${suffix}`;
    await call('GET', '/api/v1/split-runs/{id}', at(''), 'planner');
    await call('GET', '/api/v1/split-runs', '/api/v1/split-runs?limit=2', 'planner');
    await call('GET', '/api/v1/split-runs', '/api/v1/split-runs?order=SO-2026-0001', 'manager');
    await call('GET', '/api/v1/split-runs', '/api/v1/split-runs?order=NO-SUCH-ORDER', 'planner');
    await call('GET', '/api/v1/split-runs', '/api/v1/split-runs?limit=0', 'planner');
    await call('GET', '/api/v1/split-runs/{id}/parts', at('/parts?limit=3'), 'planner');
    await call('GET', '/api/v1/split-runs/{id}/materials', at('/materials'), 'planner');
    await call('GET', '/api/v1/split-runs/{id}/cut-plans', at('/cut-plans'), 'planner');
    await call('GET', '/api/v1/split-runs/{id}/work-orders', at('/work-orders'), 'planner');
    await call('GET', '/api/v1/split-runs/{id}/packages', at('/packages?limit=3'), 'planner');
    await call('GET', '/api/v1/split-runs/{id}/cut-plans.csv', at('/cut-plans.csv'), 'planner');
    await call('GET', '/api/v1/split-runs/{id}/cut-plans/{n}.svg', at('/cut-plans/1.svg'), 'planner');
    await call('GET', '/api/v1/split-runs/{id}/cut-plans/{n}.svg', at('/cut-plans/99.svg'), 'planner');
    await call('GET', '/api/v1/split-runs/{id}/cut-patterns', at('/cut-patterns?limit=2'), 'warehouse');
    await call('GET', '/api/v1/split-runs/{id}/cut-patterns', at('/cut-patterns?cursor=bogus'), 'planner');
    await call('GET', '/api/v1/split-runs/{id}/cut-patterns/{no}.svg', at('/cut-patterns/1.svg'), 'planner');
    await call('GET', '/api/v1/split-runs/{id}/cut-patterns/{no}.svg', at('/cut-patterns/999.svg'), 'planner');
    await call('GET', '/api/v1/split-runs/{id}/cut-patterns.xlsx', at('/cut-patterns.xlsx'), 'warehouse');
    await call('GET', '/api/v1/split-runs/{id}/cut-patterns.pdf', at('/cut-patterns.pdf'), 'planner');
    await call('GET', '/api/v1/split-runs/{id}/split-detail.xlsx', at('/split-detail.xlsx'), 'planner');
    await call('GET', '/api/v1/split-runs/{id}/saw-parts.csv', at('/saw-parts.csv'), 'planner');
    await call('GET', '/api/v1/jobs/{id}', `/api/v1/jobs/${run.body.jobId as string}`, 'planner');
    const pickList = await call('POST', '/api/v1/stock/pick-lists', undefined, 'planner', { splitRun: runId });
    await call(
      'GET',
      '/api/v1/stock/pick-lists/{id}',
      `/api/v1/stock/pick-lists/${pickList.body.id as string}`,
      'planner',
    );
    await call('GET', '/api/v1/stock/pick-lists', `/api/v1/stock/pick-lists?splitRun=${runId}`, 'planner');
    await call('GET', '/api/v1/stock/pick-lists', '/api/v1/stock/pick-lists?status=finished', 'planner');
    const remnantsAt = (suffix: string) => `/api/v1/stock/remnants/runs/${runId}${suffix}`;
    const runRemnants = await call('GET', '/api/v1/stock/remnants/runs/{run}', remnantsAt(''), 'warehouse');
    const label = { label: runRemnants.body.remnants[0].label as string, location: 'A-01' };
    await call('POST', '/api/v1/stock/remnants/runs/{run}/scans', remnantsAt('/scans'), 'warehouse', label);
    await call('POST', '/api/v1/stock/remnants/runs/{run}/scans', remnantsAt('/scans'), 'warehouse', label);
    await call('POST', '/api/v1/stock/remnants/runs/{run}/receive', remnantsAt('/receive'), 'warehouse', {
      location: 'A-01',
    });
    await call(
      'POST',
      '/api/v1/stock/remnants/runs/{run}/receive',
      `/api/v1/stock/remnants/runs/${randomUUID()}/receive`,
      'warehouse',
      { location: 'A-01' },
    );
    await call('POST', '/api/v1/stock/moves', undefined, 'warehouse', {
      scanId: randomUUID(),
      type: 'issue',
      item: 'HDF-8',
      quantity: 1,
      from: 'A-01',
      pickList: pickList.body.id,
      overIssueReason: 'x',
    });
    await call('GET', '/api/v1/purchasing/suggestions', undefined, 'planner');
    await call('GET', '/api/v1/purchasing/suggestions.xlsx', undefined, 'warehouse');
    await call('POST', '/api/v1/orders/{id}/cancel', `/api/v1/orders/${id}/cancel`, 'planner');
  });

  it('splitting: processes', async () => {
    const processes = await call('GET', '/api/v1/processes', '/api/v1/processes?all=true', 'warehouse');
    await call('GET', '/api/v1/processes', '/api/v1/processes?all=maybe', 'planner');
    const carving = { code: 'carving-2', nameZh: '精雕', nameEn: 'Fine carving', minWaitMinutes: 30 };
    await call('POST', '/api/v1/processes', undefined, 'planner', carving);
    await call('POST', '/api/v1/processes', undefined, 'planner', carving);
    await call('POST', '/api/v1/processes', undefined, 'manager', carving);
    await call('PATCH', '/api/v1/processes/{code}', '/api/v1/processes/carving-2', 'planner', { active: false });
    await call('PATCH', '/api/v1/processes/{code}', '/api/v1/processes/no-such', 'planner', { active: false });
    const codes = [...(processes.body as { code: string }[]).map((p) => p.code), 'carving-2'];
    await call('PUT', '/api/v1/processes/order', undefined, 'planner', { codes: [...codes].reverse() });
    await call('PUT', '/api/v1/processes/order', undefined, 'planner', { codes: codes.slice(1) });
  });

  it('production: release, work orders, station reports, holds, progress, WIP, doors ready', async () => {
    const order = { orderNo: 'SO-2026-0100', customer: '报工客户', dueDate: '2026-01-01', lines: [makeOrderLine()] };
    const id = (await call('POST', '/api/v1/orders', undefined, 'planner', order)).body.id as string;
    await call('POST', '/api/v1/orders/{id}/confirm', `/api/v1/orders/${id}/confirm`, 'planner');
    const runId = (await call('POST', '/api/v1/split-runs', undefined, 'planner', { orderIds: [id] })).body
      .id as string;
    await splitFinished(api, token.planner, runId);
    await call('GET', '/api/v1/work-orders', `/api/v1/work-orders?run=${runId}`, 'planner');
    const release = `/api/v1/split-runs/${runId}/release`;
    const released = await call('POST', '/api/v1/split-runs/{id}/release', release, 'planner');
    await call('POST', '/api/v1/split-runs/{id}/release', release, 'planner');
    await call('POST', '/api/v1/split-runs/{id}/release', `/api/v1/split-runs/${randomUUID()}/release`, 'planner');
    const [first, second] = released.body.workOrders as { code: string; plannedQuantity: number }[];
    await call('GET', '/api/v1/work-orders', '/api/v1/work-orders?limit=1&status=released', 'manager');
    await call('GET', '/api/v1/work-orders', '/api/v1/work-orders?status=bogus', 'manager');
    await call('GET', '/api/v1/work-orders/{code}', `/api/v1/work-orders/${first.code}`, 'operator');
    await call('GET', '/api/v1/work-orders/{code}', '/api/v1/work-orders/WO-NOPE-1', 'operator');
    const traveler = '/api/v1/work-orders/{code}/traveler.pdf';
    await call('GET', traveler, `/api/v1/work-orders/${first.code}/traveler.pdf?size=A5`, 'operator');
    await call('GET', traveler, `/api/v1/work-orders/${first.code}/traveler.pdf?size=A3`, 'operator');
    await call('GET', traveler, '/api/v1/work-orders/WO-NOPE-1/traveler.pdf', 'operator');
    const travelers = `/api/v1/split-runs/${runId}/travelers.pdf`;
    await call('GET', '/api/v1/split-runs/{id}/travelers.pdf', travelers, 'planner');
    await call('GET', '/api/v1/split-runs/{id}/travelers.pdf', `/api/v1/split-runs/${randomUUID()}/travelers.pdf`);
    await call('GET', '/api/v1/production/scrap-reasons', undefined, 'operator');
    const reports = '/api/v1/production/reports';
    const scanId = randomUUID();
    await call('POST', reports, undefined, 'operator', { scanId, barcode: first.code, action: 'start' });
    await call('POST', reports, undefined, 'operator', { scanId, barcode: first.code, action: 'start' });
    const good = { barcode: first.code, action: 'report', good: first.plannedQuantity - 1 };
    await call('POST', reports, undefined, 'operator', { scanId: randomUUID(), ...good, scrap: 1 });
    await call('POST', reports, undefined, 'operator', {
      scanId: randomUUID(),
      ...good,
      scrap: 1,
      scrapReason: 'other',
    });
    await call('POST', reports, undefined, 'operator', { scanId: randomUUID(), ...good });
    await call('POST', reports, undefined, 'operator', { scanId: randomUUID(), barcode: second.code, action: 'start' });
    await call('POST', reports, undefined, 'operator', { scanId: 'x', barcode: first.code, action: 'start' });
    await call('POST', reports, undefined, 'operator', { scanId: randomUUID(), barcode: 'WO-NOPE', action: 'start' });
    const hold = `/api/v1/work-orders/${first.code}/hold`;
    await call('POST', '/api/v1/work-orders/{code}/hold', hold, 'planner', { reason: '待料 waiting for material' });
    await call('POST', '/api/v1/work-orders/{code}/hold', hold, 'planner', { reason: 'again' });
    await call('POST', '/api/v1/work-orders/{code}/resume', `/api/v1/work-orders/${first.code}/resume`, 'manager');
    await call('POST', '/api/v1/work-orders/{code}/resume', '/api/v1/work-orders/WO-NOPE/resume', 'manager');
    await call('GET', '/api/v1/production/progress', `/api/v1/production/progress?order=${id}`, 'planner');
    await call('GET', '/api/v1/production/progress', '/api/v1/production/progress?order=NOPE', 'planner');
    await call('GET', '/api/v1/production/wip', undefined, 'manager');
    await call('GET', '/api/v1/production/doors-ready', '/api/v1/production/doors-ready?order=SO-2026-0100', 'packer');
    await call('GET', '/api/v1/production/doors-ready', '/api/v1/production/doors-ready', 'packer');
  });

  it('warehouse: items, locations, moves, balances, value, remnants, counts', async () => {
    await call('GET', '/api/v1/items', '/api/v1/items?limit=3', 'warehouse');
    await call('GET', '/api/v1/items/below-reorder-point', undefined, 'warehouse');
    await call('GET', '/api/v1/items/{key}', '/api/v1/items/HDF-8', 'warehouse');
    await call('GET', '/api/v1/items/{key}', '/api/v1/items/NO-SUCH-ITEM', 'warehouse');
    const glass = {
      code: 'GLASS-5',
      nameZh: '钢化玻璃 5厘',
      nameEn: 'Tempered glass 5 mm',
      kind: 'glass',
      unit: 'piece',
    };
    await call('POST', '/api/v1/items', undefined, 'warehouse', glass);
    await call('POST', '/api/v1/items', undefined, 'warehouse', glass);
    await call('POST', '/api/v1/items', undefined, 'warehouse', { ...glass, nameEn: 'x'.repeat(1_100_000) });
    await call('PATCH', '/api/v1/items/{key}', '/api/v1/items/GLASS-5', 'warehouse', { reorderPoint: 10 });
    await call('GET', '/api/v1/locations', '/api/v1/locations?limit=3', 'warehouse');
    await call('GET', '/api/v1/locations/{key}', '/api/v1/locations/A-02', 'warehouse');
    const location = { code: 'Z-01', nameZh: '待检区', nameEn: 'Inspection', type: 'storage' };
    await call('POST', '/api/v1/locations', undefined, 'warehouse', location);
    await call('PATCH', '/api/v1/locations/{key}', '/api/v1/locations/Z-01', 'warehouse', {
      nameEn: 'Inspection area',
    });

    const move = (body: Record<string, unknown>) =>
      call('POST', '/api/v1/stock/moves', undefined, 'warehouse', { scanId: randomUUID(), ...body });
    await move({ type: 'receipt', item: 'HDF-8', quantity: 40, to: 'Z-01', reference: 'PO-2026-0118' });
    const issue = { scanId: randomUUID(), type: 'issue', item: 'HDF-8', quantity: 2, from: 'Z-01' };
    await call('POST', '/api/v1/stock/moves', undefined, 'warehouse', issue);
    await call('POST', '/api/v1/stock/moves', undefined, 'warehouse', issue);
    await move({ type: 'issue', item: 'HDF-8', quantity: 9999, from: 'Z-01' });
    await move({ type: 'issue', item: 'NO-SUCH-ITEM', quantity: 1, from: 'Z-01' });
    await move({ type: 'transfer', item: 'HDF-8', quantity: 1 });
    await call('GET', '/api/v1/stock/moves', '/api/v1/stock/moves?limit=3', 'warehouse');
    await call('GET', '/api/v1/stock/balances', '/api/v1/stock/balances?item=HDF-8', 'warehouse');
    await call('GET', '/api/v1/stock/value', undefined, 'manager');
    const remnant = { scanId: randomUUID(), material: 'JAMB-BOARD', length: 1180, location: 'Z-01' };
    await call('POST', '/api/v1/stock/remnants', undefined, 'warehouse', remnant);
    await call('POST', '/api/v1/stock/remnants', undefined, 'warehouse', remnant);
    await call('GET', '/api/v1/stock/remnants', '/api/v1/stock/remnants?material=JAMB-BOARD', 'warehouse');

    const count = await call('POST', '/api/v1/stock/counts', undefined, 'warehouse', { location: 'Z-01' });
    await call('POST', '/api/v1/stock/counts', undefined, 'warehouse', { location: 'Z-01' });
    const countAt = `/api/v1/stock/counts/${count.body.id as string}`;
    const scan = { scanId: randomUUID(), item: 'HDF-8', quantity: 36 };
    await call('POST', '/api/v1/stock/counts/{id}/scans', `${countAt}/scans`, 'warehouse', scan);
    await call('POST', '/api/v1/stock/counts/{id}/scans', `${countAt}/scans`, 'warehouse', scan);
    await call('GET', '/api/v1/stock/counts/{id}', countAt, 'warehouse');
    await call('POST', '/api/v1/stock/counts/{id}/close', `${countAt}/close`, 'warehouse');
    await call('POST', '/api/v1/stock/counts/{id}/close', `${countAt}/close`, 'warehouse');
    await call('GET', '/api/v1/stock/counts', '/api/v1/stock/counts?limit=1', 'manager');
    await call('GET', '/api/v1/stock/counts', '/api/v1/stock/counts?status=closed', 'warehouse');
  });

  it('cutting: plans with and without drawings, and refusals', async () => {
    const linear = {
      stock: [{ length: 2400 }, { length: 1200, quantity: 3 }],
      kerf: 4,
      trim: 10,
      minOffcut: 300,
      items: [
        { id: 'jamb', length: 2090, quantity: 2 },
        { id: 'head', length: 900, quantity: 2 },
      ],
      timeLimitMs: 200,
    };
    await call('POST', '/api/v1/cutting/linear', '/api/v1/cutting/linear?include=svg', 'planner', linear);
    await call('POST', '/api/v1/cutting/linear', undefined, 'planner', {
      ...linear,
      items: [{ id: 'x', length: 9000, quantity: 1 }],
    });
    await call('POST', '/api/v1/cutting/linear', undefined, 'planner', {
      ...linear,
      items: [{ id: 'x', length: -1, quantity: 1 }],
    });
    const sheets = {
      sheets: [{ width: 2440, height: 1220 }],
      kerf: 4,
      items: [{ id: 'skin', width: 2050, height: 860, quantity: 2 }],
      timeLimitMs: 200,
    };
    await call('POST', '/api/v1/cutting/sheets', '/api/v1/cutting/sheets?include=svg', 'planner', sheets);
    await call('POST', '/api/v1/cutting/sheets', undefined, 'warehouse', sheets);
  });

  it('equipment: machines, their events, downtime reasons, shifts and the calendar', async () => {
    const press = {
      code: 'PRS-02',
      name: '热压机 2',
      nameEn: 'Hot press 2',
      process: 'pressing',
      countUnit: 'cycle',
      idealCycleSeconds: 600,
      countsFrom: 'reports',
    };
    await call('GET', '/api/v1/machines', undefined, 'planner');
    await call('POST', '/api/v1/machines', undefined, 'manager', press);
    await call('POST', '/api/v1/machines', undefined, 'manager', press);
    await call('POST', '/api/v1/machines', undefined, 'manager', { ...press, code: 'a/b', countsFrom: 'both' });
    await call('POST', '/api/v1/machines', undefined, 'planner', { ...press, code: 'PRS-03' });
    await call('GET', '/api/v1/machines/{code}', '/api/v1/machines/SAW-01', 'operator');
    await call('GET', '/api/v1/machines/{code}', '/api/v1/machines/NO-SUCH', 'operator');
    const yesterday = new Date(Date.now() - 86_400_000).toISOString();
    await call('PATCH', '/api/v1/machines/{code}', '/api/v1/machines/PRS-02', 'manager', {
      idealCycleSeconds: 540,
      effectiveFrom: yesterday,
    });
    await call('PATCH', '/api/v1/machines/{code}', '/api/v1/machines/PRS-02', 'manager', { effectiveFrom: yesterday });
    const events = '/api/v1/machines/{code}/events';
    const now = new Date().toISOString();
    const tablet = {
      states: [{ at: now, state: 'down', reason: 'blade_broken' }],
      counts: [{ at: now, good: 2, scrap: 0 }],
    };
    await call('POST', events, '/api/v1/machines/SAW-02/events', 'operator', tablet);
    await call('POST', events, '/api/v1/machines/SAW-02/events', 'operator', tablet);
    await call('POST', events, '/api/v1/machines/PRS-02/events', 'operator', { counts: tablet.counts });
    await call('POST', events, '/api/v1/machines/SAW-02/events', 'operator', { states: [{ at: now, state: 'down' }] });
    await call('POST', events, '/api/v1/machines/SAW-02/events', 'operator', { states: 'running' });
    await call('POST', events, '/api/v1/machines/NO-SUCH/events', 'operator', tablet);
    const many = Array.from({ length: 5001 }, (_, i) => ({ eventId: `x${i}`, at: now, good: 1, scrap: 0 }));
    await call('POST', events, '/api/v1/machines/SAW-02/events', 'operator', { counts: many });
    await call('POST', '/api/v1/machine-events', undefined, 'operator', {
      events: [{ machine: 'SAW-02', kind: 'state', at: new Date().toISOString(), state: 'running' }],
    });
    await call('POST', '/api/v1/machine-events', undefined, 'operator', {
      events: [{ machine: 'NO-SUCH', kind: 'count', at: now, good: 1, scrap: 0 }],
    });
    await call('POST', '/api/v1/machine-events', undefined, 'operator', { events: 'all' });

    await call('GET', '/api/v1/downtime-reasons', undefined, 'operator');
    const reason = { code: 'dust_jam', parentCode: 'breakdown', nameZh: '锯末堵塞', nameEn: 'Saw dust jam' };
    const jam = { ...reason, appliesTo: ['down'], loss: 'breakdown' };
    await call('POST', '/api/v1/downtime-reasons', undefined, 'manager', jam);
    await call('POST', '/api/v1/downtime-reasons', undefined, 'manager', jam);
    await call('POST', '/api/v1/downtime-reasons', undefined, 'manager', { ...jam, code: 'x2', parentCode: 'nope' });
    await call('PATCH', '/api/v1/downtime-reasons/{code}', '/api/v1/downtime-reasons/dust_jam', 'manager', {
      active: false,
    });
    await call('PATCH', '/api/v1/downtime-reasons/{code}', '/api/v1/downtime-reasons/nope', 'manager', {
      active: false,
    });

    await call('GET', '/api/v1/shifts', undefined, 'planner');
    const late = {
      code: 'late',
      name: '中班',
      nameEn: 'Late shift',
      days: [1, 2, 3, 4, 5],
      start: '14:00',
      end: '22:00',
      breaks: [{ start: '18:00', end: '18:30' }],
    };
    await call('POST', '/api/v1/shifts', undefined, 'manager', late);
    await call('POST', '/api/v1/shifts', undefined, 'manager', late);
    await call('POST', '/api/v1/shifts', undefined, 'manager', {
      ...late,
      code: 'late-2',
      breaks: [{ start: '23:00', end: '23:30' }],
    });
    await call('PATCH', '/api/v1/shifts/{code}', '/api/v1/shifts/late', 'manager', { name: '中班（二）' });
    await call('PATCH', '/api/v1/shifts/{code}', '/api/v1/shifts/nope', 'manager', { name: 'x' });
    await call('DELETE', '/api/v1/shifts/{code}', '/api/v1/shifts/late', 'manager');
    await call('DELETE', '/api/v1/shifts/{code}', '/api/v1/shifts/nope', 'manager');

    await call('GET', '/api/v1/calendar/holidays', undefined, 'operator');
    const newYear = { day: '2027-01-01', name: '元旦 New Year' };
    await call('POST', '/api/v1/calendar/holidays', undefined, 'manager', newYear);
    await call('POST', '/api/v1/calendar/holidays', undefined, 'manager', newYear);
    await call('DELETE', '/api/v1/calendar/holidays/{day}', '/api/v1/calendar/holidays/2027-01-01', 'manager');
    await call('DELETE', '/api/v1/calendar/holidays/{day}', '/api/v1/calendar/holidays/2027-01-02', 'manager');
    const maintenance = '/api/v1/calendar/maintenance';
    await call('GET', maintenance, `${maintenance}?from=${encodeURIComponent(yesterday)}`, 'planner');
    await call('GET', maintenance, `${maintenance}?from=yesterday`, 'planner');
    const service = { machine: 'SAW-02', from: '2027-01-04T08:00:00+08:00', to: '2027-01-04T12:00:00+08:00' };
    const planned = await call('POST', maintenance, undefined, 'manager', { ...service, reason: '换主轴 New spindle' });
    await call('POST', maintenance, undefined, 'manager', { ...service, to: service.from, reason: 'x' });
    await call('POST', maintenance, undefined, 'manager', { ...service, machine: 'NO-SUCH', reason: 'x' });
    const maintenanceId = '/api/v1/calendar/maintenance/{id}';
    await call('DELETE', maintenanceId, `${maintenance}/${planned.body.id as string}`, 'manager');
    await call('DELETE', maintenanceId, `${maintenance}/${randomUUID()}`, 'manager');

    await call('GET', '/api/v1/oee', '/api/v1/oee?bucket=shift&groupBy=machine', 'manager');
    await call('GET', '/api/v1/oee', '/api/v1/oee?bucket=none&groupBy=factory', 'operator');
    await call('GET', '/api/v1/oee', '/api/v1/oee?bucket=week', 'planner');
    await call('GET', '/api/v1/oee', '/api/v1/oee?machine=NO-SUCH', 'planner');
    await call('GET', '/api/v1/oee', undefined, 'warehouse');
    const timeline = '/api/v1/machines/{machine}/timeline';
    await call('GET', timeline, '/api/v1/machines/SAW-02/timeline', 'operator');
    await call('GET', timeline, '/api/v1/machines/SAW-02/timeline?from=yesterday', 'operator');
    await call('GET', timeline, '/api/v1/machines/NO-SUCH/timeline', 'operator');
  });

  it('packing: stations, scans, undo, settings, labels, shipments, loading, manifest, accuracy', async () => {
    // an order released and made up to packing (no curing wait: the clock of an HTTP test does not move)
    await call('PATCH', '/api/v1/processes/{code}', '/api/v1/processes/curing', 'planner', { minWaitMinutes: 0 });
    const order = { orderNo: 'SO-2026-0110', customer: '打包客户', dueDate: '2026-01-01', lines: [makeOrderLine()] };
    const id = (await call('POST', '/api/v1/orders', undefined, 'planner', order)).body.id as string;
    await call('POST', '/api/v1/orders/{id}/confirm', `/api/v1/orders/${id}/confirm`, 'planner');
    const runId = (await call('POST', '/api/v1/split-runs', undefined, 'planner', { orderIds: [id] })).body
      .id as string;
    await splitFinished(api, token.planner, runId);
    const runLabels = (kind: string, role: string, run = runId, query = '') =>
      call('GET', `/api/v1/split-runs/{id}/labels.${kind}`, `/api/v1/split-runs/${run}/labels.${kind}${query}`, role);
    const orderLabels = (kind: string, role: string, key = id, query = '') =>
      call('GET', `/api/v1/orders/{order}/labels.${kind}`, `/api/v1/orders/${key}/labels.${kind}${query}`, role);
    await runLabels('pdf', 'planner');
    await orderLabels('zpl', 'planner');
    const release = `/api/v1/split-runs/${runId}/release`;
    const released = await call('POST', '/api/v1/split-runs/{id}/release', release, 'planner');
    const workOrders = released.body.workOrders as { code: string; process: string; plannedQuantity: number }[];
    for (const wo of workOrders.filter((w) => w.process !== 'packing')) {
      const report = { scanId: randomUUID(), barcode: wo.code, action: 'finish', good: wo.plannedQuantity };
      expect((await call('POST', '/api/v1/production/reports', undefined, 'operator', report)).status).toBe(201);
    }

    const packages = await call('GET', '/api/v1/orders/{order}/packages', `/api/v1/orders/${id}/packages`, 'packer');
    await call('GET', '/api/v1/orders/{order}/packages', '/api/v1/orders/SO-NOPE/packages', 'planner');
    const codes = (packages.body as { code: string }[]).map((p) => p.code);
    expect(codes.length).toBeGreaterThan(1);
    const unknown = packageCode(999_999_999);

    await runLabels('pdf', 'packer', runId, '?stock=a6');
    await runLabels('pdf', 'packer', runId, '?stock=a4');
    await runLabels('pdf', 'packer', randomUUID());
    await runLabels('zpl', 'manager', runId, '?dpi=300');
    await runLabels('zpl', 'manager', randomUUID());
    await orderLabels('pdf', 'planner', order.orderNo);
    await orderLabels('pdf', 'planner', 'SO-NOPE');
    await orderLabels('zpl', 'packer');
    await orderLabels('zpl', 'packer', id, '?dpi=100');
    await call('POST', '/api/v1/packing/labels.pdf', undefined, 'packer', { codes: codes.slice(0, 2) });
    await call('POST', '/api/v1/packing/labels.pdf', undefined, 'packer', { codes: [] });
    await call('POST', '/api/v1/packing/labels.pdf', undefined, 'packer', { codes: [unknown] });
    await call('POST', '/api/v1/packing/labels.zpl', undefined, 'planner', { codes, dpi: 300 });
    await call('POST', '/api/v1/packing/labels.zpl', undefined, 'planner', { codes: [unknown] });

    await call('GET', '/api/v1/packing/settings', undefined, 'packer');
    await call('PUT', '/api/v1/packing/settings', undefined, 'admin', {
      gs1CompanyPrefix: '6901234',
      ssccExtension: 3,
    });
    await call('PUT', '/api/v1/packing/settings', undefined, 'admin', { gs1CompanyPrefix: '69A' });
    await call('PUT', '/api/v1/packing/settings', undefined, 'admin', { gs1CompanyPrefix: null });

    const stations = '/api/v1/packing/stations';
    await call('GET', stations, undefined, 'packer');
    await call('POST', stations, undefined, 'manager', { code: 'PACK-03', name: '包装线 3号' });
    await call('POST', stations, undefined, 'manager', { code: 'PACK-03', name: '包装线 3号' });
    await call('POST', stations, undefined, 'manager', { code: 'pack 3', name: '' });
    const station = '/api/v1/packing/stations/{code}';
    await call('GET', station, `${stations}/PACK-01`, 'packer');
    await call('GET', station, `${stations}/NOPE`, 'packer');
    await call('PUT', station, `${stations}/PACK-03`, 'manager', { active: false });
    await call('PUT', station, `${stations}/PACK-03`, 'manager', { active: 'no' });
    await call('PUT', station, `${stations}/NOPE`, 'manager', { name: '无' });
    const stationOrder = '/api/v1/packing/stations/{code}/order';
    await call('PUT', stationOrder, `${stations}/PACK-01/order`, 'packer', { order: order.orderNo });
    await call('PUT', stationOrder, `${stations}/PACK-03/order`, 'packer', { order: order.orderNo });
    await call('PUT', stationOrder, `${stations}/PACK-01/order`, 'packer', { order: 'SO-NOPE' });
    await call('PUT', stationOrder, `${stations}/NOPE/order`, 'packer', { order: null });
    await call('PUT', stationOrder, `${stations}/PACK-01/order`, 'packer', { order: 7 });

    const scans = '/api/v1/packing/scans';
    const first = { scanId: randomUUID(), station: 'PACK-01', barcode: codes[0] };
    expect((await call('POST', scans, undefined, 'packer', first)).status).toBe(201);
    await call('POST', scans, undefined, 'packer', first);
    await call('POST', scans, undefined, 'packer', { ...first, barcode: codes[1] });
    await call('POST', scans, undefined, 'packer', { ...first, scanId: randomUUID() });
    const badCheck = `${codes[1].slice(0, -1)}${(Number(codes[1].slice(-1)) + 1) % 10}`;
    await call('POST', scans, undefined, 'packer', { ...first, scanId: randomUUID(), barcode: badCheck });
    await call('POST', scans, undefined, 'packer', { ...first, scanId: randomUUID(), barcode: unknown });
    await call('POST', scans, undefined, 'packer', { ...first, scanId: randomUUID(), station: 'PACK-03' });
    await call('POST', scans, undefined, 'packer', { ...first, scanId: 'x' });
    const undo = '/api/v1/packing/scans/{scanId}/undo';
    await call('POST', undo, `${scans}/${first.scanId}/undo`, 'manager', { reason: '贴错标签 wrong label' });
    await call('POST', undo, `${scans}/${first.scanId}/undo`, 'manager', { reason: 'again' });
    await call('POST', undo, `${scans}/${randomUUID()}/undo`, 'manager', { reason: 'x' });
    await call('POST', undo, `${scans}/${first.scanId}/undo`, 'manager', {});
    for (const barcode of codes) {
      const res = await call('POST', scans, undefined, 'packer', { scanId: randomUUID(), station: 'PACK-01', barcode });
      expect({ barcode, status: res.status }).toEqual({ barcode, status: 201 });
    }
    await call('GET', '/api/v1/packing/orders/{order}', `/api/v1/packing/orders/${order.orderNo}`, 'packer');
    await call('GET', '/api/v1/packing/orders/{order}', '/api/v1/packing/orders/SO-NOPE', 'packer');

    const shipments = '/api/v1/shipments';
    const truck = { vehicle: '沪A·12345', driver: '王师傅', orderIds: [id] };
    const cancelled = await call('POST', shipments, undefined, 'planner', truck);
    await call('POST', shipments, undefined, 'planner', truck);
    await call('POST', shipments, undefined, 'planner', { ...truck, orderIds: ['SO-NOPE'] });
    await call('POST', shipments, undefined, 'planner', { ...truck, orderIds: [] });
    const cancel = '/api/v1/shipments/{id}/cancel';
    await call('POST', cancel, `${shipments}/${cancelled.body.id as string}/cancel`, 'planner');
    await call('POST', cancel, `${shipments}/${cancelled.body.id as string}/cancel`, 'planner');
    await call('POST', cancel, `${shipments}/SH-NOPE/cancel`, 'planner');
    const created = await call('POST', shipments, undefined, 'packer', truck);
    const shipment = `${shipments}/${created.body.number as string}`;
    await call('GET', shipments, `${shipments}?status=open&limit=1`, 'manager');
    await call('GET', shipments, `${shipments}?status=bogus`, 'manager');
    await call('GET', '/api/v1/shipments/{id}', shipment, 'packer');
    await call('GET', '/api/v1/shipments/{id}', `${shipments}/SH-NOPE`, 'packer');
    const load = '/api/v1/shipments/{id}/scans';
    const loaded = { scanId: randomUUID(), barcode: codes[0] };
    await call('POST', load, `${shipment}/scans`, 'packer', loaded);
    await call('POST', load, `${shipment}/scans`, 'packer', loaded);
    await call('POST', load, `${shipment}/scans`, 'packer', { ...loaded, scanId: randomUUID() });
    await call('POST', load, `${shipment}/scans`, 'packer', { scanId: randomUUID(), barcode: badCheck });
    await call('POST', load, `${shipment}/scans`, 'packer', { scanId: randomUUID(), barcode: unknown });
    await call('POST', load, `${shipment}/scans`, 'packer', { scanId: randomUUID(), barcode: '' });
    await call('POST', load, `${shipments}/SH-NOPE/scans`, 'packer', { scanId: randomUUID(), barcode: codes[1] });
    await call('POST', undo, `${scans}/${loaded.scanId}/undo`, 'manager', { reason: '装错车 wrong truck' });
    const close = '/api/v1/shipments/{id}/close';
    await call('POST', close, `${shipment}/close`, 'packer', {});
    await call('POST', close, `${shipment}/close`, 'packer', { overrideReason: '客户急要 rush' });
    await call('POST', close, `${shipment}/close`, 'manager', { overrideReason: 7 });
    await call('POST', close, `${shipments}/SH-NOPE/close`, 'packer', {});
    await call('GET', '/api/v1/shipments/{id}/manifest', `${shipment}/manifest`, 'planner');
    for (const barcode of codes) {
      const res = await call('POST', load, `${shipment}/scans`, 'packer', { scanId: randomUUID(), barcode });
      expect({ barcode, status: res.status }).toEqual({ barcode, status: 201 });
    }
    await call('POST', close, `${shipment}/close`, 'packer', {});
    await call('POST', close, `${shipment}/close`, 'packer', {});
    await call('POST', load, `${shipment}/scans`, 'packer', { scanId: randomUUID(), barcode: codes[0] });
    await call('POST', cancel, `${shipment}/cancel`, 'planner');
    await call('GET', '/api/v1/shipments/{id}/manifest', `${shipment}/manifest`, 'manager');
    await call('GET', '/api/v1/shipments/{id}/manifest', `${shipments}/SH-NOPE/manifest`, 'manager');
    await call('GET', '/api/v1/shipments/{id}/manifest.pdf', `${shipment}/manifest.pdf`, 'packer');
    await call('GET', '/api/v1/shipments/{id}/manifest.pdf', `${shipments}/SH-NOPE/manifest.pdf`, 'packer');

    const accuracy = '/api/v1/packing/accuracy';
    await call('GET', accuracy, `${accuracy}?groupBy=station`, 'manager');
    await call('GET', accuracy, `${accuracy}?from=${encodeURIComponent('2026-01-01T00:00:00+08:00')}&groupBy=user`);
    await call('GET', accuracy, `${accuracy}?groupBy=week`, 'manager');
    await call('GET', accuracy, `${accuracy}?from=yesterday`, 'manager');

    const scanLog = '/api/v1/packing/scans';
    const page = await call('GET', scanLog, `${scanLog}?limit=2`, 'manager');
    await call('GET', scanLog, `${scanLog}?limit=2&cursor=${page.body.nextCursor as string}`, 'manager');
    await call('GET', scanLog, `${scanLog}?result=ok&station=PACK-01`, 'packer');
    await call('GET', scanLog, `${scanLog}?limit=0`, 'manager');
    await call('GET', scanLog, undefined, 'operator');
  });

  it('every answer matched the document, and every operation was called', () => {
    expect(problems).toEqual([]);
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.filter((o) => !seen.has(o))).toEqual([]);
  });
});
