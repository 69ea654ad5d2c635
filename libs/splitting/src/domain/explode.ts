import { evaluate, type Expression, ExpressionError, parseExpression, variablesOf } from './expression';
import {
  LINE_VARIABLES,
  PRODUCT_LIMITS,
  type ComponentKind,
  type CutKind,
  type Grain,
  type PackageGroup,
  type ProcessCode,
  type ProductDefinition,
  type RuleProblem,
} from './product';

/** What a split needs of an order line. Sizes in mm. */
export interface DoorLine {
  width: number;
  height: number;
  wallThickness: number;
  /** 子母门 only: the master leaf's width. */
  masterWidth?: number | null;
  quantity: number;
  finish: string;
}

/** One part of a door model for one order line: `quantity` pieces in all, `perDoor` in each door. */
export interface PartSpec {
  component: string;
  kind: ComponentKind;
  material: string;
  length: number;
  width: number;
  thickness: number;
  perDoor: number;
  quantity: number;
  cutKind: CutKind;
  grain: Grain;
  route: ProcessCode[];
  packageGroup: PackageGroup;
}

/** A rule that cannot be applied to a line (a formula fails or gives an impossible size). */
export class RuleEvaluationError extends Error {
  constructor(
    readonly component: string,
    readonly field: string,
    readonly reason: string,
  ) {
    super(`component "${component}" ${field}: ${reason}`);
    this.name = 'RuleEvaluationError';
  }
}

/** "Outside process range / 不在工艺范围" for each size of the line outside the product's ranges. */
export function checkLineInRange(product: ProductDefinition, line: DoorLine): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const checks: [keyof DoorLine, number, { min: number; max: number }][] = [
    ['width', line.width, product.widthRange],
    ['height', line.height, product.heightRange],
    ['wallThickness', line.wallThickness, product.wallThicknessRange],
  ];
  for (const [field, value, range] of checks) {
    if (value < range.min || value > range.max) {
      problems.push({
        field,
        message: `${value} is outside the process range ${range.min}–${range.max} of ${product.code} / 不在工艺范围 ${range.min}–${range.max}`,
      });
    }
  }
  if (product.doorType === 'unequal_pair') {
    const master = line.masterWidth ?? 0;
    if (!(master > 0 && master < line.width)) {
      problems.push({
        field: 'masterWidth',
        message: `a 子母门 line needs the master leaf width, between 0 and the opening width ${line.width} / 子母门需填写母门宽`,
      });
    }
  }
  return problems;
}

/**
 * Everything wrong with a line at entry: its sizes against the process ranges, then (when in range)
 * whether the rules give a possible part for it. A rule problem has `rule` set (the component's name): it
 * concerns the line as a whole, its `field` is the rule's.
 */
export function lineProblems(product: ProductDefinition, line: DoorLine): RuleProblem[] {
  const problems = checkLineInRange(product, line);
  if (problems.length > 0) return problems;
  try {
    explodeLine(product, line);
    return [];
  } catch (error) {
    if (!(error instanceof RuleEvaluationError)) throw error;
    return [{ field: error.field, message: `${error.message} / 该尺寸无法按门型规则拆分`, rule: error.component }];
  }
}

const round1 = (v: number) => Math.round(v * 10) / 10;
const MAX_PER_DOOR = PRODUCT_LIMITS.quantityPerDoor;
/** Part sizes (mm) beyond this are a rule mistake. */
const MAX_SIZE = 100_000;

/** The variables a line gives its product's formulas. */
function lineVariables(product: ProductDefinition, line: DoorLine): Record<string, number> {
  return {
    ...product.parameters,
    W: line.width,
    H: line.height,
    T: line.wallThickness,
    MW: line.masterWidth ?? 0,
    Q: line.quantity,
  };
}

/**
 * The pieces (Σ pieces per door × doors) the lines explode to, from the quantity and condition formulas alone:
 * what a split will cost, known before anything heavy is computed or stored. A rule that cannot be evaluated
 * counts nothing here; the split reports it. Each formula is parsed once, a rule that reads no line variable is
 * evaluated once per product, and the rest once per distinct line size, at most `maxEvaluations` times in all:
 * past that, a line counts its constant rules only, and the answer is a lower bound (what the request path
 * needs to refuse a run at once without blocking; the split counts exactly before it computes).
 */
export function countPieces(
  lines: readonly { product: ProductDefinition; door: DoorLine }[],
  maxEvaluations = Infinity,
): number {
  const plans = new Map<ProductDefinition, PiecesPlan>();
  let evaluations = 0;
  let pieces = 0;
  for (const { product, door } of lines) {
    let plan = plans.get(product);
    if (!plan) plans.set(product, (plan = piecesPlan(product)));
    const key = `${door.width}|${door.height}|${door.wallThickness}|${door.masterWidth ?? 0}|${door.quantity}`;
    let perDoor = plan.perSize.get(key);
    if (perDoor === undefined && evaluations + plan.dynamic.length > maxEvaluations) perDoor = plan.constant;
    else if (perDoor === undefined) {
      evaluations += plan.dynamic.length;
      const vars = lineVariables(product, door);
      perDoor = plan.constant;
      for (const rule of plan.dynamic) perDoor += rulePieces(rule, vars);
      plan.perSize.set(key, perDoor);
    }
    pieces += perDoor * door.quantity;
  }
  return pieces;
}

interface RulePieces {
  condition: Expression | null;
  quantity: Expression | null;
}

interface PiecesPlan {
  /** Pieces per door of the rules that read no line variable. */
  constant: number;
  /** The rules that do. */
  dynamic: RulePieces[];
  perSize: Map<string, number>;
}

function piecesPlan(product: ProductDefinition): PiecesPlan {
  const parse = (source: string | undefined): Expression | null => {
    if (typeof source !== 'string' || source.trim() === '') return null;
    try {
      return parseExpression(source);
    } catch (error) {
      if (!(error instanceof ExpressionError)) throw error;
      return null;
    }
  };
  const readsLine = (e: Expression | null) =>
    e !== null && [...variablesOf(e).keys()].some((name) => (LINE_VARIABLES as readonly string[]).includes(name));
  const plan: PiecesPlan = { constant: 0, dynamic: [], perSize: new Map() };
  for (const rule of product.components) {
    const pieces = { condition: parse(rule.condition), quantity: parse(rule.quantity) };
    if (readsLine(pieces.condition) || readsLine(pieces.quantity)) plan.dynamic.push(pieces);
    else plan.constant += rulePieces(pieces, product.parameters);
  }
  return plan;
}

function rulePieces(rule: RulePieces, vars: Readonly<Record<string, number>>): number {
  try {
    if (rule.condition && evaluate(rule.condition, vars) === 0) return 0;
    return rule.quantity ? Math.max(0, Math.round(evaluate(rule.quantity, vars))) : 0;
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    return 0;
  }
}

/** The parts a door model's rules give for one order line (pure: same product and line, same parts). */
export function explodeLine(product: ProductDefinition, line: DoorLine): PartSpec[] {
  const vars = lineVariables(product, line);
  const parts: PartSpec[] = [];
  for (const rule of product.components) {
    const value = (field: 'length' | 'width' | 'thickness' | 'quantity' | 'condition', source: string) => {
      try {
        return evaluate(parseExpression(source), vars);
      } catch (error) {
        if (error instanceof ExpressionError) throw new RuleEvaluationError(rule.name, field, error.message);
        throw error;
      }
    };
    if (typeof rule.condition === 'string' && rule.condition.trim() !== '' && value('condition', rule.condition) === 0)
      continue;
    const perDoor = Math.round(value('quantity', rule.quantity));
    if (perDoor < 0 || perDoor > MAX_PER_DOOR) {
      throw new RuleEvaluationError(
        rule.name,
        'quantity',
        `quantity ${perDoor} per door is outside 0–${MAX_PER_DOOR} / 数量超出范围`,
      );
    }
    if (perDoor === 0) continue;
    const length = round1(value('length', rule.length));
    const width = round1(value('width', rule.width));
    const thickness = round1(value('thickness', rule.thickness));
    for (const [field, size] of [
      ['length', length],
      ['width', width],
      ['thickness', thickness],
    ] as const) {
      if (Math.abs(size) > MAX_SIZE)
        throw new RuleEvaluationError(rule.name, field, `size ${size} mm is beyond ${MAX_SIZE} / 尺寸超出范围`);
    }
    if (rule.cutKind !== 'none') {
      for (const [field, size] of [
        ['length', length],
        ['width', width],
      ] as const) {
        if (size <= 0)
          throw new RuleEvaluationError(rule.name, field, `size ${size} mm is not positive / 尺寸必须大于 0`);
      }
    }
    parts.push({
      component: rule.name,
      kind: rule.kind,
      material: rule.material.replaceAll('{finish}', line.finish),
      length,
      width,
      thickness,
      perDoor,
      quantity: perDoor * line.quantity,
      cutKind: rule.cutKind,
      grain: rule.grain,
      route: [...rule.route],
      packageGroup: rule.packageGroup,
    });
  }
  return parts;
}
