import type { ProcessDefinition } from './processes';

/** What the demo factory adds to the nine: steps a real LVL-frame / carved-door shop has (published demo data). */
export const DEMO_PROCESSES: readonly ProcessDefinition[] = [
  { code: 'trimming', nameZh: '精裁', nameEn: 'Finish trimming', minWaitMinutes: 0 },
  // glue of a cold-pressed leaf cures a day before it may be edged or sanded
  { code: 'curing', nameZh: '养生', nameEn: 'Curing', minWaitMinutes: 1440 },
  { code: 'framing', nameZh: '组框', nameEn: 'Frame assembly', minWaitMinutes: 0 },
  { code: 'carving', nameZh: '雕刻', nameEn: 'Carving', minWaitMinutes: 0 },
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
