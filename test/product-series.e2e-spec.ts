import { createTestDatabase, TestDatabase, testRuntime } from '@mendao/platform/testing';
import { TestApi } from './support/api';
import { splitFinished } from './support/splitting';

type Body = Record<string, any>;

/**
 * Issue 14: a door series over HTTP — a model with inputs, derived variables, a table and conditions; refused
 * definitions name the rule, field and position and save nothing; order lines carry input values and a handing
 * in dealers' words; the split gives handed parts and a package per leaf.
 */
describe('door series (issue 14)', () => {
  let db: TestDatabase;
  let api: TestApi;
  let tokens: Record<string, string>;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await TestApi.start(testRuntime(db.url));
    tokens = (await api.factoryWithUsers('SERIES', ['admin', 'planner', 'warehouse'])).tokens;
    for (const material of [
      {
        code: 'LVL-40',
        nameZh: 'LVL',
        nameEn: 'LVL',
        cutKind: 'linear',
        unit: 'm',
        stockLength: 2700,
        profile: 'rip',
        thickness: 40,
        kerf: 4,
        minRemnant: 300,
      },
      {
        code: 'HDF-8',
        nameZh: '高密度板',
        nameEn: 'HDF',
        cutKind: 'sheet',
        unit: 'm2',
        sheetWidth: 1220,
        sheetLength: 2440,
        kerf: 4,
      },
      { code: 'VENEER-胡桃木', nameZh: '胡桃木皮', nameEn: 'Walnut veneer', cutKind: 'none', unit: 'm2' },
    ]) {
      const res = await call('POST', '/api/v1/materials', material);
      expect(res.status).toBe(201);
    }
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  function call(method: string, path: string, body?: unknown, token: string = tokens.planner) {
    return api.request(method, path, { token, body });
  }

  const rule = (partial: Body): Body => ({
    kind: 'other',
    length: '0',
    width: '0',
    thickness: '0',
    quantity: '1',
    cutKind: 'none',
    grain: 'free',
    route: ['cutting'],
    packageGroup: 'leaf',
    ...partial,
  });

  const series = (): Body => ({
    code: 'SER-1',
    nameZh: '平板系列',
    nameEn: 'Flat series',
    doorType: 'single',
    widthRange: { min: 600, max: 1600 },
    heightRange: { min: 1800, max: 2600 },
    wallThicknessRange: { min: 80, max: 300 },
    parameters: { jambT: 25, gap: 3 },
    inputs: [
      {
        name: 'doorType',
        labelZh: '门类型',
        labelEn: 'Door type',
        type: 'enum',
        options: [
          { value: 'single', labelZh: '单开', labelEn: 'Single' },
          { value: 'unequal_pair', labelZh: '子母门', labelEn: 'Unequal pair' },
        ],
        default: 'single',
      },
      { name: '顶窗', labelZh: '顶窗', labelEn: 'Transom', type: 'boolean', default: false },
    ],
    derived: [
      { name: '门扇高', formula: 'H - jambT - gap - 8' },
      { name: 'leafW', formula: "if(doorType == 'unequal_pair', W - 2*jambT - 2*gap - 4 - MW, W - 2*jambT - 2*gap)" },
    ],
    tables: [{ name: 'veneer', key: 'finish', rows: [{ when: 'WALNUT', value: 'VENEER-胡桃木' }] }],
    components: [
      rule({
        name: '门边 stile',
        kind: 'stile',
        material: 'LVL-40',
        length: '门扇高',
        width: '120',
        thickness: '40',
        quantity: "if(doorType == 'unequal_pair', 4, 2)",
        cutKind: 'linear',
        grain: 'length',
        route: ['cutting', 'pressing', 'edge_banding'],
        leaf: 'each',
        features: [{ kind: 'hinge_pocket', quantity: '3', side: 'hinge' }],
      }),
      rule({
        name: '母门板 master skin',
        kind: 'skin',
        material: 'HDF-8',
        length: '门扇高',
        width: 'leafW',
        thickness: '8',
        quantity: '2',
        cutKind: 'sheet',
        leaf: 'master',
      }),
      rule({
        name: '子门板 slave skin',
        kind: 'skin',
        material: 'HDF-8',
        length: '门扇高',
        width: 'MW',
        thickness: '8',
        quantity: '2',
        cutKind: 'sheet',
        condition: "doorType == 'unequal_pair'",
        leaf: 'slave',
      }),
      rule({
        name: '木皮 veneer',
        material: '{veneer}',
        length: '门扇高',
        width: 'W',
        quantity: '2',
        packageGroup: 'none',
        route: ['veneering'],
      }),
      rule({
        name: '顶窗玻璃 transom',
        kind: 'glass',
        material: 'GLASS',
        condition: '顶窗',
        packageGroup: 'glass',
        route: ['packing'],
      }),
      rule({
        name: '锁 lock',
        kind: 'hardware',
        material: 'LOCK-{hingeSide}',
        packageGroup: 'hardware',
        route: ['packing'],
      }),
    ],
  });

  it('saves a series and reads it back with its inputs, derived variables and tables', async () => {
    const created = await call('POST', '/api/v1/products', series());
    expect(created.status).toBe(201);
    const read = await call('GET', '/api/v1/products/SER-1');
    expect(read.body).toMatchObject({
      version: 1,
      inputs: series().inputs,
      derived: series().derived,
      tables: series().tables,
    });
  });

  describe('refuses a bad definition with 422 naming the rule, field and position, and saves nothing', () => {
    const refused = async (patch: (model: Body) => void, expected: Body) => {
      const model = series();
      model.code = 'SER-BAD';
      patch(model);
      const res = await call('POST', '/api/v1/products', model);
      expect(res.status).toBe(422);
      expect(res.body.errors).toContainEqual(expect.objectContaining(expected));
      expect((await call('GET', '/api/v1/products/SER-BAD')).status).toBe(404);
      return res.body;
    };

    it('a cycle between derived variables', async () => {
      const body = await refused(
        (m) => m.derived.push({ name: 'a', formula: 'b + 1' }, { name: 'b', formula: 'a * 2' }),
        { field: 'derived[2].formula', message: expect.stringContaining('a → b → a') },
      );
      expect(body.type).toMatch(/product\.definition_invalid/);
    });

    it('a condition on an unknown input', async () => {
      const body = await refused((m) => (m.components[1].condition = 'glass == 1'), {
        field: 'components[1].condition',
        rule: '母门板 master skin',
        position: 1,
      });
      expect(body).toMatchObject({ rule: '母门板 master skin', field: 'components[1].condition', position: 1 });
    });

    it('an enum value not declared', async () => {
      await refused((m) => (m.components[2].condition = "doorType == 'sliding'"), {
        field: 'components[2].condition',
        rule: '子门板 slave skin',
        position: 13,
      });
      await refused((m) => (m.inputs[0].default = 'double'), { field: 'inputs[0].default' });
    });

    it('a unit mismatch between a rule and its material', async () => {
      await refused((m) => (m.components[1].material = 'LVL-40'), {
        field: 'components[1].material',
        rule: '母门板 master skin',
        message: expect.stringMatching(/unit mismatch/),
      });
    });

    it('a route naming a process the factory does not have', async () => {
      await refused((m) => (m.components[0].route = ['cutting', '雕刻']), { field: 'components[0].route[1]' });
    });

    it('a malformed input (400 naming the field)', async () => {
      const model = series();
      model.code = 'SER-BAD';
      model.inputs[0].type = 'colour';
      const res = await call('POST', '/api/v1/products', model);
      expect(res.status).toBe(400);
      expect(res.body.errors).toContainEqual(expect.objectContaining({ field: 'inputs[0].type' }));
    });
  });

  describe('order lines', () => {
    const line = (patch: Body = {}): Body => ({
      productCode: 'SER-1',
      width: 1200,
      height: 2100,
      wallThickness: 120,
      swing: '左内开',
      finish: 'WALNUT',
      quantity: 1,
      ...patch,
    });

    it('refuse a handing, input value or finish the model cannot take, naming each field at once', async () => {
      const res = await call('POST', '/api/v1/orders', {
        orderNo: 'SER-BAD-1',
        customer: '客户',
        lines: [
          line({ swing: '左开' }),
          line({ options: { doorType: '推拉', colour: 'red' } }),
          line({ finish: 'PINK' }),
          line({ options: { doorType: 'unequal_pair' } }),
          // a wrong handing and a wrong finish on one line: both reported, not the second on the next try
          line({ swing: '内开', finish: 'PINK' }),
        ],
      });
      expect(res.status).toBe(422);
      expect(res.body.errors.map((e: Body) => e.field).sort()).toEqual([
        'lines[0].swing',
        'lines[1].options.colour',
        'lines[1].options.doorType',
        'lines[2].finish',
        'lines[3].masterWidth',
        'lines[4].finish',
        'lines[4].swing',
      ]);
      expect((await call('GET', '/api/v1/orders/SER-BAD-1')).status).toBe(404);
    });

    it('refuse an option value with a control character (400 naming it) and store nothing', async () => {
      const res = await call('POST', '/api/v1/orders', {
        orderNo: 'SER-BAD-2',
        customer: '客户',
        lines: [line({ options: { doorType: 'single\u0000' } })],
      });
      expect(res.status).toBe(400);
      expect(res.body.errors).toContainEqual(expect.objectContaining({ field: 'lines[0].options.doorType' }));
      expect((await call('GET', '/api/v1/orders/SER-BAD-2')).status).toBe(404);
    });

    it('store the handing as a code and the inputs resolved; the split gives handed parts and a package per leaf', async () => {
      const created = await call('POST', '/api/v1/orders', {
        orderNo: 'SER-1-1',
        customer: '客户',
        lines: [
          line({ options: { doorType: '子母门', 顶窗: '是' }, masterWidth: 400 }),
          line({ swing: 'right-out', width: 900 }),
        ],
      });
      expect(created.status).toBe(201);
      expect(created.body.lines.map((l: Body) => [l.swing, l.options])).toEqual([
        ['left-in', { doorType: 'unequal_pair', 顶窗: true }],
        ['right-out', { doorType: 'single', 顶窗: false }],
      ]);
      expect((await call('POST', `/api/v1/orders/${created.body.id}/confirm`)).status).toBe(200);
      const run = await call('POST', '/api/v1/split-runs', { orderIds: ['SER-1-1'] });
      expect(run.status).toBe(202);
      const finished = await splitFinished(api, tokens.planner, run.body.id);
      expect(finished).toMatchObject({ status: 'succeeded' });
      // LVL-40 keeps offcuts of 300 mm and more (余料): the stiles leave some; HDF-8 keeps none
      expect(finished.summary.remnants).toEqual([
        { material: 'LVL-40', pieces: expect.any(Number), length: expect.any(Number), area: 0 },
      ]);
      expect(finished.summary.remnants[0].pieces).toBeGreaterThan(0);
      expect(finished.summary.remnants[0].length).toBeGreaterThanOrEqual(300 * finished.summary.remnants[0].pieces);

      const parts: Body[] = (await call('GET', `/api/v1/split-runs/${run.body.id}/parts?limit=500`)).body.items;
      const of = (lineNo: number, component: string) =>
        parts.find((p) => p.ref.startsWith(`SER-1-1-${lineNo}-`) && p.component === component);
      // 子母门 1200 wide, MW 400: master leaf 1200 − 50 − 6 − 4 − 400 = 740; leaf height 2100 − 25 − 3 − 8 = 2064
      expect(of(1, '母门板 master skin')).toMatchObject({ width: 740, length: 2064, quantity: 2, handing: 'left-in' });
      expect(of(1, '子门板 slave skin')).toMatchObject({ width: 400, quantity: 2 });
      expect(of(1, '门边 stile')).toMatchObject({
        quantity: 4,
        features: [{ kind: 'hinge_pocket', quantity: 3, side: 'left' }],
      });
      expect(of(1, '顶窗玻璃 transom')).toBeDefined();
      expect(of(1, '锁 lock')).toMatchObject({ material: 'LOCK-left' });
      expect(of(1, '木皮 veneer')).toMatchObject({ material: 'VENEER-胡桃木' });
      expect(of(2, '子门板 slave skin')).toBeUndefined();
      expect(of(2, '锁 lock')).toMatchObject({ material: 'LOCK-right', handing: 'right-out' });
      expect(of(2, '门边 stile')?.features).toEqual([{ kind: 'hinge_pocket', quantity: 3, side: 'right' }]);

      const packages: Body[] = (await call('GET', `/api/v1/split-runs/${run.body.id}/packages?limit=500`)).body.items;
      // a door's packages by line and door (k of n), whatever their codes
      const door = (lineNo: number, doorNo: number) => {
        const lineId = created.body.lines.find((l: Body) => l.lineNo === lineNo).id;
        return packages.filter((p) => p.lineId === lineId && p.doorNo === doorNo).sort((x, y) => x.k - y.k);
      };
      const pair = door(1, 1);
      expect(pair.map((p) => [p.k, p.n, p.packageGroup, p.leafNo, p.contents[0].item, p.handing])).toEqual([
        [1, 4, 'leaf', 1, '母门扇', 'left-in'],
        [2, 4, 'leaf', 2, '子门扇', 'left-in'],
        [3, 4, 'hardware', null, '五金包', 'left-in'],
        [4, 4, 'glass', null, '玻璃', 'left-in'],
      ]);
      expect(pair[0].parts).toEqual([
        { component: '门边 stile', quantity: 2 },
        { component: '母门板 master skin', quantity: 2 },
      ]);
      expect(pair[1].parts).toEqual([
        { component: '门边 stile', quantity: 2 },
        { component: '子门板 slave skin', quantity: 2 },
      ]);
      // a single door: one leaf package
      expect(door(2, 1).map((p) => p.packageGroup)).toEqual(['leaf', 'hardware']);
    });
  });
});
