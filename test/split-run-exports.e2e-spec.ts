import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, TestDatabase, testRuntime } from '@mendao/platform/testing';
import { DEMO_MATERIALS } from '@mendao/splitting';
import { makeOrderLine } from '@mendao/splitting/testing';
import { TestApi } from './support/api';
import { confirmedOrder, loadCatalogue, splitFinished } from './support/splitting';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const EDGE_BAND = 'EDGE-PVC-22';

/** Each pixel of a binary PGM (P5, 8-bit) as rendered by `pdftoppm -gray`: trivial to read without a decoder. */
function pgmPixels(file: Buffer): { width: number; height: number; pixels: Buffer } {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(file.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a binary PGM');
  const [whole, width, height] = header;
  return { width: Number(width), height: Number(height), pixels: file.subarray(whole.length) };
}

describe('a split run’s cut patterns and the sawyer’s exports over HTTP', () => {
  let db: TestDatabase;
  let api: TestApi;
  let tokens: Awaited<ReturnType<TestApi['factoryWithUsers']>>['tokens'];
  let other: Awaited<ReturnType<TestApi['factoryWithUsers']>>['tokens'];
  let runId: string;
  let failedRunId: string;
  let grainRunId: string;
  let dir: string;

  const download = async (path: string, token = tokens.warehouse, run = runId) => {
    const res = await fetch(`${api.baseUrl}/api/v1/split-runs/${run}/${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
  };
  const get = async (path: string, token = tokens.warehouse) =>
    (await api.request('GET', `/api/v1/split-runs/${runId}/${path}`, { token })).body;
  const allPatterns = async (limit = 500) => {
    const items: any[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await get(`cut-patterns?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mendao-exports-'));
    db = await createTestDatabase();
    api = await TestApi.start(testRuntime(db.url));
    ({ tokens } = await api.factoryWithUsers('CUTS', ['admin', 'planner', 'warehouse', 'packer', 'manager']));
    ({ tokens: other } = await api.factoryWithUsers('OTHER', ['admin', 'planner']));
    await loadCatalogue(api, tokens.planner);
    // a flat block: two door sizes many times over, so bars and sheets repeat
    const order = await confirmedOrder(api, tokens.planner, 'SO-门-1', [
      makeOrderLine({ quantity: 6, room: '主卧' }),
      makeOrderLine({ quantity: 4, width: 800, height: 2050, swing: 'right-in', room: '次卧', finish: 'WALNUT' }),
      makeOrderLine({ quantity: 3, room: '书房' }),
    ]);
    const accepted = await api.request('POST', '/api/v1/split-runs', {
      token: tokens.planner,
      body: { orderIds: [order] },
    });
    runId = accepted.body.id;
    expect((await splitFinished(api, tokens.planner, runId)).status).toBe('succeeded');

    const base = (await api.request('GET', '/api/v1/products/PD-LVL01', { token: tokens.planner })).body;
    const { code: _code, version: _v, createdAt: _c, ...body } = base;
    const grain = structuredClone(body);
    body.components[0].material = 'NO-SUCH-BAR';
    await api.request('PUT', '/api/v1/products/PD-BAD', { token: tokens.planner, body });
    const bad = await confirmedOrder(api, tokens.planner, 'SO-BAD', [makeOrderLine({ productCode: 'PD-BAD' })]);
    failedRunId = (
      await api.request('POST', '/api/v1/split-runs', { token: tokens.planner, body: { orderIds: [bad] } })
    ).body.id;
    expect((await splitFinished(api, tokens.planner, failedRunId)).status).toBe('failed');

    // skins small enough to lie with their grain across them, their long edges banded; a room typed as a formula
    grain.components = grain.components.map((c: any) =>
      c.cutKind === 'sheet'
        ? { ...c, length: '1100', width: '500', grain: 'width', edgeBanding: { L1: EDGE_BAND, L2: EDGE_BAND } }
        : c,
    );
    await api.request('PUT', '/api/v1/products/PD-GRAIN', { token: tokens.planner, body: grain });
    const grainOrder = await confirmedOrder(api, tokens.planner, 'SO-GRAIN', [
      makeOrderLine({ productCode: 'PD-GRAIN', room: '=1+2 主卧' }),
    ]);
    grainRunId = (
      await api.request('POST', '/api/v1/split-runs', { token: tokens.planner, body: { orderIds: [grainOrder] } })
    ).body.id;
    expect((await splitFinished(api, tokens.planner, grainRunId)).status).toBe('succeeded');
  }, 120_000);

  afterAll(async () => {
    await api?.close();
    await db?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('groups the plans’ bars and sheets into fewer patterns ×N, every piece of the plans kept with its door', async () => {
    const plans: any[] = await get('cut-plans');
    const patterns = await allPatterns(3);
    const stock = plans.reduce((s, p) => s + (p.kind === 'linear' ? p.plan.bars.length : p.plan.layouts.length), 0);
    expect(patterns.reduce((s, p) => s + p.count, 0)).toBe(stock);
    expect(patterns.length).toBeLessThan(stock);
    expect(patterns.map((p) => p.no)).toEqual(patterns.map((_, i) => i + 1));
    const inPlans = new Map<string, number>();
    for (const p of plans) {
      const ids =
        p.kind === 'linear'
          ? p.plan.bars.flatMap((b: any) => b.cuts.map((c: any) => c.id))
          : p.plan.layouts.flatMap((l: any) => l.placements.map((x: any) => x.id));
      for (const id of ids) inPlans.set(id, (inPlans.get(id) ?? 0) + 1);
    }
    const inPatterns = new Map<string, number>();
    for (const use of patterns.flatMap((p) => p.pieces.flatMap((piece: any) => piece.uses)))
      inPatterns.set(use.ref, (inPatterns.get(use.ref) ?? 0) + use.quantity);
    expect(inPatterns).toEqual(inPlans);
    const casing = patterns.find((p) => p.pieces.some((piece: any) => piece.endCuts?.end === 'mitre45'));
    expect(casing.pieces[0].uses[0]).toMatchObject({
      door: expect.stringMatching(/^SO-门-1-\d$/),
      room: expect.any(String),
    });
    const sheet = patterns.find((p) => p.kind === 'sheet');
    expect(sheet.cuts.map((c: any) => c.no)).toEqual(sheet.cuts.map((_: any, i: number) => i + 1));
  });

  it('draws each pattern: sheets with numbered cuts, trims and grain; bars with mitre marks', async () => {
    const patterns = await allPatterns();
    const sheet = patterns.find((p) => p.kind === 'sheet');
    const res = await download(`cut-patterns/${sheet.no}.svg`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('image/svg+xml');
    const svg = res.body.toString('utf8');
    expect(svg.match(/<g class="cut[^"]*" data-no="\d+">/g)).toHaveLength(sheet.cuts.length);
    expect(svg).toContain('>纹理</text>');
    expect(svg).toContain(`×${sheet.count}`);
    const casing = patterns.find((p) => p.pieces.some((piece: any) => piece.endCuts?.end === 'mitre45'));
    const bar = (await download(`cut-patterns/${casing.no}.svg`)).body.toString('utf8');
    expect(bar).toContain('class="mitre"');
    expect((await download(`cut-patterns/${patterns.length + 1}.svg`)).status).toBe(404);
    expect((await download('cut-patterns/x.svg')).status).toBe(400);
  });

  it('writes the cut list .xlsx with the JSON’s patterns, counts and sizes, and its pieces door by door', async () => {
    const patterns = await allPatterns();
    const res = await download('cut-patterns.xlsx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX);
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="cut-list-[0-9a-f]{8}\.xlsx"; filename\*=UTF-8''%E4%B8%8B%E6%96%99%E5%8D%95/,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as unknown as ArrayBuffer);
    const [sheet, pieces] = workbook.worksheets;
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    expect(rows.map((r) => [r[1], r[2], r[8]])).toEqual(patterns.map((p) => [p.no, p.material, p.count]));
    expect(rows.map((r) => r[6])).toEqual(patterns.map((p) => p.stockSize.join('×')));
    // no remnant in stock for this run: every pattern is new stock
    expect(patterns.every((p) => p.fromRemnant === null)).toBe(true);
    const pieceRows = pieces.getSheetValues().slice(2) as unknown[][];
    for (const p of patterns) {
      for (const piece of p.pieces) {
        const mine = pieceRows.filter((r) => r[1] === p.no && r[2] === piece.seq);
        expect(mine.reduce((s, r) => s + Number(r[15]), 0)).toBe(p.count);
        expect(new Set(mine.map((r) => r[4]))).toEqual(new Set([piece.length]));
      }
    }
  });

  it('writes 拆单明细 .xlsx: a sheet an order with every part of the run and its sizes, material and route', async () => {
    const parts: any[] = (await get('parts?limit=500', tokens.planner)).items;
    const res = await download('split-detail.xlsx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('拆单明细'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['SO-门-1']);
    const rows = (workbook.worksheets[0].getSheetValues().slice(3) as unknown[][]).filter((r) => r && r[6]);
    expect(rows.map((r) => [r[6], r[8], r[9], r[10], r[13]])).toEqual(
      parts.map((p) => [p.ref, p.material, p.length, p.width, p.quantity]),
    );
    expect(rows[0][17]).toBe(parts[0].route.join(' → '));
  });

  it('prints the patterns as an A4 PDF with Noto Sans SC embedded: page 1 renders, not blank, Chinese readable', async () => {
    const res = await download('cut-patterns.pdf');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('下料图'));
    const pdf = join(dir, 'patterns.pdf');
    writeFileSync(pdf, res.body);
    const fonts = execFileSync('pdffonts', [pdf]).toString();
    expect(fonts).toMatch(/NotoSansSC\S*\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    const text = execFileSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-']).toString();
    expect(text).toContain('下料图');
    expect(text).toMatch(/[横竖]套线|门板|门边/);
    execFileSync('pdftoppm', ['-r', '50', '-gray', '-f', '1', '-l', '1', pdf, join(dir, 'page')]);
    const { width, height, pixels } = pgmPixels(readFileSync(join(dir, 'page-1.pgm')));
    // A4 at 50 dpi: 413.4 × 584.7 px, rounded either way by poppler versions
    expect(Math.abs(width - 413.4)).toBeLessThan(1);
    expect(Math.abs(height - 584.7)).toBeLessThan(1);
    expect(pixels.length).toBe(width * height);
    const dark = pixels.reduce((n, v) => n + (v < 160 ? 1 : 0), 0) / pixels.length;
    expect(dark).toBeGreaterThan(0.01);
  });

  it('writes the saw part list: the documented header, and rows that add up to the sheet plans’ placements', async () => {
    const plans: any[] = await get('cut-plans');
    const res = await download('saw-parts.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const [header, ...rows] = res.body.toString('utf8').trimEnd().split('\r\n');
    expect(header).toBe(
      'Material;Thickness;Length;Width;Quantity;Grain;Label;Name;Order;Door;Room;Finish;EdgeL1;EdgeL2;EdgeW1;EdgeW2',
    );
    const placements = plans
      .filter((p) => p.kind === 'sheet')
      .flatMap((p) =>
        p.plan.layouts.flatMap((l: any) => l.placements.map((x: any) => ({ ...x, material: p.material }))),
      );
    expect(placements.length).toBeGreaterThan(0);
    const cells = rows.map((r) => r.split(';'));
    expect(cells.reduce((s, c) => s + Number(c[4]), 0)).toBe(placements.length);
    const parts = new Map<string, any>(
      (await get('parts?limit=500', tokens.planner)).items.map((p: any) => [p.ref, p]),
    );
    for (const c of cells) {
      const mine = placements.filter((x) => x.id === c[6] && x.material === c[0]);
      const sizes = mine.map((x) => (x.rotated ? [x.width, x.height] : [x.height, x.width]).join('×'));
      expect(sizes).toContain(`${c[2]}×${c[3]}`);
      expect(c[9]).toMatch(/^SO-门-1-\d$/);
      // none of these parts lies turned: Length is the part's length and the edges are the part's own
      const part = parts.get(c[6]);
      expect(part.grain).not.toBe('width');
      expect([c[2], c[5], ...c.slice(12)]).toEqual([
        String(part.length),
        part.grain === 'free' ? '0' : '1',
        ...(['L1', 'L2', 'W1', 'W2'] as const).map((e) => part.edgeBanding?.[e] ?? ''),
      ]);
    }
  });

  it('writes a part whose grain runs across it turned (Length = its width) with its long edges as the W edges', async () => {
    const parts: any[] = (
      await api.request('GET', `/api/v1/split-runs/${grainRunId}/parts?limit=500`, { token: tokens.planner })
    ).body.items.filter((p: any) => p.cutKind === 'sheet');
    expect(parts.length).toBeGreaterThan(0);
    const res = await download('saw-parts.csv', tokens.warehouse, grainRunId);
    expect(res.status).toBe(200);
    const cells = res.body
      .toString('utf8')
      .trimEnd()
      .split('\r\n')
      .slice(1)
      .map((r) => r.split(';'));
    expect(cells.map((c) => c[6]).sort()).toEqual(parts.map((p) => p.ref).sort());
    for (const part of parts) {
      const c = cells.find((row) => row[6] === part.ref)!;
      expect([part.grain, part.length, part.width, part.edgeBanding]).toEqual([
        'width',
        1100,
        500,
        { L1: EDGE_BAND, L2: EDGE_BAND },
      ]);
      // Length runs with the board's grain: the part's 500 mm width; its banded 1100 mm edges are the row's W edges
      expect([c[2], c[3], c[5], c[12], c[13], c[14], c[15]]).toEqual([
        '500',
        '1100',
        '1',
        '',
        '',
        EDGE_BAND,
        EDGE_BAND,
      ]);
      // a room that a spreadsheet would run as a formula is written as text
      expect(c[10]).toBe("'=1+2 主卧");
    }
  });

  it('exports a run that cuts remnants (余料) from stock: patterns name the item at its size in the JSON, xlsx and PDF', async () => {
    const created = async (path: string, body: unknown) => {
      const res = await api.request('POST', path, { token: tokens.warehouse, body });
      expect([path, res.status]).toEqual([path, 201]);
    };
    await created('/api/v1/locations', { code: 'R-01', nameZh: '余料架', nameEn: 'Remnant rack', type: 'storage' });
    for (const m of DEMO_MATERIALS.filter((x) => x.cutKind !== 'none')) {
      const [size] = m.stockSizes;
      const names = { code: m.code, nameZh: m.nameZh, nameEn: m.nameEn };
      await created(
        '/api/v1/items',
        m.cutKind === 'sheet'
          ? { ...names, kind: 'board', unit: 'sheet', width: size.width, length: size.length }
          : { ...names, kind: 'moulding', unit: 'piece', length: size.length },
      );
    }
    for (const body of [
      { material: 'CASING-60', length: 2400, quantity: 4 },
      { material: 'HDF-8', length: 2100, width: 1000, quantity: 2 },
    ])
      await created('/api/v1/stock/remnants', { scanId: randomUUID(), location: 'R-01', ...body });
    const order = await confirmedOrder(api, tokens.planner, 'SO-REM', [makeOrderLine({ quantity: 3 })]);
    const run = (
      await api.request('POST', '/api/v1/split-runs', { token: tokens.planner, body: { orderIds: [order] } })
    ).body.id;
    expect((await splitFinished(api, tokens.planner, run)).status).toBe('succeeded');

    const plans: any[] = (await api.request('GET', `/api/v1/split-runs/${run}/cut-plans`, { token: tokens.planner }))
      .body;
    const fromRemnants = plans
      .flatMap((p) => (p.kind === 'linear' ? p.plan.bars : p.plan.layouts))
      .filter((l) => l.ref);
    expect(fromRemnants.length).toBeGreaterThan(0);
    expect(fromRemnants.every((l: any) => l.stockIndex === -1)).toBe(true);
    const patterns: any[] = (
      await api.request('GET', `/api/v1/split-runs/${run}/cut-patterns?limit=500`, { token: tokens.planner })
    ).body.items;
    const remnantPatterns = patterns.filter((p) => p.fromRemnant !== null);
    // as many remnants cut as the plans cut, each pattern at its remnant's size, never mixed with new stock
    expect(remnantPatterns.reduce((s, p) => s + p.count, 0)).toBe(fromRemnants.length);
    for (const p of remnantPatterns) {
      const cut = p.repetitions.map((r: any) => {
        const plan = plans.find((x) => x.n === r.plan);
        return (plan.kind === 'linear' ? plan.plan.bars : plan.plan.layouts)[r.layout - 1];
      });
      expect(cut.every((l: any) => l.ref === p.fromRemnant)).toBe(true);
      expect(p.stockSize).toEqual(p.kind === 'linear' ? [2400] : [1000, 2100]);
    }

    const xlsx = await download('cut-patterns.xlsx', tokens.warehouse, run);
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const rows = workbook.worksheets[0].getSheetValues().slice(2) as unknown[][];
    expect(rows.map((r) => [r[1], r[6], r[7] ?? ''])).toEqual(
      patterns.map((p) => [p.no, p.stockSize.join('×'), p.fromRemnant ?? '']),
    );

    const res = await download('cut-patterns.pdf', tokens.warehouse, run);
    expect(res.status).toBe(200);
    const pdf = join(dir, 'remnants.pdf');
    writeFileSync(pdf, res.body);
    const text = execFileSync('pdftotext', ['-raw', pdf, '-']).toString().replace(/\s+/g, ' ');
    for (const p of remnantPatterns) {
      expect(text).toContain(`余料 remnant ${p.fromRemnant} ${p.stockSize.join('×')} mm`);
    }
    const svg = await download(`cut-patterns/${remnantPatterns[0].no}.svg`, tokens.warehouse, run);
    expect(svg.body.toString('utf8')).toContain(`余料 remnant ${remnantPatterns[0].fromRemnant}`);
  }, 60_000);

  it('lets the stores read what a run needs but not start one', async () => {
    for (const path of ['materials', 'cut-plans', 'cut-plans.csv', 'cut-plans/1.svg', 'cut-patterns']) {
      expect([path, (await download(path, tokens.warehouse)).status]).toEqual([path, 200]);
    }
    const refused = await api.request('POST', '/api/v1/split-runs', {
      token: tokens.warehouse,
      body: { orderIds: [] },
    });
    expect(refused.status).toBe(403);
    expect((await download('cut-patterns.pdf', tokens.packer)).status).toBe(403);
  });

  it('answers 404 for an unknown run and another factory’s, 409 for a failed run, 400 for a bad cursor or plan n', async () => {
    const paths = ['cut-patterns', 'cut-patterns.xlsx', 'cut-patterns.pdf', 'split-detail.xlsx', 'saw-parts.csv'];
    for (const path of paths) {
      const unknown = await api.request('GET', `/api/v1/split-runs/00000000-0000-4000-8000-000000000000/${path}`, {
        token: tokens.planner,
      });
      expect([path, unknown.status, unknown.headers.get('content-type')]).toEqual([
        path,
        404,
        expect.stringContaining('application/problem+json'),
      ]);
      expect([path, (await download(path, other.planner)).status]).toEqual([path, 404]);
      const failed = await api.request('GET', `/api/v1/split-runs/${failedRunId}/${path}`, { token: tokens.planner });
      expect([path, failed.status, failed.body.code, failed.body.params]).toEqual([
        path,
        409,
        'split_run.not_succeeded',
        { status: 'failed' },
      ]);
    }
    const cursor = await api.request('GET', `/api/v1/split-runs/${runId}/cut-patterns?cursor=nonsense`, {
      token: tokens.planner,
    });
    expect(cursor.status).toBe(400);
    expect(cursor.body.errors).toEqual([{ field: 'cursor', message: expect.any(String) }]);
    expect((await download('cut-plans/abc.svg')).status).toBe(400);
    expect((await download('cut-plans/999.svg')).status).toBe(404);
  });
});
