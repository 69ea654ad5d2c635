import type { MessageKey } from '../../shell/menu';
import type { ComponentRule, DoorType } from './model-form';

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
