import type { ApiProblem } from './client';

/** A form field's name as Ant Design's Form wants it: `lines[0].width` → `['lines', 0, 'width']`. */
export type FieldName = (string | number)[];

export function fieldName(path: string): FieldName {
  return path
    .split(/[.[\]]/)
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * The problem's errors grouped per field, ready for `form.setFields`; errors at fields the form does not have
 * (`body`, `file`, spreadsheet rows) are left in `elsewhere` for the page to show above the form.
 */
export function problemFields(
  problem: ApiProblem,
  hasField: (name: FieldName) => boolean,
): { fields: { name: FieldName; errors: string[] }[]; elsewhere: string[] } {
  const byPath = new Map<string, string[]>();
  const elsewhere: string[] = [];
  for (const error of problem.errors ?? []) {
    if (error.row === undefined && hasField(fieldName(error.field))) {
      byPath.set(error.field, [...(byPath.get(error.field) ?? []), error.message]);
    } else {
      elsewhere.push(
        error.row === undefined ? `${error.field}: ${error.message}` : `${error.row} ${error.field}: ${error.message}`,
      );
    }
  }
  const fields = [...byPath].map(([path, errors]) => ({ name: fieldName(path), errors }));
  return { fields, elsewhere: fields.length === 0 && elsewhere.length === 0 ? [problem.detail] : elsewhere };
}
