import {
  evaluateValue,
  type Expression,
  ExpressionError,
  parseExpression,
  variablesOf,
  type Value,
} from './expression';
import { handingOf, type HandingCode } from './handing';
import type { ComponentRule, DoorType, LookupTable, ProductDefinition } from './product';
import { LEAVES, numericKey, variableScope, type Step } from './variables';

/** What a line gives a model's formulas once its inputs are resolved (see door-line.ts). */
export interface DoorLine {
  width: number;
  height: number;
  wallThickness: number;
  /** 子母门 only: the master leaf's width. */
  masterWidth?: number | null;
  quantity: number;
  finish: string;
  /** The handing code; null (lines entered before handing was structured) reads as `none`. */
  handing?: HandingCode | null;
  /** The model's inputs, by name: numbers, text, and booleans. */
  options?: Readonly<Record<string, number | string | boolean>>;
}

/** A rule that cannot be applied to a line (a formula fails or gives an impossible size). */
export class RuleEvaluationError extends Error {
  constructor(
    readonly component: string,
    readonly field: string,
    readonly reason: string,
    /** The line's own field at fault, when it is the line's value and not the rule (`finish`, `options.glass`). */
    readonly lineField?: string,
  ) {
    super(`component "${component}" ${field}: ${reason}`);
    this.name = 'RuleEvaluationError';
  }
}

interface CompiledRule {
  rule: ComponentRule;
  length: Expression | null;
  width: Expression | null;
  thickness: Expression | null;
  quantity: Expression | null;
  condition: Expression | null;
  features: (Expression | null)[];
  /** Whether the quantity and condition read only parameters (their pieces are the same for every line). */
  constantPieces: boolean;
}

/** A model parsed once: formulas, tables and the order derived variables are computed in. */
export interface ProductProgram {
  product: ProductDefinition;
  order: Step[];
  derived: (Expression | null)[];
  /** Each table's lookup: text keys exactly, number keys (yes/no as 1/0) as numbers. */
  tables: ((key: Value) => string | number | undefined)[];
  rules: CompiledRule[];
  /** Whether the model defines its own `leaves`. */
  ownLeaves: boolean;
}

const programs = new WeakMap<ProductDefinition, ProductProgram>();

/** A table as a function of its key: text matched exactly; numbers (yes/no as 1/0) within the rules' tolerance. */
function tableLookup(table: LookupTable, numeric: boolean): (key: Value) => string | number | undefined {
  if (!numeric) {
    const rows = new Map(table.rows.map((r) => [r.when, r.value]));
    return (key) => rows.get(String(key));
  }
  const rows = table.rows.flatMap((r) => {
    const when = numericKey(r.when);
    return when === null ? [] : [{ when, value: r.value }];
  });
  return (key) => (typeof key === 'number' ? rows.find((r) => Math.abs(r.when - key) < 1e-9)?.value : undefined);
}

const parse = (source: string | undefined): Expression | null => {
  if (typeof source !== 'string' || source.trim() === '') return null;
  try {
    return parseExpression(source);
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    return null;
  }
};

/** The program of a model, parsed on first use and kept as long as the model object lives. */
export function programOf(product: ProductDefinition): ProductProgram {
  let program = programs.get(product);
  if (program) return program;
  const scope = variableScope(product);
  const parameters = new Set(Object.keys(product.parameters));
  const readsOnlyParameters = (e: Expression | null) =>
    e === null || [...variablesOf(e).keys()].every((name) => parameters.has(name));
  program = {
    product,
    order: scope.order,
    derived: scope.derived,
    tables: (product.tables ?? []).map((t) => tableLookup(t, scope.types.get(t.key)?.kind === 'number')),
    rules: product.components.map((rule) => {
      const compiled = {
        rule,
        length: parse(rule.length),
        width: parse(rule.width),
        thickness: parse(rule.thickness),
        quantity: parse(rule.quantity),
        condition: parse(rule.condition),
        features: (rule.features ?? []).map((f) => parse(f.quantity)),
      };
      return {
        ...compiled,
        constantPieces: readsOnlyParameters(compiled.quantity) && readsOnlyParameters(compiled.condition),
      };
    }),
    ownLeaves:
      parameters.has(LEAVES) ||
      (product.inputs ?? []).some((i) => i.name === LEAVES) ||
      (product.derived ?? []).some((d) => d.name === LEAVES),
  };
  programs.set(product, program);
  return program;
}

/** More leaves than a folding door has is a rule mistake (and would make a package per leaf per door). */
export const MAX_LEAVES = 8;

/** Leaves of a door of each type, when the model does not say (a two-leaf sliding door is the common one). */
const LEAVES_OF: Record<DoorType, number> = { single: 1, double: 2, unequal_pair: 2, sliding: 2, cased_opening: 0 };

/** The door type of a line: its `doorType` input when the model declares one, else the model's. */
export function doorTypeOf(product: ProductDefinition, line: Pick<DoorLine, 'options'>): DoorType {
  const chosen = line.options?.doorType;
  return typeof chosen === 'string' && (product.inputs ?? []).some((i) => i.name === 'doorType')
    ? (chosen as DoorType)
    : product.doorType;
}

/**
 * Every variable's value for a line: line numbers and texts, parameters, inputs (booleans as 1 and 0), then
 * derived variables and tables in dependency order. A table without a row for the line's key (and no default)
 * is the line's problem, named at the key's line field.
 */
export function lineValues(program: ProductProgram, line: DoorLine): Record<string, Value> {
  const { product } = program;
  const handing = handingOf(line.handing ?? 'none');
  const doorType = doorTypeOf(product, line);
  const values: Record<string, Value> = {
    ...product.parameters,
    W: line.width,
    H: line.height,
    T: line.wallThickness,
    MW: line.masterWidth ?? 0,
    Q: line.quantity,
    finish: line.finish,
    doorType,
    handing: handing.code,
    hingeSide: handing.hingeSide,
    openSide: handing.openSide,
  };
  if (!program.ownLeaves) values[LEAVES] = LEAVES_OF[doorType];
  for (const input of product.inputs ?? []) {
    const given =
      (line.options && Object.hasOwn(line.options, input.name) ? line.options[input.name] : undefined) ?? input.default;
    if (given === undefined)
      throw new RuleEvaluationError(
        input.name,
        'options',
        `no value for ${input.name} / 缺少 ${input.labelZh}`,
        `options.${input.name}`,
      );
    values[input.name] = typeof given === 'boolean' ? (given ? 1 : 0) : given;
  }
  for (const step of program.order) {
    if (step.kind === 'derived') {
      const derived = (product.derived ?? [])[step.index];
      const tree = program.derived[step.index];
      if (!tree) throw new RuleEvaluationError(derived.name, 'formula', 'does not parse / 公式有误');
      values[derived.name] = evaluateRuleValue(tree, values, derived.name, 'formula');
    } else {
      const table = (product.tables ?? [])[step.index];
      const key = values[table.key];
      const found = program.tables[step.index](key) ?? table.default;
      if (found === undefined) {
        const lineField =
          LINE_FIELD[table.key] ??
          ((product.inputs ?? []).some((i) => i.name === table.key) ? `options.${table.key}` : undefined);
        throw new RuleEvaluationError(
          table.name,
          'key',
          `${table.key} "${String(key)}" has no row in table ${table.name} / ${table.key} 的值 "${String(key)}" 在查表 ${table.name} 中没有对应项`,
          lineField,
        );
      }
      values[table.name] = found;
    }
  }
  const leaves = values[LEAVES];
  if (typeof leaves !== 'number' || !Number.isInteger(leaves) || leaves < 0 || leaves > MAX_LEAVES)
    throw new RuleEvaluationError(
      LEAVES,
      'leaves',
      `a door has 0–${MAX_LEAVES} leaves, not ${String(leaves)} / 门扇数应为 0–${MAX_LEAVES}`,
    );
  return values;
}

/** The line field each line variable comes from, for naming it in a problem. */
const LINE_FIELD: Partial<Record<string, string>> = {
  W: 'width',
  H: 'height',
  T: 'wallThickness',
  MW: 'masterWidth',
  Q: 'quantity',
  finish: 'finish',
  doorType: 'options.doorType',
  handing: 'swing',
  hingeSide: 'swing',
  openSide: 'swing',
};

export function evaluateRuleValue(
  tree: Expression,
  values: Readonly<Record<string, Value>>,
  rule: string,
  field: string,
): Value {
  try {
    return evaluateValue(tree, values);
  } catch (error) {
    if (error instanceof ExpressionError) throw new RuleEvaluationError(rule, field, error.message);
    throw error;
  }
}

/** The door type and leaf count of a line's doors. */
export function doorFacts(product: ProductDefinition, line: DoorLine): { doorType: DoorType; leaves: number } {
  const values = lineValues(programOf(product), line);
  // lineValues has checked it is a whole number within 0–MAX_LEAVES
  return { doorType: doorTypeOf(product, line), leaves: values[LEAVES] as number };
}
