import { describe, expect, it } from 'vitest';
import type { ApiProblem } from '../../api/client';
import {
  emptyModel,
  formFieldOf,
  hasBlanks,
  isModelField,
  matchesSearch,
  newComponent,
  problemAtForm,
  toModelForm,
  toProductBody,
  type Product,
} from './model-form';
import { defaultPreviewLine, previewFieldOf, toPreviewLine } from './preview/preview-line';
import { placeProblem } from './rules-problem';

const stored: Product = {
  code: 'PD-SS01',
  version: 2,
  nameZh: '平板单开门',
  nameEn: 'Flat single swing door',
  doorType: 'single',
  widthRange: { min: 600, max: 1100 },
  heightRange: { min: 1800, max: 2400 },
  wallThicknessRange: { min: 80, max: 300 },
  parameters: { jambT: 25, gapSide: 3 },
  components: [
    {
      name: '立套 jamb leg',
      kind: 'jamb',
      material: 'JAMB-BOARD',
      length: 'H',
      width: 'T',
      thickness: 'jambT',
      quantity: '2',
      cutKind: 'linear',
      grain: 'length',
      route: ['cutting', 'veneering', 'packing'],
      packageGroup: 'frame',
    },
  ],
  createdAt: '2026-11-30T01:00:00.000Z',
};

describe('the door model form', () => {
  it('turns a stored model into rows and back into the same rules', () => {
    const form = toModelForm(stored);
    expect(form.parameters).toEqual([
      { name: 'jambT', value: 25 },
      { name: 'gapSide', value: 3 },
    ]);
    expect(form.components[0].condition).toBe('');
    const rules: Partial<Product> = { ...stored };
    delete rules.code;
    delete rules.version;
    delete rules.createdAt;
    expect(toProductBody(form)).toEqual(rules);
  });

  it('sends a condition only when there is one, trims names, drops empty parameter rows, orders the route', () => {
    const form = toModelForm(stored);
    form.parameters.push({ name: '  ', value: 4 }, { name: ' gapTop ', value: 3 });
    form.components[0] = {
      ...form.components[0],
      name: ' 立套 ',
      condition: ' T > 150 ',
      route: ['packing', 'cutting'],
    };
    const body = toProductBody(form);
    expect(body.parameters).toEqual({ jambT: 25, gapSide: 3, gapTop: 3 });
    expect(body.components[0]).toMatchObject({ name: '立套', condition: 'T > 150', route: ['cutting', 'packing'] });
    expect('condition' in toProductBody(toModelForm(stored)).components[0]).toBe(false);
  });

  it('leaves an emptied number out, so the api names the field', () => {
    const form = emptyModel();
    form.widthRange.min = null;
    expect((JSON.parse(JSON.stringify(toProductBody(form))) as { widthRange: unknown }).widthRange).toEqual({
      max: 1100,
    });
  });

  it('starts a new model with one component to fill in', () => {
    expect(emptyModel().components).toEqual([newComponent()]);
  });

  it('finds the api’s fields in the form: formulas, ranges, parameters by name, a preview’s product. prefix', () => {
    const form = toModelForm(stored);
    expect(formFieldOf('components[0].length', form)).toEqual(['components', 0, 'length']);
    expect(formFieldOf('product.components[0].quantity', form)).toEqual(['components', 0, 'quantity']);
    expect(formFieldOf('widthRange.min', form)).toEqual(['widthRange', 'min']);
    expect(formFieldOf('parameters.gapSide', form)).toEqual(['parameters', 1, 'name']);
    expect(formFieldOf('code', form)).toEqual(['code']);
    expect(formFieldOf('parameters.nope', form)).toBeNull();
    expect(formFieldOf('components', form)).toBeNull();
    expect(formFieldOf('line.width', form)).toBeNull();
  });

  it('moves a problem’s errors to the form’s fields, keeping the others', () => {
    const problem = {
      type: 'about:blank',
      title: 'x',
      status: 422,
      detail: 'bad',
      code: 'product.formula_invalid',
      requestId: 'r',
      errors: [
        { field: 'product.components[0].length', message: 'unknown variable' },
        { field: 'parameters.jambT', message: 'a line variable' },
        { field: 'components', message: 'at most 100' },
      ],
    } as unknown as ApiProblem;
    expect(problemAtForm(problem, toModelForm(stored)).errors?.map((e) => e.field)).toEqual([
      'components[0].length',
      'parameters[0].name',
      'components',
    ]);
  });

  it('knows which fields the form has', () => {
    const form = toModelForm(stored);
    expect(isModelField(['components', 0, 'length'], form)).toBe(true);
    expect(isModelField(['components', 1, 'length'], form)).toBe(false);
    expect(isModelField(['parameters', 1, 'name'], form)).toBe(true);
    expect(isModelField(['widthRange', 'max'], form)).toBe(true);
    expect(isModelField(['components'], form)).toBe(false);
    expect(isModelField(['nameZh'], form)).toBe(true);
  });
});

describe('the preview’s door', () => {
  it('starts from a typical opening of the type, inside the model’s ranges', () => {
    expect(defaultPreviewLine(toModelForm(stored))).toMatchObject({ width: 900, height: 2100, wallThickness: 120 });
    const pair = defaultPreviewLine({ doorType: 'unequal_pair', widthRange: { min: 1300, max: 1500 } });
    expect(pair).toMatchObject({ width: 1300, masterWidth: 800 });
    expect(defaultPreviewLine({ doorType: 'double', heightRange: { min: 2200, max: 2600 } }).height).toBe(2200);
  });

  it('asks nothing while a size is empty, and sends only what is given', () => {
    const line = defaultPreviewLine(toModelForm(stored));
    expect(toPreviewLine({ ...line, height: null })).toBeNull();
    expect(toPreviewLine(line)).toEqual({ width: 900, height: 2100, wallThickness: 120, quantity: 1 });
    expect(toPreviewLine({ ...line, finish: ' OAK ', swing: '左内开', masterWidth: 700, quantity: 3 })).toEqual({
      width: 900,
      height: 2100,
      wallThickness: 120,
      quantity: 3,
      masterWidth: 700,
      swing: '左内开',
      finish: 'OAK',
    });
  });

  it('puts the api’s line fields at the preview’s inputs', () => {
    expect(previewFieldOf('line.wallThickness')).toBe('wallThickness');
    expect(previewFieldOf('product.components[1].length')).toBeNull();
  });
});

describe('a refusal placed on the editor', () => {
  const refusal = (errors: { field: string; message: string }[]) =>
    ({
      type: 'about:blank',
      title: 't',
      status: 422,
      detail: 'the detail',
      code: 'x',
      requestId: 'r',
      errors,
    }) as unknown as ApiProblem;

  it('puts rule errors at the rules, size errors at the preview, and opens the components named', () => {
    const placed = placeProblem(
      refusal([
        { field: 'product.components[0].length', message: 'unknown variable "foo"' },
        { field: 'line.width', message: 'above 1100' },
        { field: 'line.width', message: 'too wide' },
      ]),
      toModelForm(stored),
    );
    expect(placed.rules).toEqual([{ name: ['components', 0, 'length'], errors: ['unknown variable "foo"'] }]);
    expect(placed.line).toEqual([{ name: 'width', errors: ['above 1100', 'too wide'] }]);
    expect(placed.components).toEqual(['0']);
    expect(placed.notes).toEqual([]);
  });

  it('says in words what has no field, and the detail when nothing names a field', () => {
    expect(placeProblem(refusal([{ field: 'components', message: 'at most 100' }]), toModelForm(stored)).notes).toEqual(
      ['components: at most 100'],
    );
    expect(placeProblem(refusal([]), toModelForm(stored)).notes).toEqual(['the detail']);
    expect(placeProblem(refusal([{ field: 'line.height', message: 'low' }]), toModelForm(stored)).notes).toEqual([]);
  });
});

describe('the list’s search', () => {
  it('finds a model by code or by either name, in any case', () => {
    expect(matchesSearch(stored, 'pd-ss')).toBe(true);
    expect(matchesSearch(stored, '单开')).toBe(true);
    expect(matchesSearch(stored, 'SWING')).toBe(true);
    expect(matchesSearch(stored, '推拉')).toBe(false);
    expect(matchesSearch(stored, '  ')).toBe(true);
  });
});

describe('rules still being filled in', () => {
  it('wait for every name, material, formula and range bound before a preview', () => {
    expect(hasBlanks(toProductBody(toModelForm(stored)))).toBe(false);
    expect(hasBlanks(toProductBody(emptyModel()))).toBe(true);
    const form = toModelForm(stored);
    form.components[0].width = ' ';
    expect(hasBlanks(toProductBody(form))).toBe(true);
    const range = toModelForm(stored);
    range.heightRange.max = null;
    expect(hasBlanks(toProductBody(range))).toBe(true);
    const parameter = toModelForm(stored);
    parameter.parameters.push({ name: 'gapTop', value: null });
    expect(hasBlanks(toProductBody(parameter))).toBe(true);
  });
});
