import type { ComponentRule, LeafAssignment, MachiningFeature, ProductDefinition } from './product';
import type { MaterialInput } from './material';

/**
 * The demo factory's two door series (domain.md §1.1–1.5), each one model whose order-form inputs pick the door:
 * PD-LVL01 平板门 (LVL frame, honeycomb core, HDF skins; veneer or paint) in all five door types, and PD-MY01
 * 模压门 (framed, moulded skins, optional glass) with the Foshan form's lumped deductions. Every size comes from
 * the derived variables, so a rule never repeats a deduction.
 */

const EDGE_BAND = 'EDGE-PVC-22';

/**
 * Routes in the demo factory's codes. A pressed leaf moves as one piece from 冷压 on: 开料 → (组框) → 冷压 →
 * 养生 24 h → 精裁 → 封边 → CNC (hinge pockets, lock) → 砂光 → 喷涂 → 组装 → 包装 (§1.5, CNC before sanding as
 * in the industrial sequence). 贴皮 is the veneer's own step, so only wood finishes get a veneering work order.
 * A run has one work order per process, so the routes of all families must agree on one order (no A before B
 * in one and B before A in another): the jamb's 包覆 wrap is its veneering, and its stop groove is cut first.
 */
const LVL_LEAF_ROUTE = [
  'cutting',
  'pressing',
  'curing',
  'trimming',
  'edge_banding',
  'cnc',
  'sanding',
  'painting',
  'assembly',
  'packing',
];
const MY_LEAF_ROUTE = ['cutting', 'framing', ...LVL_LEAF_ROUTE.slice(1)];
const SKIN_ROUTE = ['cutting', 'pressing', 'curing', 'trimming', 'sanding', 'painting', 'packing'];
/** 门套板: 开料 → 开槽 → 砂光 → 贴皮 (包覆) → 油漆; 门套线 and 挡条: 开料 → 砂光 → 贴皮 → 油漆 (§1.5). */
const FRAME_ROUTE = ['cutting', 'cnc', 'sanding', 'veneering', 'painting', 'packing'];
const CASING_ROUTE = ['cutting', 'sanding', 'veneering', 'painting', 'packing'];

type RuleInput = Omit<ComponentRule, 'cutKind' | 'grain' | 'route' | 'packageGroup'> & Partial<ComponentRule>;

function rule(partial: RuleInput): ComponentRule {
  return { cutKind: 'linear', grain: 'length', route: LVL_LEAF_ROUTE, packageGroup: 'leaf', ...partial };
}

/** Consumed in production (veneer, core, paint): no cutting, no package. */
const consumed = (partial: Omit<RuleInput, 'thickness'> & { thickness?: string }): ComponentRule =>
  rule({ thickness: '0', cutKind: 'none', grain: 'free', packageGroup: 'none', ...partial });

const hardware = (name: string, material: string, quantity: string, condition: string): ComponentRule =>
  rule({
    name,
    kind: 'hardware',
    material,
    length: '0',
    width: '0',
    thickness: '0',
    quantity,
    condition,
    cutKind: 'none',
    grain: 'free',
    route: ['packing'],
    packageGroup: 'hardware',
  });

const hingePockets: MachiningFeature = { kind: 'hinge_pocket', quantity: 'hinges', side: 'hinge' };

interface StileOptions {
  /** When the door has hinges (single, double, 子母门). */
  hinged: string;
  /** When it is a pair (双开 or 子母门). */
  pair: string;
  /** The passive leaf's stile width (a 子 leaf is narrow, and so are its stiles). */
  passiveStileW: string;
  route: string[];
}

/**
 * A swing door's stiles, one rule per stile because they differ: the active (母) leaf carries the hinge pockets on
 * the line's hinge side and the lock on the other; the passive (子) leaf of a pair hangs on the opposite jamb, so
 * its hinge pockets are on the line's lock side, and its meeting stile takes the flush bolts.
 */
function swingStiles({ hinged, pair, passiveStileW, route }: StileOptions): ComponentRule[] {
  const stile = (
    name: string,
    condition: string,
    leaf: LeafAssignment,
    features: MachiningFeature[],
    width = 'stileW',
  ) =>
    rule({
      name,
      kind: 'stile',
      material: 'LVL-40',
      length: 'leafH',
      width,
      thickness: 'frameT',
      quantity: '1',
      condition,
      route,
      edgeBanding: { L1: EDGE_BAND },
      features,
      leaf,
    });
  return [
    stile('门边(合页侧) hinge stile', hinged, 'master', [hingePockets]),
    stile('门边(锁侧) lock stile', hinged, 'master', [
      { kind: 'lock_mortise', side: 'lock' },
      { kind: 'handle_bore', side: 'lock' },
    ]),
    stile('门边(子·合页侧) passive hinge stile', pair, 'slave', [{ ...hingePockets, side: 'lock' }], passiveStileW),
    stile(
      '门边(子·插销侧) passive meeting stile',
      pair,
      'slave',
      [
        { kind: 'groove', side: 'top', note: '天地插销 flush bolt' },
        { kind: 'groove', side: 'bottom', note: '天地插销 flush bolt' },
      ],
      passiveStileW,
    ),
  ];
}

interface LeafBody {
  /** Name tag: '' for equal leaves, '(母)' or '(子)' for the leaves of a 子母门. */
  tag: string;
  /** The leaf width and its stiles' width (variables). */
  w: string;
  stile: string;
  /** Leaves of this width per door. */
  n: string;
  condition: string;
  leaf: LeafAssignment;
  route: string[];
  /** The core's length (honeycomb between the rails; less a glass opening). */
  coreLength: string;
  /** The finish kinds the series offers (its finishKind table's values). */
  finishes: ('wood' | 'paint')[];
  /** Machining of the skins, where the series has any (a glass cut-out). */
  skinFeatures?: MachiningFeature[];
}

/** What every leaf of width `w` has besides its stiles: rails, two skins, the core and its finish. */
function leafBody(b: LeafBody): ComponentRule[] {
  const each = (n: number) => (n === 1 ? b.n : `${n}*${b.n}`);
  const railLength = `${b.w} - 2*${b.stile}`;
  return [
    rule({
      name: `上帽头${b.tag} top rail`,
      kind: 'rail',
      material: 'LVL-40',
      length: railLength,
      width: 'railTopW',
      thickness: 'frameT',
      quantity: each(1),
      condition: b.condition,
      route: b.route,
      leaf: b.leaf,
    }),
    rule({
      name: `下帽头${b.tag} bottom rail`,
      kind: 'rail',
      material: 'LVL-40',
      length: railLength,
      width: 'railBottomW',
      thickness: 'frameT',
      quantity: each(1),
      condition: b.condition,
      route: b.route,
      leaf: b.leaf,
    }),
    rule({
      name: `面板${b.tag} skin`,
      kind: 'skin',
      material: 'HDF-8',
      length: 'leafH',
      width: b.w,
      thickness: 'skinT',
      quantity: each(2),
      condition: b.condition,
      cutKind: 'sheet',
      grain: 'free',
      route: SKIN_ROUTE,
      leaf: b.leaf,
      ...(b.skinFeatures ? { features: b.skinFeatures } : {}),
    }),
    consumed({
      name: `门芯${b.tag} honeycomb core`,
      kind: 'core',
      material: 'HONEYCOMB',
      length: b.coreLength,
      width: railLength,
      thickness: 'frameT',
      quantity: each(1),
      condition: b.condition,
      route: ['pressing'],
    }),
    ...(b.finishes.includes('wood')
      ? [
          consumed({
            name: `木皮${b.tag} veneer`,
            kind: 'other',
            material: '{finishMaterial}',
            length: 'leafH',
            width: b.w,
            thickness: '0.6',
            quantity: each(2),
            condition: `(${b.condition}) && finishKind == 'wood'`,
            grain: 'length',
            route: ['veneering'],
          }),
        ]
      : []),
    // kg counted per piece: both faces' area × spread rate, rounded up to whole kilograms per leaf
    consumed({
      name: `面漆${b.tag} paint`,
      kind: 'other',
      material: '{finishMaterial}',
      length: 'leafH',
      width: b.w,
      quantity: `${b.n} * ceil(2 * leafH * ${b.w} / 1000000 * paintKgPerM2)`,
      condition: `(${b.condition}) && finishKind == 'paint'`,
      route: ['painting'],
    }),
  ];
}

interface FrameOptions {
  /** Casing material and width (variables). */
  casingCode: string;
  /** When the door has stops (a swing door). */
  stops: string;
  /** The clear height the stops run up to. */
  stopHeight: string;
}

/**
 * 门套: two legs on the floor as high as the opening and a head jamb fitted between them, all as wide as the
 * wall; 挡门条 stops (legs under the head stop); 门套线 on both faces mitred at the head: leg = clear H + casing W,
 * head = clear W + 2 · casing W (§1.3), 4 legs + 2 heads.
 */
function frameAndCasing(o: FrameOptions): ComponentRule[] {
  const frame = (partial: RuleInput) => rule({ route: FRAME_ROUTE, packageGroup: 'frame', ...partial });
  const casing = (partial: RuleInput) => rule({ route: CASING_ROUTE, ...partial });
  return [
    frame({
      name: '立套 jamb leg',
      kind: 'jamb',
      material: 'JAMB-BOARD',
      length: 'H',
      width: 'T',
      thickness: 'jambT',
      quantity: '2',
    }),
    frame({
      name: '横套 head jamb',
      kind: 'head',
      material: 'JAMB-BOARD',
      length: 'clearW',
      width: 'T',
      thickness: 'jambT',
      quantity: '1',
    }),
    casing({
      name: '挡门条立 stop leg',
      kind: 'stop',
      material: 'STOP-20',
      length: `${o.stopHeight} - stopT`,
      width: 'stopW',
      thickness: 'stopT',
      quantity: '2',
      condition: o.stops,
      packageGroup: 'frame',
    }),
    casing({
      name: '挡门条横 stop head',
      kind: 'stop',
      material: 'STOP-20',
      length: 'clearW',
      width: 'stopW',
      thickness: 'stopT',
      quantity: '1',
      condition: o.stops,
      packageGroup: 'frame',
    }),
    casing({
      name: '竖套线 casing leg',
      kind: 'casing',
      material: o.casingCode,
      length: 'clearH + casingW',
      width: 'casingW',
      thickness: 'casingT',
      quantity: '4',
      packageGroup: 'casing',
      endCuts: { start: 'square', end: 'mitre45' },
    }),
    casing({
      name: '横套线 casing head',
      kind: 'casing',
      material: o.casingCode,
      length: 'clearW + 2*casingW',
      width: 'casingW',
      thickness: 'casingT',
      quantity: '2',
      packageGroup: 'casing',
      endCuts: { start: 'mitre45', end: 'mitre45' },
    }),
  ];
}

/** The lock's faceplate follows the hinge side (左/右企口, §1.2); a line without handing gets the flat 平口 one. */
const LOCK_TABLE = {
  name: 'lockCode',
  key: 'hingeSide',
  labelZh: '锁体（企口）',
  labelEn: 'Lock by faceplate hand',
  rows: [
    { when: 'left', value: 'LOCK-MORTISE-L' },
    { when: 'right', value: 'LOCK-MORTISE-R' },
    { when: 'none', value: 'LOCK-MORTISE' },
  ],
};

const DOOR_TYPE_OPTIONS = {
  single: { value: 'single', labelZh: '单开', labelEn: 'single' },
  double: { value: 'double', labelZh: '双开', labelEn: 'double' },
  unequal_pair: { value: 'unequal_pair', labelZh: '子母门', labelEn: 'unequal pair' },
  sliding: { value: 'sliding', labelZh: '推拉', labelEn: 'sliding' },
  cased_opening: { value: 'cased_opening', labelZh: '垭口', labelEn: 'cased opening' },
};

const HINGED = "doorType == 'single' || doorType == 'double' || doorType == 'unequal_pair'";
const PAIR = "doorType == 'double' || doorType == 'unequal_pair'";

const LVL01: ProductDefinition = {
  code: 'PD-LVL01',
  nameZh: '平板门系列',
  nameEn: 'Flush door series (LVL frame, honeycomb core)',
  doorType: 'single',
  widthRange: { min: 600, max: 2400 },
  heightRange: { min: 1800, max: 2800 },
  wallThicknessRange: { min: 80, max: 300 },
  parameters: {
    jambT: 25,
    gapSide: 3,
    gapTop: 3,
    gapBottom: 5,
    gapMeet: 4,
    leafT: 45,
    skinT: 8,
    stileW: 120,
    slaveStileW: 60,
    railTopW: 150,
    railBottomW: 200,
    casingT: 12,
    stopW: 20,
    stopT: 12,
    overlap: 40,
    trackH: 60,
    transomH: 400,
    glassPlay: 3,
    paintKgPerM2: 0.3,
  },
  inputs: [
    {
      name: 'doorType',
      labelZh: '门类型',
      labelEn: 'Door type',
      type: 'enum',
      options: Object.values(DOOR_TYPE_OPTIONS),
      default: 'single',
      aliases: ['门类型', '类型'],
    },
    {
      name: 'transom',
      labelZh: '是否有顶窗',
      labelEn: 'Transom',
      type: 'boolean',
      default: false,
      aliases: ['顶窗', '亮子'],
    },
    {
      name: 'casing',
      labelZh: '门套线宽',
      labelEn: 'Casing width',
      type: 'enum',
      unit: 'mm',
      options: [
        { value: '60', labelZh: '60mm', labelEn: '60 mm' },
        { value: '80', labelZh: '80mm', labelEn: '80 mm' },
      ],
      default: '60',
      aliases: ['套线宽', '门套线'],
    },
    {
      name: 'floorT',
      labelZh: '地板厚',
      labelEn: 'Floor thickness',
      type: 'number',
      unit: 'mm',
      min: 0,
      max: 30,
      default: 0,
      aliases: ['地板厚度'],
    },
  ],
  derived: [
    { name: 'clearW', formula: 'W - 2*jambT', labelZh: '净宽', labelEn: 'Clear width' },
    { name: 'clearH', formula: 'H - jambT', labelZh: '净高', labelEn: 'Clear height' },
    { name: 'frameT', formula: 'leafT - 2*skinT', labelZh: '框厚', labelEn: 'Frame thickness' },
    // the leaf clears the finished floor: a floor still to be laid raises it by its thickness
    { name: 'bottomGap', formula: 'gapBottom + floorT', labelZh: '底缝', labelEn: 'Bottom gap' },
    {
      name: 'doorClearH',
      formula: 'clearH - transom * (transomH + jambT)',
      labelZh: '门扇洞口净高',
      labelEn: 'Clear height under the transom bar',
    },
    {
      name: 'leafH',
      formula: "if(doorType == 'sliding', doorClearH - trackH - bottomGap, doorClearH - gapTop - bottomGap)",
      labelZh: '扇高',
      labelEn: 'Leaf height',
    },
    {
      name: 'leafW',
      formula:
        "if(doorType == 'single', clearW - 2*gapSide, if(doorType == 'double', (clearW - 2*gapSide - gapMeet) / 2, if(doorType == 'sliding', (clearW + overlap) / 2, if(doorType == 'unequal_pair', MW, 0))))",
      labelZh: '扇宽',
      labelEn: 'Leaf width',
    },
    {
      name: 'slaveW',
      formula: 'clearW - 2*gapSide - gapMeet - MW',
      labelZh: '子门宽',
      labelEn: 'Slave leaf width',
    },
    {
      name: 'passiveStileW',
      formula: "if(doorType == 'unequal_pair', slaveStileW, stileW)",
      labelZh: '子门边宽',
      labelEn: 'Passive leaf stile width',
    },
    { name: 'hinged', formula: HINGED },
    { name: 'pair', formula: PAIR },
    { name: 'equalLeaves', formula: "doorType == 'single' || doorType == 'double' || doorType == 'sliding'" },
    // per leaf: 3 up to 2100 mm, 4 above (one per ~700 mm of height, §1.2)
    {
      name: 'hinges',
      formula: 'if(hinged, if(leafH <= 2100, 3, 4), 0)',
      labelZh: '每扇合页数',
      labelEn: 'Hinges per leaf',
    },
  ],
  tables: [
    {
      name: 'finishKind',
      key: 'finish',
      labelZh: '饰面类别',
      labelEn: 'Finish kind',
      rows: [
        { when: 'OAK', value: 'wood' },
        { when: 'WALNUT', value: 'wood' },
        { when: 'WHITE', value: 'paint' },
        { when: 'GREY', value: 'paint' },
      ],
    },
    {
      name: 'finishMaterial',
      key: 'finish',
      labelZh: '饰面材料',
      labelEn: 'Finish material',
      rows: [
        { when: 'OAK', value: 'VENEER-OAK' },
        { when: 'WALNUT', value: 'VENEER-胡桃木' },
        { when: 'WHITE', value: 'PAINT-WHITE' },
        { when: 'GREY', value: 'PAINT-GREY' },
      ],
    },
    {
      name: 'casingW',
      key: 'casing',
      rows: [
        { when: '60', value: 60 },
        { when: '80', value: 80 },
      ],
    },
    {
      name: 'casingCode',
      key: 'casing',
      rows: [
        { when: '60', value: 'CASING-60' },
        { when: '80', value: 'CASING-80' },
      ],
    },
    LOCK_TABLE,
  ],
  components: [
    ...swingStiles({ hinged: 'hinged', pair: 'pair', passiveStileW: 'passiveStileW', route: LVL_LEAF_ROUTE }),
    rule({
      name: '门边(推拉) sliding stile',
      kind: 'stile',
      material: 'LVL-40',
      length: 'leafH',
      width: 'stileW',
      thickness: 'frameT',
      quantity: '2*leaves',
      condition: "doorType == 'sliding'",
      edgeBanding: { L1: EDGE_BAND },
      leaf: 'each',
    }),
    ...leafBody({
      tag: '',
      w: 'leafW',
      stile: 'stileW',
      n: 'leaves',
      condition: 'equalLeaves',
      leaf: 'each',
      route: LVL_LEAF_ROUTE,
      coreLength: 'leafH - railTopW - railBottomW',
      finishes: ['wood', 'paint'],
    }),
    ...(['(母)', '(子)'] as const).flatMap((tag) =>
      leafBody({
        tag,
        w: tag === '(母)' ? 'MW' : 'slaveW',
        stile: tag === '(母)' ? 'stileW' : 'slaveStileW',
        n: '1',
        condition: "doorType == 'unequal_pair'",
        leaf: tag === '(母)' ? 'master' : 'slave',
        route: LVL_LEAF_ROUTE,
        coreLength: 'leafH - railTopW - railBottomW',
        finishes: ['wood', 'paint'],
      }),
    ),
    ...frameAndCasing({ casingCode: '{casingCode}', stops: 'hinged', stopHeight: 'doorClearH' }),
    rule({
      name: '中横框 transom bar',
      kind: 'head',
      material: 'JAMB-BOARD',
      length: 'clearW',
      width: 'T',
      thickness: 'jambT',
      quantity: '1',
      condition: 'transom',
      route: FRAME_ROUTE,
      packageGroup: 'frame',
    }),
    rule({
      name: '亮子玻璃 transom glass',
      kind: 'glass',
      material: 'GLASS-5',
      length: 'clearW - 2*glassPlay',
      width: 'transomH - 2*glassPlay',
      thickness: '5',
      quantity: '1',
      condition: 'transom',
      cutKind: 'none',
      grain: 'free',
      route: ['packing'],
      packageGroup: 'glass',
    }),
    // glazing beads hold the glass on both faces: horizontals run through, verticals fit between them
    rule({
      name: '亮子压条横 transom bead, horizontal',
      kind: 'stop',
      material: 'STOP-20',
      length: 'clearW',
      width: 'stopW',
      thickness: 'stopT',
      quantity: '4',
      condition: 'transom',
      route: CASING_ROUTE,
      packageGroup: 'frame',
    }),
    rule({
      name: '亮子压条竖 transom bead, vertical',
      kind: 'stop',
      material: 'STOP-20',
      length: 'transomH - 2*stopW',
      width: 'stopW',
      thickness: 'stopT',
      quantity: '4',
      condition: 'transom',
      route: CASING_ROUTE,
      packageGroup: 'frame',
    }),
    hardware('合页 hinge', 'HINGE-4', 'hinges * leaves', 'hinged'),
    hardware('插芯锁 mortise lock', '{lockCode}', '1', 'hinged'),
    hardware('门吸 door stopper', 'STOPPER', "if(doorType == 'double', 2, 1)", 'hinged'),
    hardware('天地插销 flush bolt', 'FLUSH-BOLT', '1', 'pair'),
    hardware('吊轨 track', 'TRACK', '1', "doorType == 'sliding'"),
    hardware('吊轮 hanger', 'HANGER', '2*leaves', "doorType == 'sliding'"),
    hardware('拉手 pull handle', 'HANDLE-PULL', 'leaves', "doorType == 'sliding'"),
  ],
};

/**
 * 模压门: a framed leaf with a mid rail, honeycomb core and two pressed skins, painted only; sized by the Foshan
 * form's lumped deductions (leaf H = H − 45, leaf W = W − 70, §1.3), single or double, with an optional glass
 * light above the mid rail. The demo frames it in LVL (the shop's finger-jointed pine is stocked as LVL-40 here).
 */
const MY01: ProductDefinition = {
  code: 'PD-MY01',
  nameZh: '模压门系列',
  nameEn: 'Moulded door series',
  doorType: 'single',
  widthRange: { min: 600, max: 1800 },
  heightRange: { min: 1800, max: 2400 },
  wallThicknessRange: { min: 80, max: 300 },
  parameters: {
    jambT: 25,
    deductH: 45,
    deductW: 70,
    gapMeet: 4,
    leafT: 40,
    skinT: 8,
    stileW: 90,
    railTopW: 90,
    railBottomW: 120,
    midRailW: 90,
    glassH: 800,
    glassPlay: 3,
    casingW: 60,
    casingT: 12,
    stopW: 20,
    stopT: 12,
    paintKgPerM2: 0.3,
  },
  inputs: [
    {
      name: 'doorType',
      labelZh: '门类型',
      labelEn: 'Door type',
      type: 'enum',
      options: [DOOR_TYPE_OPTIONS.single, DOOR_TYPE_OPTIONS.double],
      default: 'single',
      aliases: ['门类型', '类型'],
    },
    {
      name: 'glass',
      labelZh: '玻璃',
      labelEn: 'Glass light',
      type: 'boolean',
      default: false,
      aliases: ['是否带玻璃', '玻璃型号'],
    },
  ],
  derived: [
    { name: 'clearW', formula: 'W - 2*jambT', labelZh: '净宽', labelEn: 'Clear width' },
    { name: 'clearH', formula: 'H - jambT', labelZh: '净高', labelEn: 'Clear height' },
    { name: 'frameT', formula: 'leafT - 2*skinT', labelZh: '框厚', labelEn: 'Frame thickness' },
    { name: 'leafH', formula: 'H - deductH', labelZh: '扇高', labelEn: 'Leaf height' },
    {
      name: 'leafW',
      formula: "if(doorType == 'double', (W - deductW - gapMeet) / 2, W - deductW)",
      labelZh: '扇宽',
      labelEn: 'Leaf width',
    },
    { name: 'hinged', formula: '1' },
    { name: 'pair', formula: "doorType == 'double'" },
    { name: 'hinges', formula: 'if(leafH <= 2100, 3, 4)', labelZh: '每扇合页数', labelEn: 'Hinges per leaf' },
    // the glass light sits under the top rail, a mid rail below it; the core fills the rest
    {
      name: 'coreL',
      formula: 'leafH - railTopW - railBottomW - glass * (glassH + midRailW)',
      labelZh: '门芯长',
      labelEn: 'Core length',
    },
  ],
  tables: [
    {
      name: 'finishMaterial',
      key: 'finish',
      labelZh: '面漆',
      labelEn: 'Paint',
      rows: [
        { when: 'WHITE', value: 'PAINT-WHITE' },
        { when: 'GREY', value: 'PAINT-GREY' },
      ],
    },
    {
      name: 'finishKind',
      key: 'finish',
      rows: [
        { when: 'WHITE', value: 'paint' },
        { when: 'GREY', value: 'paint' },
      ],
    },
    LOCK_TABLE,
  ],
  components: [
    ...swingStiles({ hinged: 'hinged', pair: 'pair', passiveStileW: 'stileW', route: MY_LEAF_ROUTE }),
    ...leafBody({
      tag: '',
      w: 'leafW',
      stile: 'stileW',
      n: 'leaves',
      condition: '1',
      leaf: 'each',
      route: MY_LEAF_ROUTE,
      coreLength: 'coreL',
      finishes: ['paint'],
      skinFeatures: [{ kind: 'glass_cutout', quantity: 'glass', side: 'face' }],
    }),
    rule({
      name: '中档 mid rail',
      kind: 'rail',
      material: 'LVL-40',
      length: 'leafW - 2*stileW',
      width: 'midRailW',
      thickness: 'frameT',
      quantity: 'leaves',
      condition: 'glass',
      route: MY_LEAF_ROUTE,
      leaf: 'each',
    }),
    rule({
      name: '玻璃 glass light',
      kind: 'glass',
      material: 'GLASS-5',
      length: 'glassH - 2*glassPlay',
      width: 'leafW - 2*stileW - 2*glassPlay',
      thickness: '5',
      quantity: 'leaves',
      condition: 'glass',
      cutKind: 'none',
      grain: 'free',
      route: ['packing'],
      packageGroup: 'glass',
    }),
    rule({
      name: '玻璃压条横 glass bead, horizontal',
      kind: 'stop',
      material: 'STOP-20',
      length: 'leafW - 2*stileW',
      width: 'stopW',
      thickness: 'stopT',
      quantity: '4*leaves',
      condition: 'glass',
      route: CASING_ROUTE,
      leaf: 'each',
    }),
    rule({
      name: '玻璃压条竖 glass bead, vertical',
      kind: 'stop',
      material: 'STOP-20',
      length: 'glassH - 2*stopW',
      width: 'stopW',
      thickness: 'stopT',
      quantity: '4*leaves',
      condition: 'glass',
      route: CASING_ROUTE,
      leaf: 'each',
    }),
    ...frameAndCasing({ casingCode: 'CASING-60', stops: '1', stopHeight: 'clearH' }),
    hardware('合页 hinge', 'HINGE-4', 'hinges * leaves', '1'),
    hardware('插芯锁 mortise lock', '{lockCode}', '1', '1'),
    hardware('门吸 door stopper', 'STOPPER', 'leaves', '1'),
    hardware('天地插销 flush bolt', 'FLUSH-BOLT', '1', 'pair'),
  ],
};

export const DEMO_PRODUCTS: ProductDefinition[] = [LVL01, MY01];

/**
 * LVL and jamb board are ripped to each part's width (stiles 120, rails 150/200; jamb legs as wide as the wall);
 * casings and stops come in their final profile. Uncut materials are counted in their purchase unit.
 */
export const DEMO_MATERIALS: MaterialInput[] = [
  {
    code: 'LVL-40',
    nameZh: 'LVL 门边料 40mm',
    nameEn: 'LVL stile stock 40 mm',
    cutKind: 'linear',
    unit: 'm',
    profile: 'rip',
    thickness: 40,
    stockSizes: [
      { length: 2700, cost: 68 },
      { length: 3000, cost: 76 },
    ],
    stockLength: 2700,
    sheetWidth: null,
    sheetLength: null,
    kerf: 4,
    trim: 5,
    minRemnant: 300,
  },
  {
    code: 'HDF-8',
    nameZh: '高密度板 8厘',
    nameEn: 'HDF skin board 8 mm',
    cutKind: 'sheet',
    unit: 'm2',
    thickness: 8,
    stockSizes: [{ width: 1220, length: 2440, cost: 65 }],
    stockLength: null,
    sheetWidth: 1220,
    sheetLength: 2440,
    kerf: 4,
    trim: 5,
    minRemnant: 200,
  },
  {
    code: 'JAMB-BOARD',
    nameZh: '门套板',
    nameEn: 'Jamb board',
    cutKind: 'linear',
    unit: 'm',
    profile: 'rip',
    thickness: 25,
    stockSizes: [{ length: 2750 }],
    stockLength: 2750,
    sheetWidth: null,
    sheetLength: null,
    kerf: 4,
    trim: 5,
    minRemnant: 300,
  },
  {
    code: 'CASING-60',
    nameZh: '门套线 60mm',
    nameEn: 'Casing 60 mm',
    cutKind: 'linear',
    unit: 'm',
    profile: 'fixed',
    width: 60,
    thickness: 12,
    stockSizes: [{ length: 2750 }],
    stockLength: 2750,
    sheetWidth: null,
    sheetLength: null,
    kerf: 4,
    trim: 5,
    minRemnant: 300,
  },
  {
    code: 'CASING-80',
    nameZh: '门套线 80mm',
    nameEn: 'Casing 80 mm',
    cutKind: 'linear',
    unit: 'm',
    profile: 'fixed',
    width: 80,
    thickness: 12,
    stockSizes: [{ length: 2750 }],
    stockLength: 2750,
    sheetWidth: null,
    sheetLength: null,
    kerf: 4,
    trim: 5,
    minRemnant: 300,
  },
  {
    code: 'STOP-20',
    nameZh: '挡条 20mm',
    nameEn: 'Door stop 20 mm',
    cutKind: 'linear',
    unit: 'm',
    profile: 'fixed',
    width: 20,
    thickness: 12,
    stockSizes: [{ length: 2750 }],
    stockLength: 2750,
    sheetWidth: null,
    sheetLength: null,
    kerf: 4,
    trim: 5,
    minRemnant: 300,
  },
  {
    code: 'VENEER-OAK',
    nameZh: '橡木木皮',
    nameEn: 'Oak veneer',
    cutKind: 'none',
    unit: 'm2',
    thickness: 0.6,
    stockSizes: [],
    stockLength: null,
    sheetWidth: null,
    sheetLength: null,
    kerf: 0,
    trim: 0,
  },
  {
    code: 'VENEER-WALNUT',
    nameZh: '胡桃木木皮',
    nameEn: 'Walnut veneer',
    cutKind: 'none',
    unit: 'm2',
    thickness: 0.6,
    stockSizes: [],
    stockLength: null,
    sheetWidth: null,
    sheetLength: null,
    kerf: 0,
    trim: 0,
  },
  {
    code: 'VENEER-胡桃木',
    nameZh: '黑胡桃木皮',
    nameEn: 'Black walnut veneer',
    cutKind: 'none',
    unit: 'm2',
    thickness: 0.6,
    stockSizes: [],
    stockLength: null,
    sheetWidth: null,
    sheetLength: null,
    kerf: 0,
    trim: 0,
  },
  {
    code: 'EDGE-PVC-22',
    nameZh: 'PVC 封边条 22mm',
    nameEn: 'PVC edge band 22 mm',
    cutKind: 'none',
    unit: 'm',
    thickness: 1,
    stockSizes: [],
    stockLength: null,
    sheetWidth: null,
    sheetLength: null,
    kerf: 0,
    trim: 0,
  },
  {
    code: 'HONEYCOMB',
    nameZh: '蜂窝纸芯',
    nameEn: 'Honeycomb core',
    cutKind: 'none',
    unit: 'm2',
    thickness: null,
    stockSizes: [],
    stockLength: null,
    sheetWidth: null,
    sheetLength: null,
    kerf: 0,
    trim: 0,
  },
  {
    code: 'PAINT-WHITE',
    nameZh: '白色面漆',
    nameEn: 'White topcoat paint',
    cutKind: 'none',
    unit: 'kg',
    thickness: null,
    stockSizes: [],
    stockLength: null,
    sheetWidth: null,
    sheetLength: null,
    kerf: 0,
    trim: 0,
  },
  {
    code: 'PAINT-GREY',
    nameZh: '灰色面漆',
    nameEn: 'Grey topcoat paint',
    cutKind: 'none',
    unit: 'kg',
    thickness: null,
    stockSizes: [],
    stockLength: null,
    sheetWidth: null,
    sheetLength: null,
    kerf: 0,
    trim: 0,
  },
  {
    code: 'GLASS-5',
    nameZh: '5mm 钢化玻璃',
    nameEn: 'Tempered glass 5 mm',
    cutKind: 'none',
    unit: 'm2',
    thickness: 5,
    stockSizes: [],
    stockLength: null,
    sheetWidth: null,
    sheetLength: null,
    kerf: 0,
    trim: 0,
  },
  {
    code: 'HINGE-4',
    nameZh: '4寸合页',
    nameEn: 'Hinge 4 in',
    cutKind: 'none',
    unit: 'pcs',
    thickness: null,
    stockSizes: [],
    stockLength: null,
    sheetWidth: null,
    sheetLength: null,
    kerf: 0,
    trim: 0,
  },
  {
    code: 'LOCK-MORTISE',
    nameZh: '插芯锁',
    nameEn: 'Mortise lock set',
    cutKind: 'none',
    unit: 'set',
    thickness: null,
    stockSizes: [],
    stockLength: null,
    sheetWidth: null,
    sheetLength: null,
    kerf: 0,
    trim: 0,
  },
  {
    code: 'LOCK-MORTISE-L',
    nameZh: '插芯锁（左企口）',
    nameEn: 'Mortise lock set, left faceplate',
    cutKind: 'none',
    unit: 'set',
    thickness: null,
    stockSizes: [],
    stockLength: null,
    sheetWidth: null,
    sheetLength: null,
    kerf: 0,
    trim: 0,
  },
  {
    code: 'LOCK-MORTISE-R',
    nameZh: '插芯锁（右企口）',
    nameEn: 'Mortise lock set, right faceplate',
    cutKind: 'none',
    unit: 'set',
    thickness: null,
    stockSizes: [],
    stockLength: null,
    sheetWidth: null,
    sheetLength: null,
    kerf: 0,
    trim: 0,
  },
  {
    code: 'STOPPER',
    nameZh: '门吸',
    nameEn: 'Door stopper',
    cutKind: 'none',
    unit: 'pcs',
    thickness: null,
    stockSizes: [],
    stockLength: null,
    sheetWidth: null,
    sheetLength: null,
    kerf: 0,
    trim: 0,
  },
  {
    code: 'FLUSH-BOLT',
    nameZh: '天地插销',
    nameEn: 'Flush bolt set',
    cutKind: 'none',
    unit: 'set',
    thickness: null,
    stockSizes: [],
    stockLength: null,
    sheetWidth: null,
    sheetLength: null,
    kerf: 0,
    trim: 0,
  },
  {
    code: 'TRACK',
    nameZh: '吊轨',
    nameEn: 'Sliding track',
    cutKind: 'none',
    unit: 'set',
    thickness: null,
    stockSizes: [],
    stockLength: null,
    sheetWidth: null,
    sheetLength: null,
    kerf: 0,
    trim: 0,
  },
  {
    code: 'HANGER',
    nameZh: '吊轮',
    nameEn: 'Track hanger',
    cutKind: 'none',
    unit: 'pcs',
    thickness: null,
    stockSizes: [],
    stockLength: null,
    sheetWidth: null,
    sheetLength: null,
    kerf: 0,
    trim: 0,
  },
  {
    code: 'HANDLE-PULL',
    nameZh: '拉手',
    nameEn: 'Pull handle',
    cutKind: 'none',
    unit: 'pcs',
    thickness: null,
    stockSizes: [],
    stockLength: null,
    sheetWidth: null,
    sheetLength: null,
    kerf: 0,
    trim: 0,
  },
];
