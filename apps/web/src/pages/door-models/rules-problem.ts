import type { ApiProblem } from '../../api/client';
import { problemFields, type FieldName } from '../../api/field-errors';
import { isModelField, problemAtForm, type ModelForm } from './model-form';
import { previewFieldOf, type PreviewLineForm } from './preview/preview-line';

/** Where an api refusal of the rules (or of a preview's sizes) is shown: at fields, or above them in words. */
export type PlacedProblem = {
  rules: { name: FieldName; errors: string[] }[];
  line: { name: keyof PreviewLineForm; errors: string[] }[];
  /** errors the form has no field for (`components`: too many), or the detail when none names a field */
  notes: string[];
  /** component rules to unfold so their errors show, by index */
  components: string[];
};

export const NO_PROBLEM: PlacedProblem = { rules: [], line: [], notes: [], components: [] };

/** Splits a refusal between the rules form (`product.…`, or the fields of a save), the preview's sizes (`line.…`) and words. */
export function placeProblem(problem: ApiProblem, form: Pick<ModelForm, 'parameters' | 'components'>): PlacedProblem {
  const line = new Map<keyof PreviewLineForm, string[]>();
  const rest = [];
  for (const error of problem.errors ?? []) {
    const at = previewFieldOf(error.field);
    if (at) line.set(at, [...(line.get(at) ?? []), error.message]);
    else rest.push(error);
  }
  const { fields, elsewhere } = problemFields(problemAtForm({ ...problem, errors: rest }, form), (name) =>
    isModelField(name, form),
  );
  const components = [
    ...new Set(fields.filter(({ name }) => name[0] === 'components').map(({ name }) => String(name[1]))),
  ];
  return {
    rules: fields,
    line: [...line].map(([name, errors]) => ({ name, errors })),
    // the detail repeats what the fields say when every error found a field
    notes: rest.length === 0 && line.size > 0 ? [] : elsewhere,
    components,
  };
}
