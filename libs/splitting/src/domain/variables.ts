import {
  checkTypes,
  type Expression,
  ExpressionError,
  parseExpression,
  variablesOf,
  type ValueType,
} from './expression';
import { HANDINGS, HINGE_SIDES, OPEN_SIDES } from './handing';
import { DOOR_TYPES, LINE_VARIABLES, type LookupTable, type ProductDefinition, type ProductInput } from './product';

/*
 * The variables a model's formulas read, and the order they are computed in. Per line: the numbers of
 * LINE_VARIABLES (W, H, T, MW, Q), the finish, the door type, the handing (and its hinge side and opening side) and
 * the door's number of leaves; per model: parameters, inputs, derived variables and tables.
 */

/** Text every line gives, with the values it can take (null: any text). */
export const LINE_TEXTS: Record<string, readonly string[] | null> = {
  finish: null,
  doorType: DOOR_TYPES,
  handing: HANDINGS,
  hingeSide: HINGE_SIDES,
  openSide: OPEN_SIDES,
};

/** The number of leaves of the door; a model may declare its own `leaves` (a one-leaf sliding door). */
export const LEAVES = 'leaves';

/** Names no parameter, input, derived variable or table may take (`doorType` only as an enum input). */
export const RESERVED_NAMES = new Set<string>([...LINE_VARIABLES, ...Object.keys(LINE_TEXTS)]);

/**
 * Words a name may not be: true and false (formulas read them as 1 and 0), and the names every JavaScript object
 * already has (`constructor`, `__proto__`…), which a lookup by name would find on any object.
 */
export const UNSAFE_NAMES = new Set<string>([
  'true',
  'false',
  '__proto__',
  ...Object.getOwnPropertyNames(Object.prototype),
]);

const YES = new Set(['true', '1', 'yes', 'y', '是', '有', '要', '需要', '√', '✓']);
const NO = new Set(['false', '0', 'no', 'n', '否', '无', '没有', '不要', '不需要', '×', '✗']);

/** Yes or no as order forms and tables write it (是/否, 有/无, yes/no, 1/0, √/×); null when it is neither. */
export function yesNo(text: string): boolean | null {
  const word = text.trim().toLowerCase();
  return YES.has(word) ? true : NO.has(word) ? false : null;
}

/** A material code's `{name}` placeholders, each filled with that variable's value. */
export const MATERIAL_PLACEHOLDER = /\{([^{}]*)\}/g;

/**
 * A table's `when` for a number key, as a number: a yes/no input's rows may say true/false, 是/否, 有/无 or 1/0.
 * Null when it is no number.
 */
export function numericKey(when: string): number | null {
  const text = when.trim().toLowerCase();
  const answer = yesNo(text);
  if (answer !== null) return answer ? 1 : 0;
  if (text === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** A name formulas can read: letters, digits and _, Chinese characters allowed, not starting with a digit. */
export const VARIABLE_NAME = /^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_\u4e00-\u9fff]{0,39}$/;

export function inputType(input: ProductInput): ValueType {
  switch (input.type) {
    case 'number':
    case 'boolean':
      return { kind: 'number' };
    case 'enum':
      return { kind: 'text', values: (input.options ?? []).map((o) => o.value), source: input.name };
    case 'text':
      return { kind: 'text' };
  }
}

/** A step of the per-line computation after the inputs: a derived variable or a table, by index. */
export type Step = { kind: 'derived'; index: number } | { kind: 'table'; index: number };

export interface VariableScope {
  /** Every readable name and its type (derived variables typed by their formula). */
  types: Map<string, ValueType>;
  /** Derived variables and tables in an order where each reads only what comes before. */
  order: Step[];
  /** The names of a dependency cycle, when there is one (order then holds what could be ordered). */
  cycle: string[] | null;
  /** Parsed derived formulas, by index (null: does not parse; checkProduct reports it). */
  derived: (Expression | null)[];
}

/**
 * The scope of a model's formulas: names, types and the order derived variables and tables are computed in
 * (each depends on the names its formula or key reads). Formulas that do not parse are left out here.
 */
export function variableScope(product: ProductDefinition): VariableScope {
  const types = new Map<string, ValueType>();
  for (const name of LINE_VARIABLES) types.set(name, { kind: 'number' });
  for (const [name, values] of Object.entries(LINE_TEXTS))
    types.set(name, values ? { kind: 'text', values, source: name } : { kind: 'text' });
  types.set(LEAVES, { kind: 'number' });
  for (const name of Object.keys(product.parameters)) types.set(name, { kind: 'number' });
  for (const input of product.inputs ?? []) types.set(input.name, inputType(input));
  for (const table of product.tables ?? []) types.set(table.name, tableType(table));

  const derived = (product.derived ?? []).map((d) => {
    try {
      return parseExpression(d.formula);
    } catch (error) {
      if (!(error instanceof ExpressionError)) throw error;
      return null;
    }
  });
  // what each step reads, among the steps' own names
  const stepOf = new Map<string, Step>();
  (product.derived ?? []).forEach((d, index) => stepOf.set(d.name, { kind: 'derived', index }));
  (product.tables ?? []).forEach((t, index) => stepOf.set(t.name, { kind: 'table', index }));
  const reads = (step: Step): string[] => {
    if (step.kind === 'table') return [(product.tables ?? [])[step.index].key];
    const tree = derived[step.index];
    return tree ? [...variablesOf(tree).keys()] : [];
  };
  // every derived name is known from the start (a number until its formula says otherwise), so a cycle between
  // two of them is reported once, not as "unknown variable" in every formula that reads them
  for (const d of product.derived ?? []) if (!types.has(d.name)) types.set(d.name, { kind: 'number' });
  const order: Step[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  let cycle: string[] | null = null;
  const visit = (name: string, path: string[]) => {
    const step = stepOf.get(name);
    if (!step || state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') {
      cycle ??= [...path.slice(path.indexOf(name)), name];
      return;
    }
    state.set(name, 'visiting');
    for (const read of reads(step)) visit(read, [...path, name]);
    state.set(name, 'done');
    order.push(step);
    if (step.kind === 'derived') {
      const tree = derived[step.index];
      if (tree) types.set(name, checkTypes(tree, types).type);
    }
  };
  for (const name of stepOf.keys()) visit(name, []);
  return { types, order, cycle, derived };

  function tableType(table: LookupTable): ValueType {
    const values = [...table.rows.map((r) => r.value), ...(table.default === undefined ? [] : [table.default])];
    if (values.length > 0 && values.every((v) => typeof v === 'number')) return { kind: 'number' };
    return { kind: 'text', values: values.map(String), source: table.name };
  }
}
