import type { ApiProblem } from '../../api/client';
import { problemFields, type FieldName } from '../../api/field-errors';
import { isModelField, problemAtForm, type ModelForm } from './model-form';
import { previewFieldOf } from './preview/preview-line';

/** The rules' lists shown as folding panels, one per entry: an error inside one unfolds it. */
export type PanelList = 'inputs' | 'tables' | 'components';
export type OpenPanels = Record<PanelList, string[]>;
export const PANEL_LISTS: readonly PanelList[] = ['inputs', 'tables', 'components'];

/** Where an api refusal of the rules (or of a preview's line) is shown: at fields, or above them in words. */
export type PlacedProblem = {
  rules: { name: FieldName; errors: string[] }[];
  /** at the preview's inputs: its sizes, handing, finish, and the model's inputs under `options` */
  line: { name: FieldName; errors: string[] }[];
  /** errors the form has no field for (`components`: too many), or the detail when none names a field */
  notes: string[];
  /** panels to unfold so their errors show, by list and index */
  panels: OpenPanels;
};

export const NO_PROBLEM: PlacedProblem = {
  rules: [],
  line: [],
  notes: [],
  panels: { inputs: [], tables: [], components: [] },
};

/** The panels holding these fields, by list: `['components', 2, 'length']` unfolds component 2. */
export function panelsOf(names: FieldName[]): OpenPanels {
  const panels: OpenPanels = { inputs: [], tables: [], components: [] };
  for (const name of names) {
    const list = PANEL_LISTS.find((l) => l === name[0]);
    if (list && typeof name[1] === 'number' && !panels[list].includes(String(name[1])))
      panels[list].push(String(name[1]));
  }
  return panels;
}

/**
 * Splits a refusal between the rules form (`product.…`, or the fields of a save), the preview's line (`line.…`,
 * a model input's value at its control) and words.
 */
export function placeProblem(
  problem: ApiProblem,
  form: Pick<ModelForm, 'parameters' | 'components' | 'inputs'> & Partial<ModelForm>,
): PlacedProblem {
  const line = new Map<string, { name: FieldName; errors: string[] }>();
  const inputs = new Set((form.inputs ?? []).map((input) => (input.name ?? '').trim()));
  const rest = [];
  for (const error of problem.errors ?? []) {
    const at = previewFieldOf(error.field);
    // a value for an input the preview has no control for (just renamed) is said in words
    if (at && (at[0] !== 'options' || inputs.has(String(at[1])))) {
      const key = at.join('.');
      line.set(key, { name: at, errors: [...(line.get(key)?.errors ?? []), error.message] });
    } else rest.push(error);
  }
  const { fields, elsewhere } = problemFields(problemAtForm({ ...problem, errors: rest }, form), (name) =>
    isModelField(name, form),
  );
  return {
    rules: fields,
    line: [...line.values()],
    // the detail repeats what the fields say when every error found a field
    notes: rest.length === 0 && line.size > 0 ? [] : elsewhere,
    panels: panelsOf(fields.map(({ name }) => name)),
  };
}
