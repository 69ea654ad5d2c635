import { DEMO_MATERIALS, DEMO_PRODUCTS } from './demo-catalogue';
import { DEMO_PROCESS_ORDER, DEMO_PROCESSES } from './demo-processes';
import { resolveLine, type LineInput } from './door-line';
import { explodeLine, type PartSpec } from './explode';
import { packagesOf } from './packages';
import type { ProductDefinition } from './product';
import { checkProduct } from './product-check';
import { doorFacts } from './product-program';
import type { MaterialSpec } from './material';
import { DEFAULT_PROCESSES } from './processes';
import { planSplit, type SplitLine } from './split-plan';
import { mergeRoutes } from './work-orders';

const LVL01 = DEMO_PRODUCTS.find((p) => p.code === 'PD-LVL01') as ProductDefinition;
const MY01 = DEMO_PRODUCTS.find((p) => p.code === 'PD-MY01') as ProductDefinition;

function split(product: ProductDefinition, line: Omit<LineInput, 'quantity'> & { quantity?: number }) {
  const { door, problems } = resolveLine(product, { quantity: 1, ...line });
  expect(problems).toEqual([]);
  const parts = explodeLine(product, door);
  const packages = packagesOf(
    { orderId: 'o1', orderNo: 'SO-1', lineId: 'l1', lineNo: 1, product, productVersion: 1, door },
    parts,
    doorFacts(product, door),
  );
  return { parts, packages };
}

/** component → [material, length, width, thickness, pieces per door] */
function sizes(parts: PartSpec[]): Record<string, [string, number, number, number, number]> {
  return Object.fromEntries(parts.map((p) => [p.component, [p.material, p.length, p.width, p.thickness, p.perDoor]]));
}

const part = (parts: PartSpec[], component: string): PartSpec => {
  const found = parts.find((p) => p.component === component);
  if (!found) throw new Error(`no part ${component}`);
  return found;
};

/** Each package as `group[leaf]: component ×n, …`. */
const boxes = (packages: ReturnType<typeof packagesOf>, doorNo = 1) =>
  packages
    .filter((p) => p.doorNo === doorNo)
    .map(
      (p) =>
        `${p.k}/${p.n} ${p.group}${p.leafNo === null ? '' : `[${p.leafNo}]`}: ${p.parts.map((x) => `${x.component} ×${x.quantity}`).join(', ')}`,
    );

describe('DEMO_PRODUCTS', () => {
  it('pass the rule checks against the demo materials and the demo factory processes', () => {
    const processes = new Set([...DEFAULT_PROCESSES, ...DEMO_PROCESSES].map((p) => p.code));
    const materials = new Map(DEMO_MATERIALS.map((m) => [m.code, { cutKind: m.cutKind, unit: m.unit }]));
    expect(DEMO_PRODUCTS.map((p) => p.code)).toEqual(['PD-LVL01', 'PD-MY01']);
    for (const p of DEMO_PRODUCTS) expect(checkProduct(p, { processes, materials })).toEqual([]);
  });

  it('route every leaf piece 开料 → 冷压 → 养生 → 精裁 → 封边 and only veneer through 贴皮', () => {
    const { parts } = split(LVL01, { width: 900, height: 2100, wallThickness: 120, finish: 'WHITE', swing: 'left-in' });
    expect(part(parts, '门边(合页侧) hinge stile').route.slice(0, 5)).toEqual([
      'cutting',
      'pressing',
      'curing',
      'trimming',
      'edge_banding',
    ]);
    // a painted door has no veneer, so nothing of its leaf goes to 贴皮
    expect(parts.filter((p) => p.packageGroup === 'leaf').some((p) => p.route.includes('veneering'))).toBe(false);
    // the moulded series assembles its frame (组框) before pressing
    const moulded = split(MY01, { width: 900, height: 2100, wallThickness: 120, finish: 'WHITE', swing: 'left-in' });
    expect(part(moulded.parts, '上帽头 top rail').route.slice(0, 3)).toEqual(['cutting', 'framing', 'pressing']);
  });

  it('have routes that agree on one process order, so every part keeps its own route in the run', () => {
    for (const product of DEMO_PRODUCTS) {
      const routes = product.components.map((c) => c.route);
      // no factory order to break ties: only the routes decide
      const merged = mergeRoutes(routes, []);
      for (const route of routes) {
        const places = route.map((p) => merged.indexOf(p));
        expect(places).toEqual([...places].sort((x, y) => x - y));
      }
    }
    expect(
      mergeRoutes(
        LVL01.components.map((c) => c.route),
        DEMO_PROCESS_ORDER,
      ),
    ).toEqual([
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
    expect(
      mergeRoutes(
        MY01.components.map((c) => c.route),
        DEMO_PROCESS_ORDER,
      ),
    ).toEqual([
      'cutting',
      'framing',
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
  });
});

describe('a run over every door type of the demo series', () => {
  const materials = new Map<string, MaterialSpec>(
    DEMO_MATERIALS.map((m) => [
      m.code,
      {
        code: m.code,
        cutKind: m.cutKind,
        unit: m.unit,
        profile: m.profile ?? null,
        width: m.width ?? null,
        thickness: m.thickness,
        stockSizes: m.stockSizes,
        kerf: m.kerf,
        trim: m.trim,
      },
    ]),
  );
  const lines: [ProductDefinition, LineInput][] = [
    [LVL01, { width: 900, height: 2100, wallThickness: 120, quantity: 3, finish: 'OAK', swing: '左内开' }],
    [
      LVL01,
      {
        width: 1000,
        height: 2600,
        wallThickness: 150,
        quantity: 1,
        finish: 'WHITE',
        swing: 'right-in',
        options: { transom: true, floorT: 12 },
      },
    ],
    [
      LVL01,
      {
        width: 1500,
        height: 2100,
        wallThickness: 200,
        quantity: 2,
        finish: 'GREY',
        swing: '右外开',
        options: { doorType: 'double' },
      },
    ],
    [
      LVL01,
      {
        width: 1200,
        height: 2100,
        wallThickness: 240,
        masterWidth: 900,
        quantity: 1,
        finish: 'WALNUT',
        swing: '左外开',
        options: { doorType: 'unequal_pair' },
      },
    ],
    [
      LVL01,
      {
        width: 1600,
        height: 2200,
        wallThickness: 100,
        quantity: 1,
        finish: 'WHITE',
        swing: '左推拉',
        options: { doorType: 'sliding' },
      },
    ],
    [
      LVL01,
      {
        width: 1500,
        height: 2200,
        wallThickness: 200,
        quantity: 1,
        finish: 'OAK',
        swing: '无',
        options: { doorType: 'cased_opening' },
      },
    ],
    [
      MY01,
      {
        width: 1500,
        height: 2100,
        wallThickness: 120,
        quantity: 1,
        finish: 'WHITE',
        swing: 'left-in',
        options: { doorType: 'double', glass: true },
      },
    ],
  ];

  it('cuts from the demo materials: every cut part fits a stocked bar, sheet or profile', async () => {
    const split: SplitLine[] = lines.map(([product, input], index) => {
      const { door, problems } = resolveLine(product, input);
      expect(problems).toEqual([]);
      return {
        orderId: 'o1',
        orderNo: 'SO-1',
        lineId: `l${index}`,
        lineNo: index + 1,
        product,
        productVersion: 1,
        door,
      };
    });
    const plan = await planSplit(split, materials, {
      processOrder: DEMO_PROCESS_ORDER,
      cutTimeLimitMs: 200,
      maxPiecesPerCut: { linear: 20_000, sheet: 5_000 },
    });
    // 3 + 1 + 2 + 1 + 1 + 1 + 1 doors: single 4 packages (5 with a transom's glass), pairs and sliding 5, 垭口 2,
    // the glazed moulded double 6
    expect(plan.packages).toHaveLength(3 * 4 + 5 + 2 * 5 + 5 + 5 + 2 + 6);
    // veneer (m²), edge band (m) and paint (kg) are required in their units, not cut
    const unit = (code: string) => plan.materials.find((m) => m.material === code)?.unit;
    expect([unit('VENEER-OAK'), unit('EDGE-PVC-22'), unit('PAINT-WHITE'), unit('HONEYCOMB')]).toEqual([
      'm2',
      'm',
      'kg',
      'm2',
    ]);
    expect(plan.cutPlans.map((p) => p.material)).toEqual(
      expect.arrayContaining(['CASING-60', 'HDF-8', 'JAMB-BOARD', 'LVL-40', 'STOP-20']),
    );
  });
});

describe('PD-LVL01 平板门系列', () => {
  it('splits a single 900×2100 left-in oak door in a 120 mm wall over a 10 mm floor into the hand-computed parts', () => {
    // clear W = 900 − 2·25 = 850, clear H = 2100 − 25 = 2075; bottom gap = 5 + 10 (floor) = 15
    // leaf H = 2075 − 3 − 15 = 2057, leaf W = 850 − 2·3 = 844; rails 844 − 2·120 = 604; frame 45 − 2·8 = 29
    // core 2057 − 150 − 200 = 1707; leaf 2057 ≤ 2100 → 3 hinges
    const { parts, packages } = split(LVL01, {
      width: 900,
      height: 2100,
      wallThickness: 120,
      quantity: 2,
      finish: 'OAK',
      swing: 'left-in',
      options: { doorType: 'single', floorT: 10 },
    });
    expect(sizes(parts)).toEqual({
      '门边(合页侧) hinge stile': ['LVL-40', 2057, 120, 29, 1],
      '门边(锁侧) lock stile': ['LVL-40', 2057, 120, 29, 1],
      '上帽头 top rail': ['LVL-40', 604, 150, 29, 1],
      '下帽头 bottom rail': ['LVL-40', 604, 200, 29, 1],
      '面板 skin': ['HDF-8', 2057, 844, 8, 2],
      '门芯 honeycomb core': ['HONEYCOMB', 1707, 604, 29, 1],
      '木皮 veneer': ['VENEER-OAK', 2057, 844, 0.6, 2],
      '立套 jamb leg': ['JAMB-BOARD', 2100, 120, 25, 2],
      '横套 head jamb': ['JAMB-BOARD', 850, 120, 25, 1],
      // stop legs run under the head stop: 2075 − 12
      '挡门条立 stop leg': ['STOP-20', 2063, 20, 12, 2],
      '挡门条横 stop head': ['STOP-20', 850, 20, 12, 1],
      // casing leg = 2075 + 60, head = 850 + 2·60; two faces
      '竖套线 casing leg': ['CASING-60', 2135, 60, 12, 4],
      '横套线 casing head': ['CASING-60', 970, 60, 12, 2],
      '合页 hinge': ['HINGE-4', 0, 0, 0, 3],
      '插芯锁 mortise lock': ['LOCK-MORTISE-L', 0, 0, 0, 1],
      '门吸 door stopper': ['STOPPER', 0, 0, 0, 1],
    });
    expect(part(parts, '门边(合页侧) hinge stile').quantity).toBe(2);
    expect(part(parts, '门边(合页侧) hinge stile').features).toEqual([
      { kind: 'hinge_pocket', quantity: 3, side: 'left' },
    ]);
    expect(part(parts, '门边(锁侧) lock stile').features).toEqual([
      { kind: 'lock_mortise', quantity: 1, side: 'right' },
      { kind: 'handle_bore', quantity: 1, side: 'right' },
    ]);
    expect(part(parts, '门边(锁侧) lock stile').edgeBanding).toEqual({ L1: 'EDGE-PVC-22' });
    expect(part(parts, '竖套线 casing leg').endCuts).toEqual({ start: 'square', end: 'mitre45' });
    expect(part(parts, '横套线 casing head').endCuts).toEqual({ start: 'mitre45', end: 'mitre45' });
    expect(part(parts, '木皮 veneer').packageGroup).toBe('none');
    expect(part(parts, '门芯 honeycomb core').packageGroup).toBe('none');
    // each of the 2 doors: leaf, frame, casing, hardware; veneer and core ship in none
    expect(packages).toHaveLength(8);
    expect(boxes(packages, 2)).toEqual([
      '1/4 leaf: 门边(合页侧) hinge stile ×1, 门边(锁侧) lock stile ×1, 上帽头 top rail ×1, 下帽头 bottom rail ×1, 面板 skin ×2',
      '2/4 frame: 立套 jamb leg ×2, 横套 head jamb ×1, 挡门条立 stop leg ×2, 挡门条横 stop head ×1',
      '3/4 casing: 竖套线 casing leg ×4, 横套线 casing head ×2',
      '4/4 hardware: 合页 hinge ×3, 插芯锁 mortise lock ×1, 门吸 door stopper ×1',
    ]);
    expect(packages[0].handing).toBe('left-in');
  });

  it('splits a double 1800×2100 right-out white door in a 240 mm wall, each leaf in its own package', () => {
    // clear W = 1800 − 50 = 1750; leaf W = (1750 − 2·3 − 4) / 2 = 870; leaf H = 2075 − 3 − 5 = 2067 → 3 hinges a leaf
    // rails 870 − 240 = 630; core 2067 − 350 = 1717
    // paint per leaf: ⌈2 faces · 2.067 m · 0.870 m · 0.3 kg/m²⌉ = ⌈1.079⌉ = 2 kg, two leaves 4
    const { parts, packages } = split(LVL01, {
      width: 1800,
      height: 2100,
      wallThickness: 240,
      finish: 'WHITE',
      swing: '右外开',
      options: { doorType: '双开' },
    });
    expect(sizes(parts)).toEqual({
      '门边(合页侧) hinge stile': ['LVL-40', 2067, 120, 29, 1],
      '门边(锁侧) lock stile': ['LVL-40', 2067, 120, 29, 1],
      '门边(子·合页侧) passive hinge stile': ['LVL-40', 2067, 120, 29, 1],
      '门边(子·插销侧) passive meeting stile': ['LVL-40', 2067, 120, 29, 1],
      '上帽头 top rail': ['LVL-40', 630, 150, 29, 2],
      '下帽头 bottom rail': ['LVL-40', 630, 200, 29, 2],
      '面板 skin': ['HDF-8', 2067, 870, 8, 4],
      '门芯 honeycomb core': ['HONEYCOMB', 1717, 630, 29, 2],
      '面漆 paint': ['PAINT-WHITE', 2067, 870, 0, 4],
      '立套 jamb leg': ['JAMB-BOARD', 2100, 240, 25, 2],
      '横套 head jamb': ['JAMB-BOARD', 1750, 240, 25, 1],
      '挡门条立 stop leg': ['STOP-20', 2063, 20, 12, 2],
      '挡门条横 stop head': ['STOP-20', 1750, 20, 12, 1],
      '竖套线 casing leg': ['CASING-60', 2135, 60, 12, 4],
      // 1750 + 2·60
      '横套线 casing head': ['CASING-60', 1870, 60, 12, 2],
      '合页 hinge': ['HINGE-4', 0, 0, 0, 6],
      '插芯锁 mortise lock': ['LOCK-MORTISE-R', 0, 0, 0, 1],
      '门吸 door stopper': ['STOPPER', 0, 0, 0, 2],
      '天地插销 flush bolt': ['FLUSH-BOLT', 0, 0, 0, 1],
    });
    // the active leaf hangs on the right; the passive one on the left jamb, its meeting stile takes the bolts
    expect(part(parts, '门边(合页侧) hinge stile').features).toEqual([
      { kind: 'hinge_pocket', quantity: 3, side: 'right' },
    ]);
    expect(part(parts, '门边(锁侧) lock stile').features[0]).toEqual({
      kind: 'lock_mortise',
      quantity: 1,
      side: 'left',
    });
    expect(part(parts, '门边(子·合页侧) passive hinge stile').features).toEqual([
      { kind: 'hinge_pocket', quantity: 3, side: 'left' },
    ]);
    expect(part(parts, '门边(子·插销侧) passive meeting stile').features.map((f) => f.side)).toEqual(['top', 'bottom']);
    expect(boxes(packages)).toEqual([
      '1/5 leaf[1]: 门边(合页侧) hinge stile ×1, 门边(锁侧) lock stile ×1, 上帽头 top rail ×1, 下帽头 bottom rail ×1, 面板 skin ×2',
      '2/5 leaf[2]: 门边(子·合页侧) passive hinge stile ×1, 门边(子·插销侧) passive meeting stile ×1, 上帽头 top rail ×1, 下帽头 bottom rail ×1, 面板 skin ×2',
      '3/5 frame: 立套 jamb leg ×2, 横套 head jamb ×1, 挡门条立 stop leg ×2, 挡门条横 stop head ×1',
      '4/5 casing: 竖套线 casing leg ×4, 横套线 casing head ×2',
      '5/5 hardware: 合页 hinge ×6, 插芯锁 mortise lock ×1, 门吸 door stopper ×2, 天地插销 flush bolt ×1',
    ]);
    expect(packages[0].contents).toEqual([{ item: '门扇', itemEn: 'door leaf', quantity: 1, unit: '扇' }]);
  });

  it('splits a 子母门 1200×2100 with an 800 master leaf, left-in walnut, into a 母 and a 子 leaf package', () => {
    // clear W = 1150; slave W = 1150 − 2·3 − 4 − 800 = 340; leaf H 2067
    // master rails 800 − 2·120 = 560, slave rails 340 − 2·60 (its narrow stiles) = 220; cores 1717 long
    const { parts, packages } = split(LVL01, {
      width: 1200,
      height: 2100,
      wallThickness: 120,
      masterWidth: 800,
      finish: 'WALNUT',
      swing: 'left-in',
      options: { doorType: 'unequal_pair' },
    });
    expect(sizes(parts)).toEqual({
      '门边(合页侧) hinge stile': ['LVL-40', 2067, 120, 29, 1],
      '门边(锁侧) lock stile': ['LVL-40', 2067, 120, 29, 1],
      '门边(子·合页侧) passive hinge stile': ['LVL-40', 2067, 60, 29, 1],
      '门边(子·插销侧) passive meeting stile': ['LVL-40', 2067, 60, 29, 1],
      '上帽头(母) top rail': ['LVL-40', 560, 150, 29, 1],
      '下帽头(母) bottom rail': ['LVL-40', 560, 200, 29, 1],
      '面板(母) skin': ['HDF-8', 2067, 800, 8, 2],
      '门芯(母) honeycomb core': ['HONEYCOMB', 1717, 560, 29, 1],
      '木皮(母) veneer': ['VENEER-胡桃木', 2067, 800, 0.6, 2],
      '上帽头(子) top rail': ['LVL-40', 220, 150, 29, 1],
      '下帽头(子) bottom rail': ['LVL-40', 220, 200, 29, 1],
      '面板(子) skin': ['HDF-8', 2067, 340, 8, 2],
      '门芯(子) honeycomb core': ['HONEYCOMB', 1717, 220, 29, 1],
      '木皮(子) veneer': ['VENEER-胡桃木', 2067, 340, 0.6, 2],
      '立套 jamb leg': ['JAMB-BOARD', 2100, 120, 25, 2],
      '横套 head jamb': ['JAMB-BOARD', 1150, 120, 25, 1],
      '挡门条立 stop leg': ['STOP-20', 2063, 20, 12, 2],
      '挡门条横 stop head': ['STOP-20', 1150, 20, 12, 1],
      '竖套线 casing leg': ['CASING-60', 2135, 60, 12, 4],
      '横套线 casing head': ['CASING-60', 1270, 60, 12, 2],
      '合页 hinge': ['HINGE-4', 0, 0, 0, 6],
      '插芯锁 mortise lock': ['LOCK-MORTISE-L', 0, 0, 0, 1],
      '门吸 door stopper': ['STOPPER', 0, 0, 0, 1],
      '天地插销 flush bolt': ['FLUSH-BOLT', 0, 0, 0, 1],
    });
    expect(part(parts, '门边(子·合页侧) passive hinge stile').features).toEqual([
      { kind: 'hinge_pocket', quantity: 3, side: 'right' },
    ]);
    expect(boxes(packages)).toEqual([
      '1/5 leaf[1]: 门边(合页侧) hinge stile ×1, 门边(锁侧) lock stile ×1, 上帽头(母) top rail ×1, 下帽头(母) bottom rail ×1, 面板(母) skin ×2',
      '2/5 leaf[2]: 门边(子·合页侧) passive hinge stile ×1, 门边(子·插销侧) passive meeting stile ×1, 上帽头(子) top rail ×1, 下帽头(子) bottom rail ×1, 面板(子) skin ×2',
      '3/5 frame: 立套 jamb leg ×2, 横套 head jamb ×1, 挡门条立 stop leg ×2, 挡门条横 stop head ×1',
      '4/5 casing: 竖套线 casing leg ×4, 横套线 casing head ×2',
      '5/5 hardware: 合页 hinge ×6, 插芯锁 mortise lock ×1, 门吸 door stopper ×1, 天地插销 flush bolt ×1',
    ]);
    expect(packages.slice(0, 2).map((p) => p.contents[0].item)).toEqual(['母门扇', '子门扇']);
  });

  it('splits a two-leaf sliding door 1600×2200 in grey: no stops, hinges or lock; track, hangers and pulls', () => {
    // clear W = 1550, clear H = 2175; leaf W = (1550 + 40 overlap) / 2 = 795; leaf H = 2175 − 60 track − 5 = 2110
    // rails 795 − 240 = 555; core 2110 − 350 = 1760
    // paint per leaf ⌈2 · 2.110 · 0.795 · 0.3⌉ = ⌈1.006⌉ = 2 kg, two leaves 4
    const { parts, packages } = split(LVL01, {
      width: 1600,
      height: 2200,
      wallThickness: 100,
      finish: 'GREY',
      swing: '左推拉',
      options: { doorType: 'sliding' },
    });
    expect(sizes(parts)).toEqual({
      '门边(推拉) sliding stile': ['LVL-40', 2110, 120, 29, 4],
      '上帽头 top rail': ['LVL-40', 555, 150, 29, 2],
      '下帽头 bottom rail': ['LVL-40', 555, 200, 29, 2],
      '面板 skin': ['HDF-8', 2110, 795, 8, 4],
      '门芯 honeycomb core': ['HONEYCOMB', 1760, 555, 29, 2],
      '面漆 paint': ['PAINT-GREY', 2110, 795, 0, 4],
      '立套 jamb leg': ['JAMB-BOARD', 2200, 100, 25, 2],
      '横套 head jamb': ['JAMB-BOARD', 1550, 100, 25, 1],
      // 2175 + 60; 1550 + 120
      '竖套线 casing leg': ['CASING-60', 2235, 60, 12, 4],
      '横套线 casing head': ['CASING-60', 1670, 60, 12, 2],
      '吊轨 track': ['TRACK', 0, 0, 0, 1],
      '吊轮 hanger': ['HANGER', 0, 0, 0, 4],
      '拉手 pull handle': ['HANDLE-PULL', 0, 0, 0, 2],
    });
    expect(part(parts, '门边(推拉) sliding stile').features).toEqual([]);
    expect(boxes(packages)).toEqual([
      '1/5 leaf[1]: 门边(推拉) sliding stile ×2, 上帽头 top rail ×1, 下帽头 bottom rail ×1, 面板 skin ×2',
      '2/5 leaf[2]: 门边(推拉) sliding stile ×2, 上帽头 top rail ×1, 下帽头 bottom rail ×1, 面板 skin ×2',
      '3/5 frame: 立套 jamb leg ×2, 横套 head jamb ×1',
      '4/5 casing: 竖套线 casing leg ×4, 横套线 casing head ×2',
      '5/5 hardware: 吊轨 track ×1, 吊轮 hanger ×4, 拉手 pull handle ×2',
    ]);
    expect(packages[0].handing).toBe('left-sliding');
  });

  it('splits a 垭口 1500×2100 in a 200 mm wall with 80 mm casing into frame and casing only', () => {
    // clear W = 1450, clear H = 2075; casing leg 2075 + 80 = 2155, head 1450 + 2·80 = 1610
    const { parts, packages } = split(LVL01, {
      width: 1500,
      height: 2100,
      wallThickness: 200,
      finish: 'OAK',
      swing: '无',
      options: { doorType: '垭口', casing: '80' },
    });
    expect(sizes(parts)).toEqual({
      '立套 jamb leg': ['JAMB-BOARD', 2100, 200, 25, 2],
      '横套 head jamb': ['JAMB-BOARD', 1450, 200, 25, 1],
      '竖套线 casing leg': ['CASING-80', 2155, 80, 12, 4],
      '横套线 casing head': ['CASING-80', 1610, 80, 12, 2],
    });
    expect(boxes(packages)).toEqual([
      '1/2 frame: 立套 jamb leg ×2, 横套 head jamb ×1',
      '2/2 casing: 竖套线 casing leg ×4, 横套线 casing head ×2',
    ]);
  });

  it('gives a tall 1000×2600 single door a glazed transom when ordered, and 4 hinges a leaf either way', () => {
    // clear W = 950, clear H = 2575; with the transom the leaf opening is 2575 − (400 + 25 bar) = 2150
    // leaf H = 2150 − 3 − 5 = 2142 > 2100 → 4 hinges; leaf W = 950 − 6 = 944
    // paint ⌈2 · 2.142 · 0.944 · 0.3⌉ = ⌈1.213⌉ = 2 kg
    const line = { width: 1000, height: 2600, wallThickness: 150, finish: 'WHITE', swing: 'right-in' };
    const withTransom = split(LVL01, { ...line, options: { transom: '是' } });
    expect(sizes(withTransom.parts)).toEqual({
      '门边(合页侧) hinge stile': ['LVL-40', 2142, 120, 29, 1],
      '门边(锁侧) lock stile': ['LVL-40', 2142, 120, 29, 1],
      '上帽头 top rail': ['LVL-40', 704, 150, 29, 1],
      '下帽头 bottom rail': ['LVL-40', 704, 200, 29, 1],
      '面板 skin': ['HDF-8', 2142, 944, 8, 2],
      '门芯 honeycomb core': ['HONEYCOMB', 1792, 704, 29, 1],
      '面漆 paint': ['PAINT-WHITE', 2142, 944, 0, 2],
      '立套 jamb leg': ['JAMB-BOARD', 2600, 150, 25, 2],
      '横套 head jamb': ['JAMB-BOARD', 950, 150, 25, 1],
      // stops end under the transom bar: 2150 − 12
      '挡门条立 stop leg': ['STOP-20', 2138, 20, 12, 2],
      '挡门条横 stop head': ['STOP-20', 950, 20, 12, 1],
      '竖套线 casing leg': ['CASING-60', 2635, 60, 12, 4],
      '横套线 casing head': ['CASING-60', 1070, 60, 12, 2],
      '中横框 transom bar': ['JAMB-BOARD', 950, 150, 25, 1],
      // glass 3 mm play a side: (950 − 6) × (400 − 6)
      '亮子玻璃 transom glass': ['GLASS-5', 944, 394, 5, 1],
      '亮子压条横 transom bead, horizontal': ['STOP-20', 950, 20, 12, 4],
      '亮子压条竖 transom bead, vertical': ['STOP-20', 360, 20, 12, 4],
      '合页 hinge': ['HINGE-4', 0, 0, 0, 4],
      '插芯锁 mortise lock': ['LOCK-MORTISE-R', 0, 0, 0, 1],
      '门吸 door stopper': ['STOPPER', 0, 0, 0, 1],
    });
    expect(part(withTransom.parts, '门边(合页侧) hinge stile').features).toEqual([
      { kind: 'hinge_pocket', quantity: 4, side: 'right' },
    ]);
    expect(withTransom.packages.map((p) => p.group)).toEqual(['leaf', 'frame', 'casing', 'hardware', 'glass']);

    // without it the leaf takes the whole height: 2575 − 3 − 5 = 2567, still 4 hinges; stops 2575 − 12
    const without = split(LVL01, { ...line, options: { transom: '否' } });
    const names = without.parts.map((p) => p.component);
    expect(names.filter((n) => n.includes('transom'))).toEqual([]);
    expect(sizes(without.parts)['门边(合页侧) hinge stile']).toEqual(['LVL-40', 2567, 120, 29, 1]);
    expect(sizes(without.parts)['门芯 honeycomb core']).toEqual(['HONEYCOMB', 2217, 704, 29, 1]);
    expect(sizes(without.parts)['挡门条立 stop leg']).toEqual(['STOP-20', 2563, 20, 12, 2]);
    expect(sizes(without.parts)['合页 hinge']).toEqual(['HINGE-4', 0, 0, 0, 4]);
    expect(without.packages.map((p) => p.group)).toEqual(['leaf', 'frame', 'casing', 'hardware']);
  });

  it('gives a leaf up to 2100 mm 3 hinges and one above 4', () => {
    // leaf H = H − 25 − 3 − 5: 2133 → 2100, 2134 → 2101
    const hinges = (height: number) =>
      part(
        split(LVL01, { width: 900, height, wallThickness: 120, finish: 'OAK', swing: 'left-in' }).parts,
        '合页 hinge',
      ).perDoor;
    expect([hinges(2133), hinges(2134)]).toEqual([3, 4]);
  });

  it('refuses a finish, a floor, a casing width or a 子母门 its rules cannot make, naming the field', () => {
    const base: LineInput = {
      width: 900,
      height: 2100,
      wallThickness: 120,
      quantity: 1,
      finish: 'OAK',
      swing: 'left-in',
    };
    const fields = (line: Partial<LineInput>) =>
      resolveLine(LVL01, { ...base, ...line }).problems.map((p) => [p.field, p.rule ?? null]);
    expect(fields({ finish: 'TEAK' })).toEqual([['finish', null]]);
    expect(fields({ options: { floorT: 40 } })).toEqual([['options.floorT', null]]);
    expect(fields({ options: { casing: '70' } })).toEqual([['options.casing', null]]);
    expect(fields({ options: { doorType: '折叠' } })).toEqual([['options.doorType', null]]);
    // 子母门 1000 wide with an 850 master leaf: slave 950 − 10 − 850 = 90, narrower than its two 60 stiles
    expect(fields({ width: 1000, masterWidth: 850, options: { doorType: 'unequal_pair' } })).toEqual([
      ['length', '上帽头(子) top rail'],
    ]);
    expect(fields({ width: 1200, options: { doorType: 'unequal_pair' } })).toEqual([['masterWidth', null]]);
  });
});

describe('PD-MY01 模压门系列', () => {
  it('splits a single 900×2100 left-out white door with a glass light by the Foshan deductions', () => {
    // leaf H = 2100 − 45 = 2055, leaf W = 900 − 70 = 830; frame 40 − 2·8 = 24; rails 830 − 2·90 = 650
    // core = 2055 − 90 − 120 − (800 glass + 90 mid rail) = 955; 2055 ≤ 2100 → 3 hinges
    // paint ⌈2 · 2.055 · 0.830 · 0.3⌉ = ⌈1.023⌉ = 2 kg; clear W = 850, clear H = 2075
    const { parts, packages } = split(MY01, {
      width: 900,
      height: 2100,
      wallThickness: 120,
      finish: 'WHITE',
      swing: '左外开',
      options: { glass: true },
    });
    expect(sizes(parts)).toEqual({
      '门边(合页侧) hinge stile': ['LVL-40', 2055, 90, 24, 1],
      '门边(锁侧) lock stile': ['LVL-40', 2055, 90, 24, 1],
      '上帽头 top rail': ['LVL-40', 650, 90, 24, 1],
      '下帽头 bottom rail': ['LVL-40', 650, 120, 24, 1],
      '面板 skin': ['HDF-8', 2055, 830, 8, 2],
      '门芯 honeycomb core': ['HONEYCOMB', 955, 650, 24, 1],
      '面漆 paint': ['PAINT-WHITE', 2055, 830, 0, 2],
      '中档 mid rail': ['LVL-40', 650, 90, 24, 1],
      // glass 3 mm play a side: (800 − 6) × (650 − 6); beads around the 650 × 800 light, both faces
      '玻璃 glass light': ['GLASS-5', 794, 644, 5, 1],
      '玻璃压条横 glass bead, horizontal': ['STOP-20', 650, 20, 12, 4],
      '玻璃压条竖 glass bead, vertical': ['STOP-20', 760, 20, 12, 4],
      '立套 jamb leg': ['JAMB-BOARD', 2100, 120, 25, 2],
      '横套 head jamb': ['JAMB-BOARD', 850, 120, 25, 1],
      '挡门条立 stop leg': ['STOP-20', 2063, 20, 12, 2],
      '挡门条横 stop head': ['STOP-20', 850, 20, 12, 1],
      '竖套线 casing leg': ['CASING-60', 2135, 60, 12, 4],
      '横套线 casing head': ['CASING-60', 970, 60, 12, 2],
      '合页 hinge': ['HINGE-4', 0, 0, 0, 3],
      '插芯锁 mortise lock': ['LOCK-MORTISE-L', 0, 0, 0, 1],
      '门吸 door stopper': ['STOPPER', 0, 0, 0, 1],
    });
    expect(part(parts, '面板 skin').features).toEqual([{ kind: 'glass_cutout', quantity: 1, side: 'face' }]);
    expect(part(parts, '门边(合页侧) hinge stile').features).toEqual([
      { kind: 'hinge_pocket', quantity: 3, side: 'left' },
    ]);
    expect(packages.map((p) => p.group)).toEqual(['leaf', 'frame', 'casing', 'hardware', 'glass']);
  });

  it('splits a double 1500×2100 grey door without glass: each leaf (1500 − 70 − 4) / 2 = 713 wide', () => {
    // rails 713 − 180 = 533; core 2055 − 90 − 120 = 1845; paint per leaf ⌈2 · 2.055 · 0.713 · 0.3⌉ = ⌈0.879⌉ = 1 kg
    const { parts, packages } = split(MY01, {
      width: 1500,
      height: 2100,
      wallThickness: 120,
      finish: 'GREY',
      swing: 'right-in',
      options: { doorType: 'double' },
    });
    const s = sizes(parts);
    expect(s['上帽头 top rail']).toEqual(['LVL-40', 533, 90, 24, 2]);
    expect(s['面板 skin']).toEqual(['HDF-8', 2055, 713, 8, 4]);
    expect(s['门芯 honeycomb core']).toEqual(['HONEYCOMB', 1845, 533, 24, 2]);
    expect(s['面漆 paint']).toEqual(['PAINT-GREY', 2055, 713, 0, 2]);
    expect(s['合页 hinge']).toEqual(['HINGE-4', 0, 0, 0, 6]);
    expect(s['天地插销 flush bolt']).toEqual(['FLUSH-BOLT', 0, 0, 0, 1]);
    expect(parts.some((p) => p.kind === 'glass' || p.component === '中档 mid rail')).toBe(false);
    expect(part(parts, '面板 skin').features).toEqual([]);
    expect(packages.filter((p) => p.group === 'leaf').map((p) => p.leafNo)).toEqual([1, 2]);
  });

  it('refuses door types and finishes the series does not make', () => {
    const line: LineInput = {
      width: 900,
      height: 2100,
      wallThickness: 120,
      quantity: 1,
      finish: 'WHITE',
      swing: 'left-in',
    };
    expect(resolveLine(MY01, { ...line, options: { doorType: 'sliding' } }).problems.map((p) => p.field)).toEqual([
      'options.doorType',
    ]);
    expect(resolveLine(MY01, { ...line, finish: 'OAK' }).problems.map((p) => p.field)).toEqual(['finish']);
    expect(resolveLine(MY01, { ...line, options: { transom: true } }).problems.map((p) => p.field)).toEqual([
      'options.transom',
    ]);
  });
});
