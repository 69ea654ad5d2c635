import type { ProcessDefinition } from './processes';

/** What the demo factory adds to the nine: steps a real LVL-frame / carved-door shop has (published demo data). */
export const DEMO_PROCESSES: readonly ProcessDefinition[] = [
  {
    code: 'trimming',
    nameZh: '精裁',
    nameEn: 'Finish trimming',
    minWaitMinutes: 0,
    instructions: '按流转卡尺寸精裁，公差 ±0.5 mm；每批首件量尺寸并记录。',
  },
  // glue of a cold-pressed leaf cures a day before it may be edged or sanded
  {
    code: 'curing',
    nameZh: '养生',
    nameEn: 'Curing',
    minWaitMinutes: 1440,
    instructions: '出压后平放静置 24 小时，每垛不超过 30 片，垛间加垫条；\n出库前抽检开胶、鼓包。',
  },
  {
    code: 'framing',
    nameZh: '组框',
    nameEn: 'Frame assembly',
    minWaitMinutes: 0,
    instructions: '组框后量对角线，差值不超过 2 mm。',
  },
  {
    code: 'carving',
    nameZh: '雕刻',
    nameEn: 'Carving',
    minWaitMinutes: 0,
    instructions: '调用门型对应的雕刻程序；首件核对花型与开向。',
  },
];

/** The demo factory's list in shop order, its own steps among the nine. */
export const DEMO_PROCESS_ORDER: readonly string[] = [
  'cutting',
  'trimming',
  'framing',
  'pressing',
  'curing',
  'edge_banding',
  'cnc',
  'carving',
  'sanding',
  'veneering',
  'painting',
  'assembly',
  'packing',
];
