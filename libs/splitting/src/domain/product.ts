import { evaluate, ExpressionError, parseExpression, variablesOf } from './expression';

/** Door types (门类型): 单开, 双开, 子母门, 推拉门, 垭口. */
export const DOOR_TYPES = ['single', 'double', 'unequal_pair', 'sliding', 'cased_opening'] as const;
export type DoorType = (typeof DOOR_TYPES)[number];

export const COMPONENT_KINDS = [
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
] as const;
export type ComponentKind = (typeof COMPONENT_KINDS)[number];

export const CUT_KINDS = ['linear', 'sheet', 'none'] as const;
export type CutKind = (typeof CUT_KINDS)[number];

/** Grain: free (may rotate), along the part's length, or along its width. */
export const GRAINS = ['free', 'length', 'width'] as const;
export type Grain = (typeof GRAINS)[number];

/** Process codes of a route, in shop order, with their Chinese names. */
export const PROCESSES = {
  cutting: '开料',
  pressing: '冷压',
  edge_banding: '封边',
  cnc: 'CNC',
  sanding: '砂光',
  veneering: '贴皮',
  painting: '喷涂',
  assembly: '组装',
  packing: '包装',
} as const;
export type ProcessCode = keyof typeof PROCESSES;
export const PROCESS_CODES = Object.keys(PROCESSES) as ProcessCode[];

export const PACKAGE_GROUPS = ['leaf', 'frame', 'casing', 'hardware', 'glass'] as const;
export type PackageGroup = (typeof PACKAGE_GROUPS)[number];

export interface ComponentRule {
  name: string;
  kind: ComponentKind;
  /** A material code; `{finish}` in it is replaced by the order line's finish (e.g. "VENEER-{finish}"). */
  material: string;
  length: string;
  width: string;
  thickness: string;
  quantity: string;
  /** The part exists only where this formula is non-zero. */
  condition?: string;
  cutKind: CutKind;
  grain: Grain;
  route: ProcessCode[];
  packageGroup: PackageGroup;
}

export interface Range {
  min: number;
  max: number;
}

/** A door model (门型) as rules: what the split computes for any size within its ranges. */
export interface ProductDefinition {
  code: string;
  nameZh: string;
  nameEn: string;
  doorType: DoorType;
  widthRange: Range;
  heightRange: Range;
  wallThicknessRange: Range;
  /** Named numbers the formulas may use (gaps, jamb thickness, casing width…). */
  parameters: Record<string, number>;
  components: ComponentRule[];
}

/**
 * What one door model may ask for, checked when it is saved (and, for formulas that read the line, when a line
 * is entered and when a run is split). Real models have 10–30 components of a few pieces each; the caps leave
 * room for that many times over and keep a run's counts far inside a Postgres int (see splitting.entities.ts).
 */
export const PRODUCT_LIMITS = {
  /** Component rules per model. */
  components: 100,
  /** Pieces of one component in one door; more is a formula mistake, not a door. */
  quantityPerDoor: 1000,
  /** Largest bound of a size range (mm): no door opening is 10 m. */
  rangeMm: 10_000,
} as const;

/**
 * Variables every formula may use besides the product's parameters: the opening width W, height H
 * and wall thickness T (mm), the master leaf width MW (子母门; 0 otherwise) and the line's door count Q.
 */
export const LINE_VARIABLES = ['W', 'H', 'T', 'MW', 'Q'] as const;

/** A problem of a product's rules (or of a line against them): the field in the one path format and why. */
export interface RuleProblem {
  /** `components[2].length`, `widthRange.min`, `parameters.gap`. */
  field: string;
  message: string;
  /** The component rule concerned (its name), when one is. */
  rule?: string;
  /** 1-based character of the formula where the problem is, when it is in a formula. */
  position?: number;
}

const FORMULA_FIELDS = ['length', 'width', 'thickness', 'quantity', 'condition'] as const;

/**
 * Checks what class-validator cannot: ranges in order, parameter names, and every formula parsing
 * and reading only known variables. Each problem names the rule, the field, the position and why.
 */
export function checkProduct(product: ProductDefinition): RuleProblem[] {
  const problems: RuleProblem[] = [];
  for (const key of ['widthRange', 'heightRange', 'wallThicknessRange'] as const)
    problems.push(...rangeProblems(key, product[key]));
  const known = new Set<string>(LINE_VARIABLES);
  for (const name of Object.keys(product.parameters)) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      problems.push({
        field: `parameters.${name}`,
        message: 'a parameter name is letters, digits and _ / 参数名只能包含字母、数字和下划线',
      });
    } else if ((LINE_VARIABLES as readonly string[]).includes(name)) {
      problems.push({
        field: `parameters.${name}`,
        message: `${name} is a line variable and cannot be a parameter / 与订单变量重名`,
      });
    } else if (!Number.isFinite(product.parameters[name])) {
      problems.push({ field: `parameters.${name}`, message: 'must be a number / 必须是数字' });
    }
    known.add(name);
  }
  const names = new Set<string>();
  product.components.forEach((rule, index) => {
    const at = `components[${index}]`;
    if (names.has(rule.name))
      problems.push({ field: `${at}.name`, message: `duplicate component name "${rule.name}" / 部件名重复` });
    names.add(rule.name);
    for (const field of FORMULA_FIELDS) {
      const source = rule[field];
      if (typeof source !== 'string') continue;
      try {
        for (const [name, position] of variablesOf(parseExpression(source))) {
          if (!known.has(name)) {
            problems.push({
              field: `${at}.${field}`,
              message: `rule "${rule.name}": unknown variable "${name}" at character ${position + 1} / 未知变量`,
              rule: rule.name,
              position: position + 1,
            });
          }
        }
      } catch (error) {
        if (!(error instanceof ExpressionError)) throw error;
        problems.push({
          field: `${at}.${field}`,
          message: `rule "${rule.name}": ${error.message}`,
          rule: rule.name,
          position: error.position + 1,
        });
      }
    }
    if (rule.material.trim() === '')
      problems.push({ field: `${at}.material`, message: 'material is required / 材料必填' });
  });
  return problems;
}

/** A range is {min, max}: finite, positive, at most PRODUCT_LIMITS.rangeMm, min ≤ max (an empty range would admit any size). */
function rangeProblems(key: string, range: unknown): RuleProblem[] {
  if (typeof range !== 'object' || range === null || Array.isArray(range))
    return [{ field: key, message: 'must be {min, max} / 必须是 {min, max}' }];
  const { min, max } = range as Partial<Range>;
  const problems: RuleProblem[] = [];
  for (const [name, value] of [
    ['min', min],
    ['max', max],
  ] as const) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > PRODUCT_LIMITS.rangeMm) {
      problems.push({
        field: `${key}.${name}`,
        message: `must be a number above 0 and at most ${PRODUCT_LIMITS.rangeMm} mm / 必须在 0–${PRODUCT_LIMITS.rangeMm} mm 之间`,
      });
    }
  }
  if (problems.length === 0 && (min as number) > (max as number))
    problems.push({ field: `${key}.min`, message: `min ${min} is above max ${max} / 最小值大于最大值` });
  return problems;
}

/** A cap of PRODUCT_LIMITS that a model passes: which, where, the cap and the model's value. */
export type ProductLimitBreach =
  | { limit: 'components'; field: 'components'; max: number; actual: number }
  | { limit: 'quantityPerDoor'; field: string; rule: string; max: number; actual: number };

/**
 * The first cap the model passes, or null: its component count, then each quantity formula that reads no line
 * variable (a constant or parameters only, so its value is known now; one that reads the line is checked per
 * line, at entry and at split). A formula that does not parse is checkProduct's to report.
 */
export function productLimitBreach(product: ProductDefinition): ProductLimitBreach | null {
  if (product.components.length > PRODUCT_LIMITS.components)
    return {
      limit: 'components',
      field: 'components',
      max: PRODUCT_LIMITS.components,
      actual: product.components.length,
    };
  const lineVariables = new Set<string>(LINE_VARIABLES);
  for (const [index, rule] of product.components.entries()) {
    try {
      const quantity = parseExpression(rule.quantity);
      if ([...variablesOf(quantity).keys()].some((name) => lineVariables.has(name))) continue;
      const perDoor = Math.round(evaluate(quantity, product.parameters));
      if (perDoor > PRODUCT_LIMITS.quantityPerDoor)
        return {
          limit: 'quantityPerDoor',
          field: `components[${index}].quantity`,
          rule: rule.name,
          max: PRODUCT_LIMITS.quantityPerDoor,
          actual: perDoor,
        };
    } catch (error) {
      if (!(error instanceof ExpressionError)) throw error;
    }
  }
  return null;
}
