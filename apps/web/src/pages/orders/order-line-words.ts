import type { Language } from '../../i18n/i18n';
import {
  DOOR_TYPE_INPUT,
  doorTypeInput,
  doorTypeOf,
  inputsOf,
  type LineOptions,
  type OptionValue,
} from './order-form-state';
import type { DoorModel, DoorType, ModelInput } from './order-types';

/** How a yes/no input reads in the screen's language. */
export type YesNo = { yes: string; no: string };

export function inputLabel(input: Pick<ModelInput, 'labelZh' | 'labelEn'>, language: Language): string {
  return language === 'en' ? input.labelEn : input.labelZh;
}

/**
 * An input's value as the planner reads it: an enum by its label, yes/no in words, a number with its unit, a text as
 * it is; a value the model (now) does not declare as it was stored.
 */
export function optionWords(
  input: ModelInput | undefined,
  value: OptionValue | null | undefined,
  language: Language,
  yesNo: YesNo,
): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? yesNo.yes : yesNo.no;
  if (input?.type === 'enum') {
    const option = (input.options ?? []).find((o) => o.value === String(value));
    if (option) return language === 'en' ? option.labelEn : option.labelZh;
  }
  if (typeof value === 'number' && input?.unit) return `${value} ${input.unit}`;
  return String(value);
}

/**
 * The line's input values other than its door type (shown in a column of its own), as `label: value` pairs in the
 * model's order; values the model no longer declares are shown by their stored name.
 */
export function optionPairs(
  model: Pick<DoorModel, 'inputs'> | undefined,
  options: LineOptions | undefined,
  language: Language,
  yesNo: YesNo,
): { name: string; label: string; words: string }[] {
  const inputs = inputsOf(model).filter((input) => input.name !== DOOR_TYPE_INPUT);
  const declared = new Set(inputsOf(model).map((input) => input.name));
  const pairs = inputs.map((input) => ({
    name: input.name,
    label: inputLabel(input, language),
    words: optionWords(input, options?.[input.name], language, yesNo),
  }));
  for (const [name, value] of Object.entries(options ?? {})) {
    if (declared.has(name) || name === DOOR_TYPE_INPUT) continue;
    pairs.push({ name, label: name, words: optionWords(undefined, value, language, yesNo) });
  }
  return pairs.filter((pair) => pair.words !== '');
}

/**
 * A line's door type in words: the label its model's `doorType` input gives the value chosen, else the common
 * name of the type (`named`), for a model with one fixed type.
 */
export function doorTypeWords(
  model: Pick<DoorModel, 'doorType' | 'inputs'> | undefined,
  options: LineOptions | undefined,
  language: Language,
  named: (type: DoorType) => string,
): string {
  const type = doorTypeOf(model, options);
  if (!type) return '';
  const option = doorTypeInput(model)?.options?.find((o) => o.value === type);
  if (option) return language === 'en' ? option.labelEn : option.labelZh;
  return named(type);
}
