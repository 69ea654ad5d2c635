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
  inputs: [],
  derived: [],
  tables: [],
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
    // a model without inputs, derived variables or tables is sent as one saved before they existed
    delete rules.inputs;
    delete rules.derived;
    delete rules.tables;
    expect(toProductBody(form)).toEqual(rules);
  });

  it('sends a condition only when there is one, trims names, drops empty parameter rows, keeps the route’s order', () => {
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
    expect(body.components[0]).toMatchObject({ name: '立套', condition: 'T > 150', route: ['packing', 'cutting'] });
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
    expect(previewFieldOf('line.wallThickness')).toEqual(['wallThickness']);
    expect(previewFieldOf('line.options.doorType')).toEqual(['options', 'doorType']);
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
    expect(placed.line).toEqual([{ name: ['width'], errors: ['above 1100', 'too wide'] }]);
    expect(placed.panels).toEqual({ inputs: [], tables: [], components: ['0'] });
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

/** A series as issue 14 asks for: door type chosen per line, a leaf width derived once, veneer by finish. */
const series: Product = {
  ...stored,
  code: 'XL-01',
  inputs: [
    {
      name: 'doorType',
      labelZh: '门类型',
      labelEn: 'Door type',
      type: 'enum',
      options: [
        { value: 'single', labelZh: '单开门', labelEn: 'Single' },
        { value: 'unequal_pair', labelZh: '子母门', labelEn: 'Unequal pair' },
      ],
      default: 'single',
      aliases: ['门型'],
    },
    {
      name: 'casingW',
      labelZh: '门套线宽',
      labelEn: 'Casing width',
      type: 'number',
      unit: 'mm',
      min: 60,
      max: 90,
      default: 70,
    },
    { name: 'transom', labelZh: '亮子', labelEn: 'Transom', type: 'boolean', default: false },
    { name: 'note', labelZh: '备注', labelEn: 'Note', type: 'text' },
  ],
  derived: [
    { name: 'leafW', formula: 'W - 2*jambT - 2*gapSide', labelZh: '门扇宽', labelEn: 'Leaf width' },
    { name: '净高', formula: 'H - jambT' },
  ],
  tables: [
    {
      name: 'veneer',
      key: 'finish',
      rows: [
        { when: 'WALNUT', value: 'VENEER-胡桃木' },
        { when: 'OAK', value: 'VENEER-OAK' },
      ],
      default: 'VENEER-OAK',
      labelZh: '木皮',
    },
    { name: 'hinges', key: 'doorType', rows: [{ when: 'single', value: 3 }], default: 4 },
  ],
  components: [
    {
      ...stored.components[0],
      material: '{veneer}',
      condition: "doorType == 'unequal_pair'",
      route: ['packing', 'cutting'],
      packageGroup: 'none',
      endCuts: { start: 'mitre45', end: 'square' },
      edgeBanding: { L1: 'EDGE-22', W2: 'EDGE-22' },
      features: [
        { kind: 'hinge_pocket', quantity: 'hinges', side: 'hinge' },
        { kind: 'lock_mortise', note: '锁 72' },
      ],
      leaf: 'master',
    },
  ],
};

describe('a series’ inputs, derived variables, tables and part attributes in the form', () => {
  it('come back from the form as they were stored', () => {
    const rules: Partial<Product> = { ...series };
    delete rules.code;
    delete rules.version;
    delete rules.createdAt;
    expect(toProductBody(toModelForm(series))).toEqual(rules);
  });

  it('hold what is not given as empty fields, and send none of them as ""', () => {
    const form = toModelForm(series);
    expect(form.inputs[3]).toMatchObject({ unit: '', min: null, max: null, options: [], default: null, aliases: [] });
    expect(form.derived[1]).toEqual({ name: '净高', formula: 'H - jambT', labelZh: '', labelEn: '' });
    expect(form.tables[1]).toMatchObject({ valueKind: 'number', rows: [{ when: 'single', value: '3' }], default: '4' });
    form.inputs[1] = { ...form.inputs[1], unit: ' ', min: null, default: null, aliases: [' '] };
    form.derived[0] = { ...form.derived[0], labelZh: '  ', labelEn: '' };
    form.tables[0] = { ...form.tables[0], default: ' ', labelZh: '' };
    form.components[0] = {
      ...form.components[0],
      condition: ' ',
      endCuts: { start: '', end: '' },
      edgeBanding: { L1: ' ', L2: '', W1: '', W2: '' },
      features: [{ kind: 'groove', quantity: ' ', side: '', note: '' }],
      leaf: '',
    };
    const body = toProductBody(form);
    expect(body.inputs?.[1]).toEqual({
      name: 'casingW',
      labelZh: '门套线宽',
      labelEn: 'Casing width',
      type: 'number',
      max: 90,
    });
    expect(body.derived?.[0]).toEqual({ name: 'leafW', formula: 'W - 2*jambT - 2*gapSide' });
    expect(body.tables?.[0]).toEqual({ name: 'veneer', key: 'finish', rows: series.tables[0].rows });
    const rule = body.components[0];
    for (const field of ['condition', 'endCuts', 'edgeBanding', 'leaf'] as const) expect(field in rule).toBe(false);
    expect(rule.features).toEqual([{ kind: 'groove' }]);
    expect(JSON.stringify(body)).not.toContain('""');
  });

  it('sends only what the input’s type has: a default of another type, values of a non-enum are dropped', () => {
    const form = toModelForm(series);
    form.inputs[0] = { ...form.inputs[0], type: 'number' };
    form.inputs[2] = { ...form.inputs[2], type: 'text', default: true };
    const body = toProductBody(form);
    expect(body.inputs?.[0]).toEqual({
      name: 'doorType',
      labelZh: '门类型',
      labelEn: 'Door type',
      type: 'number',
      aliases: ['门型'],
    });
    expect(body.inputs?.[2]).toEqual({ name: 'transom', labelZh: '亮子', labelEn: 'Transom', type: 'text' });
  });

  it('cuts an unmarked end square when only one end is chosen', () => {
    const form = toModelForm(series);
    form.components[0].endCuts = { start: '', end: 'mitre45' };
    expect(toProductBody(form).components[0].endCuts).toEqual({ start: 'square', end: 'mitre45' });
  });

  it('keeps a text table’s "100" text and gives a number table numbers, a non-number left for the api to name', () => {
    const form = toModelForm(series);
    form.tables[0].rows[0].value = '100';
    form.tables[1].rows = [
      { when: 'single', value: ' 3 ' },
      { when: 'unequal_pair', value: 'x' },
    ];
    const body = toProductBody(form);
    expect(body.tables?.[0].rows[0].value).toBe('100');
    expect(body.tables?.[1].rows).toEqual([
      { when: 'single', value: 3 },
      { when: 'unequal_pair', value: 'x' },
    ]);
    expect(body.tables?.[1].default).toBe(4);
  });

  it('finds the api’s paths in the new lists, a route’s or aliases’ entry at the whole control', () => {
    const form = toModelForm(series);
    expect(formFieldOf('inputs[0].options[1].value', form)).toEqual(['inputs', 0, 'options', 1, 'value']);
    expect(formFieldOf('product.derived[1].formula', form)).toEqual(['derived', 1, 'formula']);
    expect(formFieldOf('tables[0].rows[1].when', form)).toEqual(['tables', 0, 'rows', 1, 'when']);
    expect(formFieldOf('tables[1].rows', form)).toEqual(['tables', 1, 'valueKind']);
    expect(formFieldOf('components[0].route[1]', form)).toEqual(['components', 0, 'route']);
    expect(formFieldOf('inputs[0].aliases[0]', form)).toEqual(['inputs', 0, 'aliases']);
    expect(formFieldOf('components[0].edgeBanding.L1', form)).toEqual(['components', 0, 'edgeBanding', 'L1']);
    expect(formFieldOf('components[0].features[0].quantity', form)).toEqual([
      'components',
      0,
      'features',
      0,
      'quantity',
    ]);
    expect(formFieldOf('inputs', form)).toBeNull();
  });

  it('knows the new fields the form has, and not a whole entry or one past the end', () => {
    const form = toModelForm(series);
    expect(isModelField(['inputs', 0, 'options', 1, 'value'], form)).toBe(true);
    expect(isModelField(['inputs', 0, 'options', 2, 'value'], form)).toBe(false);
    expect(isModelField(['inputs', 0, 'options'], form)).toBe(true);
    expect(isModelField(['inputs', 3, 'default'], form)).toBe(true);
    expect(isModelField(['derived', 1, 'labelZh'], form)).toBe(true);
    expect(isModelField(['tables', 0, 'rows', 1, 'value'], form)).toBe(true);
    expect(isModelField(['tables', 1, 'valueKind'], form)).toBe(true);
    expect(isModelField(['components', 0, 'route'], form)).toBe(true);
    expect(isModelField(['components', 0, 'features'], form)).toBe(false);
    expect(isModelField(['components', 0, 'features', 1, 'side'], form)).toBe(true);
    expect(isModelField(['components', 0, 'endCuts', 'start'], form)).toBe(true);
    expect(isModelField(['components', 0], form)).toBe(false);
    expect(isModelField(['tables', 2, 'name'], form)).toBe(false);
  });

  it('waits for the new lists’ blanks before a preview', () => {
    expect(hasBlanks(toProductBody(toModelForm(series)))).toBe(false);
    const option = toModelForm(series);
    option.inputs[0].options[1].labelZh = '';
    expect(hasBlanks(toProductBody(option))).toBe(true);
    const derived = toModelForm(series);
    derived.derived[0].formula = ' ';
    expect(hasBlanks(toProductBody(derived))).toBe(true);
    const row = toModelForm(series);
    row.tables[0].rows.push({ when: 'ASH', value: '' });
    expect(hasBlanks(toProductBody(row))).toBe(true);
  });

  it('places a refusal at the input, derived variable, table row or rule it names, unfolding their panels', () => {
    const placed = placeProblem(
      {
        type: 'about:blank',
        title: 't',
        status: 422,
        detail: 'd',
        errors: [
          { field: 'product.inputs[0].options[1].value', message: 'not a door type' },
          { field: 'product.derived[1].formula', message: 'cycle' },
          { field: 'product.tables[0].rows[1].when', message: 'twice' },
          { field: 'product.components[0].route[1]', message: 'not a process' },
          { field: 'line.options.doorType', message: 'not one of' },
          { field: 'line.options.gone', message: 'no such input' },
        ],
      } as unknown as ApiProblem,
      toModelForm(series),
    );
    expect(placed.rules.map(({ name }) => name)).toEqual([
      ['inputs', 0, 'options', 1, 'value'],
      ['derived', 1, 'formula'],
      ['tables', 0, 'rows', 1, 'when'],
      ['components', 0, 'route'],
    ]);
    expect(placed.line).toEqual([{ name: ['options', 'doorType'], errors: ['not one of'] }]);
    expect(placed.panels).toEqual({ inputs: ['0'], tables: ['0'], components: ['0'] });
    expect(placed.notes).toEqual(['line.options.gone: no such input']);
  });
});

describe('the preview’s door over a series’ inputs', () => {
  it('starts from the door type the door-type input defaults to', () => {
    const form = toModelForm(series);
    form.inputs[0].default = 'unequal_pair';
    expect(defaultPreviewLine(form)).toMatchObject({ width: 1100, masterWidth: 800 }); // 1200 inside the model's 600–1100
    expect(defaultPreviewLine(toModelForm(series))).toMatchObject({ width: 900, masterWidth: null, finish: 'WALNUT' });
  });

  it('sends the values given for the model’s inputs only, trimmed; an empty one takes the default', () => {
    const line = { ...defaultPreviewLine(toModelForm(series)), swing: 'left-in', finish: '' };
    line.options = { doorType: 'unequal_pair', casingW: 80, transom: false, note: '  ', removed: 'x' };
    expect(toPreviewLine(line, series.inputs)).toEqual({
      width: 900,
      height: 2100,
      wallThickness: 120,
      quantity: 1,
      swing: 'left-in',
      options: { doorType: 'unequal_pair', casingW: 80, transom: false },
    });
    expect('options' in (toPreviewLine({ ...line, options: {} }, series.inputs) ?? {})).toBe(false);
  });
});
