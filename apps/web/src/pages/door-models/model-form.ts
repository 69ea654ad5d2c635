import type { components } from '../../../../../clients/typescript/schema';
import type { ApiProblem } from '../../api/client';
import { fieldName, type FieldName } from '../../api/field-errors';

export type Product = components['schemas']['ProductDto'];
export type ProductBody = components['schemas']['ProductBodyDto'];
export type ComponentRule = components['schemas']['ComponentRuleDto'];
export type ProductInput = components['schemas']['ProductInputDto'];
export type InputOption = components['schemas']['InputOptionDto'];
export type DerivedVariable = components['schemas']['DerivedVariableDto'];
export type LookupTable = components['schemas']['LookupTableDto'];
export type DoorType = Product['doorType'];
export type InputType = components['schemas']['InputType'];
export type EndCut = components['schemas']['EndCut'];
export type FeatureKind = components['schemas']['FeatureKind'];
export type FeatureSide = components['schemas']['FeatureSide'];
export type LeafAssignment = components['schemas']['LeafAssignment'];
export type Edge = 'L1' | 'L2' | 'W1' | 'W2';

/** A range as the form holds it: a number field left empty is null until the planner fills it. */
export type RangeForm = { min: number | null; max: number | null };

/** A parameter as one row of the form: the api's `{name: value}` map keeps no order and has no empty row. */
export type ParameterForm = { name: string; value: number | null };

/**
 * A typed input as the form holds it: texts are '' and numbers null when not given (left out of the body); the
 * default is whatever its type's control holds (a number, an option's value, true/false, text).
 */
export type InputForm = {
  name: string;
  labelZh: string;
  labelEn: string;
  type: InputType;
  unit: string;
  min: number | null;
  max: number | null;
  options: InputOption[];
  default: number | string | boolean | null;
  aliases: string[];
};

export type DerivedForm = { name: string; formula: string; labelZh: string; labelEn: string };

/**
 * A lookup table as the form holds it: values are typed as text in the inputs, `valueKind` says whether the
 * table gives numbers (a count, a size) or text (a material code), so "100" stays what the planner meant.
 */
export type TableForm = {
  name: string;
  key: string;
  valueKind: 'text' | 'number';
  rows: { when: string; value: string }[];
  default: string;
  labelZh: string;
  labelEn: string;
};

export type FeatureForm = { kind: FeatureKind; quantity: string; side: FeatureSide | ''; note: string };

/**
 * A component rule as the form holds it: what the api leaves optional is '' (or all '') when there is none, and
 * is left out of the body then.
 */
export type ComponentForm = Omit<ComponentRule, 'condition' | 'endCuts' | 'edgeBanding' | 'features' | 'leaf'> & {
  condition: string;
  endCuts: { start: EndCut | ''; end: EndCut | '' };
  edgeBanding: Record<Edge, string>;
  features: FeatureForm[];
  leaf: LeafAssignment | '';
};

/** The editor's state: the door model's rules in the shape Ant Design's Form edits them. */
export type ModelForm = {
  code: string;
  nameZh: string;
  nameEn: string;
  doorType: DoorType;
  widthRange: RangeForm;
  heightRange: RangeForm;
  wallThicknessRange: RangeForm;
  parameters: ParameterForm[];
  inputs: InputForm[];
  derived: DerivedForm[];
  tables: TableForm[];
  components: ComponentForm[];
};

export const DOOR_TYPES: readonly DoorType[] = ['single', 'double', 'unequal_pair', 'sliding', 'cased_opening'];
export const COMPONENT_KINDS: readonly ComponentRule['kind'][] = [
  'stile',
  'rail',
  'skin',
  'core',
  'jamb',
  'head',
  'casing',
  'stop',
  'glass',
  'hardware',
  'edge',
  'other',
];
export const CUT_KINDS: readonly ComponentRule['cutKind'][] = ['linear', 'sheet', 'none'];
export const GRAINS: readonly ComponentRule['grain'][] = ['free', 'length', 'width'];
export const PACKAGE_GROUPS: readonly ComponentRule['packageGroup'][] = [
  'leaf',
  'frame',
  'casing',
  'hardware',
  'glass',
  'none',
];
export const INPUT_TYPES: readonly InputType[] = ['enum', 'number', 'boolean', 'text'];
export const END_CUTS: readonly EndCut[] = ['square', 'mitre45'];
export const EDGES: readonly Edge[] = ['L1', 'L2', 'W1', 'W2'];
export const FEATURE_KINDS: readonly FeatureKind[] = [
  'hinge_pocket',
  'lock_mortise',
  'handle_bore',
  'groove',
  'cnc_pattern',
  'glass_cutout',
  'other',
];
export const FEATURE_SIDES: readonly FeatureSide[] = ['hinge', 'lock', 'top', 'bottom', 'face', 'back'];
export const LEAF_ASSIGNMENTS: readonly LeafAssignment[] = ['each', 'master', 'slave'];
/** Variables every formula may read besides the parameters: opening W × H, wall T, master leaf MW, doors Q. */
export const LINE_VARIABLES = ['W', 'H', 'T', 'MW', 'Q'] as const;
/** Text every line gives: what a table may be keyed by besides the model's inputs and derived variables. */
export const LINE_TEXTS = ['finish', 'doorType', 'handing', 'hingeSide', 'openSide'] as const;
/** The input whose values are door types: a model declaring it lets each line choose its door type. */
export const DOOR_TYPE_INPUT = 'doorType';

export function newComponent(): ComponentForm {
  return {
    name: '',
    kind: 'other',
    material: '',
    length: '',
    width: '',
    thickness: '',
    quantity: '1',
    condition: '',
    cutKind: 'linear',
    grain: 'length',
    route: ['cutting', 'packing'],
    packageGroup: 'leaf',
    endCuts: { start: '', end: '' },
    edgeBanding: { L1: '', L2: '', W1: '', W2: '' },
    features: [],
    leaf: '',
  };
}

export function newInput(): InputForm {
  return {
    name: '',
    labelZh: '',
    labelEn: '',
    type: 'enum',
    unit: '',
    min: null,
    max: null,
    options: [{ value: '', labelZh: '', labelEn: '' }],
    default: null,
    aliases: [],
  };
}

/** The door-type input with the model's own type as its one choice, to add the others to. */
export function newDoorTypeInput(doorType: DoorType, label: (type: DoorType) => { zh: string; en: string }): InputForm {
  return {
    ...newInput(),
    name: DOOR_TYPE_INPUT,
    labelZh: '门类型',
    labelEn: 'Door type',
    options: [{ value: doorType, labelZh: label(doorType).zh, labelEn: label(doorType).en }],
    default: doorType,
  };
}

export function newDerived(): DerivedForm {
  return { name: '', formula: '', labelZh: '', labelEn: '' };
}

export function newTable(): TableForm {
  return {
    name: '',
    key: 'finish',
    valueKind: 'text',
    rows: [{ when: '', value: '' }],
    default: '',
    labelZh: '',
    labelEn: '',
  };
}

export function emptyModel(): ModelForm {
  return {
    code: '',
    nameZh: '',
    nameEn: '',
    doorType: 'single',
    widthRange: { min: 600, max: 1100 },
    heightRange: { min: 1800, max: 2400 },
    wallThicknessRange: { min: 80, max: 300 },
    parameters: [],
    inputs: [],
    derived: [],
    tables: [],
    components: [newComponent()],
  };
}

/** A stored model (or one to copy, with `code` cleared by the caller) as the form edits it. */
export function toModelForm(product: Product | (ProductBody & { code?: string })): ModelForm {
  return {
    code: product.code ?? '',
    nameZh: product.nameZh,
    nameEn: product.nameEn,
    doorType: product.doorType,
    widthRange: { ...product.widthRange },
    heightRange: { ...product.heightRange },
    wallThicknessRange: { ...product.wallThicknessRange },
    parameters: Object.entries(product.parameters).map(([name, value]) => ({ name, value })),
    inputs: (product.inputs ?? []).map(toInputForm),
    derived: (product.derived ?? []).map((d) => ({
      name: d.name,
      formula: d.formula,
      labelZh: d.labelZh ?? '',
      labelEn: d.labelEn ?? '',
    })),
    tables: (product.tables ?? []).map(toTableForm),
    components: product.components.map(toComponentForm),
  };
}

function toInputForm(input: ProductInput): InputForm {
  return {
    name: input.name,
    labelZh: input.labelZh,
    labelEn: input.labelEn,
    type: input.type,
    unit: input.unit ?? '',
    min: input.min ?? null,
    max: input.max ?? null,
    options: (input.options ?? []).map((o) => ({ ...o })),
    default: input.default ?? null,
    aliases: [...(input.aliases ?? [])],
  };
}

function toTableForm(table: LookupTable): TableForm {
  const values = [...table.rows.map((r) => r.value), ...(table.default === undefined ? [] : [table.default])];
  return {
    name: table.name,
    key: table.key,
    valueKind: values.length > 0 && values.every((v) => typeof v === 'number') ? 'number' : 'text',
    rows: table.rows.map((r) => ({ when: r.when, value: String(r.value) })),
    default: table.default === undefined ? '' : String(table.default),
    labelZh: table.labelZh ?? '',
    labelEn: table.labelEn ?? '',
  };
}

function toComponentForm(rule: ComponentRule): ComponentForm {
  const { condition, endCuts, edgeBanding, features, leaf, route, ...rest } = rule;
  return {
    ...rest,
    condition: condition ?? '',
    route: [...route],
    endCuts: { start: endCuts?.start ?? '', end: endCuts?.end ?? '' },
    edgeBanding: {
      L1: edgeBanding?.L1 ?? '',
      L2: edgeBanding?.L2 ?? '',
      W1: edgeBanding?.W1 ?? '',
      W2: edgeBanding?.W2 ?? '',
    },
    features: (features ?? []).map((f) => ({
      kind: f.kind,
      quantity: f.quantity ?? '',
      side: f.side ?? '',
      note: f.note ?? '',
    })),
    leaf: leaf ?? '',
  };
}

/** Trimmed text, or undefined when there is none (an empty optional field is left out, never sent as ''). */
function text(value: string | null | undefined): string | undefined {
  const trimmed = (value ?? '').trim();
  return trimmed === '' ? undefined : trimmed;
}

/** The object without its undefined fields, so the body carries only what the planner gave. */
function defined<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

/**
 * The body the api takes (POST adds `code`). Empty numbers are left out, so the api names the field that needs
 * one; optional fields (a condition, labels, end cuts…) are sent only when given; a route keeps the planner's order.
 */
export function toProductBody(form: ModelForm): ProductBody {
  const range = (r: RangeForm | undefined) =>
    ({ min: r?.min ?? undefined, max: r?.max ?? undefined }) as ProductBody['widthRange'];
  const parameters: Record<string, number> = {};
  for (const { name, value } of form.parameters ?? []) {
    if ((name ?? '').trim() !== '') parameters[name.trim()] = value as number;
  }
  const body: ProductBody = {
    nameZh: form.nameZh?.trim() ?? '',
    nameEn: form.nameEn?.trim() ?? '',
    doorType: form.doorType,
    widthRange: range(form.widthRange),
    heightRange: range(form.heightRange),
    wallThicknessRange: range(form.wallThicknessRange),
    parameters,
    components: (form.components ?? []).map(toComponentRule),
  };
  // a model without them stays as a model saved before they existed
  if ((form.inputs ?? []).length > 0) body.inputs = form.inputs.map(toInput);
  if ((form.derived ?? []).length > 0)
    body.derived = form.derived.map((d) =>
      defined({
        name: d.name?.trim() ?? '',
        formula: d.formula?.trim() ?? '',
        labelZh: text(d.labelZh),
        labelEn: text(d.labelEn),
      }),
    );
  if ((form.tables ?? []).length > 0) body.tables = form.tables.map(toTable);
  return body;
}

function toInput(input: InputForm): ProductInput {
  const number = (value: number | null | undefined) => (typeof value === 'number' ? value : undefined);
  const options = (input.options ?? []).map((o) => ({
    value: o.value?.trim() ?? '',
    labelZh: o.labelZh?.trim() ?? '',
    labelEn: o.labelEn?.trim() ?? '',
  }));
  const aliases = (input.aliases ?? []).map((a) => a.trim()).filter((a) => a !== '');
  return defined<ProductInput>({
    name: input.name?.trim() ?? '',
    labelZh: input.labelZh?.trim() ?? '',
    labelEn: input.labelEn?.trim() ?? '',
    type: input.type,
    // an enum of sizes (门套线宽 60/80) may have a unit too
    unit: text(input.unit),
    min: input.type === 'number' ? number(input.min) : undefined,
    max: input.type === 'number' ? number(input.max) : undefined,
    options: input.type === 'enum' ? options : undefined,
    default: inputDefault(input),
    aliases: aliases.length > 0 ? aliases : undefined,
  });
}

/** The default when it is one of the input's type (a default left from another type is not one). */
function inputDefault(input: InputForm): ProductInput['default'] {
  const value = input.default;
  switch (input.type) {
    case 'number':
      return typeof value === 'number' ? value : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
    case 'enum':
    case 'text':
      return typeof value === 'string' ? text(value) : undefined;
  }
}

function toTable(table: TableForm): LookupTable {
  // a number table's value that is no number is sent as typed, for the api to name
  const value = (raw: string) => {
    const trimmed = (raw ?? '').trim();
    return table.valueKind === 'number' && trimmed !== '' && Number.isFinite(Number(trimmed))
      ? Number(trimmed)
      : trimmed;
  };
  return defined<LookupTable>({
    name: table.name?.trim() ?? '',
    key: table.key?.trim() ?? '',
    rows: (table.rows ?? []).map((r) => ({ when: r.when?.trim() ?? '', value: value(r.value) })),
    default: text(table.default) === undefined ? undefined : value(table.default),
    labelZh: text(table.labelZh),
    labelEn: text(table.labelEn),
  });
}

function toComponentRule(component: ComponentForm): ComponentRule {
  const { condition, route, endCuts, edgeBanding, features, leaf, ...rest } = component;
  const rule: ComponentRule = {
    ...rest,
    name: rest.name?.trim() ?? '',
    material: rest.material?.trim() ?? '',
    route: [...(route ?? [])],
  };
  if (text(condition) !== undefined) rule.condition = text(condition);
  // one end chosen: the other is cut square, as an unmarked end is
  if (endCuts?.start || endCuts?.end) rule.endCuts = { start: endCuts.start || 'square', end: endCuts.end || 'square' };
  const bands = defined(Object.fromEntries(EDGES.map((edge) => [edge, text(edgeBanding?.[edge])])));
  if (Object.keys(bands).length > 0) rule.edgeBanding = bands;
  if ((features ?? []).length > 0)
    rule.features = features.map((f) =>
      defined({ kind: f.kind, quantity: text(f.quantity), side: f.side || undefined, note: text(f.note) }),
    );
  if (leaf) rule.leaf = leaf;
  return rule;
}

/** Lists shown as one control (a route's processes, an input's aliases): an error at one entry is the control's. */
const LIST_CONTROLS = new Set(['route', 'aliases']);
/** Lists of rows whose own errors (none given, mixed kinds) show under the rows. */
const LIST_FIELDS = new Set(['options', 'rows', 'route', 'aliases']);

/**
 * Where an api field (`components[2].length`, `inputs[1].options[2].value`, `parameters.jambT`) sits in the form,
 * or null when the form has no such field. A preview's fields carry the request's `product.` prefix, which is
 * dropped; an entry of a route or of aliases is the whole control's; a table's `rows` (mixing numbers and text)
 * is its value kind's.
 */
export function formFieldOf(apiField: string, form: Pick<ModelForm, 'parameters'>): FieldName | null {
  const field = apiField.startsWith('product.') ? apiField.slice('product.'.length) : apiField;
  const parameter = /^parameters\.(.+)$/.exec(field);
  if (parameter) {
    const index = (form.parameters ?? []).findIndex((p) => p.name?.trim() === parameter[1]);
    return index < 0 ? null : ['parameters', index, 'name'];
  }
  const name = fieldName(field);
  if (/^(code|nameZh|nameEn|doorType)$/.test(field)) return name;
  if (/^(widthRange|heightRange|wallThicknessRange)\.(min|max)$/.test(field)) return name;
  if (!/^(inputs|derived|tables|components)\[\d+\]\./.test(field)) return null;
  const list = name.findIndex((part, i) => i > 1 && LIST_CONTROLS.has(String(part)));
  if (list > 0) return name.slice(0, list + 1);
  if (/^tables\[\d+\]\.rows$/.test(field)) return ['tables', name[1], 'valueKind'];
  return name;
}

/** The problem with each error's field moved to where the form holds it (unknown fields stay as they were). */
export function problemAtForm(problem: ApiProblem, form: Pick<ModelForm, 'parameters'>): ApiProblem {
  return {
    ...problem,
    errors: problem.errors?.map((error) => {
      const at = formFieldOf(error.field, form);
      return at
        ? {
            ...error,
            field: at
              .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
              .join('')
              .replace(/^\./, ''),
          }
        : error;
    }),
  };
}

/**
 * Is this a field of the form (as problemFields names them), to tell a form field from an error shown above it?
 * A field is a value the form holds (a text, a number, a choice, null until filled) or one of its lists of rows;
 * a whole rule (`components[0]`) or the list of rules is not.
 */
export function isModelField(name: FieldName, form: Partial<ModelForm>): boolean {
  if (name.length === 1) return ['code', 'nameZh', 'nameEn', 'doorType'].includes(String(name[0]));
  if (name.length === 2)
    return /^(widthRange|heightRange|wallThicknessRange)$/.test(String(name[0])) && /^(min|max)$/.test(String(name[1]));
  if (name[0] === 'parameters')
    return (
      name.length === 3 &&
      typeof name[1] === 'number' &&
      name[1] < (form.parameters ?? []).length &&
      /^(name|value)$/.test(String(name[2]))
    );
  if (!/^(inputs|derived|tables|components)$/.test(String(name[0])) || typeof name[1] !== 'number') return false;
  let value: unknown = form;
  for (const part of name) {
    if (value === null || typeof value !== 'object') return false;
    value = (value as Record<string | number, unknown>)[part];
  }
  if (value === undefined) return false;
  if (Array.isArray(value)) return LIST_FIELDS.has(String(name[name.length - 1]));
  return value === null || typeof value !== 'object';
}

/** Does the model's code or either of its names contain the search text (any case)? */
export function matchesSearch(product: Pick<Product, 'code' | 'nameZh' | 'nameEn'>, search: string): boolean {
  const needle = search.trim().toLowerCase();
  return [product.code, product.nameZh, product.nameEn].some((text) => text.toLowerCase().includes(needle));
}

/**
 * Rules still being filled in: a blank the api would refuse as missing (a name, a label, a material, a formula, a
 * range bound, a parameter's value, an option, a table's row). The preview waits for them rather than marking the
 * planner's untouched fields red.
 */
export function hasBlanks(body: ProductBody): boolean {
  const blank = (...texts: (string | undefined)[]) => texts.some((t) => (t ?? '').trim() === '');
  const ranges = [body.widthRange, body.heightRange, body.wallThicknessRange];
  if (ranges.some((range) => range.min === undefined || range.max === undefined)) return true;
  if (Object.values(body.parameters).some((value) => value === null || value === undefined)) return true;
  const inputs = (body.inputs ?? []).some(
    (input) =>
      blank(input.name, input.labelZh, input.labelEn) ||
      (input.options ?? []).some((o) => blank(o.value, o.labelZh, o.labelEn)),
  );
  const derived = (body.derived ?? []).some((d) => blank(d.name, d.formula));
  const tables = (body.tables ?? []).some(
    (table) => blank(table.name, table.key) || table.rows.some((row) => blank(row.when, String(row.value))),
  );
  return (
    inputs ||
    derived ||
    tables ||
    body.components.some((rule) =>
      blank(rule.name, rule.material, rule.length, rule.width, rule.thickness, rule.quantity),
    )
  );
}
