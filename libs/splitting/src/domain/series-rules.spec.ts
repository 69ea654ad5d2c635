import { resolveLine } from './door-line';
import { explodeLine, countPieces } from './explode';
import { packagesOf } from './packages';
import type { ComponentRule, ProductDefinition } from './product';
import { checkProduct } from './product-check';
import { doorFacts } from './product-program';
import type { SplitLine } from './split-plan';
import { mergeRoutes } from './work-orders';

/** A small series: every rule feature once, with numbers easy to follow by hand. */
const rule = (partial: Partial<ComponentRule> & Pick<ComponentRule, 'name' | 'material'>): ComponentRule => ({
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

const SERIES: ProductDefinition = {
  code: 'S-1',
  nameZh: '测试系列',
  nameEn: 'Test series',
  doorType: 'single',
  widthRange: { min: 600, max: 1600 },
  heightRange: { min: 1800, max: 2600 },
  wallThicknessRange: { min: 80, max: 300 },
  parameters: { jambT: 25, gap: 5, casingW: 60 },
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
    { name: 'floorT', labelZh: '地板厚', labelEn: 'Floor', type: 'number', unit: 'mm', min: 0, max: 30, default: 10 },
  ],
  derived: [
    { name: '门扇高', formula: 'H - jambT - gap - floorT' },
    { name: 'clearW', formula: 'W - 2*jambT' },
    { name: 'leafW', formula: "if(doorType == 'unequal_pair', clearW - MW - gap, clearW - 2*gap)" },
  ],
  tables: [
    {
      name: 'veneer',
      key: 'finish',
      rows: [
        { when: 'OAK', value: 'VENEER-OAK' },
        { when: 'WALNUT', value: 'VENEER-胡桃木' },
      ],
    },
    { name: 'hinges', key: 'doorType', rows: [{ when: 'unequal_pair', value: 6 }], default: 3 },
  ],
  components: [
    rule({ name: 'leaf', material: '{veneer}', length: '门扇高', width: 'leafW', leaf: 'each' }),
    rule({
      name: 'slave leaf',
      material: '{veneer}',
      length: '门扇高',
      width: 'MW',
      condition: "doorType == 'unequal_pair'",
      leaf: 'slave',
    }),
    rule({
      name: 'stile',
      material: 'LVL',
      length: '门扇高',
      width: '120',
      quantity: '2',
      cutKind: 'linear',
      grain: 'length',
      leaf: 'master',
      features: [
        { kind: 'hinge_pocket', quantity: 'hinges / 2', side: 'hinge' },
        { kind: 'lock_mortise', side: 'lock' },
      ],
      edgeBanding: { L1: 'EDGE-22', L2: 'EDGE-22' },
    }),
    rule({
      name: 'casing',
      material: 'CASING',
      length: 'H - jambT + casingW',
      width: 'casingW',
      quantity: '4',
      cutKind: 'linear',
      grain: 'length',
      packageGroup: 'casing',
      endCuts: { start: 'mitre45', end: 'square' },
      route: ['cutting', 'sanding', 'painting'],
    }),
    rule({
      name: 'transom',
      material: 'GLASS',
      condition: '顶窗',
      packageGroup: 'glass',
      length: 'clearW',
      width: '300',
    }),
    rule({ name: 'lock', material: 'LOCK-{hingeSide}', packageGroup: 'hardware', quantity: '1' }),
    rule({ name: 'hinge', material: 'HINGE', packageGroup: 'hardware', quantity: 'hinges' }),
    rule({ name: 'veneer glue', material: 'GLUE', packageGroup: 'none' }),
  ],
};

const entry = (overrides: Partial<Parameters<typeof resolveLine>[1]> = {}) =>
  resolveLine(SERIES, {
    width: 900,
    height: 2100,
    wallThickness: 120,
    quantity: 1,
    finish: 'OAK',
    swing: '左内开',
    ...overrides,
  });

const parts = (overrides: Partial<Parameters<typeof resolveLine>[1]> = {}) => {
  const { door, problems } = entry(overrides);
  expect(problems).toEqual([]);
  return new Map(explodeLine(SERIES, door).map((p) => [p.component, p]));
};

describe('door series rules', () => {
  it('is a valid definition', () => {
    expect(checkProduct(SERIES)).toEqual([]);
  });

  it('typed inputs: defaults fill in, labels and dealer words are read, ranges and types are refused by field', () => {
    expect(entry().door.options).toEqual({ doorType: 'single', 顶窗: false, floorT: 10 });
    expect(entry({ options: { doorType: '子母门', 顶窗: '是', floorT: '15' }, masterWidth: 500 }).door.options).toEqual(
      {
        doorType: 'unequal_pair',
        顶窗: true,
        floorT: 15,
      },
    );
    const { problems } = entry({ options: { doorType: '推拉', 顶窗: 'maybe', floorT: 31, colour: 'x' } });
    expect(problems.map((p) => p.field).sort()).toEqual([
      'options.colour',
      'options.doorType',
      'options.floorT',
      'options.顶窗',
    ]);
    expect(problems.find((p) => p.field === 'options.floorT')?.message).toMatch(/0–30 mm/);
  });

  it('derived variables are computed once and read by every rule (Chinese names too)', () => {
    const single = parts({ options: { floorT: 8 } });
    // 门扇高 = 2100 − 25 − 5 − 8 = 2062; leafW = (900 − 50) − 10 = 840
    expect(single.get('leaf')).toMatchObject({ length: 2062, width: 840 });
    expect(single.get('stile')).toMatchObject({ length: 2062, width: 120, quantity: 2 });
  });

  it('conditions: a part, a quantity and a material depend on inputs', () => {
    const single = parts();
    expect(single.has('slave leaf')).toBe(false);
    expect(single.has('transom')).toBe(false);
    expect(single.get('hinge')?.perDoor).toBe(3);
    const pair = parts({ options: { doorType: 'unequal_pair', 顶窗: true }, masterWidth: 550 });
    // leafW = 850 − 550 − 5 = 295; the slave leaf is as wide as MW
    expect(pair.get('leaf')).toMatchObject({ width: 295 });
    expect(pair.get('slave leaf')).toMatchObject({ width: 550 });
    expect(pair.get('transom')).toMatchObject({ length: 850, width: 300, material: 'GLASS' });
    expect(pair.get('hinge')?.perDoor).toBe(6);
  });

  it('tables choose a material by the finish; a finish the table lacks is the line’s finish field', () => {
    expect(parts({ finish: 'WALNUT' }).get('leaf')?.material).toBe('VENEER-胡桃木');
    const { problems } = entry({ finish: 'PINK' });
    expect(problems).toEqual([{ field: 'finish', message: expect.stringMatching(/PINK.*veneer/) }]);
  });

  it('handing: hinge and lock features and the handed lock follow the hinge side', () => {
    const left = parts({ swing: '左内开' });
    expect(left.get('lock')).toMatchObject({ material: 'LOCK-left', handing: 'left-in' });
    expect(left.get('stile')?.features).toEqual([
      // hinges / 2 = 3 / 2 = 1.5 pockets per stile, rounded to 2
      { kind: 'hinge_pocket', quantity: 2, side: 'left' },
      { kind: 'lock_mortise', quantity: 1, side: 'right' },
    ]);
    const right = parts({ swing: 'right-out' });
    expect(right.get('lock')?.material).toBe('LOCK-right');
    expect(right.get('stile')?.features.map((f) => f.side)).toEqual(['right', 'left']);
    expect(entry({ swing: '左开' }).problems[0]).toMatchObject({ field: 'swing' });
  });

  it('part attributes: end cuts, edge banding per edge', () => {
    const all = parts();
    expect(all.get('casing')).toMatchObject({ endCuts: { start: 'mitre45', end: 'square' }, length: 2135 });
    expect(all.get('stile')?.edgeBanding).toEqual({ L1: 'EDGE-22', L2: 'EDGE-22' });
    expect(all.get('leaf')?.endCuts).toBeNull();
  });

  it('packages by leaf: a 子母门 ships each leaf in its own package, described as the packer sees it', () => {
    const { door } = entry({ options: { doorType: 'unequal_pair', 顶窗: true }, masterWidth: 550, quantity: 2 });
    const specs = explodeLine(SERIES, door);
    const line: SplitLine = {
      orderId: 'o',
      orderNo: 'SO-1',
      lineId: 'l',
      lineNo: 1,
      product: SERIES,
      productVersion: 1,
      door,
    };
    const packages = packagesOf(line, specs, doorFacts(SERIES, door));
    const first = packages.filter((p) => p.doorNo === 1);
    expect(first.map((p) => [p.k, p.n, p.group, p.leafNo, p.contents[0].item])).toEqual([
      [1, 5, 'leaf', 1, '母门扇'],
      [2, 5, 'leaf', 2, '子门扇'],
      [3, 5, 'casing', null, '门套线'],
      [4, 5, 'hardware', null, '五金包'],
      [5, 5, 'glass', null, '玻璃'],
    ]);
    // the master leaf holds the stiles and the one piece of the shared `each` part (1 piece over 2 leaves: the
    // first leaf takes the remainder); the slave leaf holds its own part
    expect(first[0].parts).toEqual([
      { component: 'leaf', quantity: 1 },
      { component: 'stile', quantity: 2 },
    ]);
    expect(first[1].parts).toEqual([{ component: 'slave leaf', quantity: 1 }]);
    expect(first[2].contents[0]).toEqual({ item: '门套线', itemEn: 'casing', quantity: 4, unit: '根' });
    expect(packages.every((p) => p.handing === 'left-in')).toBe(true);
    expect(packages.filter((p) => p.doorNo === 2)).toHaveLength(5);
    expect(packages.some((p) => p.parts.some((part) => part.component === 'veneer glue'))).toBe(false);
  });

  it('counts pieces through inputs, derived variables and tables', () => {
    const single = entry().door;
    const pair = entry({ options: { doorType: 'unequal_pair' }, masterWidth: 550 }).door;
    const one = (door: typeof single) => explodeLine(SERIES, door).reduce((s, p) => s + p.quantity, 0);
    expect(
      countPieces([
        { product: SERIES, door: single },
        { product: SERIES, door: pair },
      ]),
    ).toBe(one(single) + one(pair));
  });
});

describe('routes and processes', () => {
  it('keep each route’s own order; the factory order breaks ties and cycles', () => {
    expect(
      mergeRoutes(
        [
          ['cutting', 'pressing', 'curing', 'trimming'],
          ['cutting', 'sanding'],
        ],
        ['cutting', 'sanding', 'pressing', 'curing', 'trimming'],
      ),
    ).toEqual(['cutting', 'sanding', 'pressing', 'curing', 'trimming']);
    // 养生 after 冷压 even though the factory lists it first
    expect(mergeRoutes([['冷压', '养生']], ['养生', '冷压'])).toEqual(['冷压', '养生']);
    expect(
      mergeRoutes(
        [
          ['a', 'b'],
          ['b', 'a'],
        ],
        ['b', 'a'],
      ),
    ).toEqual(['b', 'a']);
  });

  it('a route names the factory’s active processes only, each once', () => {
    const model = {
      ...SERIES,
      components: [rule({ name: 'p', material: 'M', route: ['cutting', '养生', 'cutting'] })],
    };
    const problems = checkProduct(model, { processes: new Set(['cutting']) });
    expect(problems.map((p) => p.field)).toEqual(['components[0].route[1]', 'components[0].route[2]']);
  });
});

describe('bad definitions name the rule, field and position', () => {
  const problemsOf = (patch: Partial<ProductDefinition>, context = {}) =>
    checkProduct({ ...SERIES, ...patch }, context);

  it('a cycle between derived variables', () => {
    const problems = problemsOf({
      derived: [
        { name: 'a', formula: 'b + 1' },
        { name: 'b', formula: 'a * 2' },
      ],
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ field: 'derived[0].formula', message: expect.stringContaining('a → b → a') }),
    );
  });

  it('a condition on an unknown input', () => {
    const components = [rule({ name: 'x', material: 'M', condition: 'glass == 1' })];
    expect(problemsOf({ components })).toEqual([
      expect.objectContaining({ field: 'components[0].condition', rule: 'x', position: 1 }),
    ]);
  });

  it('an enum value not declared, in a condition and in a table', () => {
    const components = [rule({ name: 'x', material: 'M', condition: "doorType == 'double'" })];
    expect(problemsOf({ components })).toEqual([
      expect.objectContaining({ field: 'components[0].condition', rule: 'x', position: 13 }),
    ]);
    const tables = [{ name: 't', key: 'doorType', rows: [{ when: 'sliding', value: 1 }] }];
    expect(problemsOf({ tables, components })).toContainEqual(
      expect.objectContaining({ field: 'tables[0].rows[0].when' }),
    );
    const inputs = [
      ...(SERIES.inputs ?? []),
      { name: 'k', labelZh: 'k', labelEn: 'k', type: 'enum' as const, options: [], default: 'x' },
    ];
    expect(problemsOf({ inputs }).map((p) => p.field)).toEqual(['inputs[3].options', 'inputs[3].default']);
  });

  it('a unit mismatch between a rule and its material', () => {
    const materials = new Map([
      ['LVL', { cutKind: 'sheet' as const, unit: 'm2' }],
      ['EDGE-22', { cutKind: 'none' as const, unit: 'pcs' }],
    ]);
    const fields = problemsOf({}, { materials }).map((p) => p.field);
    expect(fields).toEqual(['components[2].material', 'components[2].edgeBanding.L1', 'components[2].edgeBanding.L2']);
  });

  it('text where a number is needed, and names that collide', () => {
    const components = [rule({ name: 'x', material: 'M', length: 'finish' })];
    expect(problemsOf({ components })).toEqual([expect.objectContaining({ field: 'components[0].length' })]);
    const derived = (extra: { name: string; formula: string }) => [...(SERIES.derived ?? []), extra];
    expect(problemsOf({ derived: derived({ name: 'W', formula: '1' }) }).map((p) => p.field)).toEqual([
      'derived[3].name',
    ]);
    expect(problemsOf({ derived: derived({ name: 'jambT', formula: '1' }) }).map((p) => p.field)).toEqual([
      'derived[3].name',
    ]);
  });
});

describe('definitions that would only fail later are refused when saved (review findings)', () => {
  const fieldsOf = (patch: Partial<ProductDefinition>) => checkProduct({ ...SERIES, ...patch }).map((p) => p.field);

  it('a table keyed on a yes/no or number input matches as numbers; a table with nothing is refused', () => {
    const tables = [
      ...(SERIES.tables ?? []),
      { name: 'transomGlass', key: '顶窗', rows: [{ when: '是', value: 'GLASS-5' }], default: 'NONE' },
      { name: 'floorGap', key: 'floorT', rows: [{ when: '10.0', value: 12 }], default: 8 },
    ];
    const components = [...SERIES.components, rule({ name: 'glass', material: '{transomGlass}', length: 'floorGap' })];
    const model = { ...SERIES, tables, components };
    expect(checkProduct(model)).toEqual([]);
    const { door } = resolveLine(model, {
      width: 900,
      height: 2100,
      wallThickness: 120,
      quantity: 1,
      finish: 'OAK',
      swing: 'left-in',
      options: { 顶窗: true },
    });
    expect(explodeLine(model, door).find((p) => p.component === 'glass')).toMatchObject({
      material: 'GLASS-5',
      length: 12,
    });
    expect(
      fieldsOf({ tables: [...(SERIES.tables ?? []), { name: 'x', key: 'floorT', rows: [{ when: 'ten', value: 1 }] }] }),
    ).toEqual(['tables[2].rows[0].when']);
    expect(fieldsOf({ tables: [...(SERIES.tables ?? []), { name: 'x', key: 'finish', rows: [] }] })).toEqual([
      'tables[2].rows',
    ]);
  });

  it('enum options that a dealer could not tell apart, or a blank value', () => {
    const inputs = [
      ...(SERIES.inputs ?? []),
      {
        name: 'glass',
        labelZh: '玻璃',
        labelEn: 'Glass',
        type: 'enum' as const,
        options: [
          { value: 'A', labelZh: '同', labelEn: 'clear' },
          { value: 'a', labelZh: '同', labelEn: 'frosted' },
          { value: ' ', labelZh: '空', labelEn: 'none' },
        ],
      },
    ];
    expect(fieldsOf({ inputs })).toEqual([
      'inputs[3].options[1].value',
      'inputs[3].options[1].labelZh',
      'inputs[3].options[2].value',
    ]);
  });

  it('edge-band placeholders, leaves that are text, reserved names, one material cut two ways', () => {
    const withBand = [...SERIES.components];
    withBand[2] = { ...withBand[2], edgeBanding: { L1: 'EDGE-{nope}' } };
    expect(fieldsOf({ components: withBand })).toEqual(['components[2].edgeBanding.L1']);
    expect(fieldsOf({ derived: [...(SERIES.derived ?? []), { name: 'leaves', formula: "'two'" }] })).toEqual([
      'derived[3].formula',
    ]);
    expect(fieldsOf({ parameters: { ...SERIES.parameters, leaves: 9 } })).toEqual(['parameters.leaves']);
    expect(fieldsOf({ parameters: { ...SERIES.parameters, constructor: 1 } })).toEqual(['parameters.constructor']);
    expect(fieldsOf({ derived: [...(SERIES.derived ?? []), { name: 'true', formula: '1' }] })).toEqual([
      'derived[3].name',
    ]);
    const twoWays = [...SERIES.components, rule({ name: 'lvl offcut', material: 'LVL', cutKind: 'none' })];
    expect(fieldsOf({ components: twoWays })).toEqual([`components[${SERIES.components.length}].cutKind`]);
  });

  it('a fractional part quantity is refused, not rounded away; true and false read as 1 and 0', () => {
    const components = [...SERIES.components, rule({ name: 'paint', material: 'PAINT', quantity: '0.3' })];
    const { problems } = resolveLine(
      { ...SERIES, components },
      {
        width: 900,
        height: 2100,
        wallThickness: 120,
        quantity: 1,
        finish: 'OAK',
        swing: 'left-in',
      },
    );
    expect(problems).toEqual([
      expect.objectContaining({ field: 'quantity', rule: 'paint', message: expect.stringMatching(/whole number/) }),
    ]);
    const transom = [...SERIES.components];
    transom[4] = { ...transom[4], condition: '顶窗 == true' };
    expect(checkProduct({ ...SERIES, components: transom })).toEqual([]);
    expect(parts({ options: { 顶窗: true } }).has('transom')).toBe(true);
  });
});

describe('a cycle is reported once', () => {
  it('names the cycle, and the formulas that read its names are not called unknown', () => {
    const derived = [...(SERIES.derived ?? [])];
    derived[1] = { name: 'clearW', formula: 'clearW + 1' };
    const problems = checkProduct({ ...SERIES, derived });
    expect(problems).toEqual([
      expect.objectContaining({ field: 'derived[1].formula', message: expect.stringContaining('clearW → clearW') }),
    ]);
  });

  it('a single door’s parts belong to no master or slave leaf', () => {
    expect(parts().get('stile')?.leaf).toBeNull();
    expect(parts({ options: { doorType: 'unequal_pair' }, masterWidth: 550 }).get('stile')?.leaf).toBe('master');
  });
});
