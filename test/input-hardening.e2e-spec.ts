import { randomUUID } from 'node:crypto';
import { createTestDatabase, TestDatabase, testRuntime } from '@mendao/platform/testing';
import { makeOrderLine } from '@mendao/splitting/testing';
import { TestApi } from './support/api';
import { confirmedOrder, loadCatalogue, splitFinished } from './support/splitting';

/** Issue 12, points 8 and 11: no hostile body answers 5xx, and no stored text runs as a spreadsheet formula. */
describe('input hardening: deep bodies, exponent numbers, broken multipart, control characters, CSV formulas', () => {
  let db: TestDatabase;
  let api: TestApi;
  let tokens: Awaited<ReturnType<TestApi['factoryWithUsers']>>['tokens'];

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await TestApi.start(testRuntime(db.url));
    ({ tokens } = await api.factoryWithUsers('HARD', ['admin', 'planner', 'warehouse']));
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const nested = (depth: number, open = '{"a":', close = '}') => open.repeat(depth) + '1' + close.repeat(depth);

  describe('a body nested deeper than 32 levels is refused before validation', () => {
    it.each([
      ['POST', '/api/v1/orders', 'planner'],
      ['POST', '/api/v1/stock/moves', 'warehouse'],
      ['POST', '/api/v1/items', 'warehouse'],
      ['POST', '/api/v1/auth/login', null],
    ] as const)('%s %s: 3,000 levels of objects or arrays → 400 request.too_deep', async (method, path, role) => {
      const token = role ? tokens[role] : undefined;
      for (const rawBody of [
        `{"orderNo":${nested(3000)}}`,
        `{"lines":${nested(3000, '[', ']')}}`,
        nested(3000, '[', ']'),
      ]) {
        const res = await api.request(method, path, { token, rawBody });
        expect(res.status).toBe(400);
        expect(res.headers.get('content-type')).toContain('application/problem+json');
        expect(res.body).toMatchObject({ code: 'request.too_deep', params: { maxDepth: 32 } });
      }
    });

    it('counts only real nesting: brackets inside strings are text, and 32 levels still reach validation', async () => {
      const brackets = await api.request('POST', '/api/v1/orders', {
        token: tokens.planner,
        rawBody: JSON.stringify({ orderNo: '{'.repeat(100) + '['.repeat(100), customer: 'c', lines: [] }),
      });
      expect(brackets.body.code).toBe('request.validation_failed');
      const atLimit = await api.request('POST', '/api/v1/orders', {
        token: tokens.planner,
        rawBody: `{"orderNo":"SO-1","customer":"c","lines":[${nested(30)}]}`,
      });
      expect(atLimit.status).toBe(400);
      expect(atLimit.body.code).toBe('request.validation_failed');
    });
  });

  describe('numbers in exponent form are checked for decimals like any other number', () => {
    const tooFine = [
      [
        '/api/v1/stock/moves',
        { scanId: randomUUID(), type: 'receipt', item: 'X', quantity: 1e-7, to: 'A' },
        'quantity',
      ],
      [
        '/api/v1/stock/moves',
        { scanId: randomUUID(), type: 'receipt', item: 'X', quantity: 2.5e-4, to: 'A' },
        'quantity',
      ],
      [`/api/v1/stock/counts/${randomUUID()}/scans`, { scanId: randomUUID(), item: 'X', quantity: 1e-7 }, 'quantity'],
      ['/api/v1/stock/remnants', { scanId: randomUUID(), material: 'X', length: 1e-7, location: 'A' }, 'length'],
      [
        '/api/v1/stock/remnants',
        { scanId: randomUUID(), material: 'X', length: 100, width: 1.5e-9, location: 'A' },
        'width',
      ],
      [
        '/api/v1/items',
        { code: 'E-1', nameZh: 'e', nameEn: 'e', kind: 'hardware', unit: 'set', standardCost: 1e-7 },
        'standardCost',
      ],
      [
        '/api/v1/items',
        { code: 'E-2', nameZh: 'e', nameEn: 'e', kind: 'hardware', unit: 'set', reorderPoint: 1e21 },
        'reorderPoint',
      ],
    ] as const;

    it.each(tooFine)('POST %s with %j → 400 naming the field', async (path, body, field) => {
      const res = await api.request('POST', path, { token: tokens.warehouse, body });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('request.validation_failed');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    });

    it('accepts a whole number written with an exponent, and refuses one that overflows to Infinity', async () => {
      await api.request('POST', '/api/v1/locations', {
        token: tokens.warehouse,
        body: { code: 'RCV', nameZh: '收货', nameEn: 'Receiving', type: 'receiving' },
      });
      await api.request('POST', '/api/v1/items', {
        token: tokens.warehouse,
        body: { code: 'HINGE', nameZh: '合页', nameEn: 'Hinge', kind: 'hardware', unit: 'set' },
      });
      const ok = await api.request('POST', '/api/v1/stock/moves', {
        token: tokens.warehouse,
        rawBody: `{"scanId":"${randomUUID()}","type":"receipt","item":"HINGE","quantity":1.25E2,"to":"RCV"}`,
      });
      expect(ok.status).toBe(201);
      expect(ok.body.move.quantity).toBe(125);
      const infinite = await api.request('POST', '/api/v1/stock/moves', {
        token: tokens.warehouse,
        rawBody: `{"scanId":"${randomUUID()}","type":"receipt","item":"HINGE","quantity":1e400,"to":"RCV"}`,
      });
      expect(infinite.status).toBe(400);
      expect(infinite.body.errors.map((e: { field: string }) => e.field)).toContain('quantity');
    });
  });

  describe('broken multipart bodies are 400, not 500', () => {
    const importOrders = (contentType: string, body: string) =>
      fetch(`${api.baseUrl}/api/v1/orders/import`, {
        method: 'POST',
        headers: { authorization: `Bearer ${tokens.planner}`, 'content-type': contentType },
        body,
      });

    it('without its closing boundary', async () => {
      const body = [
        '--XBOUNDARY',
        'Content-Disposition: form-data; name="file"; filename="o.csv"',
        'Content-Type: text/csv',
        '',
        'orderNo,customer',
        'SO-1,c',
      ].join('\r\n');
      const res = await importOrders('multipart/form-data; boundary=XBOUNDARY', body);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(((await res.json()) as { code: string }).code).toBe('request.malformed_multipart');
    });

    it('without a boundary in the content type', async () => {
      const res = await importOrders('multipart/form-data', '--X\r\n\r\nabc\r\n--X--\r\n');
      expect(res.status).toBe(400);
      expect(((await res.json()) as { code: string }).code).toBe('request.malformed_multipart');
    });
  });

  describe('other body errors raised before the route are 4xx', () => {
    it.each([
      ['malformed JSON', 'application/json', '{"orderNo": ', 400],
      ['a __proto__ key', 'application/json', '{"__proto__": {"admin": true}}', 400],
      ['a constructor.prototype key', 'application/json', '{"constructor": {"prototype": {"x": 1}}}', 400],
      ['text/plain (a string is not a DTO body)', 'text/plain', 'hello', 400],
      ['an unknown media type', 'application/x-foo', 'hello', 415],
    ])('%s → %s', async (_what, contentType, rawBody, status) => {
      const res = await api.request('POST', '/api/v1/orders', {
        token: tokens.planner,
        rawBody,
        headers: { 'content-type': contentType },
      });
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    });

    it('a URL that does not decode is a 400 problem, not the default Fastify answer', async () => {
      for (const path of ['/api/v1/orders/%E0%A4%A', '/api/v1/orders/%']) {
        const res = await api.request('GET', path, { token: tokens.planner });
        expect(res.status).toBe(400);
        expect(res.headers.get('content-type')).toContain('application/problem+json');
        expect(res.body).toMatchObject({ code: 'request.bad_request', status: 400 });
      }
    });

    it('invalid UTF-8 in a JSON body is a 4xx', async () => {
      const bytes = Buffer.concat([Buffer.from('{"orderNo":"'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}')]);
      const res = await fetch(`${api.baseUrl}/api/v1/orders`, {
        method: 'POST',
        headers: { authorization: `Bearer ${tokens.planner}`, 'content-type': 'application/json' },
        body: bytes,
      });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    });
  });

  describe('null for a field that may be left out is checked like any value: 400 naming it, never a 500', () => {
    it.each([
      [
        'POST',
        '/api/v1/locations',
        'warehouse',
        { code: 'N-1', nameZh: 'x', nameEn: 'x', type: 'storage', barcode: null },
        'barcode',
      ],
      [
        'POST',
        '/api/v1/items',
        'warehouse',
        { code: 'N-2', nameZh: 'x', nameEn: 'x', kind: 'hardware', unit: 'set', barcodes: null },
        'barcodes',
      ],
      [
        'POST',
        '/api/v1/stock/moves',
        'warehouse',
        { scanId: randomUUID(), type: 'receipt', item: 'X', quantity: 1, to: 'A', splitRun: null },
        'splitRun',
      ],
      [
        'POST',
        '/api/v1/stock/moves',
        'warehouse',
        { scanId: randomUUID(), type: 'receipt', item: 'X', quantity: 1, to: 'A', workOrder: null },
        'workOrder',
      ],
      [
        'POST',
        '/api/v1/stock/remnants',
        'warehouse',
        { scanId: randomUUID(), material: 'X', length: 100, location: 'A', splitRun: null },
        'splitRun',
      ],
      ['PATCH', '/api/v1/orders/SO-NONE', 'planner', { customer: null }, 'customer'],
    ] as const)('%s %s as %s with %j → 400 naming the field', async (method, path, role, body, field) => {
      const res = await api.request(method, path, { token: tokens[role], body });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('request.validation_failed');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    });

    it('PATCH /users/{id} with a null password or null roles → 400, and the user keeps both', async () => {
      const created = await api.request('POST', '/api/v1/users', {
        token: tokens.admin,
        body: { username: 'null.user', password: 'first-password', roles: ['packer'] },
      });
      expect(created.status).toBe(201);
      for (const [field, body] of [
        ['password', { password: null }],
        ['roles', { roles: null }],
      ] as const) {
        const res = await api.request('PATCH', `/api/v1/users/${created.body.id}`, { token: tokens.admin, body });
        expect(res.status).toBe(400);
        expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      }
      const login = await api.request('POST', '/api/v1/auth/login', {
        body: { factory: 'HARD', username: 'null.user', password: 'first-password' },
      });
      expect(login.status).toBe(200);
      expect(login.body.user.roles).toEqual(['packer']);
    });
  });

  describe('free text: no control characters, no unpaired surrogates', () => {
    const order = { orderNo: 'SO-T-1', customer: '客户', lines: [makeOrderLine()] };

    it.each([
      ['orderNo', { ...order, orderNo: 'SO\u0000-1' }, 'orderNo'],
      ['customer (unpaired surrogate)', { ...order, customer: 'A\ud800B' }, 'customer'],
      ['customer (escape)', { ...order, customer: '\u001b[31mred' }, 'customer'],
      ['line note (NUL)', { ...order, lines: [{ ...makeOrderLine(), note: 'a\u0000b' }] }, 'lines[0].note'],
      ['line finish (newline)', { ...order, lines: [{ ...makeOrderLine(), finish: 'OAK\nX' }] }, 'lines[0].finish'],
    ])('%s → 400 naming the field; nothing stored', async (_what, body, field) => {
      const res = await api.request('POST', '/api/v1/orders', { token: tokens.planner, body });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('request.validation_failed');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      const list = await api.request('GET', '/api/v1/orders', { token: tokens.planner });
      expect(list.body.items).toEqual([]);
    });

    it('refuses control characters in warehouse names and codes too', async () => {
      const res = await api.request('POST', '/api/v1/items', {
        token: tokens.warehouse,
        body: { code: 'C-1', nameZh: '合\u0007页', nameEn: 'Hinge', kind: 'hardware', unit: 'set' },
      });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('nameZh');
    });
  });

  it('writes cut-plans.csv with formula-looking text neutralised (OWASP CSV injection)', async () => {
    await loadCatalogue(api, tokens.planner);
    const orderNo = '=HYPERLINK("http://evil.example","x")';
    const created = await api.request('POST', '/api/v1/orders', {
      token: tokens.planner,
      body: { orderNo, customer: "=cmd|' /C calc'!A0", lines: [makeOrderLine({ quantity: 1, note: 'tab\tok' })] },
    });
    expect(created.status).toBe(201);
    const confirmed = await api.request('POST', `/api/v1/orders/${created.body.id}/confirm`, { token: tokens.planner });
    expect(confirmed.status).toBe(200);
    const other = await confirmedOrder(api, tokens.planner, '-SO-2', [makeOrderLine({ quantity: 1 })]);
    const started = await api.request('POST', '/api/v1/split-runs', {
      token: tokens.planner,
      body: { orderIds: [created.body.id, other] },
    });
    const run = await splitFinished(api, tokens.planner, started.body.id);
    expect(run.status).toBe('succeeded');
    const csv = await fetch(`${api.baseUrl}/api/v1/split-runs/${run.id}/cut-plans.csv`, {
      headers: { authorization: `Bearer ${tokens.planner}` },
    });
    const rows = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    const cells = rows.slice(1).map((row) => row.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/));
    const partCells = cells.map((row) => row[6]);
    // text that would run is prefixed with ' and quoted (its own quotes doubled)
    expect(partCells.some((cell) => cell.startsWith('"\'=HYPERLINK(""http://evil.example"",""x"")-'))).toBe(true);
    expect(partCells.some((cell) => cell.startsWith('"\'-SO-2-'))).toBe(true);
    for (const row of cells) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    // numbers stay numbers
    expect(cells[0][7]).toMatch(/^\d+(\.\d+)?$/);
  });
});
