import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { createTestDatabase, type TestDatabase, testRuntime } from '@mendao/platform/testing';
import { gs1CheckDigit, packageCode } from '@mendao/splitting';
import { makeOrderLine } from '@mendao/splitting/testing';
import { DataSource } from 'typeorm';
import { createOpenApiDocument } from '../apps/api/src/openapi/openapi-document';
import { TestApi } from './support/api';
import { answerProblems } from './support/openapi-answers';
import { confirmedOrder, loadCatalogue, splitFinished } from './support/splitting';

type Tokens = Awaited<ReturnType<TestApi['factoryWithUsers']>>['tokens'];
/** A package as GET /orders/{id}/packages answers it (contract §7). */
type Pkg = {
  code: string;
  barcode: string;
  kind: string;
  k: number;
  n: number;
  doorNo: number;
  order: { orderNo: string };
  line: { lineNo: number; room: string | null };
};
type Made = { id: string; orderNo: string; runId: string; packages: Pkg[] };

/** The zxing-cpp reader (WebAssembly) from node_modules: never fetched from a CDN, so it runs offline. */
function prepareReader(): void {
  const wasm = createRequire(__filename).resolve('zxing-wasm/reader/zxing_reader.wasm');
  prepareZXingModule({ overrides: { wasmBinary: new Uint8Array(readFileSync(wasm)).buffer } });
}

/** A ZPL label as a printer reads it: its ^XA…^XZ block's size, barcodes and texts (^FH hex escapes undone). */
interface ZplLabel {
  width: number;
  length: number;
  charset: string | null;
  code128: { data: string; module: number; height: number }[];
  qr: { ecLevel: string; data: string; magnification: number }[];
  texts: { text: string; font: string }[];
}

/** Field data with ^FH's escapes (`_` and two hex digits, a byte) undone, read as UTF-8 (^CI28). */
function unhex(data: string): string {
  const bytes = Buffer.from(data, 'utf8');
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const hex = bytes.subarray(i + 1, i + 3).toString('latin1');
    if (bytes[i] === 0x5f && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else out.push(bytes[i]);
  }
  return Buffer.from(out).toString('utf8');
}

/** A small parser of the ZPL this app writes: blocks, and in each the fields from ^FO to ^FS. */
function parseZpl(zpl: string): ZplLabel[] {
  const blocks = zpl.split('^XZ').filter((b) => b.trim() !== '');
  return blocks.map((block) => {
    expect(block.trim().startsWith('^XA')).toBe(true);
    const commands = block
      .trim()
      .slice(3)
      .split('^')
      .filter(Boolean)
      .map((c) => c.replace(/\n$/, ''));
    const label: ZplLabel = { width: 0, length: 0, charset: null, code128: [], qr: [], texts: [] };
    let field: { kind: 'text' | 'bc' | 'bq' | 'gb' | null; font: string; hex: boolean; by: number; args: string[] } = {
      kind: null,
      font: '',
      hex: false,
      by: 2,
      args: [],
    };
    let by = 2;
    for (const command of commands) {
      const [name, rest] = [command.slice(0, 2), command.slice(2)];
      if (name === 'PW') label.width = Number(rest);
      else if (name === 'LL') label.length = Number(rest);
      else if (name === 'CI') label.charset = rest;
      else if (name === 'FO') field = { kind: null, font: '', hex: false, by, args: [] };
      else if (name === 'BY') by = field.by = Number(rest.split(',')[0]);
      else if (name === 'A@') field = { ...field, kind: 'text', font: rest.split(',')[3] };
      else if (name === 'BC') field = { ...field, kind: 'bc', args: rest.split(',') };
      else if (name === 'BQ') field = { ...field, kind: 'bq', args: rest.split(',') };
      else if (name === 'FH') field.hex = true;
      else if (name === 'FD') {
        const text = field.hex ? unhex(rest) : rest;
        if (field.kind === 'text') label.texts.push({ text, font: field.font });
        else if (field.kind === 'bc')
          label.code128.push({ data: text, module: field.by, height: Number(field.args[1]) });
        else if (field.kind === 'bq')
          label.qr.push({
            ecLevel: text.slice(0, 1),
            data: text.slice(3),
            magnification: Number(field.args[2]),
          });
      }
    }
    return label;
  });
}

/**
 * Issue 17, package labels (包装标签) over HTTP: labels.pdf and labels.zpl of a split run, an order and a selection of
 * packages, read back as a scanner and a person would (pdftoppm + zxing, pdftotext) and as a Zebra printer would
 * (a parser of the ZPL), with the internal code and with a GS1 prefix (SSCC-18), and every refusal of every route.
 */
describe('package labels (包装标签) over HTTP', () => {
  let db: TestDatabase;
  let api: TestApi;
  let t: Tokens;
  let other: Tokens;
  let dir: string;
  let made: Made;
  let theirs: Made;

  const call = (method: string, path: string, token?: string, body?: unknown) =>
    api.request(method, `/api/v1${path}`, { token, body });
  const download = async (path: string, token: string | null = t.packer, body?: unknown) => {
    const res = await fetch(`${api.baseUrl}/api/v1/${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
  };
  const problem = (body: Buffer) => JSON.parse(body.toString('utf8'));
  const save = (pdf: Buffer) => {
    const file = join(dir, `${randomUUID()}.pdf`);
    writeFileSync(file, pdf);
    return file;
  };
  const pdfInfo = (pdf: string) => execFileSync('pdfinfo', [pdf]).toString();
  const pageCount = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(pdfInfo(pdf))?.[1]);
  const pageText = (pdf: string, page: number) =>
    execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-']).toString();
  /** Page `page` at 200 dpi (a label printer's resolution), and every symbol zxing reads on it. */
  const symbolsOn = async (pdf: string, page: number) => {
    const prefix = join(dir, randomUUID());
    execFileSync('pdftoppm', ['-r', '200', '-png', '-f', String(page), '-l', String(page), '-singlefile', pdf, prefix]);
    const found = await readBarcodes(new Uint8Array(readFileSync(`${prefix}.png`)));
    return found.filter((b) => b.isValid).map((b) => ({ format: b.format, text: b.text }));
  };

  async function order(token: Tokens, orderNo: string, lines: unknown[], release = true): Promise<Made> {
    const id = await confirmedOrder(api, token.planner, orderNo, lines);
    const run = await call('POST', '/split-runs', token.planner, { orderIds: [id] });
    expect((await splitFinished(api, token.planner, run.body.id)).status).toBe('succeeded');
    if (release) expect((await call('POST', `/split-runs/${run.body.id}/release`, token.planner)).status).toBe(200);
    const packages = await call('GET', `/orders/${id}/packages`, token.planner);
    expect(packages.status).toBe(200);
    return { id, orderNo, runId: run.body.id, packages: packages.body };
  }

  beforeAll(async () => {
    prepareReader();
    dir = mkdtempSync(join(tmpdir(), 'mendao-labels-'));
    db = await createTestDatabase();
    api = await TestApi.start(testRuntime(db.url));
    ({ tokens: t } = await api.factoryWithUsers('LBL'));
    ({ tokens: other } = await api.factoryWithUsers('LBLX', ['admin', 'planner', 'packer']));
    await loadCatalogue(api, t.planner);
    await loadCatalogue(api, other.planner);
    // package codes are unique across the instance: the other factory's are none of ours
    made = await order(t, 'SO-标签-1', [
      makeOrderLine({ quantity: 2, room: '主卧' }),
      makeOrderLine({ quantity: 1, width: 800, height: 2050, swing: 'right-in', room: '次卧', finish: 'WALNUT' }),
    ]);
    theirs = await order(other, 'SO-他厂-1', [makeOrderLine()]);
  }, 240_000);

  afterAll(async () => {
    await api?.close();
    await db?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('prints a released run’s labels, one page a package in door order, each page’s Code 128 reading as its code', async () => {
    const res = await download(`split-runs/${made.runId}/labels.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain(`filename="labels-${made.runId.slice(0, 8)}.pdf"`);
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('包装标签'));
    const pdf = save(res.body);
    expect(pageCount(pdf)).toBe(made.packages.length);
    // 100 × 150 mm
    expect(pdfInfo(pdf)).toMatch(/Page size:\s+283\.46\d* x 425\.19\d* pts/);
    for (const [i, pkg] of made.packages.entries()) {
      const symbols = await symbolsOn(pdf, i + 1);
      expect(symbols.find((s) => s.format === 'Code128')).toEqual({ format: 'Code128', text: pkg.code });
      // the QR holds the key facts as JSON
      const qr = symbols.find((s) => s.format === 'QRCode');
      expect(JSON.parse(qr!.text)).toEqual({
        code: pkg.code,
        order: 'SO-标签-1',
        line: pkg.line.lineNo,
        door: pkg.doorNo,
        k: pkg.k,
        n: pkg.n,
      });
    }
  });

  it('prints the Chinese with the embedded subset font: order, customer, room, contents, k / n, the code', async () => {
    const pdf = save((await download(`orders/${made.id}/labels.pdf`, t.planner)).body);
    const first = made.packages[0];
    expect(first.kind).toBe('leaf');
    const text = pageText(pdf, 1);
    for (const words of [
      'SO-标签-1',
      '测试客户',
      '主卧',
      '门扇',
      'door leaf',
      first.code,
      '开向 Handing',
      '内容 Contents',
    ])
      expect({ words, found: text.includes(words) }).toEqual({ words, found: true });
    // k / n big (pdftotext closes up its spaces)
    expect(text).toMatch(new RegExp(`\\b${first.k}\\s*/\\s*${first.n}\\b`));
    const walnut = made.packages.findIndex((p) => p.line.lineNo === 2);
    const second = pageText(pdf, walnut + 1);
    expect(second).toContain('次卧');
    expect(second).toContain('WALNUT');
    expect(second).toContain('右内开');
    const fonts = execFileSync('pdffonts', [pdf]).toString().split('\n').slice(2).filter(Boolean);
    expect(fonts).toHaveLength(1);
    expect(fonts[0]).toMatch(/^[A-Z]{6}\+\S+.*\byes\s+yes\b/);
    // a label is a few kB: the subset font once, the bars and the QR as vectors
    expect(readFileSync(pdf).length).toBeLessThan(40_000 + 4_000 * made.packages.length);
  });

  it('prints on A6 with ?stock=a6, by order number, the last label the last package', async () => {
    const res = await download(`orders/${encodeURIComponent(made.orderNo)}/labels.pdf?stock=a6`, t.manager);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('包装标签-SO-标签-1.pdf'));
    const pdf = save(res.body);
    expect(pdfInfo(pdf)).toMatch(/Page size:\s+297\.6\d* x 419\.5\d* pts/);
    const last = made.packages[made.packages.length - 1];
    const symbols = await symbolsOn(pdf, made.packages.length);
    expect(symbols).toContainEqual({ format: 'Code128', text: last.code });
  });

  it('reprints a selection: codes in any case, each once, in door order', async () => {
    const [a, b, c] = made.packages;
    const res = await download('packing/labels.pdf', t.packer, { codes: [c.code, a.code.toLowerCase(), a.code] });
    expect(res.status).toBe(200);
    const pdf = save(res.body);
    expect(pageCount(pdf)).toBe(2);
    expect(await symbolsOn(pdf, 1)).toContainEqual({ format: 'Code128', text: a.code });
    expect(await symbolsOn(pdf, 2)).toContainEqual({ format: 'Code128', text: c.code });
    expect(b.code).not.toBe(c.code);
  });

  it('prints GS1-128 with AI (00) of the SSCC once the factory has a GS1 prefix, and reads SSCCs in a selection', async () => {
    const set = await call('PUT', '/packing/settings', t.admin, { gs1CompanyPrefix: '6901234', ssccExtension: 3 });
    expect(set.status).toBe(200);
    try {
      const packages: Pkg[] = (await call('GET', `/orders/${made.id}/packages`, t.planner)).body;
      const first = packages[0];
      expect(first.barcode).toMatch(/^36901234\d{10}$/);
      const pdf = save((await download(`split-runs/${made.runId}/labels.pdf`)).body);
      const symbols = await symbolsOn(pdf, 1);
      // zxing answers a GS1-128 symbol with its AI in brackets: (00) and the 18 digits
      expect(symbols).toContainEqual({ format: 'Code128', text: `(00)${first.barcode}` });
      expect(pageText(pdf, 1)).toContain(`(00) ${first.barcode}`);
      // the QR still names the internal code
      expect(JSON.parse(symbols.find((s) => s.format === 'QRCode')!.text).code).toBe(first.code);

      const zpl = parseZpl((await download(`orders/${made.id}/labels.zpl`)).body.toString('utf8'));
      expect(zpl[0].code128).toEqual([expect.objectContaining({ data: `>;>800${first.barcode}` })]);
      expect(zpl[0].texts.map((x) => x.text)).toContain(`(00) ${first.barcode}`);

      // an SSCC as a scanner sends it names its package
      const res = await download('packing/labels.pdf', t.packer, { codes: [`(00)${packages[1].barcode}`] });
      expect(res.status).toBe(200);
      expect(await symbolsOn(save(res.body), 1)).toContainEqual({
        format: 'Code128',
        text: `(00)${packages[1].barcode}`,
      });
    } finally {
      await call('PUT', '/packing/settings', t.admin, { gs1CompanyPrefix: null, ssccExtension: 0 });
    }
  });

  it('writes ZPL a Zebra printer prints: a ^XA…^XZ block a label with the code in ^BC, the QR in ^BQ and the facts', async () => {
    const res = await download(`split-runs/${made.runId}/labels.zpl`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain(
      `attachment; filename="labels-${made.runId.slice(0, 8)}.zpl"`,
    );
    const labels = parseZpl(res.body.toString('utf8'));
    expect(labels).toHaveLength(made.packages.length);
    for (const [i, label] of labels.entries()) {
      const pkg = made.packages[i];
      // 100 × 150 mm at 8 dots a mm; UTF-8
      expect({ width: label.width, length: label.length, charset: label.charset }).toEqual({
        width: 800,
        length: 1200,
        charset: '28',
      });
      expect(label.code128).toEqual([{ data: pkg.code, module: 4, height: expect.any(Number) }]);
      expect(label.code128[0].height).toBeGreaterThanOrEqual(15 * 8);
      expect(label.qr).toHaveLength(1);
      expect(label.qr[0].ecLevel).toBe('M');
      expect(JSON.parse(label.qr[0].data)).toEqual({
        code: pkg.code,
        order: 'SO-标签-1',
        line: pkg.line.lineNo,
        door: pkg.doorNo,
        k: pkg.k,
        n: pkg.n,
      });
      const texts = label.texts.map((x) => x.text);
      for (const words of [`${pkg.k} / ${pkg.n}`, 'SO-标签-1', '测试客户', pkg.line.room!, pkg.code])
        expect({ i, words, found: texts.includes(words) }).toEqual({ i, words, found: true });
      expect(new Set(label.texts.map((x) => x.font))).toEqual(new Set(['E:SIMSUN.TTF']));
    }
    const hi = parseZpl((await download(`orders/${made.orderNo}/labels.zpl?dpi=300&stock=a6`)).body.toString());
    // A6 at 300 dpi (12 dots a mm): 105 × 148 mm, the narrow bar 6 dots
    expect(hi[0]).toMatchObject({ width: 1260, length: 1776 });
    expect(hi[0].code128[0].module).toBe(6);
    const selection = await download('packing/labels.zpl', t.packer, { codes: [made.packages[1].code], dpi: 300 });
    expect(selection.status).toBe(200);
    expect(parseZpl(selection.body.toString())[0].code128[0]).toMatchObject({ data: made.packages[1].code, module: 6 });
  });

  it('escapes ^, ~ and _ in ZPL field data (^FH), so a customer’s name cannot start a command', async () => {
    const odd = await order(t, 'SO_标签^2', [makeOrderLine({ room: '客房~1' })]);
    const zpl = (await download(`orders/${odd.id}/labels.zpl`)).body.toString('utf8');
    const [label] = parseZpl(zpl);
    const texts = label.texts.map((x) => x.text);
    expect(texts).toContain('SO_标签^2');
    expect(texts).toContain('客房~1');
    expect(JSON.parse(label.qr[0].data).order).toBe('SO_标签^2');
    // no raw ^ or ~ inside any field data
    for (const data of zpl
      .split('^FD')
      .slice(1)
      .map((f) => f.split('^FS')[0]))
      expect(data).not.toMatch(/[~]/);
    expect(parseZpl(zpl)).toHaveLength(odd.packages.length);
  });

  it('refuses a run or an order not released yet with 409 packing.labels_not_released, and a replaced run', async () => {
    const waiting = await order(t, 'SO-未下达', [makeOrderLine()], false);
    for (const path of [
      `split-runs/${waiting.runId}/labels.pdf`,
      `split-runs/${waiting.runId}/labels.zpl`,
      `orders/${waiting.id}/labels.pdf`,
      `orders/${waiting.orderNo}/labels.zpl`,
    ]) {
      const res = await download(path, t.planner);
      expect({ path, status: res.status }).toEqual({ path, status: 409 });
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(problem(res.body)).toMatchObject({
        code: 'packing.labels_not_released',
        params: { status: 'split', action: 'print' },
      });
    }
    for (const path of ['packing/labels.pdf', 'packing/labels.zpl']) {
      const res = await download(path, t.packer, { codes: [made.packages[0].code, waiting.packages[0].code] });
      expect({ path, status: res.status }).toEqual({ path, status: 409 });
      expect(problem(res.body)).toMatchObject({
        code: 'packing.labels_not_released',
        params: { orders: ['SO-未下达'] },
      });
    }
    // split again: the first run's packages are gone, the run is refused as replaced
    const again = await call('POST', '/split-runs', t.planner, { orderIds: [waiting.id] });
    expect((await splitFinished(api, t.planner, again.body.id)).status).toBe('succeeded');
    const replaced = await download(`split-runs/${waiting.runId}/labels.pdf`);
    expect(replaced.status).toBe(409);
    expect(problem(replaced.body)).toMatchObject({
      code: 'packing.labels_superseded',
      params: { splitRun: waiting.runId, orders: [{ order: 'SO-未下达', lastSplitRun: again.body.id }] },
    });
    // once released, it prints
    expect((await call('POST', `/split-runs/${again.body.id}/release`, t.planner)).status).toBe(200);
    expect((await download(`split-runs/${again.body.id}/labels.pdf`)).status).toBe(200);
  });

  it('refuses a failed run with 409 naming its status', async () => {
    const base = (await call('GET', '/products/PD-LVL01', t.planner)).body;
    const { code: _code, version: _v, createdAt: _c, ...broken } = base;
    broken.components[0].material = 'NO-SUCH-BAR';
    expect((await call('PUT', '/products/PD-BROKEN', t.planner, broken)).status).toBeLessThan(300);
    const id = await confirmedOrder(api, t.planner, 'SO-坏', [makeOrderLine({ productCode: 'PD-BROKEN' })]);
    const run = await call('POST', '/split-runs', t.planner, { orderIds: [id] });
    expect((await splitFinished(api, t.planner, run.body.id)).status).toBe('failed');
    const res = await download(`split-runs/${run.body.id}/labels.pdf`);
    expect(res.status).toBe(409);
    expect(problem(res.body)).toMatchObject({ code: 'packing.labels_not_released', params: { status: 'failed' } });
  });

  it('refuses a run or an order of more than 5,000 labels with 422 packing.labels_too_many, before reading them', async () => {
    const big = await order(t, 'SO-大单', [makeOrderLine()]);
    const sql = (text: string, values: unknown[]) => api.app.get(DataSource).query(text, values);
    // as if the order had 5,001 packages: copies of its first, under codes no scan would take
    await sql(
      `INSERT INTO door_package (factory_id, split_run_id, order_id, line_id, door_no, k, n, package_group, leaf_no,
                                 barcode, handing, contents, parts, status)
       SELECT factory_id, split_run_id, order_id, line_id, door_no + g, k, n, package_group, leaf_no,
              'BIG-' || g, handing, contents, parts, status
         FROM door_package, generate_series(1, $2::int) g
        WHERE barcode = $1`,
      [big.packages[0].code, 5001 - big.packages.length],
    );
    for (const path of [
      `split-runs/${big.runId}/labels.pdf`,
      `split-runs/${big.runId}/labels.zpl`,
      `orders/${big.id}/labels.pdf`,
      `orders/${big.orderNo}/labels.zpl`,
    ]) {
      const res = await download(path);
      expect({ path, status: res.status }).toEqual({ path, status: 422 });
      expect(problem(res.body)).toMatchObject({
        code: 'packing.labels_too_many',
        params: { labels: 5001, max: 5000 },
      });
    }
    await sql(`DELETE FROM door_package WHERE order_id = $1 AND barcode LIKE 'BIG-%'`, [big.id]);
    expect((await download(`orders/${big.id}/labels.zpl`)).status).toBe(200);
  });

  it('answers 404 naming the field for an unknown run or order, or another factory’s', async () => {
    for (const key of [randomUUID(), 'not-a-run', theirs.runId]) {
      for (const ext of ['pdf', 'zpl']) {
        const res = await download(`split-runs/${key}/labels.${ext}`);
        expect({ key, ext, status: res.status }).toEqual({ key, ext, status: 404 });
        expect(problem(res.body)).toMatchObject({ code: 'resource.not_found', errors: [{ field: 'id' }] });
      }
    }
    for (const key of [randomUUID(), 'SO-NOSUCH', theirs.id, theirs.orderNo]) {
      for (const ext of ['pdf', 'zpl']) {
        const res = await download(`orders/${encodeURIComponent(key)}/labels.${ext}`);
        expect({ key, ext, status: res.status }).toEqual({ key, ext, status: 404 });
        expect(problem(res.body)).toMatchObject({ code: 'resource.not_found', errors: [{ field: 'order' }] });
      }
    }
  });

  it('answers 404 listing every code of a selection that names no package: unknown, bad check, another factory’s', async () => {
    const serial = 999_999_990;
    const unknown = packageCode(serial);
    const good = made.packages[0].code;
    const badCheck = `${good.slice(0, 10)}${(Number(good[10]) + 1) % 10}`;
    const digits = '12345678901234567';
    const foreignSscc = `${digits}${gs1CheckDigit(digits)}`;
    const codes = [good, unknown, badCheck, theirs.packages[0].code, foreignSscc, 'NOT-A-CODE'];
    for (const path of ['packing/labels.pdf', 'packing/labels.zpl']) {
      const res = await download(path, t.packer, { codes });
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      const body = problem(res.body);
      expect(body).toMatchObject({ code: 'packing.labels_unknown_codes', params: { codes: codes.slice(1) } });
      expect(body.errors.map((e: { field: string }) => e.field)).toEqual([1, 2, 3, 4, 5].map((i) => `codes[${i}]`));
    }
  });

  it('refuses a bad stock, dpi, an unknown field and a selection of no codes, too many or too long with 400', async () => {
    const bad: [string, unknown, string][] = [
      [`split-runs/${made.runId}/labels.pdf?stock=a4`, undefined, 'stock'],
      [`split-runs/${made.runId}/labels.zpl?stock=100X150`, undefined, 'stock'],
      [`orders/${made.id}/labels.pdf?stock=`, undefined, 'stock'],
      [`orders/${made.id}/labels.zpl?dpi=600`, undefined, 'dpi'],
      [`orders/${made.id}/labels.pdf?dpi=300`, undefined, 'dpi'],
      [`split-runs/${made.runId}/labels.pdf?copies=2`, undefined, 'copies'],
      ['packing/labels.pdf', { codes: [made.packages[0].code], stock: 'a5' }, 'stock'],
      ['packing/labels.zpl', { codes: [made.packages[0].code], dpi: 600 }, 'dpi'],
      ['packing/labels.zpl', { codes: [made.packages[0].code], dpi: '300' }, 'dpi'],
      ['packing/labels.pdf', { codes: [made.packages[0].code], dpi: 300 }, 'dpi'],
      ['packing/labels.pdf', { codes: [] }, 'codes'],
      ['packing/labels.pdf', {}, 'codes'],
      ['packing/labels.pdf', { codes: 'P0000000017' }, 'codes'],
      ['packing/labels.pdf', { codes: Array.from({ length: 2001 }, (_, i) => packageCode(i + 1)) }, 'codes'],
      ['packing/labels.zpl', { codes: ['P'.repeat(65)] }, 'codes'],
      ['packing/labels.pdf', { codes: [''] }, 'codes'],
      ['packing/labels.pdf', { codes: [made.packages[0].code], copies: 2 }, 'copies'],
    ];
    for (const [path, body, field] of bad) {
      const res = await download(path, t.packer, body);
      expect({ path, field, status: res.status }).toEqual({ path, field, status: 400 });
      expect(problem(res.body).errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: expect.stringMatching(new RegExp(`^${field}`)) })]),
      );
    }
  });

  it('lets planners, packers, managers and admins print: 401 without a token, 403 for warehouse and operator', async () => {
    const routes: [string, unknown][] = [
      [`split-runs/${made.runId}/labels.pdf`, undefined],
      [`split-runs/${made.runId}/labels.zpl`, undefined],
      [`orders/${made.id}/labels.pdf`, undefined],
      [`orders/${made.id}/labels.zpl`, undefined],
      ['packing/labels.pdf', { codes: [made.packages[0].code] }],
      ['packing/labels.zpl', { codes: [made.packages[0].code] }],
    ];
    for (const [path, body] of routes) {
      expect((await download(path, null, body)).status).toBe(401);
      for (const role of ['warehouse', 'operator'] as const) {
        const res = await download(path, t[role], body);
        expect({ path, role, status: res.status }).toEqual({ path, role, status: 403 });
      }
      for (const role of ['planner', 'packer', 'manager', 'admin'] as const) {
        const res = await download(path, t[role], body);
        expect({ path, role, status: res.status }).toEqual({ path, role, status: 200 });
      }
    }
  });
  it('answers as the OpenAPI document describes: PDF, ZPL and every refusal', async () => {
    const document = await createOpenApiDocument();
    const problems: string[] = [];
    const check = async (route: string, path: string, body?: unknown, token = t.packer) => {
      const res = await api.request(body === undefined ? 'GET' : 'POST', `/api/v1${path}`, { token, body });
      const method = body === undefined ? 'GET' : 'POST';
      const type = res.headers.get('content-type') ?? '';
      problems.push(
        ...answerProblems(document, method, `/api/v1${route}`, res.status, type, res.body).map(
          (p) => `${method} ${path} → ${res.status}: ${p}`,
        ),
      );
      return res.status;
    };
    const waiting = await order(t, 'SO-文档-未下达', [makeOrderLine()], false);
    const code = made.packages[0].code;
    for (const ext of ['pdf', 'zpl']) {
      const run = `/split-runs/{id}/labels.${ext}`;
      expect(await check(run, `/split-runs/${made.runId}/labels.${ext}`)).toBe(200);
      expect(await check(run, `/split-runs/${made.runId}/labels.${ext}?stock=a4`)).toBe(400);
      expect(await check(run, `/split-runs/${randomUUID()}/labels.${ext}`)).toBe(404);
      expect(await check(run, `/split-runs/${waiting.runId}/labels.${ext}`)).toBe(409);
      const byOrder = `/orders/{order}/labels.${ext}`;
      expect(await check(byOrder, `/orders/${made.id}/labels.${ext}`)).toBe(200);
      expect(await check(byOrder, `/orders/${made.id}/labels.${ext}?stock=a4`)).toBe(400);
      expect(await check(byOrder, `/orders/SO-NOSUCH/labels.${ext}`)).toBe(404);
      expect(await check(byOrder, `/orders/${waiting.id}/labels.${ext}`)).toBe(409);
      const selection = `/packing/labels.${ext}`;
      expect(await check(selection, selection, { codes: [code] })).toBe(200);
      expect(await check(selection, selection, { codes: [] })).toBe(400);
      expect(await check(selection, selection, { codes: [packageCode(999_999_999)] })).toBe(404);
      expect(await check(selection, selection, { codes: [waiting.packages[0].code] })).toBe(409);
    }
    expect(problems).toEqual([]);
  });
});
