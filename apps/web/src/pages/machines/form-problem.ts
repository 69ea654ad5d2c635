import type { FormInstance } from 'antd';
import { ApiError } from '../../api/client';
import { fieldName, problemFields, type FieldName } from '../../api/field-errors';
import { localErrors } from '../../api/localized-message';
import { currentLanguage } from '../../i18n/i18n';

/**
 * A refused save shown where it belongs: each error at the form field it names (`code`, `breaks[0].end`), the rest
 * returned for the dialog to show above the form. `rename` maps an api field to the form's where they differ.
 */
export function showProblem(
  form: FormInstance,
  error: Error,
  hasField: (name: FieldName) => boolean,
  networkText: string,
  rename: (name: FieldName) => FieldName = (name) => name,
): string[] {
  if (!(error instanceof ApiError)) return [networkText];
  const problem = localErrors(error.problem, currentLanguage(), (position) => String(position));
  const renamed = {
    ...problem,
    errors: problem.errors?.map((e) => ({ ...e, field: fieldPath(rename(fieldName(e.field))) })),
  };
  const { fields, elsewhere } = problemFields(renamed, hasField);
  form.setFields(fields.map(({ name, errors }) => ({ name, errors })));
  return elsewhere;
}

function fieldPath(name: FieldName): string {
  return name.map((part, n) => (typeof part === 'number' ? `[${part}]` : n === 0 ? part : `.${part}`)).join('');
}

/** A form field check for names the form has at the top level. */
export function topLevel(names: readonly string[]): (name: FieldName) => boolean {
  return (name) => name.length === 1 && names.includes(String(name[0]));
}
