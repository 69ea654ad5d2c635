import type { TFunction } from 'i18next';
import type { components } from '../../../../clients/typescript/schema';
import type { MessageKey } from '../shell/menu';

type Schemas = components['schemas'];

/**
 * The words for the processes every factory starts with. A route names the factory's own process codes, so a code
 * added on the processes screen (养生, 组框…) has no entry here: `processLabel` falls back to its name or code.
 */
export const PROCESS_LABEL: Record<string, MessageKey> = {
  cutting: 'part.process.cutting',
  pressing: 'part.process.pressing',
  edge_banding: 'part.process.edge_banding',
  cnc: 'part.process.cnc',
  sanding: 'part.process.sanding',
  veneering: 'part.process.veneering',
  painting: 'part.process.painting',
  assembly: 'part.process.assembly',
  packing: 'part.process.packing',
};

/** A process code in words: the factory's own name when known, else the starting list's, else the code. */
export function processLabel(code: string, t: TFunction, names?: ReadonlyMap<string, string>): string {
  const own = names?.get(code);
  if (own) return own;
  return code in PROCESS_LABEL ? t(PROCESS_LABEL[code]) : code;
}

/** The words for the codes a part carries (package group, cut kind, grain…): one wording on every screen. */
export const PACKAGE_GROUP_LABEL: Record<Schemas['PackageGroup'], MessageKey> = {
  leaf: 'part.packageGroup.leaf',
  frame: 'part.packageGroup.frame',
  casing: 'part.packageGroup.casing',
  hardware: 'part.packageGroup.hardware',
  glass: 'part.packageGroup.glass',
  none: 'part.packageGroup.none',
};

export const CUT_KIND_LABEL: Record<Schemas['CutKind'], MessageKey> = {
  linear: 'part.cutKind.linear',
  sheet: 'part.cutKind.sheet',
  none: 'part.cutKind.none',
};

export const GRAIN_LABEL: Record<Schemas['Grain'], MessageKey> = {
  free: 'part.grain.free',
  length: 'part.grain.length',
  width: 'part.grain.width',
};

/** Handings in the order a dealer's form lists them; the words are what dealers write (左内开…). */
export const HANDING_LABEL: Record<Schemas['Handing'], MessageKey> = {
  'left-in': 'part.handing.left-in',
  'left-out': 'part.handing.left-out',
  'right-in': 'part.handing.right-in',
  'right-out': 'part.handing.right-out',
  'left-sliding': 'part.handing.left-sliding',
  'right-sliding': 'part.handing.right-sliding',
  none: 'part.handing.none',
};
export const HANDINGS = Object.keys(HANDING_LABEL) as Schemas['Handing'][];

export function isHanding(value: unknown): value is Schemas['Handing'] {
  return typeof value === 'string' && value in HANDING_LABEL;
}

/** A stored handing in words; a line entered before handings were structured keeps the text it was written as. */
export function handingLabel(value: string | null | undefined, t: TFunction): string {
  if (value === null || value === undefined) return '';
  return isHanding(value) ? t(HANDING_LABEL[value]) : value;
}

export const END_CUT_LABEL: Record<Schemas['EndCut'], MessageKey> = {
  square: 'part.endCut.square',
  mitre45: 'part.endCut.mitre45',
};

export const FEATURE_KIND_LABEL: Record<Schemas['FeatureKind'], MessageKey> = {
  hinge_pocket: 'part.feature.hinge_pocket',
  lock_mortise: 'part.feature.lock_mortise',
  handle_bore: 'part.feature.handle_bore',
  groove: 'part.feature.groove',
  cnc_pattern: 'part.feature.cnc_pattern',
  glass_cutout: 'part.feature.glass_cutout',
  other: 'part.feature.other',
};

/** Where a feature goes: on a split part hinge/lock are already resolved to left/right from the line's handing. */
export const FEATURE_SIDE_LABEL: Record<Schemas['FeatureSide'] | 'left' | 'right', MessageKey> = {
  left: 'part.side.left',
  right: 'part.side.right',
  hinge: 'part.side.hinge',
  lock: 'part.side.lock',
  top: 'part.side.top',
  bottom: 'part.side.bottom',
  face: 'part.side.face',
  back: 'part.side.back',
};

export const LEAF_LABEL: Record<Schemas['LeafAssignment'], MessageKey> = {
  each: 'part.leaf.each',
  master: 'part.leaf.master',
  slave: 'part.leaf.slave',
};
