import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { createTestDatabase, TestDatabase, testRuntime } from '@mendao/platform/testing';
import { makeOrderLine } from '@mendao/splitting/testing';
import { DataSource } from 'typeorm';
import { TestApi } from './support/api';
import { confirmedOrder, loadCatalogue, splitFinished } from './support/splitting';

type Tokens = Awaited<ReturnType<TestApi['factoryWithUsers']>>['tokens'];
type WorkOrder = { id: string; code: string; sequence: number; process: string; plannedQuantity: number };

const CUTTING_INSTRUCTIONS = '先核对板材厚度与纹理方向；\n锯片每班检查一次。';

/** The zxing-cpp reader (WebAssembly) from node_modules: never fetched from a CDN, so it runs offline. */
function prepareReader(): void {
  const wasm = createRequire(__filename).resolve('zxing-wasm/reader/zxing_reader.wasm');
  prepareZXingModule({ overrides: { wasmBinary: new Uint8Array(readFileSync(wasm)).buffer } });
}

/** Issue 16: travelers (流转卡), a printable PDF per work order or for a whole run, read back as a person would. */
describe('travelers (流转卡) over HTTP', () => {
  let db: TestDatabase;
  let api: TestApi;
  let tokens: Tokens;
  let other: Tokens;
  let dir: string;
  let runId: string;
  let longRunId: string;
  let failedRunId: string;
  /** the released work orders of `runId`, as the release answers them */
  let workOrders: WorkOrder[];

  const download = async (path: string, token: string | null = tokens.operator) => {
    const res = await fetch(`${api.baseUrl}/api/v1/${path}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
  };
  const problem = (body: Buffer) => JSON.parse(body.toString('utf8'));
  const save = (pdf: Buffer) => {
    const file = join(dir, `${randomUUID()}.pdf`);
    writeFileSync(file, pdf);
    return file;
  };
  const pageCount = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())?.[1]);
  const pageText = (pdf: string, page: number) =>
    execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-']).toString();
  /** Page `page` at 150 dpi, as a phone or a scanner sees paper, and the Code 128 symbols zxing reads on it. */
  const barcodesOn = async (pdf: string, page: number) => {
    const prefix = join(dir, randomUUID());
    execFileSync('pdftoppm', ['-r', '150', '-png', '-f', String(page), '-l', String(page), '-singlefile', pdf, prefix]);
    const found = await readBarcodes(new Uint8Array(readFileSync(`${prefix}.png`)));
    return found.filter((b) => b.isValid).map((b) => ({ format: b.format, text: b.text }));
  };

  const split = async (token: string, orderNo: string, lines: unknown[]) => {
    const order = await confirmedOrder(api, token, orderNo, lines);
    const accepted = await api.request('POST', '/api/v1/split-runs', { token, body: { orderIds: [order] } });
    expect(accepted.status).toBe(202);
    return accepted.body.id as string;
  };
  const release = async (run: string): Promise<WorkOrder[]> => {
    const res = await api.request('POST', `/api/v1/split-runs/${run}/release`, { token: tokens.planner });
    expect(res.status).toBe(200);
    return res.body.workOrders;
  };

  beforeAll(async () => {
    prepareReader();
    dir = mkdtempSync(join(tmpdir(), 'mendao-travelers-'));
    db = await createTestDatabase();
    api = await TestApi.start(testRuntime(db.url));
    ({ tokens } = await api.factoryWithUsers('TRAVEL'));
    ({ tokens: other } = await api.factoryWithUsers('TRAVEL-B', ['admin', 'planner', 'operator']));
    await loadCatalogue(api, tokens.planner);
    const patched = await api.request('PATCH', '/api/v1/processes/cutting', {
      token: tokens.planner,
      body: { instructions: CUTTING_INSTRUCTIONS },
    });
    expect(patched.status).toBe(200);

    runId = await split(tokens.planner, 'SO-流转-1', [
      makeOrderLine({ quantity: 2, room: '主卧' }),
      makeOrderLine({ quantity: 1, width: 800, height: 2050, swing: 'right-in', room: '次卧', finish: 'WALNUT' }),
    ]);
    // enough door lines that a work order's parts run over a page
    longRunId = await split(
      tokens.planner,
      'SO-流转-长',
      Array.from({ length: 14 }, (_, i) => makeOrderLine({ width: 760 + 10 * i, room: `房间${i + 1}` })),
    );
    const base = (await api.request('GET', '/api/v1/products/PD-LVL01', { token: tokens.planner })).body;
    const { code: _code, version: _v, createdAt: _c, ...broken } = base;
    broken.components[0].material = 'NO-SUCH-BAR';
    await api.request('PUT', '/api/v1/products/PD-BROKEN', { token: tokens.planner, body: broken });
    failedRunId = await split(tokens.planner, 'SO-坏', [makeOrderLine({ productCode: 'PD-BROKEN' })]);
    for (const id of [runId, longRunId])
      expect((await splitFinished(api, tokens.planner, id)).status).toBe('succeeded');
    expect((await splitFinished(api, tokens.planner, failedRunId)).status).toBe('failed');
    workOrders = await release(runId);
    expect(workOrders.length).toBeGreaterThan(2);
  }, 180_000);

  afterAll(async () => {
    await api?.close();
    await db?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('prints a work order’s traveler whose Code 128 barcode, rendered at 150 dpi, reads as its code', async () => {
    const cutting = workOrders.find((w) => w.process === 'cutting')!;
    const res = await download(`work-orders/${cutting.code}/traveler.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain(`filename="traveler-${cutting.code}.pdf"`);
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('流转卡'));
    const pdf = save(res.body);
    expect(await barcodesOn(pdf, 1)).toEqual([{ format: 'Code128', text: cutting.code }]);
    expect(execFileSync('pdfinfo', [pdf]).toString()).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  });

  it('prints its Chinese with the embedded font (text a reader extracts), the process’s instructions and its facts', async () => {
    const cutting = workOrders.find((w) => w.process === 'cutting')!;
    const pdf = save((await download(`work-orders/${cutting.id}/traveler.pdf`, tokens.planner)).body);
    const text = pageText(pdf, 1);
    for (const words of [
      '流转卡',
      cutting.code,
      '开料',
      '先核对板材厚度与纹理方向；',
      '锯片每班检查一次。',
      'SO-流转-1',
      '测试客户',
      '主卧',
      '次卧',
      '计划数量',
      '操作工签字',
      `工序 ${cutting.sequence}/${workOrders.length}`,
    ])
      expect({ words, found: text.includes(words) }).toEqual({ words, found: true });
    // the planned quantity is the work order's pieces
    expect(text).toMatch(new RegExp(`计划数量 Planned: ${cutting.plannedQuantity} 件`));
    // the font is a subset: only the glyphs used, embedded; the file stays small
    const fonts = execFileSync('pdffonts', [pdf]).toString().split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/^[A-Z]{6}\+\S+.*\byes\s+yes\b/);
    expect(readFileSync(pdf).length).toBeLessThan(120_000);
  });

  it('marks this process in the route and prints no instructions box for a process without them', async () => {
    const pressing = workOrders.find((w) => w.process !== 'cutting')!;
    const pdf = save((await download(`work-orders/${pressing.code}/traveler.pdf`)).body);
    const text = pageText(pdf, 1);
    expect(text).toContain('工艺路线 Route');
    expect(text).not.toContain('作业要求');
    expect(text).not.toContain('先核对板材厚度');
    expect(await barcodesOn(pdf, 1)).toEqual([{ format: 'Code128', text: pressing.code }]);
  });

  it('prints on A5 with ?size=A5, its barcode still read at 150 dpi', async () => {
    const last = workOrders[workOrders.length - 1];
    const res = await download(`work-orders/${last.code}/traveler.pdf?size=A5`, tokens.manager);
    expect(res.status).toBe(200);
    const pdf = save(res.body);
    expect(execFileSync('pdfinfo', [pdf]).toString()).toMatch(/Page size:\s+419\.53 x 595\.28 pts/);
    expect(await barcodesOn(pdf, 1)).toEqual([{ format: 'Code128', text: last.code }]);
  });

  it('prints a whole run: one page per work order, in sequence, each page’s barcode its own work order’s', async () => {
    const res = await download(`split-runs/${runId}/travelers.pdf`, tokens.admin);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(`filename="travelers-${runId.slice(0, 8)}.pdf"`);
    const pdf = save(res.body);
    expect(pageCount(pdf)).toBe(workOrders.length);
    const sorted = [...workOrders].sort((a, b) => a.sequence - b.sequence);
    for (const [i, workOrder] of sorted.entries()) {
      expect(await barcodesOn(pdf, i + 1)).toEqual([{ format: 'Code128', text: workOrder.code }]);
      expect(pageText(pdf, i + 1)).toContain(`工序 ${workOrder.sequence}/${sorted.length}`);
    }
  });

  it('continues a long parts list on further pages, the header (barcode, process) repeated and pages numbered', async () => {
    const long = await release(longRunId);
    const cutting = long.find((w) => w.process === 'cutting')!;
    const pdf = save((await download(`work-orders/${cutting.code}/traveler.pdf`)).body);
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page++) {
      const text = pageText(pdf, page);
      expect(text).toContain(`第 ${page}/${pages} 页`);
      expect(text).toContain('开料');
      expect(text).toContain('部件');
      if (page > 1) expect(text).toContain('流转卡（续）');
      expect(await barcodesOn(pdf, page)).toEqual([{ format: 'Code128', text: cutting.code }]);
    }
    // every door line is on some page, and the sign-off boxes once, on the last
    const all = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    for (let i = 1; i <= 14; i++) expect(all).toContain(`房间${i}`);
    expect(all.split('操作工签字').length - 1).toBe(1);
    expect(pageText(pdf, pages)).toContain('操作工签字');
    // the whole run: at least a page per work order, more for the long ones
    const run = save((await download(`split-runs/${longRunId}/travelers.pdf`)).body);
    expect(pageCount(run)).toBeGreaterThan(long.length);
  });

  it('answers 404 for a work order the factory does not have (unknown code or id, another factory’s)', async () => {
    for (const key of ['WO-NOSUCH-1', randomUUID()]) {
      const res = await download(`work-orders/${key}/traveler.pdf`);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(problem(res.body)).toMatchObject({ code: 'resource.not_found', errors: [{ field: 'code' }] });
    }
    const theirs = await download(`work-orders/${workOrders[0].code}/traveler.pdf`, other.operator);
    expect(theirs.status).toBe(404);
    expect((await download(`split-runs/${runId}/travelers.pdf`, other.planner)).status).toBe(404);
  });

  it('answers 404 for a run the factory does not have, by id or not an id', async () => {
    for (const key of [randomUUID(), 'not-a-run']) {
      const res = await download(`split-runs/${key}/travelers.pdf`);
      expect(res.status).toBe(404);
      expect(problem(res.body)).toMatchObject({ code: 'resource.not_found' });
    }
  });

  it('refuses a run that has not succeeded with 409 split_run.not_succeeded', async () => {
    const res = await download(`split-runs/${failedRunId}/travelers.pdf`, tokens.planner);
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(problem(res.body)).toMatchObject({ code: 'split_run.not_succeeded', params: { status: 'failed' } });
  });

  it('refuses a run a later split of its order superseded with 409 split_run.superseded, its work orders too', async () => {
    const order = await confirmedOrder(api, tokens.planner, 'SO-重拆', [makeOrderLine({ room: '客房' })]);
    const splitOnce = async () => {
      const accepted = await api.request('POST', '/api/v1/split-runs', {
        token: tokens.planner,
        body: { orderIds: [order] },
      });
      expect((await splitFinished(api, tokens.planner, accepted.body.id)).status).toBe('succeeded');
      return accepted.body.id as string;
    };
    const first = await splitOnce();
    const [firstCutting] = (
      await api.request('GET', `/api/v1/split-runs/${first}/work-orders`, { token: tokens.planner })
    ).body;
    const second = await splitOnce();
    for (const path of [`split-runs/${first}/travelers.pdf`, `work-orders/${firstCutting.number}/traveler.pdf`]) {
      const res = await download(path);
      expect({ path, status: res.status }).toEqual({ path, status: 409 });
      expect(problem(res.body)).toMatchObject({
        code: 'split_run.superseded',
        params: { splitRun: first, orders: [{ order: 'SO-重拆', lastSplitRun: second }] },
      });
    }
    await release(second);
    expect((await download(`split-runs/${second}/travelers.pdf`)).status).toBe(200);
  });

  it('refuses to print a run not released yet, or one of its work orders, with 409 production.work_order_not_released', async () => {
    const run = await split(tokens.planner, 'SO-未下达', [makeOrderLine()]);
    expect((await splitFinished(api, tokens.planner, run)).status).toBe('succeeded');
    const [first] = (await api.request('GET', `/api/v1/split-runs/${run}/work-orders`, { token: tokens.planner })).body;
    for (const path of [
      `split-runs/${run}/travelers.pdf`,
      `work-orders/${first.number}/traveler.pdf`,
      `work-orders/${first.id}/traveler.pdf`,
    ]) {
      const res = await download(path, tokens.planner);
      expect({ path, status: res.status }).toEqual({ path, status: 409 });
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(problem(res.body)).toMatchObject({
        code: 'production.work_order_not_released',
        params: { status: 'planned', action: 'print' },
      });
    }
    const released = await release(run);
    const res = await download(`work-orders/${released[0].code}/traveler.pdf`, tokens.planner);
    expect(res.status).toBe(200);
    expect(await barcodesOn(save(res.body), 1)).toEqual([{ format: 'Code128', text: released[0].code }]);
  });

  it('prints the code a release gave on a clash, and the station resolves its scanned barcode to that work order', async () => {
    const sql = (text: string, values: unknown[]) => api.app.get(DataSource).query(text, values);
    const earlier = await split(tokens.planner, 'SO-撞号-1', [makeOrderLine()]);
    const later = await split(tokens.planner, 'SO-撞号-2', [makeOrderLine()]);
    for (const id of [earlier, later]) expect((await splitFinished(api, tokens.planner, id)).status).toBe('succeeded');
    const numbers: { id: string; number: string }[] = (
      await api.request('GET', `/api/v1/split-runs/${later}/work-orders`, { token: tokens.planner })
    ).body;
    const [taken] = await release(earlier);
    // as if the earlier run's id began with the same 8 digits: its first code is the later run's first number
    await sql('UPDATE production_work_order SET code = $1 WHERE id = $2', [numbers[0].number, taken.id]);
    const recoded = await release(later);
    expect(recoded[0].id).toBe(numbers[0].id);
    expect(recoded[0].code).not.toBe(numbers[0].number);

    const card = await download(`work-orders/${recoded[0].id}/traveler.pdf`);
    expect(card.status).toBe(200);
    expect(card.headers.get('content-disposition')).toContain(`filename="traveler-${recoded[0].code}.pdf"`);
    const pdf = save(card.body);
    expect(pageText(pdf, 1)).toContain(recoded[0].code);
    const [scanned] = await barcodesOn(pdf, 1);
    expect(scanned).toEqual({ format: 'Code128', text: recoded[0].code });
    const run = save((await download(`split-runs/${later}/travelers.pdf`)).body);
    const sorted = [...recoded].sort((a, b) => a.sequence - b.sequence);
    for (const [i, workOrder] of sorted.entries())
      expect(await barcodesOn(run, i + 1)).toEqual([{ format: 'Code128', text: workOrder.code }]);

    // the barcode as scanned names this work order at the station (splitting's number names the earlier run's)
    const started = await api.request('POST', '/api/v1/production/reports', {
      token: tokens.operator,
      body: { scanId: randomUUID(), barcode: scanned.text, action: 'start' },
    });
    expect(started.status).toBe(201);
    expect(started.body.workOrder).toMatchObject({ id: recoded[0].id, code: recoded[0].code, status: 'in_progress' });
    const byNumber = await api.request('GET', `/api/v1/work-orders/${numbers[0].number}`, { token: tokens.operator });
    expect(byNumber.body.id).toBe(taken.id);
  });

  it('refuses a paper size other than A4 or A5 with 400 naming `size`', async () => {
    for (const size of ['A3', 'a4', 'letter', '']) {
      for (const path of [`work-orders/${workOrders[0].code}/traveler.pdf`, `split-runs/${runId}/travelers.pdf`]) {
        const res = await download(`${path}?size=${size}`);
        expect({ path, size, status: res.status }).toEqual({ path, size, status: 400 });
        expect(problem(res.body).errors).toEqual([expect.objectContaining({ field: 'size' })]);
      }
    }
    const extra = await download(`work-orders/${workOrders[0].code}/traveler.pdf?copies=2`);
    expect(extra.status).toBe(400);
    expect(problem(extra.body).errors).toEqual([expect.objectContaining({ field: 'copies' })]);
  });

  it('lets planners, managers, operators and admins print: 401 without a token, 403 for warehouse and packer', async () => {
    const paths = [`work-orders/${workOrders[0].code}/traveler.pdf`, `split-runs/${runId}/travelers.pdf`];
    for (const path of paths) {
      expect((await download(path, null)).status).toBe(401);
      for (const role of ['warehouse', 'packer'] as const) {
        const res = await download(path, tokens[role]);
        expect({ path, role, status: res.status }).toEqual({ path, role, status: 403 });
      }
      for (const role of ['planner', 'manager', 'operator', 'admin'] as const) {
        const res = await download(path, tokens[role]);
        expect({ path, role, status: res.status }).toEqual({ path, role, status: 200 });
      }
    }
  });
});
