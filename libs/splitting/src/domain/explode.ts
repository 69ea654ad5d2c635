import { MATERIAL_PLACEHOLDER } from './variables';
import { type Expression, type Value } from './expression';
import type { HandingCode } from './handing';
import {
  PRODUCT_LIMITS,
  type ComponentKind,
  type CutKind,
  type Edge,
  type EndCut,
  type FeatureKind,
  type Grain,
  type LeafAssignment,
  type PackageGroup,
  type ProcessCode,
  type ProductDefinition,
  type RuleProblem,
} from './product';
import {
  doorTypeOf,
  evaluateRuleValue,
  lineValues,
  programOf,
  RuleEvaluationError,
  type DoorLine,
  type ProductProgram,
} from './product-program';

export { RuleEvaluationError, type DoorLine } from './product-program';

/** A machining feature of a part as the shop reads it: `side` resolved from the handing (left, right, top…). */
export interface PartFeature {
  kind: FeatureKind;
  /** Per piece. */
  quantity: number;
  side: string | null;
  note?: string;
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
  /** The line's handing, printed on the part's label. */
  handing: HandingCode | null;
  endCuts: { start: EndCut; end: EndCut } | null;
  /** The band material of each banded edge. */
  edgeBanding: Partial<Record<Edge, string>> | null;
  features: PartFeature[];
  leaf: LeafAssignment | null;
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
  if (doorTypeOf(product, line) === 'unequal_pair') {
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
 * Everything wrong with a line at entry: its sizes against the process ranges, then (when in range) whether the
 * rules give a possible part for it. A rule problem has `rule` set (the component's name) and concerns the line
 * as a whole; a problem of the line's own value (a finish no table knows) names the line's field instead.
 */
export function lineProblems(product: ProductDefinition, line: DoorLine): RuleProblem[] {
  const problems = checkLineInRange(product, line);
  if (problems.length > 0) return problems;
  try {
    explodeLine(product, line);
    return [];
  } catch (error) {
    if (!(error instanceof RuleEvaluationError)) throw error;
    if (error.lineField) return [{ field: error.lineField, message: error.reason }];
    return [{ field: error.field, message: `${error.message} / 该尺寸无法按门型规则拆分`, rule: error.component }];
  }
}

const round1 = (v: number) => Math.round(v * 10) / 10;
const MAX_PER_DOOR = PRODUCT_LIMITS.quantityPerDoor;
/** Part sizes (mm) beyond this are a rule mistake. */
const MAX_SIZE = 100_000;

/**
 * The pieces (Σ pieces per door × doors) the lines explode to, from the quantity and condition formulas alone:
 * what a split will cost, known before anything heavy is computed or stored. A line that cannot be evaluated
 * counts its constant rules only; the split reports it. A rule that reads only parameters is evaluated once per
 * product, the rest once per distinct line, at most `maxEvaluations` times in all: past that, a line counts its
 * constant rules only, and the answer is a lower bound (what the request path needs to refuse a run at once
 * without blocking; the split counts exactly before it computes).
 */
export function countPieces(
  lines: readonly { product: ProductDefinition; door: DoorLine }[],
  maxEvaluations = Infinity,
): number {
  const constants = new Map<ProductDefinition, number>();
  const perLine = new Map<ProductDefinition, Map<string, number>>();
  let evaluations = 0;
  let pieces = 0;
  for (const { product, door } of lines) {
    const program = programOf(product);
    let constant = constants.get(product);
    if (constant === undefined) {
      constant = program.rules
        .filter((r) => r.constantPieces)
        .reduce((sum, r) => sum + rulePieces(r.condition, r.quantity, product.parameters), 0);
      constants.set(product, constant);
    }
    const dynamic = program.rules.filter((r) => !r.constantPieces);
    let seen = perLine.get(product);
    if (!seen) perLine.set(product, (seen = new Map<string, number>()));
    const key = JSON.stringify([
      door.width,
      door.height,
      door.wallThickness,
      door.masterWidth ?? 0,
      door.quantity,
      door.finish,
      door.handing ?? null,
      door.options ?? {},
    ]);
    let perDoor = seen.get(key);
    if (perDoor === undefined && (dynamic.length === 0 || evaluations + dynamic.length <= maxEvaluations)) {
      evaluations += dynamic.length;
      perDoor = constant;
      try {
        const values = lineValues(program, door);
        for (const rule of dynamic) perDoor += rulePieces(rule.condition, rule.quantity, values);
      } catch (error) {
        if (!(error instanceof RuleEvaluationError)) throw error;
      }
      seen.set(key, perDoor);
    }
    pieces += (perDoor ?? constant) * door.quantity;
  }
  return pieces;
}

function rulePieces(
  condition: Expression | null,
  quantity: Expression | null,
  values: Readonly<Record<string, Value>>,
): number {
  try {
    if (condition && evaluateRuleValue(condition, values, '', 'condition') === 0) return 0;
    const value = quantity ? evaluateRuleValue(quantity, values, '', 'quantity') : 0;
    return typeof value === 'number' ? Math.max(0, Math.round(value)) : 0;
  } catch (error) {
    if (!(error instanceof RuleEvaluationError)) throw error;
    return 0;
  }
}

/** A material code with its `{name}` placeholders filled from the line's values (unknown ones stay as written). */
function fill(template: string, values: Readonly<Record<string, Value>>): string {
  if (!template.includes('{')) return template;
  return template.replace(MATERIAL_PLACEHOLDER, (whole, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    return value === undefined ? whole : String(value);
  });
}

/** The parts a door model's rules give for one order line (pure: same product and line, same parts). */
export function explodeLine(product: ProductDefinition, line: DoorLine): PartSpec[] {
  return explodeWith(programOf(product), line);
}

function explodeWith(program: ProductProgram, line: DoorLine): PartSpec[] {
  const values = lineValues(program, line);
  const hingeSide = values.hingeSide as string;
  const parts: PartSpec[] = [];
  for (const compiled of program.rules) {
    const { rule } = compiled;
    const number = (field: 'length' | 'width' | 'thickness' | 'quantity' | 'condition', tree: Expression | null) => {
      if (!tree) throw new RuleEvaluationError(rule.name, field, 'does not parse / 公式有误');
      const value = evaluateRuleValue(tree, values, rule.name, field);
      if (typeof value !== 'number')
        throw new RuleEvaluationError(rule.name, field, `gives text "${value}", not a number / 结果不是数字`);
      return value;
    };
    if (compiled.condition && number('condition', compiled.condition) === 0) continue;
    const pieces = number('quantity', compiled.quantity);
    const perDoor = Math.round(pieces);
    // a part is counted in whole pieces: 0.3 would silently vanish, 2.5 silently become 3
    if (Math.abs(pieces - perDoor) > 1e-6) {
      throw new RuleEvaluationError(
        rule.name,
        'quantity',
        `quantity ${pieces} per door is not a whole number; round it in the formula (ceil, round) / 数量必须是整数，请在公式中取整`,
      );
    }
    if (perDoor < 0 || perDoor > MAX_PER_DOOR) {
      throw new RuleEvaluationError(
        rule.name,
        'quantity',
        `quantity ${perDoor} per door is outside 0–${MAX_PER_DOOR} / 数量超出范围`,
      );
    }
    if (perDoor === 0) continue;
    const length = round1(number('length', compiled.length));
    const width = round1(number('width', compiled.width));
    const thickness = round1(number('thickness', compiled.thickness));
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
    const features = (rule.features ?? []).map((feature, index): PartFeature => {
      const tree = compiled.features[index];
      const quantity = tree ? Math.round(number('quantity', tree)) : 1;
      if (quantity < 0 || quantity > MAX_PER_DOOR)
        throw new RuleEvaluationError(
          rule.name,
          'features',
          `${quantity} ${feature.kind} per piece is outside 0–${MAX_PER_DOOR} / 加工数量超出范围`,
        );
      return {
        kind: feature.kind,
        quantity,
        side: featureSide(feature.side, hingeSide),
        ...(feature.note ? { note: feature.note } : {}),
      };
    });
    const banding = rule.edgeBanding
      ? Object.fromEntries(
          Object.entries(rule.edgeBanding)
            .filter(([, code]) => typeof code === 'string' && code !== '')
            .map(([edge, code]) => [edge, fill(code, values)]),
        )
      : null;
    parts.push({
      component: rule.name,
      kind: rule.kind,
      material: fill(rule.material, values),
      length,
      width,
      thickness,
      perDoor,
      quantity: perDoor * line.quantity,
      cutKind: rule.cutKind,
      grain: rule.grain,
      route: [...rule.route],
      packageGroup: rule.packageGroup,
      handing: line.handing ?? null,
      endCuts: rule.endCuts ?? null,
      edgeBanding: banding && Object.keys(banding).length > 0 ? banding : null,
      features: features.filter((f) => f.quantity > 0),
      // a door of one leaf has no master or slave: the part is simply the door's
      leaf: (values.leaves as number) > 1 ? (rule.leaf ?? null) : null,
    });
  }
  return parts;
}

/** `hinge` is the hinge side of the line's handing, `lock` the side opposite; other sides are as written. */
function featureSide(side: string | undefined, hingeSide: string): string | null {
  if (!side) return null;
  if (hingeSide !== 'left' && hingeSide !== 'right') return side;
  if (side === 'hinge') return hingeSide;
  if (side === 'lock') return hingeSide === 'left' ? 'right' : 'left';
  return side;
}
