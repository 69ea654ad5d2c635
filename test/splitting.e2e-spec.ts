import ExcelJS from 'exceljs';
import { createTestDatabase, TestDatabase, testRuntime } from '@mendao/platform/testing';
import { TestApi } from './support/api';
import { confirmedOrder, loadCatalogue, splitFinished, splitResults } from './support/splitting';
import { makeOrderLine } from '@mendao/splitting/testing';

describe('order splitting (拆单) over HTTP, split runs on the in-process job queue', () => {
  let db: TestDatabase;
  let api: TestApi;
  let tokens: Awaited<ReturnType<TestApi['factoryWithUsers']>>['tokens'];

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await TestApi.start(testRuntime(db.url));
    ({ tokens } = await api.factoryWithUsers('SPLIT', ['admin', 'planner', 'packer']));
    await loadCatalogue(api, tokens.planner);
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const single = makeOrderLine({ quantity: 2 });
  const pair = {
    productCode: 'PD-LVL01',
    width: 1200,
    height: 2100,
    wallThickness: 240,
    masterWidth: 900,
    swing: 'left-out',
    finish: 'WALNUT',
    quantity: 1,
    options: { doorType: 'unequal_pair' },
  };

  it('refuses a product whose formula does not parse or reads an unknown variable, naming rule, field and position; stores nothing', async () => {
    const base = (await api.request('GET', '/api/v1/products/PD-LVL01', { token: tokens.planner })).body;
    const { version: _v, createdAt: _c, ...body } = base;
    body.code = 'BAD-1';
    body.components[0].length = 'H - (jambT';
    body.components[1].width = 'railTopW * bogus';
    const res = await api.request('POST', '/api/v1/products', { token: tokens.planner, body });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body).toMatchObject({
      code: 'product.formula_invalid',
      params: { code: 'BAD-1', rule: '门边(合页侧) hinge stile', field: 'components[0].length', position: 11 },
    });
    expect(res.body.errors).toEqual([
      {
        field: 'components[0].length',
        rule: '门边(合页侧) hinge stile',
        position: 11,
        message: expect.stringMatching(/门边\(合页侧\) hinge stile.*expected "\)".*character 11/),
      },
      {
        field: 'components[1].width',
        rule: body.components[1].name,
        position: 12,
        message: expect.stringContaining('unknown variable "bogus"'),
      },
    ]);
    expect((await api.request('GET', '/api/v1/products/BAD-1', { token: tokens.planner })).status).toBe(404);
  });

  it('versions products: PUT adds a version, the old one stays readable, lines record the version they used', async () => {
    const v1 = (await api.request('GET', '/api/v1/products/PD-MY01', { token: tokens.planner })).body;
    const { code: _code, version: _v, createdAt: _c, ...body } = v1;
    const put = await api.request('PUT', '/api/v1/products/PD-MY01', {
      token: tokens.planner,
      body: { ...body, parameters: { ...body.parameters, casingW: 80 } },
    });
    expect(put.status).toBe(200);
    expect(put.body.version).toBe(v1.version + 1);
    const old = await api.request('GET', `/api/v1/products/PD-MY01?version=${v1.version}`, { token: tokens.planner });
    expect(old.body.parameters.casingW).toBe(60);
    const versions = await api.request('GET', '/api/v1/products/PD-MY01/versions', { token: tokens.planner });
    expect(versions.body.map((p: any) => p.version)).toEqual([1, 2]);
    const order = await api.request('POST', '/api/v1/orders', {
      token: tokens.planner,
      body: {
        orderNo: 'V-1',
        customer: 'c',
        lines: [{ ...single, productCode: 'PD-MY01', finish: 'WHITE', quantity: 1 }],
      },
    });
    expect(order.body.lines[0].productVersion).toBe(2);
  });

  it('rejects an order line outside the product process range (不在工艺范围), naming the field; stores nothing', async () => {
    const res = await api.request('POST', '/api/v1/orders', {
      token: tokens.planner,
      body: {
        orderNo: 'RANGE-1',
        customer: 'c',
        lines: [single, { ...single, width: 2500, wallThickness: 20 }, { ...pair, masterWidth: undefined }],
      },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: any) => e.field)).toEqual([
      'lines[1].width',
      'lines[1].wallThickness',
      'lines[2].masterWidth',
    ]);
    expect(res.body.errors[0].message).toContain('不在工艺范围 600–2400');
    expect((await api.request('GET', '/api/v1/orders/RANGE-1', { token: tokens.planner })).status).toBe(404);
  });

  it('rejects at entry a line in range whose rules give an impossible part (a 子母门 with no room for the slave leaf)', async () => {
    const res = await api.request('POST', '/api/v1/orders', {
      token: tokens.planner,
      body: { orderNo: 'RULE-1', customer: 'c', lines: [{ ...pair, masterWidth: 1150 }] },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ field: 'lines[0]', message: expect.stringContaining('(子)') }]);
    expect((await api.request('GET', '/api/v1/orders/RULE-1', { token: tokens.planner })).status).toBe(404);
  });

  it('creates an order number once under concurrent requests: the others get 409, never 500', async () => {
    const body = { orderNo: 'RACE-1', customer: 'c', lines: [single] };
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => api.request('POST', '/api/v1/orders', { token: tokens.planner, body })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
    const valid = (await api.request('GET', '/api/v1/products/PD-MY01', { token: tokens.planner })).body;
    const { code: _code, version: _v, createdAt: _c, ...productBody } = valid;
    const bad = await api.request('PUT', '/api/v1/products/bad%20code!', { token: tokens.planner, body: productBody });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'code', message: expect.any(String) }]);
  });

  it('answers 4xx, never 500, to values the database would refuse: null, impossible dates, huge numbers, bad cursors', async () => {
    const created = await api.request('POST', '/api/v1/orders', {
      token: tokens.planner,
      body: { orderNo: 'EDGE-1', customer: 'c', lines: [single] },
    });
    expect(created.status).toBe(201);
    const cases: [string, string, unknown, string][] = [
      ['PATCH', `/api/v1/orders/${created.body.id}`, { customer: null }, 'customer'],
      ['PATCH', `/api/v1/orders/${created.body.id}`, { dueDate: '2026-02-30' }, 'dueDate'],
      [
        'POST',
        '/api/v1/orders',
        { orderNo: 'EDGE-2', customer: 'c', dueDate: '2026-13-01', lines: [single] },
        'dueDate',
      ],
      ['GET', '/api/v1/products/PD-LVL01?version=99999999999', undefined, 'version'],
      [
        'GET',
        `/api/v1/orders?cursor=${Buffer.from(JSON.stringify(['x', 'y'])).toString('base64url')}`,
        undefined,
        'cursor',
      ],
      ['POST', '/api/v1/split-runs', { orderIds: ['NO-SUCH-ORDER'] }, 'orderIds[0]'],
    ];
    for (const [method, path, body, field] of cases) {
      const res = await api.request(method, path, { token: tokens.planner, body });
      expect({ path, status: res.status }).toEqual({ path, status: field === 'orderIds[0]' ? 404 : 400 });
      expect(res.body.errors.map((e: any) => e.field)).toContain(field);
    }
    const unchanged = await api.request('GET', `/api/v1/orders/${created.body.id}`, { token: tokens.planner });
    expect(unchanged.body).toMatchObject({ customer: 'c', dueDate: null });
    const base = (await api.request('GET', '/api/v1/products/PD-LVL01', { token: tokens.planner })).body;
    const { version: _v, createdAt: _c, ...product } = base;
    product.code = 'NULLCOND';
    product.components[0].condition = null;
    const withNull = await api.request('POST', '/api/v1/products', { token: tokens.planner, body: product });
    expect(withNull.status).toBeLessThan(500);
  });

  it('lists orders page by page without skipping any, even those created in the same instant', async () => {
    const header = '\uFEFF订单号,客户,型号,门洞宽,门洞高,墙厚,开启方向,颜色,数量\n';
    const rows = Array.from({ length: 7 }, (_, i) => `PAGE-${i},c,PD-LVL01,900,2100,120,左内开,OAK,1`).join('\n');
    const form = new FormData();
    form.append('file', new Blob([header + rows + '\n'], { type: 'text/csv' }), 'p.csv');
    const imported = await fetch(`${api.baseUrl}/api/v1/orders/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.planner}` },
      body: form,
    });
    expect(imported.status).toBe(201);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = (
        await api.request('GET', `/api/v1/orders?limit=2${cursor ? `&cursor=${cursor}` : ''}`, {
          token: tokens.planner,
        })
      ).body;
      seen.push(...page.items.map((o: any) => o.orderNo));
      cursor = page.nextCursor;
    } while (cursor);
    const all = (await api.request('GET', '/api/v1/orders?limit=500', { token: tokens.planner })).body.items.map(
      (o: any) => o.orderNo,
    );
    expect(seen).toEqual(all);
    expect(seen.filter((n) => n.startsWith('PAGE-')).sort()).toEqual(Array.from({ length: 7 }, (_, i) => `PAGE-${i}`));
  });

  it('answers 400 naming the field for malformed lines, and 403 to a packer', async () => {
    const bad = await api.request('POST', '/api/v1/orders', {
      token: tokens.planner,
      body: { orderNo: 'BAD-2', customer: 'c', lines: [{ ...single, quantity: 'two' }] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('lines[0].quantity');
    const forbidden = await api.request('POST', '/api/v1/orders', {
      token: tokens.packer,
      body: { orderNo: 'X', customer: 'c', lines: [single] },
    });
    expect(forbidden.status).toBe(403);
  });

  it('splits orders on the job queue: 202, progress, parts, materials, cut plans, work orders, packages, CSV and SVG', async () => {
    const a = await confirmedOrder(api, tokens.planner, 'SO-A', [single, pair]);
    const b = await confirmedOrder(api, tokens.planner, 'SO-B', [{ ...single, width: 800, quantity: 3 }]);
    const accepted = await api.request('POST', '/api/v1/split-runs', {
      token: tokens.planner,
      body: { orderIds: [a, 'SO-B'] },
    });
    expect(accepted.status).toBe(202);
    // the answer says what was accepted, whatever the worker has done since (DESIGN §5)
    expect(accepted.body).toMatchObject({ id: expect.any(String), status: 'queued', progress: 0 });
    const run = await splitFinished(api, tokens.planner, accepted.body.id);
    expect(run).toMatchObject({
      status: 'succeeded',
      progress: 1,
      progressMessage: 'split done / 拆单完成',
      summary: { orders: 2, doors: 6, packages: expect.any(Number) },
    });

    const results = await splitResults(api, tokens.planner, run.id);
    // leaf H = 2100 − 25 jamb − 3 top − 5 bottom = 2067; one hinge stile a door, 2 doors
    const stile = results.parts.find((p: any) => p.ref === 'SO-A-1-1');
    expect(stile).toMatchObject({
      component: '门边(合页侧) hinge stile',
      length: 2067,
      width: 120,
      quantity: 2,
      productVersion: 1,
    });
    const linearMaterials = results.materials.filter((m: any) => m.cutKind === 'linear').map((m: any) => m.material);
    expect(linearMaterials).toEqual(['CASING-60', 'JAMB-BOARD', 'LVL-40', 'STOP-20']);
    // one optimisation per material and rip width (stiles 120 and 60, rails 150 and 200) across both orders
    const plans = results.cutPlans.map((p: any) => `${p.material} ${p.ripWidth} ${p.thickness}`);
    expect(new Set(plans).size).toBe(plans.length);
    expect(
      results.cutPlans
        .filter((p: any) => p.material === 'LVL-40')
        .map((p: any) => p.ripWidth)
        .sort((x: number, y: number) => x - y),
    ).toEqual([60, 120, 150, 200]);
    const cutPieces = results.cutPlans
      .filter((p: any) => p.material === 'LVL-40')
      .reduce((s: number, p: any) => s + p.plan.bars.reduce((n: number, bar: any) => n + bar.cuts.length, 0), 0);
    const lvlPieces = results.parts
      .filter((p: any) => p.material === 'LVL-40')
      .reduce((s: number, p: any) => s + p.quantity, 0);
    expect(cutPieces).toBe(lvlPieces);
    expect(results.workOrders.map((w: any) => w.process)).toEqual([
      'cutting',
      'pressing',
      'curing',
      'trimming',
      'edge_banding',
      'cnc',
      'sanding',
      'veneering',
      'painting',
      'assembly',
      'packing',
    ]);
    // a single door ships as leaf, frame, casing and hardware packages (k of n); the 子母门 as its two leaves,
    // frame, casing and hardware: 5 × 4 + 5, barcodes unique
    expect(results.packages).toHaveLength(5 * 4 + 5);
    expect(new Set(results.packages.map((p: any) => p.barcode)).size).toBe(25);
    expect(results.packages.every((p: any) => /^P\d{10}$/.test(p.barcode))).toBe(true);

    const orders = await Promise.all(
      [a, b].map((id) => api.request('GET', `/api/v1/orders/${id}`, { token: tokens.planner })),
    );
    expect(orders.map((o) => o.body.status)).toEqual(['split', 'split']);
    // the 子母门 (SO-A line 2): its door's package 2 of 5 is the slave leaf
    const pairLine = orders[0].body.lines.find((l: any) => l.lineNo === 2).id;
    expect(results.packages.find((p: any) => p.lineId === pairLine && p.doorNo === 1 && p.k === 2)).toMatchObject({
      k: 2,
      n: 5,
      packageGroup: 'leaf',
    });

    const csv = await fetch(`${api.baseUrl}/api/v1/split-runs/${run.id}/cut-plans.csv`, {
      headers: { authorization: `Bearer ${tokens.planner}` },
    });
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const [header, ...rows] = text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
      .map((row) => row.split(','));
    // the columns a factory's spreadsheet reads by position stay where they were; rip width and thickness come last
    expect(header).toEqual([
      '方案 plan',
      '材料 material',
      '类型 kind',
      '原料序号 stock #',
      '原料尺寸 stock size',
      '顺序 seq',
      '部件 part',
      '长 length',
      '宽 width',
      'x',
      'y',
      '旋转 rotated',
      '开料宽 rip width',
      '厚 thickness',
    ]);
    expect(text).toContain('SO-A-1-1');
    // each piece of LVL-40 names the width its bar is ripped to and the thickness, as its plan does; a sheet no rip width
    const planOf = new Map(results.cutPlans.map((p: any) => [String(p.n), [p.ripWidth, p.thickness]]));
    const lvlRows = rows.filter((row) => row[1] === 'LVL-40');
    expect(lvlRows.length).toBe(lvlPieces);
    for (const row of lvlRows) expect([Number(row[12]), Number(row[13])]).toEqual(planOf.get(row[0]));
    expect(new Set(lvlRows.map((row) => row[12]))).toEqual(new Set(['60', '120', '150', '200']));
    const sheetRows = rows.filter((row) => row[2] === 'sheet');
    expect(sheetRows.length).toBeGreaterThan(0);
    for (const row of sheetRows) expect(row[12]).toBe('');
    const svg = await api.request('GET', `/api/v1/split-runs/${run.id}/cut-plans/1.svg?layout=1`, {
      token: tokens.planner,
    });
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toContain('image/svg+xml');
    expect(svg.body).toContain('<svg');
    // a ripped bar's drawing says the width it is ripped to in its title
    const ripped = results.cutPlans.find((p: any) => p.material === 'LVL-40' && p.ripWidth === 150);
    const rippedSvg = await api.request('GET', `/api/v1/split-runs/${run.id}/cut-plans/${ripped.n}.svg`, {
      token: tokens.planner,
    });
    expect(rippedSvg.status).toBe(200);
    const [bars, stock, thick] = [ripped.plan.bars.length, ripped.plan.bars[0].stockLength, ripped.thickness];
    expect(rippedSvg.body).toContain(
      `<title>LVL-40 · bar 1 of ${bars} / 第 1/${bars} 根 · ${stock} mm · ripped to 150 mm / 开料宽 150 mm · ` +
        `${thick} mm thick / 厚 ${thick} mm</title>`,
    );
    const sheet = results.cutPlans.find((p: any) => p.kind === 'sheet');
    const sheetSvg = await api.request('GET', `/api/v1/split-runs/${run.id}/cut-plans/${sheet.n}.svg`, {
      token: tokens.planner,
    });
    expect(sheetSvg.body).toContain(`<title>${sheet.material} · sheet 1 of`);
    expect(sheetSvg.body).not.toContain('开料宽');
    expect(
      (await api.request('GET', `/api/v1/split-runs/${run.id}/cut-plans/1.svg?layout=999`, { token: tokens.planner }))
        .status,
    ).toBe(400);
  });

  it('gives identical results when the same orders are split again, and marks a split order stale when edited', async () => {
    const id = await confirmedOrder(api, tokens.planner, 'SO-R', [
      single,
      pair,
      { ...single, width: 700, quantity: 4 },
    ]);
    const first = await splitFinished(
      api,
      tokens.planner,
      (await api.request('POST', '/api/v1/split-runs', { token: tokens.planner, body: { orderIds: [id] } })).body.id,
    );
    const second = await splitFinished(
      api,
      tokens.planner,
      (await api.request('POST', '/api/v1/split-runs', { token: tokens.planner, body: { orderIds: [id] } })).body.id,
    );
    expect(first.status).toBe('succeeded');
    expect(second.status).toBe('succeeded');
    const [before, after] = [
      await splitResults(api, tokens.planner, first.id),
      await splitResults(api, tokens.planner, second.id),
    ];
    expect({ ...after, packages: [] }).toEqual({ ...before, packages: [] });
    expect(after.parts.length).toBeGreaterThan(0);
    // the packages moved to the latest run, with new codes (see package-codes.int-spec): none left on the first
    expect(before.packages).toEqual([]);
    expect(after.packages).toHaveLength((2 + 4) * 4 + 5);
    const edited = await api.request('PATCH', `/api/v1/orders/${id}`, {
      token: tokens.planner,
      body: { lines: [single] },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ status: 'split', splitStale: true });
  });

  it('refuses to split a draft order (409) and fails a run whose material is missing with a reason, orders unchanged', async () => {
    const draft = await api.request('POST', '/api/v1/orders', {
      token: tokens.planner,
      body: { orderNo: 'SO-D', customer: 'c', lines: [single] },
    });
    const refused = await api.request('POST', '/api/v1/split-runs', {
      token: tokens.planner,
      body: { orderIds: ['SO-D'] },
    });
    expect(refused.status).toBe(409);
    expect(refused.body.orders).toEqual([{ orderNo: 'SO-D', status: 'draft', code: 'order.not_confirmed' }]);
    expect(draft.status).toBe(201);

    const base = (await api.request('GET', '/api/v1/products/PD-LVL01', { token: tokens.planner })).body;
    const { code: _code, version: _v, createdAt: _c, ...body } = base;
    body.components[0].material = 'NO-SUCH-BAR';
    await api.request('PUT', '/api/v1/products/PD-NEW', { token: tokens.planner, body });
    const id = await confirmedOrder(api, tokens.planner, 'SO-M', [{ ...single, productCode: 'PD-NEW' }]);
    const accepted = await api.request('POST', '/api/v1/split-runs', {
      token: tokens.planner,
      body: { orderIds: [id] },
    });
    const run = await splitFinished(api, tokens.planner, accepted.body.id);
    expect(run.status).toBe('failed');
    expect(run.error).toContain('NO-SUCH-BAR');
    expect((await api.request('GET', `/api/v1/orders/${id}`, { token: tokens.planner })).body.status).toBe('confirmed');
  });

  const upload = (name: string, content: Buffer | string, type: string) => {
    const form = new FormData();
    form.append('file', new Blob([content], { type }), name);
    return fetch(`${api.baseUrl}/api/v1/orders/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.planner}` },
      body: form,
    });
  };

  it('imports a CSV with Chinese headers (and a BOM), all rows or none: 422 lists every bad row', async () => {
    const header = '\uFEFF订单号,客户,型号,门洞宽,门洞高,墙厚,开启方向,颜色,数量,位置,备注\n';
    const bad =
      header +
      'IMP-1,张三,PD-LVL01,900,2100,120,左内开,OAK,1,卧室,\nIMP-1,张三,PD-LVL01,abc,2100,120,左内开,OAK,1,卧室,\nIMP-2,李四,NOPE,900,2100,120,左内开,OAK,0,,\n';
    const rejected = await upload('orders.csv', bad, 'text/csv');
    expect(rejected.status).toBe(422);
    const problem: any = await rejected.json();
    expect(problem.errors).toEqual([
      { row: 3, field: 'width', message: expect.any(String) },
      { row: 4, field: 'quantity', message: expect.any(String) },
      { row: 4, field: 'productCode', message: expect.stringContaining('NOPE') },
    ]);
    expect((await api.request('GET', '/api/v1/orders/IMP-1', { token: tokens.planner })).status).toBe(404);

    const unknownProduct = await upload(
      'orders.csv',
      header + 'IMP-3,王五,NOPE,900,2100,120,左内开,OAK,1,,\n',
      'text/csv',
    );
    expect(unknownProduct.status).toBe(422);
    expect(((await unknownProduct.json()) as any).errors).toEqual([
      { row: 2, field: 'productCode', message: expect.stringContaining('NOPE') },
    ]);

    const good = await upload(
      'orders.csv',
      header +
        'IMP-1,张三,PD-LVL01,900,2100,120,左内开,OAK,1,卧室,\nIMP-1,张三,PD-MY01,1000,2100,240,右外开,WHITE,1,入户,\n',
      'text/csv',
    );
    expect(good.status).toBe(201);
    expect(await good.json()).toMatchObject({ created: 1 });
    const order = await api.request('GET', '/api/v1/orders/IMP-1', { token: tokens.planner });
    expect(order.body.lines).toHaveLength(2);
  });

  it('imports an .xlsx with English headers; a sheet with an out-of-range line is rejected whole', async () => {
    const book = async (rows: unknown[][]) => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('orders');
      sheet.addRow([
        'orderNo',
        'customer',
        'productCode',
        'width',
        'height',
        'wallThickness',
        'swing',
        'finish',
        'quantity',
        'room',
      ]);
      rows.forEach((r) => sheet.addRow(r));
      return Buffer.from(await workbook.xlsx.writeBuffer());
    };
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const bad = await upload(
      'o.xlsx',
      await book([
        ['X-1', 'Lee', 'PD-LVL01', 900, 2100, 120, 'left-in', 'OAK', 1, 'bed'],
        ['X-2', 'Lee', 'PD-LVL01', 2500, 2100, 120, 'left-in', 'OAK', 1, 'bed'],
      ]),
      xlsx,
    );
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as any).errors).toEqual([
      { row: 3, field: 'width', message: expect.stringContaining('不在工艺范围') },
    ]);
    expect((await api.request('GET', '/api/v1/orders/X-1', { token: tokens.planner })).status).toBe(404);
    const good = await upload(
      'o.xlsx',
      await book([['X-1', 'Lee', 'PD-LVL01', 900, 2100, 120, 'left-in', 'OAK', 2, 'bed']]),
      xlsx,
    );
    expect(good.status).toBe(201);
    const notASheet = await upload('o.xlsx', Buffer.from('not a zip'), xlsx);
    expect(notASheet.status).toBe(422);
    const wrongType = await upload('o.txt', 'x', 'text/plain');
    expect(wrongType.status).toBe(415);
  });

  it('keeps factories apart: another factory sees none of these products, orders or runs', async () => {
    const other = await api.factoryWithUsers('OTHER', ['admin', 'planner']);
    expect((await api.request('GET', '/api/v1/products/PD-LVL01', { token: other.tokens.planner })).status).toBe(404);
    expect((await api.request('GET', '/api/v1/orders/SO-A', { token: other.tokens.planner })).status).toBe(404);
    const list = await api.request('GET', '/api/v1/orders', { token: other.tokens.planner });
    expect(list.body.items).toEqual([]);
    const ours = (await api.request('GET', '/api/v1/orders/SO-A', { token: tokens.planner })).body.lastSplitRunId;
    expect((await api.request('GET', `/api/v1/split-runs/${ours}`, { token: other.tokens.planner })).status).toBe(404);
    expect((await api.request('GET', `/api/v1/split-runs/${ours}/parts`, { token: other.tokens.planner })).status).toBe(
      404,
    );
    const steal = await api.request('POST', '/api/v1/split-runs', {
      token: other.tokens.planner,
      body: { orderIds: ['SO-A'] },
    });
    expect(steal.status).toBe(404);
  });
});
