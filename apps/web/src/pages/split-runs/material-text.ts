import type { components } from '../../../../../clients/typescript/schema';
import { formatMm } from '../../i18n/format';
import type { Language } from '../../i18n/i18n';
import type { MessageKey } from '../../shell/menu';
import type { Said } from './run-text';

type MaterialUnit = components['schemas']['MaterialUnit'];
type Translate = (key: MessageKey, values?: Record<string, unknown>) => string;

const QUANTITY_LABEL: Record<MaterialUnit, MessageKey> = {
  m: 'splitRuns.quantity.m',
  m2: 'splitRuns.quantity.m2',
  pcs: 'splitRuns.quantity.pcs',
  set: 'splitRuns.quantity.set',
  kg: 'splitRuns.quantity.kg',
  l: 'splitRuns.quantity.l',
};

/** Counted units a language says differently for one (1 set, 2 sets). */
const QUANTITY_ONE_LABEL: Partial<Record<MaterialUnit, MessageKey>> = {
  pcs: 'splitRuns.quantityOne.pcs',
  set: 'splitRuns.quantityOne.set',
};

const COUNTED: ReadonlySet<MaterialUnit> = new Set(['pcs', 'set']);

/**
 * A requirement in its material's unit as a planner orders it: measures to one decimal (`16.6 m²`, `42.3 m`,
 * `3.2 kg`), a measure under 0.05 to two significant digits so it does not read as none; counts as they are
 * (`12 套`), the api's three decimals at most.
 */
export function requirementQuantity(quantity: number, unit: MaterialUnit, language: Language): Said {
  const counted = COUNTED.has(unit);
  const tiny = !counted && quantity !== 0 && Math.abs(quantity) < 0.05;
  const value = new Intl.NumberFormat(
    language,
    tiny ? { maximumSignificantDigits: 2 } : { maximumFractionDigits: counted ? 3 : 1 },
  ).format(quantity);
  const key = (quantity === 1 ? QUANTITY_ONE_LABEL[unit] : undefined) ?? QUANTITY_LABEL[unit];
  return { key, params: { value } };
}

/**
 * What a linear cut plan's bars are beyond their material: the width they are ripped to and the parts' thickness
 * (`开料宽 150 mm · 厚 40 mm`); empty for a plan with neither (sheets of unknown thickness, runs saved before them).
 */
export function planProfileText(
  plan: { ripWidth: number | null; thickness: number | null },
  t: Translate,
  language: Language,
): string {
  const words: string[] = [];
  if (plan.ripWidth !== null)
    words.push(t('splitRuns.cutPlans.ripWidth', { value: formatMm(plan.ripWidth, language) }));
  if (plan.thickness !== null)
    words.push(t('splitRuns.cutPlans.thickness', { value: formatMm(plan.thickness, language) }));
  return words.join(' · ');
}
