import { type LinearPlan, type SheetPlan, solveLinear, solveSheets } from '@mendao/cutting';
import { packagesOf, type PlannedPackage } from './packages';
import { workOrdersOf, type PlannedWorkOrder } from './work-orders';
import { doorFacts } from './product-program';
import { countPieces, explodeLine, RuleEvaluationError, type DoorLine, type PartSpec } from './explode';
import { type MaterialSpec, type MaterialUnit, quantityInUnit, roundQuantity, type StockSize } from './material';
import { type CutKind, type ProductDefinition } from './product';

export type { MaterialSpec };

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
  /** The unit `quantity` is in: the material's, `pcs` for a material not defined (`m` for an edge band). */
  unit: MaterialUnit;
  /** What the parts need in `unit` (3 decimals): m² of parts, metres of parts or banded edges, or pieces. */
  quantity: number;
  /** The material version the split used; null when the material is not defined. */
  version: number | null;
  pieces: number;
  /** Σ length × pieces (linear) in mm, plus the banded edges' length for an edge band. */
  totalLength: number;
  /** Σ length × width × pieces (sheet) in mm². */
  totalArea: number;
  /** New bars or sheets the cutting plans use (0 for uncut material): what the stores issue of the material itself. */
  stockUsed: number;
  /** Remnants (余料) from stock the cutting plans cut from, in pieces: issued as their own remnant items. */
  remnantsUsed: number;
  /** Part material over stock used; null for uncut material. */
  yield: number | null;
}

/**
 * One cutting optimisation. A ripped bar material is cut per (width, thickness): `ripWidth` is the width its bars
 * are ripped to first; null for a fixed profile and for sheets. `thickness` is the parts' (mm), null if unknown.
 */
export type CutPlan =
  | { n: number; material: string; kind: 'linear'; ripWidth: number | null; thickness: number | null; plan: LinearPlan }
  | { n: number; material: string; kind: 'sheet'; ripWidth: null; thickness: number | null; plan: SheetPlan };

/** Edge → band material code; L1/L2 are the two length edges, W1/W2 the two width edges. */
export type EdgeBanding = Partial<Record<'L1' | 'L2' | 'W1' | 'W2', string>>;

export type { PlannedPackage, PlannedWorkOrder };

/** The offcuts a plan keeps (余料), per material: pieces, and their total length (bars, mm) or area (sheets, mm²). */
export interface RemnantSummary {
  material: string;
  pieces: number;
  length: number;
  area: number;
}

/** What the cut plans leave as remnants, material by material (materials without a minimum keep none). */
export function remnantsOf(cutPlans: CutPlan[]): RemnantSummary[] {
  const byMaterial = new Map<string, RemnantSummary>();
  for (const cut of cutPlans) {
    const sum = byMaterial.get(cut.material) ?? { material: cut.material, pieces: 0, length: 0, area: 0 };
    if (cut.kind === 'linear') {
      for (const bar of cut.plan.bars) {
        if (bar.remnant <= 0) continue;
        sum.pieces += 1;
        sum.length += bar.remnant;
      }
    } else {
      for (const rect of cut.plan.layouts.flatMap((l) => l.remnants)) {
        sum.pieces += 1;
        sum.area += rect.width * rect.height;
      }
    }
    if (sum.pieces > 0) byMaterial.set(cut.material, sum);
  }
  return [...byMaterial.values()].sort((a, b) => (a.material < b.material ? -1 : a.material > b.material ? 1 : 0));
}

/**
 * A remnant in stock offered to the cutting (余料), as limited stock used before new bars or sheets. Sizes in mm:
 * a bar's `length`; a sheet's sides with `length` the longer, along which its grain is taken to run (as new sheets
 * stand with their long side vertical). `item` is the stock item's code, echoed as `ref` on what is cut from it.
 */
export interface RemnantOffer {
  item: string;
  material: string;
  length: number;
  /**
   * A sheet's shorter side; a bar's rip width when it is a strip of a ripped material (null or absent: a full-width
   * board offcut, or a fixed profile's own section).
   */
  width?: number | null;
  /** The offcut's thickness (mm) when the stores know it; a ripped material's groups of another thickness skip it. */
  thickness?: number | null;
  quantity: number;
  /** Per piece; 0 when the stores value offcuts at nothing. */
  cost: number;
}

/** How many pieces of a remnant item the plans cut from. */
export interface RemnantUse {
  item: string;
  material: string;
  quantity: number;
}

/** Per material whose plans used remnants: how many, and the new bars or sheets not needed thanks to them. */
export interface RemnantSaving {
  material: string;
  remnantsUsed: number;
  /** New stock the same cutting without remnants needs, less what it needs with them; null if that cutting fails. */
  stockNotUsed: number | null;
}

export interface SplitPlan {
  parts: PlannedPart[];
  materials: MaterialRequirement[];
  cutPlans: CutPlan[];
  workOrders: PlannedWorkOrder[];
  packages: PlannedPackage[];
  /** Remnant items the plans cut from, in item order. */
  remnantsUsed: RemnantUse[];
  remnantSaving: RemnantSaving[];
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
  /** The factory's process order: it orders work orders wherever the routes leave the order open. */
  processOrder?: readonly string[];
  /** Time budget of each cutting call. */
  cutTimeLimitMs: number;
  /** Pieces per cutting call at most, per kind (larger groups are cut in batches, in line order). */
  maxPiecesPerCut: { linear: number; sheet: number };
  onProgress?: (fraction: number, message: string) => Promise<void> | void;
  /** Remnants in stock the cutting takes before new stock, of any material (the others are ignored). */
  remnants?: RemnantOffer[];
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
    packages.push(...packagesOf(line, specs, doorFacts(line.product, line.door)));
  }
  await options.onProgress?.(0.1, `${parts.length} parts / 部件已拆分`);

  const { requirements, cutPlans, remnantSaving } = await planMaterials(parts, materials, options);
  return {
    parts,
    materials: requirements,
    cutPlans,
    workOrders: workOrdersOf(parts, options.processOrder),
    packages,
    remnantsUsed: remnantUseOf(cutPlans),
    remnantSaving,
  };
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

/** Widths and thicknesses come from formulas: equal within a micrometre. */
const same = (a: number, b: number) => Math.abs(a - b) < 0.001;

/** Per material (code order): its requirement in its unit, and its cutting optimisations. */
export async function planMaterials(
  parts: PlannedPart[],
  materials: Map<string, MaterialSpec>,
  options: SplitOptions,
): Promise<{ requirements: MaterialRequirement[]; cutPlans: CutPlan[]; remnantSaving: RemnantSaving[] }> {
  const byMaterial = new Map<string, PlannedPart[]>();
  for (const part of parts) {
    const group = byMaterial.get(part.material);
    if (group) group.push(part);
    else byMaterial.set(part.material, [part]);
  }
  const banded = bandedLengths(parts);
  const requirements: MaterialRequirement[] = [];
  const cutPlans: CutPlan[] = [];
  const remnantSaving: RemnantSaving[] = [];
  const codes = [...new Set([...byMaterial.keys(), ...banded.keys()])].sort();
  for (const [index, code] of codes.entries()) {
    const group = byMaterial.get(code) ?? [];
    const spec = materials.get(code);
    const cutKind = cutKindOf(code, group, spec);
    const requirement = requirementOf(code, cutKind, group, spec, banded.get(code) ?? 0);
    if (cutKind !== 'none') {
      if (!spec) throw new MaterialSetupError(code, 'not defined; add it under materials / 未定义材料');
      const offers = (options.remnants ?? []).filter((r) => r.material === code);
      const mine = cutMaterial(spec, cutKind, group, options, cutPlans.length, offers);
      cutPlans.push(...mine);
      requirement.stockUsed = newStockOf(mine);
      requirement.remnantsUsed = remnantUseOf(mine).reduce((s, r) => s + r.quantity, 0);
      if (requirement.remnantsUsed > 0)
        remnantSaving.push({
          material: code,
          remnantsUsed: requirement.remnantsUsed,
          stockNotUsed: stockNotUsed(spec, cutKind, group, options, requirement.stockUsed),
        });
      const used = mine.reduce(
        (s, p) => s + (p.kind === 'linear' ? p.plan.totals.stockLength : p.plan.totals.sheetArea),
        0,
      );
      const needed =
        cutKind === 'linear'
          ? group.reduce((s, p) => s + p.length * p.quantity, 0)
          : group.reduce((s, p) => s + p.length * p.width * p.quantity, 0);
      requirement.yield = used > 0 ? needed / used : null;
    }
    requirements.push(requirement);
    await options.onProgress?.(0.1 + (0.8 * (index + 1)) / codes.length, `${code} / 材料优化完成`);
  }
  return { requirements, cutPlans, remnantSaving };
}

/** Bars and sheets of the material itself (not cut from a remnant, which the plan marks with its `ref`). */
function newStockOf(plans: CutPlan[]): number {
  return plans.reduce(
    (s, p) =>
      s +
      (p.kind === 'linear' ? p.plan.bars.filter((b) => !b.ref).length : p.plan.layouts.filter((l) => !l.ref).length),
    0,
  );
}

/** Pieces cut from each remnant item, in item order. */
export function remnantUseOf(plans: CutPlan[]): RemnantUse[] {
  const used = new Map<string, RemnantUse>();
  for (const plan of plans) {
    const refs = plan.kind === 'linear' ? plan.plan.bars.map((b) => b.ref) : plan.plan.layouts.map((l) => l.ref);
    for (const item of refs) {
      if (!item) continue;
      const use = used.get(item) ?? { item, material: plan.material, quantity: 0 };
      use.quantity += 1;
      used.set(item, use);
    }
  }
  return [...used.values()].sort((a, b) => (a.item < b.item ? -1 : a.item > b.item ? 1 : 0));
}

/**
 * The saving is measured, not estimated: the same cutting without remnants, less the new stock used with them. A
 * cutting that fails without them (limited stock sizes) has no figure.
 */
function stockNotUsed(
  spec: MaterialSpec,
  cutKind: 'linear' | 'sheet',
  group: PlannedPart[],
  options: SplitOptions,
  withRemnants: number,
): number | null {
  try {
    return Math.max(0, newStockOf(cutMaterial(spec, cutKind, group, options, 0, [])) - withRemnants);
  } catch (error) {
    if (error instanceof MaterialSetupError) return null;
    throw error;
  }
}

/** The cut kind every rule gives the material, and the one it is declared with, must agree. */
function cutKindOf(code: string, group: PlannedPart[], spec: MaterialSpec | undefined): CutKind {
  if (group.length === 0) return 'none';
  const cutKind = group[0].cutKind;
  const mixed = group.find((p) => p.cutKind !== cutKind);
  if (mixed) {
    throw new MaterialSetupError(
      code,
      `used by rules of different cut kinds (${cutKind}, ${mixed.cutKind} in "${mixed.component}") / 同一材料的下料方式不一致`,
    );
  }
  if (cutKind !== 'none' && spec !== undefined && spec.cutKind !== cutKind) {
    throw new MaterialSetupError(
      code,
      `is a ${spec.cutKind} material but "${group[0].component}" cuts it as ${cutKind} / 材料类型与部件下料方式不符`,
    );
  }
  return cutKind;
}

/** Σ banded edge length (mm) per band material: a length edge runs the part's length, a width edge its width. */
function bandedLengths(parts: PlannedPart[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const part of parts) {
    const banding = (part as PartSpec & { edgeBanding?: EdgeBanding | null }).edgeBanding;
    if (!banding) continue;
    for (const [edge, code] of Object.entries(banding)) {
      if (!code) continue;
      const edgeLength = edge.startsWith('L') ? part.length : part.width;
      out.set(code, (out.get(code) ?? 0) + edgeLength * part.quantity);
    }
  }
  return out;
}

function requirementOf(
  code: string,
  cutKind: CutKind,
  group: PlannedPart[],
  spec: MaterialSpec | undefined,
  bandedMm: number,
): MaterialRequirement {
  // hardware is often left undefined: counted in pieces; an undefined edge band in metres
  const unit: MaterialUnit = spec?.unit ?? (bandedMm > 0 ? 'm' : 'pcs');
  if (bandedMm > 0 && unit !== 'm')
    throw new MaterialSetupError(code, `is an edge band but counted in ${unit}, not m / 封边条须按米计`);
  const partLength = group.reduce((s, p) => s + p.length * p.quantity, 0);
  return {
    material: code,
    cutKind,
    unit,
    quantity: roundQuantity(quantityInUnit(unit, group) + bandedMm / 1000),
    version: spec?.version ?? null,
    pieces: group.reduce((s, p) => s + p.quantity, 0),
    totalLength: partLength + bandedMm,
    totalArea: group.reduce((s, p) => s + p.length * p.width * p.quantity, 0),
    stockUsed: 0,
    remnantsUsed: 0,
    yield: null,
  };
}

/** A material's cutting: sheets in batches; bars per (rip width, thickness) group, each in batches. */
function cutMaterial(
  spec: MaterialSpec,
  cutKind: 'linear' | 'sheet',
  group: PlannedPart[],
  options: SplitOptions,
  before: number,
  remnants: RemnantOffer[],
): CutPlan[] {
  const stock = new StockLeft(spec, remnants);
  const plans: CutPlan[] = [];
  if (cutKind === 'sheet') {
    for (const batch of batches(group, options.maxPiecesPerCut.sheet)) {
      const plan = cutSheets(spec, batch, stock, options);
      plans.push({
        n: before + plans.length + 1,
        material: spec.code,
        kind: 'sheet',
        ripWidth: null,
        thickness: spec.thickness,
        plan,
      });
    }
    return plans;
  }
  const groups = linearGroups(spec, group);
  const pieces = countOf(group);
  for (const { ripWidth, thickness, parts } of groups) {
    // the material's time budget is shared by its rip widths (a jamb board ripped to twenty wall thicknesses
    // must not take twenty times as long), each width getting its share of the pieces, never below a floor
    const share =
      groups.length === 1
        ? options.cutTimeLimitMs
        : Math.max(MIN_CUT_TIME_MS, Math.round((options.cutTimeLimitMs * countOf(parts)) / pieces));
    const fits = (offer: RemnantOffer) => remnantFitsGroup(spec, { ripWidth, thickness }, offer);
    for (const batch of batches(parts, options.maxPiecesPerCut.linear)) {
      const plan = cutLinear(spec, batch, stock, { ...options, cutTimeLimitMs: share }, fits);
      plans.push({ n: before + plans.length + 1, material: spec.code, kind: 'linear', ripWidth, thickness, plan });
    }
  }
  return plans;
}

/** What one rip width's cutting gets at least: enough for the solver to improve on its first plan. */
const MIN_CUT_TIME_MS = 20;

const countOf = (parts: PlannedPart[]) => parts.reduce((s, p) => s + p.quantity, 0);

interface LinearGroup {
  ripWidth: number | null;
  thickness: number | null;
  parts: PlannedPart[];
}

/**
 * A fixed profile carries only parts of its own width (and thickness, when it has one); a ripped bar carries one
 * width and thickness per optimisation, narrowest first, so each bar is ripped once.
 */
export function linearGroups(spec: MaterialSpec, parts: PlannedPart[]): LinearGroup[] {
  if (spec.profile === 'fixed') {
    const width = spec.width;
    const thickness = spec.thickness;
    const misfit = parts.find(
      (p) => width === null || !same(p.width, width) || (thickness !== null && !same(p.thickness, thickness)),
    );
    if (misfit) {
      throw new MaterialSetupError(
        spec.code,
        `part "${misfit.component}" (${misfit.ref}) is ${misfit.width} × ${misfit.thickness} mm, but the fixed profile is ${width ?? '?'} × ${thickness ?? '?'} mm / 部件截面与固定型材不符`,
      );
    }
    return [{ ripWidth: null, thickness: thickness ?? parts[0]?.thickness ?? null, parts }];
  }
  const groups: LinearGroup[] = [];
  for (const part of parts) {
    const group = groups.find(
      (g) => same(g.ripWidth as number, part.width) && same(g.thickness as number, part.thickness),
    );
    if (group) group.parts.push(part);
    else groups.push({ ripWidth: part.width, thickness: part.thickness, parts: [part] });
  }
  return groups.sort(
    (a, b) => (a.ripWidth as number) - (b.ripWidth as number) || (a.thickness as number) - (b.thickness as number),
  );
}

/**
 * Whether a bar remnant can be cut into one linear group's parts. A strip of a ripped material is already its rip
 * width: only the group of that width (and thickness, when both are known) can use it; a remnant without a width
 * (or as wide as the board) is a full-width offcut any rip width can be ripped from. A fixed profile takes only
 * remnants of its own section (no width, or its width).
 */
export function remnantFitsGroup(
  spec: MaterialSpec,
  group: { ripWidth: number | null; thickness: number | null },
  offer: Pick<RemnantOffer, 'width' | 'thickness'>,
): boolean {
  const width = offer.width ?? null;
  const thickness = offer.thickness ?? null;
  if (spec.profile === 'fixed') return width === null || (spec.width !== null && same(width, spec.width));
  if (thickness !== null && group.thickness !== null && !same(thickness, group.thickness)) return false;
  if (width === null) return true;
  const boardWidths = spec.stockSizes.map((s) => s.width ?? null).filter((w): w is number => w !== null);
  if (boardWidths.length > 0 && width >= Math.min(...boardWidths) - 0.001) return true;
  return group.ripWidth !== null && same(width, group.ripWidth);
}

/** A stock entry the cutting may use: one of the material's sizes (`index`), or a remnant item (`ref`, index -1). */
interface StockEntry {
  size: StockSize;
  index: number;
  ref?: string;
  /** The remnant as it was offered (ref entries only). */
  offer?: RemnantOffer;
}

/**
 * The stock still to be had, remnants first: a limited quantity (every remnant, some sizes) is shared by every
 * optimisation of the material (its rip widths and batches), so what one plan uses the next cannot.
 */
class StockLeft {
  private readonly entries: StockEntry[];
  private readonly left: (number | null)[];

  constructor(
    private readonly spec: MaterialSpec,
    remnants: RemnantOffer[],
  ) {
    const offered = remnants
      .filter((r) => r.quantity > 0 && (spec.cutKind !== 'sheet' || (r.width ?? 0) > 0))
      .map((r) => ({
        size: { length: r.length, width: r.width, cost: r.cost, quantity: r.quantity },
        index: -1,
        ref: r.item,
        offer: r,
      }));
    this.entries = [...offered, ...spec.stockSizes.map((size, index) => ({ size, index }))];
    this.left = this.entries.map((e) => e.size.quantity ?? null);
  }

  /**
   * The entries with some left, each with its place in this material's stock list; `fits` narrows the remnants to
   * those one optimisation can cut from (a rip width's strips).
   */
  available(fits?: (offer: RemnantOffer) => boolean): (StockEntry & { at: number; quantity: number | null })[] {
    const out = this.entries
      .map((entry, at) => ({ ...entry, at, quantity: this.left[at] }))
      .filter((s) => s.quantity === null || s.quantity > 0)
      .filter((s) => !s.offer || !fits || fits(s.offer));
    if (out.length === 0) {
      const what = this.spec.stockSizes.length === 0 ? 'has no stock size' : 'has no stock left (limited quantities)';
      throw new MaterialSetupError(
        this.spec.code,
        `${what} / ${this.spec.stockSizes.length === 0 ? '缺少原料规格' : '原料数量不足'}`,
      );
    }
    return out;
  }

  use(at: number): void {
    const left = this.left[at];
    if (left !== null) this.left[at] = left - 1;
  }
}

/** A stock entry for the solver: only the fields it has (the solver refuses nulls). */
function stockEntry(quantity: number | null, cost: number | null | undefined, ref: string | undefined) {
  return {
    ...(quantity !== null ? { quantity } : {}),
    ...(cost !== null && cost !== undefined ? { cost } : {}),
    ...(ref !== undefined ? { ref } : {}),
  };
}

function cutLinear(
  spec: MaterialSpec,
  parts: PlannedPart[],
  stock: StockLeft,
  options: SplitOptions,
  fits: (offer: RemnantOffer) => boolean,
): LinearPlan {
  const sizes = stock.available(fits);
  const plan = solveLinear({
    stock: sizes.map((s) => ({ length: s.size.length, ...stockEntry(s.quantity, s.size.cost, s.ref) })),
    kerf: spec.kerf,
    trim: spec.trim,
    items: parts.map((p) => ({ id: p.ref, length: p.length, quantity: p.quantity })),
    // offcuts the factory keeps (余料) are reported as remnants, not waste
    minOffcut: spec.minRemnant ?? 0,
    timeLimitMs: options.cutTimeLimitMs,
    seed: 1,
  });
  // a bar's stock index names the material's stock size, whichever sizes this call was offered (-1: a remnant, its ref)
  for (const bar of plan.bars) {
    const entry = sizes[bar.stockIndex];
    bar.stockIndex = entry.index;
    stock.use(entry.at);
  }
  return plan;
}

function cutSheets(spec: MaterialSpec, parts: PlannedPart[], stock: StockLeft, options: SplitOptions): SheetPlan {
  const sizes = stock.available();
  // sheets stand with their grain (the long side) vertical: a part's grain decides how it may lie
  const plan = solveSheets({
    sheets: sizes.map((s) => ({
      width: s.size.width as number,
      height: s.size.length,
      ...stockEntry(s.quantity, s.size.cost, s.ref),
    })),
    kerf: spec.kerf,
    trim: spec.trim,
    items: parts.map((p) =>
      p.grain === 'width'
        ? { id: p.ref, width: p.length, height: p.width, quantity: p.quantity, rotatable: false }
        : { id: p.ref, width: p.width, height: p.length, quantity: p.quantity, rotatable: p.grain === 'free' },
    ),
    minOffcut: spec.minRemnant ?? 0,
    timeLimitMs: options.cutTimeLimitMs,
    seed: 1,
  });
  for (const layout of plan.layouts) {
    const entry = sizes[layout.stockIndex];
    layout.stockIndex = entry.index;
    stock.use(entry.at);
  }
  return plan;
}
