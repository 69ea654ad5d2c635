import type { ComponentRule, ProductDefinition } from './product';
import type { MaterialSpec } from './split-plan';

/**
 * The demo factory's door models and materials: realistic Jiangshan composite doors (domain.md
 * §1.2–1.4). Deductions: leaf W = W − 2·jambT − 2·gapSide (pairs also − gapMeet), leaf H =
 * H − jambT − gapTop − gapBottom; casings are mitred (leg = H − jambT + casingW, head = W − 2·jambT +
 * 2·casingW, two faces); hinges by leaf height (≤1524 mm 2, ≤2286 mm 3, else 4).
 */
const COMMON = {
  jambT: 25,
  gapSide: 3,
  gapTop: 3,
  gapBottom: 8,
  gapMeet: 4,
  leafT: 40,
  skinT: 8,
  stileW: 120,
  railTopW: 150,
  railBottomW: 200,
  casingW: 60,
  casingT: 12,
  stopW: 20,
  stopT: 12,
};

const LEAF_ROUTE: ComponentRule['route'] = [
  'cutting',
  'pressing',
  'edge_banding',
  'sanding',
  'painting',
  'assembly',
  'packing',
];
const SKIN_ROUTE: ComponentRule['route'] = [
  'cutting',
  'pressing',
  'cnc',
  'sanding',
  'veneering',
  'painting',
  'packing',
];
const FRAME_ROUTE: ComponentRule['route'] = ['cutting', 'veneering', 'edge_banding', 'painting', 'packing'];
const CASING_ROUTE: ComponentRule['route'] = ['cutting', 'sanding', 'veneering', 'painting', 'packing'];

function rule(
  partial: Omit<ComponentRule, 'cutKind' | 'grain' | 'route' | 'packageGroup'> & Partial<ComponentRule>,
): ComponentRule {
  return { cutKind: 'linear', grain: 'length', route: LEAF_ROUTE, packageGroup: 'leaf', ...partial };
}

/** A framed leaf of width `w` and height `h` (formulas), `n` leaves, with a name suffix. */
function leaf(w: string, h: string, n: string, suffix: string, stile = 'stileW'): ComponentRule[] {
  return [
    rule({
      name: `门边${suffix} stile`,
      kind: 'stile',
      material: 'LVL-40',
      length: h,
      width: stile,
      thickness: 'leafT',
      quantity: `2*${n}`,
    }),
    rule({
      name: `上帽头${suffix} top rail`,
      kind: 'rail',
      material: 'LVL-40',
      length: `${w} - 2*${stile}`,
      width: 'railTopW',
      thickness: 'leafT',
      quantity: n,
    }),
    rule({
      name: `下帽头${suffix} bottom rail`,
      kind: 'rail',
      material: 'LVL-40',
      length: `${w} - 2*${stile}`,
      width: 'railBottomW',
      thickness: 'leafT',
      quantity: n,
    }),
    rule({
      name: `面板${suffix} skin`,
      kind: 'skin',
      material: 'HDF-8',
      length: h,
      width: w,
      thickness: 'skinT',
      quantity: `2*${n}`,
      cutKind: 'sheet',
      route: SKIN_ROUTE,
    }),
    rule({
      name: `木皮${suffix} veneer`,
      kind: 'other',
      material: 'VENEER-{finish}',
      length: h,
      width: w,
      thickness: '0.6',
      quantity: `2*${n}`,
      cutKind: 'none',
      grain: 'length',
      route: ['veneering'],
    }),
    rule({
      name: `门芯${suffix} core`,
      kind: 'core',
      material: 'HONEYCOMB',
      length: `${h} - railTopW - railBottomW`,
      width: `${w} - 2*${stile}`,
      thickness: 'leafT - 2*skinT',
      quantity: n,
      cutKind: 'none',
      grain: 'free',
      route: ['pressing'],
    }),
  ];
}

const FRAME: ComponentRule[] = [
  rule({
    name: '立套 jamb leg',
    kind: 'jamb',
    material: 'JAMB-BOARD',
    length: 'H',
    width: 'T',
    thickness: 'jambT',
    quantity: '2',
    route: FRAME_ROUTE,
    packageGroup: 'frame',
  }),
  rule({
    name: '横套 head jamb',
    kind: 'head',
    material: 'JAMB-BOARD',
    length: 'W',
    width: 'T',
    thickness: 'jambT',
    quantity: '1',
    route: FRAME_ROUTE,
    packageGroup: 'frame',
  }),
];
const STOPS: ComponentRule[] = [
  rule({
    name: '挡条立 stop leg',
    kind: 'stop',
    material: 'STOP-20',
    length: 'H - jambT',
    width: 'stopW',
    thickness: 'stopT',
    quantity: '2',
    route: CASING_ROUTE,
    packageGroup: 'frame',
  }),
  rule({
    name: '挡条横 stop head',
    kind: 'stop',
    material: 'STOP-20',
    length: 'W - 2*jambT',
    width: 'stopW',
    thickness: 'stopT',
    quantity: '1',
    route: CASING_ROUTE,
    packageGroup: 'frame',
  }),
];
const CASING: ComponentRule[] = [
  rule({
    name: '竖套线 casing leg',
    kind: 'casing',
    material: 'CASING-60',
    length: 'H - jambT + casingW',
    width: 'casingW',
    thickness: 'casingT',
    quantity: '4',
    route: CASING_ROUTE,
    packageGroup: 'casing',
  }),
  rule({
    name: '横套线 casing head',
    kind: 'casing',
    material: 'CASING-60',
    length: 'W - 2*jambT + 2*casingW',
    width: 'casingW',
    thickness: 'casingT',
    quantity: '2',
    route: CASING_ROUTE,
    packageGroup: 'casing',
  }),
];
const hardware = (name: string, material: string, quantity: string): ComponentRule =>
  rule({
    name,
    kind: 'hardware',
    material,
    length: '0',
    width: '0',
    thickness: '0',
    quantity,
    cutKind: 'none',
    grain: 'free',
    route: ['packing'],
    packageGroup: 'hardware',
  });
const HINGES = (leaves: string, h: string) =>
  hardware('合页 hinge', 'HINGE-4', `${leaves} * if(${h} > 2286, 4, if(${h} > 1524, 3, 2))`);

const range = (min: number, max: number) => ({ min, max });
const SINGLE_W = 'W - 2*jambT - 2*gapSide';
const LEAF_H = 'H - jambT - gapTop - gapBottom';

export const DEMO_PRODUCTS: ProductDefinition[] = [
  {
    code: 'PD-SS01',
    nameZh: '平板单开门',
    nameEn: 'Flat single swing door',
    doorType: 'single',
    widthRange: range(600, 1100),
    heightRange: range(1800, 2400),
    wallThicknessRange: range(80, 300),
    parameters: { ...COMMON },
    components: [
      ...leaf(SINGLE_W, LEAF_H, '1', ''),
      ...FRAME,
      ...STOPS,
      ...CASING,
      HINGES('1', LEAF_H),
      hardware('插芯锁 mortise lock', 'LOCK-MORTISE', '1'),
      hardware('门吸 door stopper', 'STOPPER', '1'),
    ],
  },
  {
    code: 'PD-DD01',
    nameZh: '平板双开门',
    nameEn: 'Flat double door',
    doorType: 'double',
    widthRange: range(1200, 2000),
    heightRange: range(1800, 2400),
    wallThicknessRange: range(80, 300),
    parameters: { ...COMMON },
    components: [
      ...leaf('(W - 2*jambT - 2*gapSide - gapMeet) / 2', LEAF_H, '2', ''),
      ...FRAME,
      ...STOPS,
      ...CASING,
      HINGES('2', LEAF_H),
      hardware('插芯锁 mortise lock', 'LOCK-MORTISE', '1'),
      hardware('天地插销 flush bolt', 'FLUSH-BOLT', '1'),
      hardware('门吸 door stopper', 'STOPPER', '2'),
    ],
  },
  {
    code: 'PD-ZM01',
    nameZh: '子母门',
    nameEn: 'Unequal pair door (leaf-and-a-half)',
    doorType: 'unequal_pair',
    widthRange: range(1000, 1500),
    heightRange: range(1800, 2400),
    wallThicknessRange: range(80, 300),
    parameters: { ...COMMON, slaveStileW: 60 },
    components: [
      ...leaf('MW', LEAF_H, '1', '(母)'),
      ...leaf('W - 2*jambT - 2*gapSide - gapMeet - MW', LEAF_H, '1', '(子)', 'slaveStileW'),
      ...FRAME,
      ...STOPS,
      ...CASING,
      HINGES('2', LEAF_H),
      hardware('插芯锁 mortise lock', 'LOCK-MORTISE', '1'),
      hardware('天地插销 flush bolt', 'FLUSH-BOLT', '1'),
      hardware('门吸 door stopper', 'STOPPER', '1'),
    ],
  },
  {
    code: 'PD-TL01',
    nameZh: '吊轨推拉门',
    nameEn: 'Sliding door, two leaves',
    doorType: 'sliding',
    widthRange: range(1200, 2400),
    heightRange: range(1900, 2500),
    wallThicknessRange: range(80, 300),
    parameters: { ...COMMON, overlap: 40, trackH: 60 },
    components: [
      ...leaf('(W - 2*jambT + overlap) / 2', 'H - jambT - trackH - gapBottom', '2', ''),
      ...FRAME,
      ...CASING,
      hardware('吊轨 track', 'TRACK', '1'),
      hardware('吊轮 hanger', 'HANGER', '4'),
      hardware('拉手 handle', 'HANDLE-PULL', '2'),
    ],
  },
  {
    code: 'PD-YK01',
    nameZh: '垭口套',
    nameEn: 'Cased opening',
    doorType: 'cased_opening',
    widthRange: range(600, 2400),
    heightRange: range(1800, 2600),
    wallThicknessRange: range(80, 300),
    parameters: { jambT: 25, casingW: 60, casingT: 12 },
    components: [...FRAME, ...CASING],
  },
];

export const DEMO_MATERIALS: (MaterialSpec & { nameZh: string; nameEn: string; thickness: number | null })[] = [
  {
    code: 'LVL-40',
    nameZh: 'LVL 门边料 40mm',
    nameEn: 'LVL stile stock 40 mm',
    cutKind: 'linear',
    stockLength: 2700,
    sheetWidth: null,
    sheetLength: null,
    thickness: 40,
    kerf: 4,
    trim: 5,
  },
  {
    code: 'HDF-8',
    nameZh: '高密度板 8厘',
    nameEn: 'HDF skin board 8 mm',
    cutKind: 'sheet',
    stockLength: null,
    sheetWidth: 1220,
    sheetLength: 2440,
    thickness: 8,
    kerf: 4,
    trim: 5,
  },
  {
    code: 'JAMB-BOARD',
    nameZh: '门套板',
    nameEn: 'Jamb board',
    cutKind: 'linear',
    stockLength: 2750,
    sheetWidth: null,
    sheetLength: null,
    thickness: 25,
    kerf: 4,
    trim: 5,
  },
  {
    code: 'CASING-60',
    nameZh: '门套线 60mm',
    nameEn: 'Casing 60 mm',
    cutKind: 'linear',
    stockLength: 2750,
    sheetWidth: null,
    sheetLength: null,
    thickness: 12,
    kerf: 4,
    trim: 5,
  },
  {
    code: 'STOP-20',
    nameZh: '挡条 20mm',
    nameEn: 'Door stop 20 mm',
    cutKind: 'linear',
    stockLength: 2750,
    sheetWidth: null,
    sheetLength: null,
    thickness: 12,
    kerf: 4,
    trim: 5,
  },
];
