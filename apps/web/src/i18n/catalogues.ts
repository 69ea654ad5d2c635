import type admin from './zh-CN/admin.json';
import type cutPatterns from './zh-CN/cut-patterns.json';
import type dashboard from './zh-CN/dashboard.json';
import type doorModels from './zh-CN/door-models.json';
import type machines from './zh-CN/machines.json';
import type labels from './zh-CN/labels.json';
import type packingAccuracy from './zh-CN/packing-accuracy.json';
import type packingSettings from './zh-CN/packing-settings.json';
import type shipments from './zh-CN/shipments.json';
import type loading from './zh-CN/loading.json';
import type packingStation from './zh-CN/packing-station.json';
import type materials from './zh-CN/materials.json';
import type orders from './zh-CN/orders.json';
import type parts from './zh-CN/parts.json';
import type processes from './zh-CN/processes.json';
import type purchasing from './zh-CN/purchasing.json';
import type remnantReceiving from './zh-CN/remnant-receiving.json';
import type scan from './zh-CN/scan.json';
import type shell from './zh-CN/shell.json';
import type splitRuns from './zh-CN/split-runs.json';
import type station from './zh-CN/station.json';
import type warehouse from './zh-CN/warehouse.json';
import type workOrders from './zh-CN/work-orders.json';

/**
 * One catalogue per area of the app (zh-CN/<area>.json and en/<area>.json), merged into one flat set of keys:
 * each screen's texts sit next to each other, and adding a screen adds files rather than editing shared ones.
 */
export type MessageKey = keyof (typeof admin &
  typeof cutPatterns &
  typeof dashboard &
  typeof doorModels &
  typeof machines &
  typeof labels &
  typeof packingAccuracy &
  typeof packingSettings &
  typeof shipments &
  typeof loading &
  typeof packingStation &
  typeof materials &
  typeof orders &
  typeof parts &
  typeof processes &
  typeof purchasing &
  typeof remnantReceiving &
  typeof scan &
  typeof shell &
  typeof splitRuns &
  typeof station &
  typeof warehouse &
  typeof workOrders);

export type Catalogue = Record<string, string>;

function merge(files: Record<string, Catalogue>): Catalogue {
  const merged: Catalogue = {};
  for (const [file, catalogue] of Object.entries(files)) {
    for (const [key, text] of Object.entries(catalogue)) {
      // two areas claiming one key would make one of them show the other's text
      if (key in merged) throw new Error(`translation key ${key} is in two catalogues (${file})`);
      merged[key] = text;
    }
  }
  return merged;
}

export const CATALOGUES: Record<'zh-CN' | 'en', Catalogue> = {
  'zh-CN': merge(import.meta.glob<Catalogue>('./zh-CN/*.json', { eager: true, import: 'default' })),
  en: merge(import.meta.glob<Catalogue>('./en/*.json', { eager: true, import: 'default' })),
};

/** The area files of each language, by name, for the test that keeps the two languages alike. */
export const AREA_FILES = {
  'zh-CN': Object.keys(import.meta.glob('./zh-CN/*.json')).map((path) => path.slice('./zh-CN/'.length)),
  en: Object.keys(import.meta.glob('./en/*.json')).map((path) => path.slice('./en/'.length)),
};
