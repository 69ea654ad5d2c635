import ExcelJS from 'exceljs';
import { connect } from 'node:net';
import { createTestDatabase, TestDatabase, testRuntime } from '@mendao/platform/testing';
import { ImportGate } from '@mendao/splitting';
import { IMPORT_HEADER, manyRowsCsv, manyRowsXlsx, zipBomb } from '@mendao/splitting/testing';
import { TestApi } from './support/api';
import { loadCatalogue } from './support/splitting';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Issue 12, points 1 and 9: an import is read off the event loop within caps, and obeys the order DTO. */
describe('order import limits (rows, inflated bytes, concurrency, the order DTO)', () => {
  let db: TestDatabase;
  let api: TestApi;
  let a: Awaited<ReturnType<TestApi['factoryWithUsers']>>;
  let b: Awaited<ReturnType<TestApi['factoryWithUsers']>>;
  let gate: ImportGate;
  let runtime: ReturnType<typeof testRuntime>;

  beforeAll(async () => {
    db = await createTestDatabase();
    runtime = testRuntime(db.url);
    api = await TestApi.start(runtime);
    a = await api.factoryWithUsers('IMPA', ['admin', 'planner']);
    b = await api.factoryWithUsers('IMPB', ['admin', 'planner']);
    await loadCatalogue(api, a.tokens.planner);
    await loadCatalogue(api, b.tokens.planner);
    gate = api.app.get(ImportGate);
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const upload = async (token: string, name: string, content: Buffer | string, type: string) => {
    const form = new FormData();
    form.append('file', new Blob([content], { type }), name);
    const res = await fetch(`${api.baseUrl}/api/v1/orders/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    return { status: res.status, headers: res.headers, body: (await res.json()) as any };
  };
  const orderCount = async (token: string) =>
    (await api.request('GET', '/api/v1/orders?limit=100', { token })).body.items.length as number;

  it('refuses an .xlsx (written by exceljs) and a .csv with more rows than the cap as order_import.too_many_rows', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('orders');
    sheet.addRow(IMPORT_HEADER);
    for (let r = 0; r < 5001; r += 1) sheet.addRow([`R-${r}`, 'Lee', 'PD-LVL01', 900, 2100, 120, '左内开', 'OAK', 1]);
    const xlsx = await upload(a.tokens.planner, 'rows.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()), XLSX);
    expect(xlsx.status).toBe(422);
    expect(xlsx.body).toMatchObject({ code: 'order_import.too_many_rows', params: { max: 5000 } });
    expect(xlsx.body.errors).toEqual([{ row: 5002, field: 'file', message: expect.any(String) }]);

    // hand-built, 40,000 rows: the read stops at row 5002 however many follow
    const built = await upload(a.tokens.planner, 'rows.xlsx', manyRowsXlsx(40_000), XLSX);
    expect(built.status).toBe(422);
    expect(built.body.code).toBe('order_import.too_many_rows');

    const csv = await upload(a.tokens.planner, 'rows.csv', manyRowsCsv(20_000), 'text/csv');
    expect(csv.status).toBe(422);
    expect(csv.body).toMatchObject({ code: 'order_import.too_many_rows', params: { max: 5000 } });
    expect(await orderCount(a.tokens.planner)).toBe(0);
  });

  it('refuses a zip bomb as order_import.inflated_too_large: from its declared sizes, or by counting when they lie', async () => {
    const honest = await upload(a.tokens.planner, 'bomb.xlsx', zipBomb(200), XLSX);
    expect(honest.status).toBe(413);
    expect(honest.body).toMatchObject({
      code: 'order_import.inflated_too_large',
      params: { max: 64 * 1024 * 1024, declared: expect.any(Number) },
    });
    expect(honest.body.params.declared).toBeGreaterThan(200 * 1024 * 1024);

    const lying = await upload(a.tokens.planner, 'bomb.xlsx', zipBomb(200, { lieAboutSizes: true }), XLSX);
    expect(lying.status).toBe(413);
    expect(lying.body.code).toBe('order_import.inflated_too_large');
    expect(lying.body.params).toEqual({ max: 64 * 1024 * 1024 });
    expect(await orderCount(a.tokens.planner)).toBe(0);
  });

  it('bounds imports: one at a time per factory (refused before its upload is read), two read at once in all; else 429', async () => {
    const csv = (orderNo: string) =>
      `orderNo,customer,productCode,width,height,wallThickness,swing,finish,quantity\n${orderNo},Lee,PD-LVL01,900,2100,120,左内开,OAK,1\n`;
    const releaseA = gate.admit(a.factory.id); // an import of factory A under way
    expect(releaseA).toBeDefined();
    try {
      const refused = await upload(a.tokens.planner, 'o.csv', csv('GATE-A'), 'text/csv');
      expect(refused.status).toBe(429);
      expect(refused.body).toMatchObject({ code: 'order_import.busy', params: { scope: 'factory' } });
      expect(refused.headers.get('retry-after')).toBe('5');
      expect((await upload(b.tokens.planner, 'o.csv', csv('GATE-B1'), 'text/csv')).status).toBe(201);
    } finally {
      releaseA?.();
    }

    const reading = [gate.read(), gate.read()]; // two files being read elsewhere
    expect(reading.every(Boolean)).toBe(true);
    try {
      const full = await upload(b.tokens.planner, 'o.csv', csv('GATE-B2'), 'text/csv');
      expect(full.status).toBe(429);
      expect(full.body).toMatchObject({ code: 'order_import.busy', params: { scope: 'installation' } });
      expect(full.headers.get('retry-after')).toBe('5');
    } finally {
      reading.forEach((release) => release?.());
    }
    expect((await upload(a.tokens.planner, 'o.csv', csv('GATE-A'), 'text/csv')).status).toBe(201);
    expect((await upload(b.tokens.planner, 'o.csv', csv('GATE-B2'), 'text/csv')).status).toBe(201);
  });

  it('answers 429 to a 9 MB upload while the factory has an import under way, and the api goes on answering', async () => {
    const release = gate.admit(a.factory.id);
    try {
      const refused = await upload(a.tokens.planner, 'rows.csv', manyRowsCsv(180_000), 'text/csv');
      expect(refused.status).toBe(429);
    } finally {
      release?.();
    }
    expect((await api.request('GET', '/health')).status).toBe(200);
  });

  it('frees the slot of an upload that stalls half-sent: 400 order_import.upload_timed_out at the deadline, then the next import is read', async () => {
    // the whole server bounds a request too (HTTP_REQUEST_TIMEOUT_MS; Fastify's default is none)
    expect((api.app.getHttpServer() as { requestTimeout: number }).requestTimeout).toBe(120_000);
    // a second app (same database and tokens) with a short deadline; its gate is its own, not the first app's
    const short = await TestApi.start({ ...runtime, config: { ...runtime.config, importUploadTimeoutMs: 1500 } });
    try {
      const { port } = new URL(short.baseUrl);
      const boundary = 'stalled-upload-boundary';
      const head =
        `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="o.csv"\r\n` +
        'content-type: text/csv\r\n\r\norderNo,customer,productCode,width,height';
      const socket = connect(Number(port), '127.0.0.1');
      const answer = new Promise<string>((resolve) => {
        let text = '';
        socket.on('data', (chunk) => (text += chunk.toString()));
        socket.on('close', () => resolve(text));
        socket.on('error', () => resolve(text));
        setTimeout(() => resolve(text), 8_000).unref(); // without a deadline it never answers
      });
      socket.write(
        `POST /api/v1/orders/import HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\n` +
          `authorization: Bearer ${a.tokens.planner}\r\n` +
          `content-type: multipart/form-data; boundary=${boundary}\r\ncontent-length: 100000\r\n\r\n${head}`,
      );
      // while A's upload stalls on the short app, A imports through the other app: no shared module state
      const csv = 'orderNo,customer,productCode,width,height,wallThickness,swing,finish,quantity\n';
      expect(
        (await upload(a.tokens.planner, 'o.csv', `${csv}STALL-1,Lee,PD-LVL01,900,2100,120,左内开,OAK,1\n`, 'text/csv'))
          .status,
      ).toBe(201);

      const response = await answer;
      socket.destroy();
      expect(response).toMatch(/^HTTP\/1\.1 400 /);
      expect(response).toContain('"code":"order_import.upload_timed_out"');
      expect(response).toContain('"timeoutMs":1500');

      const form = new FormData();
      form.append(
        'file',
        new Blob([`${csv}STALL-2,Lee,PD-LVL01,900,2100,120,左内开,OAK,1\n`], { type: 'text/csv' }),
        'o.csv',
      );
      const next = await fetch(`${short.baseUrl}/api/v1/orders/import`, {
        method: 'POST',
        headers: { authorization: `Bearer ${a.tokens.planner}` },
        body: form,
      });
      expect(next.status).toBe(201);
    } finally {
      await short.close();
    }
  });

  it('checks every row against the POST /orders limits (CreateOrderDto): 422 with row and field, nothing stored', async () => {
    const header = 'orderNo,customer,productCode,width,height,wallThickness,swing,finish,quantity,room,note\n';
    const rows = [
      `${'N'.repeat(9000)},Lee,PD-LVL01,900,2100,120,左内开,OAK,1,,`,
      `DTO-2,${'C'.repeat(3 * 1024 * 1024)},PD-LVL01,900,2100,120,左内开,OAK,1,,`,
      `DTO-3,Lee,PD-LVL01,900,2100,120,${'S'.repeat(41)},OAK,1,,`,
      `DTO-4,Lee,PD-LVL01,900,2100,120,左内开,${'F'.repeat(41)},1,,`,
      `DTO-5,Lee,PD-LVL01,900,2100,120,左内开,OAK,10001,,`,
      `DTO-6,Lee,PD-LVL01,900,2100,120,左内开,OAK,1.5,${'R'.repeat(81)},`,
      `DTO-7,Lee,PD-LVL01,900,2100,120,左内开,OAK,1,,ok`,
    ];
    const res = await upload(a.tokens.planner, 'dto.csv', header + rows.join('\n'), 'text/csv');
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('order_import.rejected');
    expect(res.body.errors).toEqual([
      { row: 2, field: 'orderNo', message: expect.stringContaining('40 characters') },
      { row: 3, field: 'customer', message: expect.stringContaining('200 characters') },
      { row: 4, field: 'swing', message: expect.stringContaining('40 characters') },
      { row: 5, field: 'finish', message: expect.stringContaining('40 characters') },
      { row: 6, field: 'quantity', message: expect.stringContaining('10000') },
      { row: 7, field: 'quantity', message: expect.stringContaining('integer') },
      { row: 7, field: 'room', message: expect.stringContaining('80 characters') },
    ]);
    expect(JSON.stringify(res.body).length).toBeLessThan(10_000); // no huge cell echoed back
    expect((await api.request('GET', '/api/v1/orders/DTO-7', { token: a.tokens.planner })).status).toBe(404);
  });
});
