import { type LinearPlan, type SheetPlan, solveLinear, solveSheets } from '@mendao/cutting';
import { packagesOf, type PlannedPackage } from './packages';
import { workOrdersOf, type PlannedWorkOrder } from './work-orders';
import { countPieces, explodeLine, RuleEvaluationError, type DoorLine, type PartSpec } from './explode';
import { type CutKind, type ProductDefinition } from './product';

/**
 * What one split run may ask for, refused when the run is requested and again when it starts (its lines may
 * have changed in between). The benchmark's largest run, 10,000 demo doors (26–40 pieces each), computes in
 * 32 s; five times that still fits a worker's memory. The piece cap also bounds every count the results store
 * (see splitting.entities.ts).
 */
export const SPLIT_RUN_LIMITS = { doors: 50_000, pieces: 1_500_000 } as const;

/** An order line as the split sees it: the line, its order and the product version it uses. */
export interface SplitLine {
  orderId: string;
  orderNo: string;
  lineId: string;
  lineNo: number;
  product: ProductDefinition;
  productVersion: number;
  door: DoorLine;
}

/** A material's stock and saw settings (mm). */
export interface MaterialSpec {
  code: string;
  cutKind: CutKind;
  stockLength: number | null;
  sheetWidth: number | null;
  sheetLength: number | null;
  kerf: number;
  trim: number;
}

export interface PlannedPart extends PartSpec {
  /** Readable and unique within the run: order no., line no. and the part's place in the line. */
  ref: string;
  orderId: string;
  lineId: string;
  productVersion: number;
}

export interface MaterialRequirement {
  material: string;
  cutKind: CutKind;
  pieces: number;
  /** Σ length × pieces (linear) in mm. */
  totalLength: number;
  /** Σ length × width × pieces (sheet) in mm². */
  totalArea: number;
  /** Bars or sheets the cutting plans use (0 for uncut material). */
  stockUsed: number;
  /** Part material over stock used; null for uncut material. */
  yield: number | null;
}

export type CutPlan =
  | { n: number; material: string; kind: 'linear'; plan: LinearPlan }
  | { n: number; material: string; kind: 'sheet'; plan: SheetPlan };

export type { PlannedPackage, PlannedWorkOrder };

export interface SplitPlan {
  parts: PlannedPart[];
  materials: MaterialRequirement[];
  cutPlans: CutPlan[];
  workOrders: PlannedWorkOrder[];
  packages: PlannedPackage[];
}

/** A material the parts need that is not defined (or defined without the stock its cutting needs). */
export class MaterialSetupError extends Error {
  constructor(
    readonly material: string,
    reason: string,
  ) {
    super(`material ${material}: ${reason}`);
    this.name = 'MaterialSetupError';
  }
}

/** A run over SPLIT_RUN_LIMITS (its lines grew after it was accepted): the cap, and what the run asks for. */
export class RunLimitError extends Error {
  constructor(
    readonly limit: 'doors' | 'pieces',
    readonly actual: number,
    readonly max: number,
  ) {
    super(
      `${actual} ${limit} in one run; at most ${max} / 单次拆单${limit === 'doors' ? '门数' : '部件数'}过多 (split_run.too_many_${limit})`,
    );
    this.name = 'RunLimitError';
  }
}

export interface SplitOptions {
  /** Time budget of each cutting call. */
  cutTimeLimitMs: number;
  /** Pieces per cutting call at most, per kind (larger groups are cut in batches, in line order). */
  maxPiecesPerCut: { linear: number; sheet: number };
  onProgress?: (fraction: number, message: string) => Promise<void> | void;
}

/**
 * 拆单 for a set of order lines: parts from the product rules, material requirements, one cutting
 * optimisation per material across all lines, work orders per process and the packages of each door.
 * Pure and deterministic: the same lines, products and materials give the same plan.
 */
export async function planSplit(
  lines: SplitLine[],
  materials: Map<string, MaterialSpec>,
  options: SplitOptions,
): Promise<SplitPlan> {
  // a run is checked against the caps when it is accepted; its lines may have grown since: count again before
  // exploding anything
  const doors = lines.reduce((s, l) => s + l.door.quantity, 0);
  if (doors > SPLIT_RUN_LIMITS.doors) throw new RunLimitError('doors', doors, SPLIT_RUN_LIMITS.doors);
  const pieces = countPieces(lines);
  if (pieces > SPLIT_RUN_LIMITS.pieces) throw new RunLimitError('pieces', pieces, SPLIT_RUN_LIMITS.pieces);
  // code-unit order, not locale order: the same plan on every machine
  const ordered = [...lines].sort((a, b) =>
    a.orderNo < b.orderNo ? -1 : a.orderNo > b.orderNo ? 1 : a.lineNo - b.lineNo,
  );
  const parts: PlannedPart[] = [];
  const packages: PlannedPackage[] = [];
  for (const line of ordered) {
    const specs = explodeWithContext(line);
    specs.forEach((spec, index) => {
      parts.push({
        ...spec,
        ref: `${line.orderNo}-${line.lineNo}-${index + 1}`,
        orderId: line.orderId,
        lineId: line.lineId,
        productVersion: line.productVersion,
      });
    });
    packages.push(...packagesOf(line, specs));
  }
  await options.onProgress?.(0.1, `${parts.length} parts / 部件已拆分`);

  const byMaterial = new Map<string, PlannedPart[]>();
  for (const part of parts) {
    const group = byMaterial.get(part.material);
    if (group) group.push(part);
    else byMaterial.set(part.material, [part]);
  }
  const requirements: MaterialRequirement[] = [];
  const cutPlans: CutPlan[] = [];
  const codes = [...byMaterial.keys()].sort();
  for (const [index, code] of codes.entries()) {
    const group = byMaterial.get(code) ?? [];
    const cutKind = group[0].cutKind;
    const mixed = group.find((p) => p.cutKind !== cutKind);
    if (mixed) {
      throw new MaterialSetupError(
        code,
        `used by rules of different cut kinds (${cutKind}, ${mixed.cutKind} in "${mixed.component}") / 同一材料的下料方式不一致`,
      );
    }
    const declared = materials.get(code)?.cutKind;
    if (cutKind !== 'none' && declared !== undefined && declared !== cutKind) {
      throw new MaterialSetupError(
        code,
        `is a ${declared} material but "${group[0].component}" cuts it as ${cutKind} / 材料类型与部件下料方式不符`,
      );
    }
    const requirement: MaterialRequirement = {
      material: code,
      cutKind,
      pieces: group.reduce((s, p) => s + p.quantity, 0),
      totalLength: group.reduce((s, p) => s + p.length * p.quantity, 0),
      totalArea: group.reduce((s, p) => s + p.length * p.width * p.quantity, 0),
      stockUsed: 0,
      yield: null,
    };
    if (cutKind !== 'none') {
      const spec = materials.get(code);
      if (!spec) throw new MaterialSetupError(code, 'not defined; add it under materials / 未定义材料');
      for (const batch of batches(
        group,
        cutKind === 'linear' ? options.maxPiecesPerCut.linear : options.maxPiecesPerCut.sheet,
      )) {
        const plan = cutKind === 'linear' ? cutLinear(spec, batch, options) : cutSheets(spec, batch, options);
        cutPlans.push({ ...plan, n: cutPlans.length + 1 } as CutPlan);
      }
      const mine = cutPlans.filter((p) => p.material === code);
      requirement.stockUsed = mine.reduce(
        (s, p) => s + (p.kind === 'linear' ? p.plan.totals.bars : p.plan.totals.sheets),
        0,
      );
      const used = mine.reduce(
        (s, p) => s + (p.kind === 'linear' ? p.plan.totals.stockLength : p.plan.totals.sheetArea),
        0,
      );
      requirement.yield =
        used > 0 ? (cutKind === 'linear' ? requirement.totalLength : requirement.totalArea) / used : null;
    }
    requirements.push(requirement);
    await options.onProgress?.(0.1 + (0.8 * (index + 1)) / codes.length, `${code} / 材料优化完成`);
  }
  return { parts, materials: requirements, cutPlans, workOrders: workOrdersOf(parts), packages };
}

function explodeWithContext(line: SplitLine): PartSpec[] {
  try {
    return explodeLine(line.product, line.door);
  } catch (error) {
    if (error instanceof RuleEvaluationError) {
      throw new RuleEvaluationError(
        error.component,
        error.field,
        `order ${line.orderNo} line ${line.lineNo} (${line.product.code} v${line.productVersion}): ${error.reason}`,
      );
    }
    throw error;
  }
}

function batches(parts: PlannedPart[], maxPieces: number): PlannedPart[][] {
  const out: PlannedPart[][] = [];
  let current: PlannedPart[] = [];
  let pieces = 0;
  for (const part of parts) {
    if (current.length > 0 && pieces + part.quantity > maxPieces) {
      out.push(current);
      current = [];
      pieces = 0;
    }
    current.push(part);
    pieces += part.quantity;
  }
  if (current.length > 0) out.push(current);
  return out;
}

function cutLinear(spec: MaterialSpec, parts: PlannedPart[], options: SplitOptions): Omit<CutPlan, 'n'> {
  if (!spec.stockLength)
    throw new MaterialSetupError(spec.code, 'linear material without a stock length / 缺少原料长度');
  const plan = solveLinear({
    stock: [{ length: spec.stockLength }],
    kerf: spec.kerf,
    trim: spec.trim,
    items: parts.map((p) => ({ id: p.ref, length: p.length, quantity: p.quantity })),
    timeLimitMs: options.cutTimeLimitMs,
    seed: 1,
  });
  return { material: spec.code, kind: 'linear', plan };
}

function cutSheets(spec: MaterialSpec, parts: PlannedPart[], options: SplitOptions): Omit<CutPlan, 'n'> {
  if (!spec.sheetWidth || !spec.sheetLength)
    throw new MaterialSetupError(spec.code, 'sheet material without a sheet size / 缺少板材规格');
  // sheets stand with their grain (the long side) vertical: a part's grain decides how it may lie
  const plan = solveSheets({
    sheets: [{ width: spec.sheetWidth, height: spec.sheetLength }],
    kerf: spec.kerf,
    trim: spec.trim,
    items: parts.map((p) =>
      p.grain === 'width'
        ? { id: p.ref, width: p.length, height: p.width, quantity: p.quantity, rotatable: false }
        : { id: p.ref, width: p.width, height: p.length, quantity: p.quantity, rotatable: p.grain === 'free' },
    ),
    timeLimitMs: options.cutTimeLimitMs,
    seed: 1,
  });
  return { material: spec.code, kind: 'sheet', plan };
}
