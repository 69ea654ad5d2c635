import type { components } from '../../../../../clients/typescript/schema';
import type { ApiProblem } from '../../api/client';
import { fieldName, type FieldName } from '../../api/field-errors';

export type Product = components['schemas']['ProductDto'];
export type ProductBody = components['schemas']['ProductBodyDto'];
export type ComponentRule = components['schemas']['ComponentRuleDto'];
export type DoorType = Product['doorType'];
export type ProcessCode = ComponentRule['route'][number];

/** A range as the form holds it: a number field left empty is null until the planner fills it. */
export type RangeForm = { min: number | null; max: number | null };

/** A parameter as one row of the form: the api's `{name: value}` map keeps no order and has no empty row. */
export type ParameterForm = { name: string; value: number | null };

/** A component rule as the form holds it: the condition is '' when there is none. */
export type ComponentForm = Omit<ComponentRule, 'condition'> & { condition: string };

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
/** In shop order: a route is shown and saved in this order whatever order the planner ticks them in. */
export const PROCESSES: readonly ProcessCode[] = [
  'cutting',
  'pressing',
  'edge_banding',
  'cnc',
  'sanding',
  'veneering',
  'painting',
  'assembly',
  'packing',
];
export const PACKAGE_GROUPS: readonly ComponentRule['packageGroup'][] = [
  'leaf',
  'frame',
  'casing',
  'hardware',
  'glass',
];
/** Variables every formula may read besides the parameters: opening W × H, wall T, master leaf MW, doors Q. */
export const LINE_VARIABLES = ['W', 'H', 'T', 'MW', 'Q'] as const;

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
    components: product.components.map((rule) => ({
      ...rule,
      condition: rule.condition ?? '',
      route: [...rule.route],
    })),
  };
}

/**
 * The body the api takes (POST adds `code`). Empty numbers are left out, so the api names the field that needs
 * one; the condition is sent only when there is one; a route follows the shop order.
 */
export function toProductBody(form: ModelForm): ProductBody {
  const range = (r: RangeForm | undefined) =>
    ({ min: r?.min ?? undefined, max: r?.max ?? undefined }) as ProductBody['widthRange'];
  const parameters: Record<string, number> = {};
  for (const { name, value } of form.parameters ?? []) {
    if ((name ?? '').trim() !== '') parameters[name.trim()] = value as number;
  }
  return {
    nameZh: form.nameZh?.trim() ?? '',
    nameEn: form.nameEn?.trim() ?? '',
    doorType: form.doorType,
    widthRange: range(form.widthRange),
    heightRange: range(form.heightRange),
    wallThicknessRange: range(form.wallThicknessRange),
    parameters,
    components: (form.components ?? []).map(toComponentRule),
  };
}

function toComponentRule(component: ComponentForm): ComponentRule {
  const { condition, route, ...rest } = component;
  const rule: ComponentRule = {
    ...rest,
    name: rest.name?.trim() ?? '',
    material: rest.material?.trim() ?? '',
    route: PROCESSES.filter((process) => (route ?? []).includes(process)),
  };
  if ((condition ?? '').trim() !== '') rule.condition = condition.trim();
  return rule;
}

/**
 * Where an api field (`components[2].length`, `parameters.jambT`, `widthRange.min`) sits in the form, or null
 * when the form has no such field. A preview's fields carry the request's `product.` prefix, which is dropped.
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
  if (/^components\[\d+\]\.[a-zA-Z]+$/.test(field)) return name;
  return null;
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

/** The field paths of the form (as problemFields names them), to tell a form field from one shown above it. */
export function isModelField(name: FieldName, form: Pick<ModelForm, 'parameters' | 'components'>): boolean {
  const [head, index, leaf] = name;
  if (name.length === 1) return ['code', 'nameZh', 'nameEn', 'doorType'].includes(String(head));
  if (name.length === 2)
    return /^(widthRange|heightRange|wallThicknessRange)$/.test(String(head)) && /^(min|max)$/.test(String(index));
  if (name.length !== 3 || typeof index !== 'number') return false;
  if (head === 'parameters') return index < (form.parameters ?? []).length && (leaf === 'name' || leaf === 'value');
  return head === 'components' && index < (form.components ?? []).length;
}

/** Does the model's code or either of its names contain the search text (any case)? */
export function matchesSearch(product: Pick<Product, 'code' | 'nameZh' | 'nameEn'>, search: string): boolean {
  const needle = search.trim().toLowerCase();
  return [product.code, product.nameZh, product.nameEn].some((text) => text.toLowerCase().includes(needle));
}

/**
 * Rules still being filled in: a blank the api would refuse as missing (a name, a material, a formula, a range
 * bound, a parameter's value). The preview waits for them rather than marking the planner's untouched fields red.
 */
export function hasBlanks(body: ProductBody): boolean {
  const ranges = [body.widthRange, body.heightRange, body.wallThicknessRange];
  if (ranges.some((range) => range.min === undefined || range.max === undefined)) return true;
  if (Object.values(body.parameters).some((value) => value === null || value === undefined)) return true;
  return body.components.some((rule) =>
    [rule.name, rule.material, rule.length, rule.width, rule.thickness, rule.quantity].some(
      (text) => (text ?? '').trim() === '',
    ),
  );
}
