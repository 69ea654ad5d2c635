import type { components } from '../../../../clients/typescript/schema';
import type { MessageKey } from '../shell/menu';

type Schemas = components['schemas'];

/** The words for the codes a part carries (route, package group, cut kind, grain): one wording on every screen. */
export const PROCESS_LABEL: Record<Schemas['ProcessCode'], MessageKey> = {
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

export const PACKAGE_GROUP_LABEL: Record<Schemas['PackageGroup'], MessageKey> = {
  leaf: 'part.packageGroup.leaf',
  frame: 'part.packageGroup.frame',
  casing: 'part.packageGroup.casing',
  hardware: 'part.packageGroup.hardware',
  glass: 'part.packageGroup.glass',
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
