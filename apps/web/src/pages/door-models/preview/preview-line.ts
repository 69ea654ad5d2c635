import type { components } from '../../../../../../clients/typescript/schema';
import type { DoorType, RangeForm } from '../model-form';

export type PreviewLine = components['schemas']['PreviewLineDto'];
export type PreviewRequest = components['schemas']['ProductPreviewRequestDto'];
export type Preview = components['schemas']['ProductPreviewDto'];
export type PreviewPart = components['schemas']['PreviewPartDto'];

/** The sizes the planner tries, as the preview's inputs hold them (an emptied number is null). */
export type PreviewLineForm = {
  width: number | null;
  height: number | null;
  wallThickness: number | null;
  masterWidth: number | null;
  quantity: number | null;
  swing: string;
  finish: string;
};

/** A door a planner would try first, by type (子母门: a 800 mm master leaf in a 1200 mm opening). */
const TYPICAL: Record<DoorType, { width: number; masterWidth: number | null }> = {
  single: { width: 900, masterWidth: null },
  double: { width: 1500, masterWidth: null },
  unequal_pair: { width: 1200, masterWidth: 800 },
  sliding: { width: 1600, masterWidth: null },
  cased_opening: { width: 900, masterWidth: null },
};

function within(value: number, range: RangeForm | undefined): number {
  const min = range?.min ?? value;
  const max = range?.max ?? value;
  return Math.min(Math.max(value, min), Math.max(min, max));
}

/** A typical opening of the model's type, moved inside its ranges: 900 × 2100 in a 120 mm wall for a single door. */
export function defaultPreviewLine(model: {
  doorType: DoorType;
  widthRange?: RangeForm;
  heightRange?: RangeForm;
  wallThicknessRange?: RangeForm;
}): PreviewLineForm {
  const typical = TYPICAL[model.doorType] ?? TYPICAL.single;
  return {
    width: within(typical.width, model.widthRange),
    height: within(2100, model.heightRange),
    wallThickness: within(120, model.wallThicknessRange),
    masterWidth: typical.masterWidth,
    quantity: 1,
    swing: '',
    finish: '',
  };
}

/** The line the api takes, or null while width, height or wall thickness is empty (nothing to preview yet). */
export function toPreviewLine(form: PreviewLineForm): PreviewLine | null {
  if ([form.width, form.height, form.wallThickness].some((size) => size === null || size === undefined)) return null;
  const line: PreviewLine = {
    width: form.width as number,
    height: form.height as number,
    wallThickness: form.wallThickness as number,
    quantity: form.quantity ?? 1,
  };
  if (form.masterWidth !== null && form.masterWidth !== undefined) line.masterWidth = form.masterWidth;
  if ((form.swing ?? '').trim() !== '') line.swing = form.swing.trim();
  if ((form.finish ?? '').trim() !== '') line.finish = form.finish.trim();
  return line;
}

/** `line.width` → the preview's own `width` field; null for fields of the rules (`product.…`). */
export function previewFieldOf(apiField: string): keyof PreviewLineForm | null {
  const match = /^line\.(width|height|wallThickness|masterWidth|quantity|swing|finish)$/.exec(apiField);
  return match ? (match[1] as keyof PreviewLineForm) : null;
}
