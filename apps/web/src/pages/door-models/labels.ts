import type { MessageKey } from '../../shell/menu';
import type { ComponentRule, DoorType, ProcessCode } from './model-form';

/** The words of the rules' codes, per language (codes stay in the data; people read these). */
export const DOOR_TYPE_LABEL: Record<DoorType, MessageKey> = {
  single: 'doorModels.doorType.single',
  double: 'doorModels.doorType.double',
  unequal_pair: 'doorModels.doorType.unequal_pair',
  sliding: 'doorModels.doorType.sliding',
  cased_opening: 'doorModels.doorType.cased_opening',
};

export const KIND_LABEL: Record<ComponentRule['kind'], MessageKey> = {
  stile: 'doorModels.kind.stile',
  rail: 'doorModels.kind.rail',
  skin: 'doorModels.kind.skin',
  core: 'doorModels.kind.core',
  jamb: 'doorModels.kind.jamb',
  head: 'doorModels.kind.head',
  casing: 'doorModels.kind.casing',
  stop: 'doorModels.kind.stop',
  glass: 'doorModels.kind.glass',
  hardware: 'doorModels.kind.hardware',
  edge: 'doorModels.kind.edge',
  other: 'doorModels.kind.other',
};

export const GRAIN_LABEL: Record<ComponentRule['grain'], MessageKey> = {
  free: 'doorModels.grain.free',
  length: 'doorModels.grain.length',
  width: 'doorModels.grain.width',
};

export const PROCESS_LABEL: Record<ProcessCode, MessageKey> = {
  cutting: 'doorModels.process.cutting',
  pressing: 'doorModels.process.pressing',
  edge_banding: 'doorModels.process.edge_banding',
  cnc: 'doorModels.process.cnc',
  sanding: 'doorModels.process.sanding',
  veneering: 'doorModels.process.veneering',
  painting: 'doorModels.process.painting',
  assembly: 'doorModels.process.assembly',
  packing: 'doorModels.process.packing',
};

export const PACKAGE_GROUP_LABEL: Record<ComponentRule['packageGroup'], MessageKey> = {
  leaf: 'doorModels.packageGroup.leaf',
  frame: 'doorModels.packageGroup.frame',
  casing: 'doorModels.packageGroup.casing',
  hardware: 'doorModels.packageGroup.hardware',
  glass: 'doorModels.packageGroup.glass',
};

export const CUT_KIND_LABEL: Record<ComponentRule['cutKind'], MessageKey> = {
  linear: 'materials.cutKind.linear',
  sheet: 'materials.cutKind.sheet',
  none: 'materials.cutKind.none',
};
