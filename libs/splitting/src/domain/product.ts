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

/**
 * The processes a factory starts with, in shop order, with their Chinese names. A factory's own list (processes
 * table) replaces it: a route names the factory's process codes, in the order the model gives.
 */
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
export type ProcessCode = string;
export const PROCESS_CODES = Object.keys(PROCESSES);

/** What a door's packages hold; `none` is consumed in production (veneer, core, glue) and ships in no package. */
export const PACKAGE_GROUPS = ['leaf', 'frame', 'casing', 'hardware', 'glass', 'none'] as const;
export type PackageGroup = (typeof PACKAGE_GROUPS)[number];

/** How the end of a linear part is cut: square, or mitred at 45° (casings meeting at the head). */
export const END_CUTS = ['square', 'mitre45'] as const;
export type EndCut = (typeof END_CUTS)[number];

/** A part's edges: L1/L2 the two long edges (along its length), W1/W2 the two short ones. */
export const EDGES = ['L1', 'L2', 'W1', 'W2'] as const;
export type Edge = (typeof EDGES)[number];

export const FEATURE_KINDS = [
  'hinge_pocket',
  'lock_mortise',
  'handle_bore',
  'groove',
  'cnc_pattern',
  'glass_cutout',
  'other',
] as const;
export type FeatureKind = (typeof FEATURE_KINDS)[number];

/** Where a feature goes; `hinge` and `lock` follow the line's handing (the hinge side, and the side opposite). */
export const FEATURE_SIDES = ['hinge', 'lock', 'top', 'bottom', 'face', 'back'] as const;
export type FeatureSide = (typeof FEATURE_SIDES)[number];

/** A machining feature of a part (hinge pockets, lock mortise…): data for the CNC and the shop, not a part. */
export interface MachiningFeature {
  kind: FeatureKind;
  /** How many per piece (a formula; 1 when omitted). */
  quantity?: string;
  side?: FeatureSide;
  note?: string;
}

/**
 * Which leaf of a door a rule's pieces belong to, for packing a pair leaf by leaf: `each` spreads the pieces
 * evenly over the door's leaves, `master` and `slave` put them on the 母/子 leaf of a 子母门 (leaf 1 and 2).
 */
export const LEAF_ASSIGNMENTS = ['each', 'master', 'slave'] as const;
export type LeafAssignment = (typeof LEAF_ASSIGNMENTS)[number];

export interface ComponentRule {
  name: string;
  kind: ComponentKind;
  /**
   * A material code. `{name}` in it is replaced by that variable's value: an input, a table, a derived variable or
   * the line's `finish` and handing (`VENEER-{finish}`, `{veneerByFinish}`, `LOCK-{hingeSide}`).
   */
  material: string;
  length: string;
  width: string;
  thickness: string;
  quantity: string;
  /** The part exists only where this formula is non-zero (`doorType == 'unequal_pair'`, `transom`). */
  condition?: string;
  cutKind: CutKind;
  grain: Grain;
  route: ProcessCode[];
  packageGroup: PackageGroup;
  endCuts?: { start: EndCut; end: EndCut };
  /** The band material of each banded edge. */
  edgeBanding?: Partial<Record<Edge, string>>;
  features?: MachiningFeature[];
  leaf?: LeafAssignment;
}

export interface Range {
  min: number;
  max: number;
}

export const INPUT_TYPES = ['number', 'enum', 'boolean', 'text'] as const;
export type InputType = (typeof INPUT_TYPES)[number];

export interface InputOption {
  value: string;
  labelZh: string;
  labelEn: string;
}

/**
 * A choice an order line makes for this model, as a dealer's order form has it (门类型, 是否有顶窗, 门套线宽…):
 * typed, with a default; a line must give a value for an input without one. Formulas read it by `name`.
 */
export interface ProductInput {
  name: string;
  labelZh: string;
  labelEn: string;
  type: InputType;
  /** number: its unit (mm, 个…) and range. */
  unit?: string;
  min?: number;
  max?: number;
  /** enum: the values, with labels order forms may also write. */
  options?: InputOption[];
  default?: number | string | boolean;
  /** Other column names an import maps to this input. */
  aliases?: string[];
}

/** A named formula computed once per line and read by every rule (leaf width, leaf height, clear opening…). */
export interface DerivedVariable {
  name: string;
  formula: string;
  labelZh?: string;
  labelEn?: string;
}

/** A lookup: the value of `key` (an input, a derived variable, finish or handing) → a value (a material code, a number). */
export interface LookupTable {
  name: string;
  key: string;
  rows: { when: string; value: string | number }[];
  /** The value for a key no row names; without it such a line is refused. */
  default?: string | number;
  labelZh?: string;
  labelEn?: string;
}

/** A door model (门型) as rules: what the split computes for any size and choice within its ranges. */
export interface ProductDefinition {
  code: string;
  nameZh: string;
  nameEn: string;
  /** The door type of every line, unless the model declares a `doorType` input that lines choose. */
  doorType: DoorType;
  widthRange: Range;
  heightRange: Range;
  wallThicknessRange: Range;
  /** Named numbers the formulas may use (gaps, jamb thickness, casing width…). */
  parameters: Record<string, number>;
  inputs?: ProductInput[];
  derived?: DerivedVariable[];
  tables?: LookupTable[];
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

/** The numbers every line gives formulas: opening width W, height H, wall thickness T (mm), master leaf MW, doors Q. */
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
  for (const [index, rule] of product.components.entries()) {
    try {
      const quantity = parseExpression(rule.quantity);
      // a formula reading anything but parameters (the line, inputs, derived variables) is checked per line
      if ([...variablesOf(quantity).keys()].some((name) => !Object.hasOwn(product.parameters, name))) continue;
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
