import { describe, expect, it } from 'vitest';
import type { ApiProblem } from './client';
import { fieldName, problemFields } from './field-errors';

function problem(errors: ApiProblem['errors'], detail = 'refused'): ApiProblem {
  return {
    type: 't',
    title: 'T',
    status: 400,
    code: 'request.bad_request',
    detail,
    instance: '/',
    requestId: 'r',
    errors,
  };
}

describe(fieldName.name, () => {
  it('turns the api field path into a form name path', () => {
    expect(fieldName('username')).toEqual(['username']);
    expect(fieldName('lines[0].width')).toEqual(['lines', 0, 'width']);
    expect(fieldName('stock[2].length')).toEqual(['stock', 2, 'length']);
  });
});

describe(problemFields.name, () => {
  const form = new Set(['username', 'lines,0,width']);
  const hasField = (name: (string | number)[]) => form.has(name.join(','));

  it('puts each message at the field it names, several per field', () => {
    const { fields, elsewhere } = problemFields(
      problem([
        { field: 'lines[0].width', message: 'too wide' },
        { field: 'lines[0].width', message: 'not a number' },
        { field: 'username', message: 'required' },
      ]),
      hasField,
    );
    expect(fields).toEqual([
      { name: ['lines', 0, 'width'], errors: ['too wide', 'not a number'] },
      { name: ['username'], errors: ['required'] },
    ]);
    expect(elsewhere).toEqual([]);
  });

  it('keeps unknown fields and spreadsheet rows for the page, and the detail when nothing is listed', () => {
    expect(
      problemFields(
        problem([
          { field: 'body', message: 'bad' },
          { field: 'width', message: 'x', row: 3 },
        ]),
        hasField,
      ),
    ).toEqual({
      fields: [],
      elsewhere: ['body: bad', '3 width: x'],
    });
    expect(problemFields(problem(undefined, 'no such factory'), hasField)).toEqual({
      fields: [],
      elsewhere: ['no such factory'],
    });
  });
});
