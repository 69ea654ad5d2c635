import type { components } from '../../../../../../clients/typescript/schema';
import type { FieldName } from '../../../api/field-errors';
import {
  DOOR_TYPE_INPUT,
  DOOR_TYPES,
  type DoorType,
  type InputForm,
  type RangeForm,
  type TableForm,
} from '../model-form';

export type PreviewLine = components['schemas']['PreviewLineDto'];
export type PreviewRequest = components['schemas']['ProductPreviewRequestDto'];
export type Preview = components['schemas']['ProductPreviewDto'];
export type PreviewPart = components['schemas']['PreviewPartDto'];
export type OptionValue = string | number | boolean;

/**
 * The door the planner tries, as the preview's inputs hold it (an emptied number is null): sizes, the handing as
 * a code ('' for none given), the finish, and a value per model input (empty: the input's default).
 */
export type PreviewLineForm = {
  width: number | null;
  height: number | null;
  wallThickness: number | null;
  masterWidth: number | null;
  quantity: number | null;
  swing: string;
  finish: string;
  options: Record<string, OptionValue | null | undefined>;
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

/** The door type a line of the model has when it chooses none: the door-type input's default, else the model's. */
export function defaultDoorType(model: {
  doorType: DoorType;
  inputs?: Pick<InputForm, 'name' | 'default'>[];
}): DoorType {
  const chosen = (model.inputs ?? []).find((input) => input.name === DOOR_TYPE_INPUT)?.default;
  return DOOR_TYPES.includes(chosen as DoorType) ? (chosen as DoorType) : model.doorType;
}

/** A 子母门's master leaf: two thirds of the opening (三七开 and 800 in 1200 are both near it), to the 10 mm. */
export function typicalMasterWidth(width: number): number {
  return Math.round((width * 2) / 3 / 10) * 10;
}

/**
 * A typical opening of the model's type, moved inside its ranges: 900 × 2100 in a 120 mm wall for a single door;
 * the first finish a table is keyed by (a table of finishes has no row for a door without one).
 */
export function defaultPreviewLine(model: {
  doorType: DoorType;
  inputs?: Pick<InputForm, 'name' | 'default'>[];
  tables?: Pick<TableForm, 'key' | 'rows'>[];
  widthRange?: RangeForm;
  heightRange?: RangeForm;
  wallThicknessRange?: RangeForm;
}): PreviewLineForm {
  const typical = TYPICAL[defaultDoorType(model)] ?? TYPICAL.single;
  const finish = (model.tables ?? []).find((table) => table.key === 'finish')?.rows[0]?.when ?? '';
  return {
    width: within(typical.width, model.widthRange),
    height: within(2100, model.heightRange),
    wallThickness: within(120, model.wallThicknessRange),
    masterWidth: typical.masterWidth,
    quantity: 1,
    swing: '',
    finish,
    options: {},
  };
}

/**
 * The line the api takes, or null while width, height or wall thickness is empty (nothing to preview yet). Only
 * the values of the model's inputs (by name) are sent: an input just removed from the rules is not the line's.
 */
export function toPreviewLine(form: PreviewLineForm, inputs: Pick<InputForm, 'name'>[] = []): PreviewLine | null {
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
  const options: Record<string, OptionValue> = {};
  for (const { name } of inputs) {
    const value = form.options?.[(name ?? '').trim()];
    if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) continue;
    options[name.trim()] = typeof value === 'string' ? value.trim() : value;
  }
  if (Object.keys(options).length > 0) line.options = options;
  return line;
}

/** `line.width` → the preview's own `width` field, `line.options.doorType` → its door type; null for the rules'. */
export function previewFieldOf(apiField: string): FieldName | null {
  const match = /^line\.(width|height|wallThickness|masterWidth|quantity|swing|finish)$/.exec(apiField);
  if (match) return [match[1]];
  const option = /^line\.options\.(.+)$/.exec(apiField);
  return option ? ['options', option[1]] : null;
}
