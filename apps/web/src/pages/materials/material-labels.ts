import { formatMm } from '../../i18n/format';
import type { Language } from '../../i18n/i18n';
import type { MessageKey } from '../../shell/menu';
import type { LinearProfile, Material, MaterialUnit } from './material-form';

export const UNIT_LABEL: Record<MaterialUnit, MessageKey> = {
  m: 'materials.unit.m',
  m2: 'materials.unit.m2',
  pcs: 'materials.unit.pcs',
  set: 'materials.unit.set',
  kg: 'materials.unit.kg',
  l: 'materials.unit.l',
};

export const PROFILE_LABEL: Record<LinearProfile, MessageKey> = {
  rip: 'materials.profile.rip',
  fixed: 'materials.profile.fixed',
};

/** A bar's profile as a planner reads it: `Fixed 60 mm` or `Ripped`; nothing for sheets and uncut material. */
export function profileText(
  material: Pick<Material, 'profile' | 'width'>,
  t: (key: MessageKey) => string,
  language: Language,
): string {
  if (material.profile === null) return '';
  const label = t(PROFILE_LABEL[material.profile]);
  return material.profile === 'fixed' && material.width !== null
    ? `${label} ${formatMm(material.width, language)}`
    : label;
}
