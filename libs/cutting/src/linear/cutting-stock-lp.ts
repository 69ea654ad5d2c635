import type { Effort } from '../effort';

/**
 * The Gilmore–Gomory LP relaxation of cutting stock, solved by column generation:
 *
 *   min Σ x_p   subject to   Σ_p a_ip·x_p − s_i = d_i,   x, s ≥ 0
 *
 * over patterns p (a_ip items of size type i in one bar). A dense revised simplex keeps B⁻¹ explicitly
 * (m is the number of distinct sizes, a few hundred at most where this is used); new patterns come from
 * a bounded-knapsack DP on the duals. Demands can be lowered between solves (`fix`): the basis stays
 * dual feasible, so a few dual simplex pivots restore optimality — which makes diving cheap.
 *
 * Its optimum z gives the bound ⌈z⌉, which on nearly every instance equals the optimum (the
 * "integer round-up property"), and its solutions are what price-and-round builds packings from.
 */
/** Effort units per LP operation, so that the LP's share of the budget is as long as the heuristics'. */
const LP_WORK_SCALE = 0.25;
const REFRESH_EVERY = 50;
/** rowOf of a column outside the basis. */
const NONBASIC = -1;
/** Weight of the stability centre in Wentges smoothing. */
const SMOOTHING = 0.9;
const REINVERT_EVERY = 500;
/** Smallest pivot element accepted: smaller ones would blow up rounding errors in B⁻¹. */
const PIVOT_TOLERANCE = 1e-7;
/** Above this capacity, pricing first runs on weights rounded up to this scale (cheap, still feasible). */
export const COARSE_CAPACITY = 2000;

export class CuttingStockLp {
  readonly types: number;
  /** Residual demand per size type. */
  readonly demand: Float64Array;
  /** Columns in flat storage (compressed sparse columns), for fast pricing. */
  private readonly columns: Column[] = [];
  private readonly start: number[] = [0];
  private readonly entryRow: number[] = [];
  private readonly entryCount: number[] = [];
  private readonly cost: number[] = [];
  private readonly weight: number[] = [];
  /** Column of each bar pattern already held, by `patternKey`, so that no pattern is added twice. */
  private readonly known = new Map<string, number>();
  /** Column in the basis at each row. */
  private readonly basis: Int32Array;
  /** Row of each column in the basis, or −1. */
  private readonly rowOf: number[] = [];
  private readonly inverse: Float64Array;
  private readonly values: Float64Array;
  private readonly duals: Float64Array;
  private sinceRefresh = 0;
  private sinceReinvert = 0;
  /** Proven lower bound on the LP optimum for the current demand. */
  private bound = 0;
  /** Stability centre of the smoothing: the duals that gave the best bound. */
  private center: Float64Array | null = null;

  /** `widths` in decreasing order, one per size type. */
  constructor(
    private readonly widths: number[],
    demand: number[],
    private readonly capacity: number,
  ) {
    const m = widths.length;
    this.types = m;
    this.demand = Float64Array.from(demand);
    this.basis = new Int32Array(m);
    this.inverse = new Float64Array(m * m);
    this.values = new Float64Array(m);
    this.duals = new Float64Array(m);
    for (let i = 0; i < m; i += 1) this.addColumn({ rows: [i], counts: [-1], cost: 0 });
    // dual-optimal inequalities y_i ≥ y_i+1 (a slot for a size may hold any smaller one): they cut
    // the dual space to what an optimum needs, which removes most of the degenerate pivots
    for (let i = 0; i + 1 < m; i += 1) this.addColumn({ rows: [i, i + 1], counts: [-1, 1], cost: 0 });
    // a starting basis of one-size patterns (the most copies a bar takes), feasible whatever the demand
    for (let i = 0; i < m; i += 1) {
      const copies = Math.max(1, Math.min(demand[i], Math.floor(capacity / widths[i])));
      const column = this.addPattern({ rows: [i], counts: [copies] });
      this.basis[i] = column;
      this.rowOf[column] = i;
      this.inverse[i * m + i] = 1 / copies;
    }
    this.recomputeValues();
  }

  /** The current demand and basis, to come back to (columns are only ever added, so it stays valid). */
  snapshot(): LpSnapshot {
    return {
      demand: Float64Array.from(this.demand),
      basis: Int32Array.from(this.basis),
      inverse: Float64Array.from(this.inverse),
      bound: this.bound,
    };
  }

  restore(snapshot: LpSnapshot): void {
    this.demand.set(snapshot.demand);
    this.basis.forEach((j) => (this.rowOf[j] = NONBASIC));
    this.basis.set(snapshot.basis);
    this.basis.forEach((j, r) => (this.rowOf[j] = r));
    this.inverse.set(snapshot.inverse);
    this.bound = snapshot.bound;
    this.refresh();
  }

  /**
   * Starts from a known packing (its bins as patterns): the simplex then begins next to the optimum
   * instead of at the one-size patterns, which saves most of its pivots. The packing must cover the
   * demand exactly; if its patterns do not give a usable basis, the start is left as it was.
   */
  startFrom(packing: Pattern[]): void {
    const m = this.types;
    const ownColumns = new Set(packing.map((p) => this.addPattern(p)));
    // an independent subset of the patterns, completed by surplus columns, by incremental elimination
    const candidates = [...ownColumns, ...Array.from({ length: m }, (_, i) => i)];
    const reduced: Float64Array[] = [];
    const pivotRows: number[] = [];
    const chosen: number[] = [];
    for (const j of candidates) {
      if (chosen.length === m) break;
      const v = new Float64Array(m);
      for (let e = this.start[j]; e < this.start[j + 1]; e += 1) v[this.entryRow[e]] = this.entryCount[e];
      reduced.forEach((u, k) => {
        const f = v[pivotRows[k]] / u[pivotRows[k]];
        if (f !== 0) for (let i = 0; i < m; i += 1) v[i] -= f * u[i];
      });
      let pivotRow = 0;
      for (let i = 1; i < m; i += 1) if (Math.abs(v[i]) > Math.abs(v[pivotRow])) pivotRow = i;
      if (Math.abs(v[pivotRow]) < 1e-9) continue;
      reduced.push(v);
      pivotRows.push(pivotRow);
      chosen.push(j);
    }
    const saved = { basis: Int32Array.from(this.basis), inverse: Float64Array.from(this.inverse) };
    this.basis.forEach((j) => (this.rowOf[j] = NONBASIC));
    chosen.forEach((j, r) => {
      this.basis[r] = j;
      this.rowOf[j] = r;
    });
    this.reinvert();
    this.recomputeValues();
    if (chosen.length === m && this.values.every((v) => v >= -1e-9) && this.residual() < 1e-7) {
      return;
    }
    this.basis.forEach((j) => (this.rowOf[j] = NONBASIC));
    this.basis.set(saved.basis);
    this.basis.forEach((j, r) => (this.rowOf[j] = r));
    this.inverse.set(saved.inverse);
    this.recomputeValues();
  }

  /**
   * Adds patterns the heuristics found (nearly full bins, say) as columns outside the basis. The LP
   * then finds most of the patterns its optimum needs among them instead of one knapsack at a time.
   */
  addPatterns(patterns: Pattern[]): void {
    for (const p of patterns) this.addPattern(p);
  }

  /**
   * Optimises over all patterns, or until the objective is within `gap` of the proven bound (a dive
   * needs a good fractional solution, not the last digit); false if the effort ran out first.
   */
  solve(effort: Effort, gap = 0): boolean {
    const m = this.types;
    this.refresh();
    for (;;) {
      // a pivot updates B⁻¹ (m²) and scans every column's entries (pricing, ratio tests, weights)
      if (!effort.spend((m * m + 2 * this.entryRow.length) * LP_WORK_SCALE)) return false;
      const leaving = this.mostInfeasibleRow();
      if (leaving >= 0) {
        const entering = this.dualRatioTest(leaving);
        if (entering < 0)
          throw new Error('cutting-stock LP: infeasible residual (the one-size patterns cover any demand)');
        this.pivot(entering, leaving, this.direction(entering));
        continue;
      }
      let entering = this.mostNegativeReducedCost();
      if (entering < 0) {
        const { pattern } = this.priceSmoothed(effort);
        if (!pattern || this.boundSettled(gap)) {
          // optimal on rounded-off updates: confirm on freshly computed values before saying so
          if (this.sinceRefresh === 0) return true;
          this.refresh();
          continue;
        }
        entering = this.addPattern(pattern);
      }
      const d = this.direction(entering);
      const leavingRow = this.primalRatioTest(d);
      if (leavingRow < 0) throw new Error('cutting-stock LP: unbounded (all costs are non-negative)');
      this.pivot(entering, leavingRow, d);
    }
  }

  /**
   * Farley's bound z / v (v the best pattern's dual value) already rounds up to ⌈z⌉: more columns could
   * not change the bound, so column generation stops before its slow tail.
   */
  private boundSettled(gap: number): boolean {
    const z = this.objective();
    return Math.ceil(this.bound - 1e-6) >= Math.ceil(z - 1e-6) || z - this.bound <= gap;
  }

  /** The current dual values per size type (nearly optimal once `solve` returned). */
  dualValues(): Float64Array {
    return Float64Array.from(this.duals);
  }

  /** The best proven lower bound on the bars the residual demand needs (LP or Farley bound, rounded up). */
  lowerBound(): number {
    return Math.ceil(this.bound - 1e-6);
  }

  /** The LP objective (bars, fractional; at most ⌈z⌉ − z above the optimum when stopped by Farley's bound). */
  objective(): number {
    let z = 0;
    for (let r = 0; r < this.types; r += 1) z += this.cost[this.basis[r]] * this.values[r];
    return z;
  }

  /** The patterns used by the current basic solution, with their (fractional) number of bars. */
  solution(): { pattern: Pattern; bars: number }[] {
    const used: { pattern: Pattern; bars: number }[] = [];
    for (let r = 0; r < this.types; r += 1) {
      const column = this.columns[this.basis[r]];
      if (column.cost === 1 && this.values[r] > 1e-9) used.push({ pattern: column, bars: this.values[r] });
    }
    return used;
  }

  /** Commits `bars` bars cut to `pattern`: the demand they cover is removed (see fillSlots). */
  fix(pattern: Pattern, bars: number): void {
    for (let b = 0; b < bars; b += 1) fillSlots(pattern, this.demand);
    // the residual plus these bars covers the old demand, so its LP needs at most `bars` fewer
    this.bound = Math.max(0, this.bound - bars);
    this.recomputeValues();
  }

  private addPattern(pattern: Pattern): number {
    const key = patternKey(pattern);
    let column = this.known.get(key);
    if (column === undefined) {
      column = this.addColumn({ rows: pattern.rows, counts: pattern.counts, cost: 1 });
      this.known.set(key, column);
    }
    return column;
  }

  private addColumn(column: Column): number {
    this.columns.push(column);
    column.rows.forEach((row, k) => {
      this.entryRow.push(row);
      this.entryCount.push(column.counts[k]);
    });
    this.start.push(this.entryRow.length);
    this.cost.push(column.cost);
    this.weight.push(1);
    this.rowOf.push(NONBASIC);
    return this.columns.length - 1;
  }

  private recomputeValues(): void {
    const m = this.types;
    for (let r = 0; r < m; r += 1) {
      let v = 0;
      const row = r * m;
      for (let i = 0; i < m; i += 1) v += this.inverse[row + i] * this.demand[i];
      this.values[r] = Math.abs(v) < 1e-11 ? 0 : v;
    }
  }

  private computeDuals(): void {
    const m = this.types;
    this.duals.fill(0);
    for (let r = 0; r < m; r += 1) {
      if (this.cost[this.basis[r]] === 0) continue;
      const row = r * m;
      for (let i = 0; i < m; i += 1) this.duals[i] += this.inverse[row + i];
    }
  }

  private reducedCost(j: number): number {
    let rc = this.cost[j];
    for (let e = this.start[j]; e < this.start[j + 1]; e += 1) rc -= this.duals[this.entryRow[e]] * this.entryCount[e];
    return rc;
  }

  /** Devex pricing: the column with the largest rc²/weight, an estimate of the steepest edge. */
  private mostNegativeReducedCost(): number {
    let best = -1;
    let bestScore = 0;
    for (let j = 0; j < this.cost.length; j += 1) {
      if (this.rowOf[j] !== NONBASIC) continue;
      const rc = this.reducedCost(j);
      if (rc >= -1e-9) continue;
      const score = (rc * rc) / this.weight[j];
      if (score > bestScore) {
        bestScore = score;
        best = j;
      }
    }
    return best;
  }

  /** Devex reference weights after a pivot (Forrest & Goldfarb's approximation of steepest edge norms). */
  private updateWeights(entering: number, leaving: number, pivot: number): void {
    const m = this.types;
    const row = leaving * m;
    const enteringWeight = this.weight[entering];
    for (let j = 0; j < this.cost.length; j += 1) {
      if (this.rowOf[j] !== NONBASIC) continue;
      let alpha = 0;
      for (let e = this.start[j]; e < this.start[j + 1]; e += 1)
        alpha += this.inverse[row + this.entryRow[e]] * this.entryCount[e];
      if (alpha === 0) continue;
      const ratio = alpha / pivot;
      this.weight[j] = Math.max(this.weight[j], ratio * ratio * enteringWeight);
    }
    this.weight[this.basis[leaving]] = Math.max(enteringWeight / (pivot * pivot), 1);
  }

  private mostInfeasibleRow(): number {
    let worst = -1;
    let worstValue = -1e-9;
    for (let r = 0; r < this.types; r += 1) {
      if (this.values[r] < worstValue) {
        worstValue = this.values[r];
        worst = r;
      }
    }
    return worst;
  }

  /** Entering column for a dual simplex pivot on row `leaving`: keeps every reduced cost non-negative. */
  private dualRatioTest(leaving: number): number {
    const m = this.types;
    const row = leaving * m;
    let best = -1;
    let bestRatio = Infinity;
    let bestAlpha = 0;
    for (let j = 0; j < this.columns.length; j += 1) {
      if (this.rowOf[j] !== NONBASIC) continue;
      let alpha = 0;
      for (let e = this.start[j]; e < this.start[j + 1]; e += 1) {
        alpha += this.inverse[row + this.entryRow[e]] * this.entryCount[e];
      }
      if (alpha >= -PIVOT_TOLERANCE) continue;
      const ratio = Math.max(0, this.reducedCost(j)) / -alpha;
      if (ratio < bestRatio - 1e-12 || (ratio <= bestRatio + 1e-12 && -alpha > bestAlpha)) {
        bestRatio = ratio;
        bestAlpha = -alpha;
        best = j;
      }
    }
    return best;
  }

  private direction(entering: number): Float64Array {
    const m = this.types;
    const d = new Float64Array(m);
    const from = this.start[entering];
    const to = this.start[entering + 1];
    for (let r = 0; r < m; r += 1) {
      let v = 0;
      const row = r * m;
      for (let e = from; e < to; e += 1) v += this.inverse[row + this.entryRow[e]] * this.entryCount[e];
      d[r] = v;
    }
    return d;
  }

  /** Leaving row for a primal pivot (ties to the largest pivot element, for stability). */
  private primalRatioTest(d: Float64Array): number {
    let best = -1;
    let bestRatio = Infinity;
    for (let r = 0; r < this.types; r += 1) {
      if (d[r] <= PIVOT_TOLERANCE) continue;
      const ratio = Math.max(0, this.values[r]) / d[r];
      if (ratio < bestRatio - 1e-12 || (ratio <= bestRatio + 1e-12 && d[r] > d[best])) {
        bestRatio = ratio;
        best = r;
      }
    }
    return best;
  }

  private pivot(entering: number, leaving: number, d: Float64Array): void {
    const m = this.types;
    const reducedCost = this.reducedCost(entering);
    const pivot = d[leaving];
    const row = leaving * m;
    this.updateWeights(entering, leaving, pivot);
    const inverse = this.inverse;
    const pivotRow = inverse.subarray(row, row + m);
    for (let i = 0; i < m; i += 1) pivotRow[i] /= pivot;
    for (let r = 0; r < m; r += 1) {
      const factor = d[r];
      if (r === leaving || factor === 0) continue;
      const other = r * m;
      for (let i = 0; i < m; i += 1) inverse[other + i] -= factor * pivotRow[i];
    }
    const step = this.values[leaving] / pivot;
    for (let r = 0; r < m; r += 1) this.values[r] -= step * d[r];
    this.values[leaving] = step;
    for (let i = 0; i < m; i += 1) this.duals[i] += reducedCost * this.inverse[row + i];
    this.rowOf[this.basis[leaving]] = NONBASIC;
    this.basis[leaving] = entering;
    this.rowOf[entering] = leaving;
    // values and duals are updated in O(m); now and then recomputed so rounding errors never pile up
    this.sinceRefresh += 1;
    if (this.sinceRefresh >= REFRESH_EVERY) this.refresh();
  }

  private refresh(): void {
    this.sinceReinvert += this.sinceRefresh;
    if (this.sinceReinvert >= REINVERT_EVERY) this.reinvert();
    this.recomputeValues();
    if (this.residual() > 1e-7) {
      this.reinvert();
      this.recomputeValues();
    }
    this.computeDuals();
    this.sinceRefresh = 0;
  }

  /** Largest violation of B·x_B = d: how far rounding errors have taken the updated inverse. */
  private residual(): number {
    const cover = new Float64Array(this.types);
    for (let r = 0; r < this.types; r += 1) {
      const j = this.basis[r];
      for (let e = this.start[j]; e < this.start[j + 1]; e += 1)
        cover[this.entryRow[e]] += this.entryCount[e] * this.values[r];
    }
    let worst = 0;
    for (let i = 0; i < this.types; i += 1) worst = Math.max(worst, Math.abs(cover[i] - this.demand[i]));
    return worst;
  }

  /** B⁻¹ from the basis columns by Gauss–Jordan elimination with partial pivoting. */
  private reinvert(): void {
    const m = this.types;
    const b = new Float64Array(m * m);
    for (let r = 0; r < m; r += 1) {
      const j = this.basis[r];
      for (let e = this.start[j]; e < this.start[j + 1]; e += 1) b[this.entryRow[e] * m + r] = this.entryCount[e];
    }
    const inv = this.inverse;
    inv.fill(0);
    for (let i = 0; i < m; i += 1) inv[i * m + i] = 1;
    for (let col = 0; col < m; col += 1) {
      let pivotRow = col;
      for (let r = col + 1; r < m; r += 1) if (Math.abs(b[r * m + col]) > Math.abs(b[pivotRow * m + col])) pivotRow = r;
      if (pivotRow !== col) {
        for (let k = 0; k < m; k += 1) {
          [b[col * m + k], b[pivotRow * m + k]] = [b[pivotRow * m + k], b[col * m + k]];
          [inv[col * m + k], inv[pivotRow * m + k]] = [inv[pivotRow * m + k], inv[col * m + k]];
        }
      }
      const p = b[col * m + col];
      for (let k = 0; k < m; k += 1) {
        b[col * m + k] /= p;
        inv[col * m + k] /= p;
      }
      for (let r = 0; r < m; r += 1) {
        const f = b[r * m + col];
        if (r === col || f === 0) continue;
        for (let k = 0; k < m; k += 1) {
          b[r * m + k] -= f * b[col * m + k];
          inv[r * m + k] -= f * inv[col * m + k];
        }
      }
    }
    this.sinceReinvert = 0;
  }

  /**
   * A pattern of dual value above 1 at `duals` (one that improves the LP), if there is one. Large
   * capacities are first priced on coarse weights, exactly only when that finds nothing.
   */
  private price(effort: Effort, duals: Float64Array): Pricing {
    if (this.capacity > COARSE_CAPACITY) {
      const factor = this.capacity / COARSE_CAPACITY;
      const coarse = this.knapsack(
        this.widths.map((w) => Math.ceil(w / factor - 1e-9)),
        Math.floor(this.capacity / factor + 1e-9),
        duals,
        effort,
      );
      // a coarse pattern is feasible but its value is no bound on the exact one
      if (coarse.pattern) return { pattern: coarse.pattern, value: Infinity };
    }
    return this.knapsack(this.widths, this.capacity, duals, effort);
  }

  /**
   * Pricing with Wentges smoothing: the pattern is first sought at a point between the duals of the
   * best bound so far (the centre) and the current duals, which damps the duals' oscillation and saves
   * many columns. It is kept only if it also improves the current LP; otherwise plain pricing follows.
   */
  private priceSmoothed(effort: Effort): Pricing {
    const m = this.types;
    if (!this.center) this.center = Float64Array.from(this.duals);
    // with a large capacity the extra exact table costs more than the columns it saves
    if (this.capacity <= COARSE_CAPACITY) {
      const point = new Float64Array(m);
      for (let i = 0; i < m; i += 1) point[i] = SMOOTHING * this.center[i] + (1 - SMOOTHING) * this.duals[i];
      const found = this.price(effort, point);
      if (found.value !== Infinity) {
        let dual = 0;
        for (let i = 0; i < m; i += 1) dual += this.demand[i] * point[i];
        this.raiseBound(dual / Math.max(1, found.value), point);
      }
      if (found.pattern && this.reducedCostOf(found.pattern) < -1e-9)
        return { pattern: found.pattern, value: Infinity };
    }
    const exact = this.price(effort, this.duals);
    const z = this.objective();
    this.raiseBound(!exact.pattern ? z : exact.value === Infinity ? 0 : z / exact.value, this.duals);
    return exact;
  }

  /** Any dual point y gives the bound d·y / max(1, best pattern value) (Farley); the best one is the centre. */
  private raiseBound(bound: number, point: Float64Array): void {
    if (bound <= this.bound) return;
    this.bound = bound;
    this.center?.set(point);
  }

  private reducedCostOf(pattern: Pattern): number {
    let rc = 1;
    pattern.rows.forEach((i, k) => (rc -= this.duals[i] * pattern.counts[k]));
    return rc;
  }

  /** Bounded knapsack on the duals by DP over the capacity: the pattern of greatest dual value, if above 1. */
  private knapsack(weights: number[], capacity: number, duals: Float64Array, effort: Effort): Pricing {
    const parts: { type: number; copies: number }[] = [];
    for (let i = 0; i < this.types; i += 1) {
      if (duals[i] <= 1e-12 || this.demand[i] < 0.5 || weights[i] > capacity) continue;
      let left = Math.min(Math.round(this.demand[i]), Math.floor(capacity / weights[i]));
      // binary splitting turns the bounded knapsack into a 0/1 one
      for (let chunk = 1; left > 0; chunk *= 2) {
        const copies = Math.min(chunk, left);
        parts.push({ type: i, copies });
        left -= copies;
      }
    }
    effort.spend(parts.length * capacity * LP_WORK_SCALE);
    const width = capacity + 1;
    const best = new Float64Array(width);
    const taken = new Uint8Array(parts.length * width);
    parts.forEach(({ type, copies }, p) => {
      const weight = copies * weights[type];
      const value = copies * duals[type];
      const offset = p * width;
      for (let c = capacity; c >= weight; c -= 1) {
        const v = best[c - weight] + value;
        if (v > best[c] + 1e-12) {
          best[c] = v;
          taken[offset + c] = 1;
        }
      }
    });
    if (best[capacity] <= 1 + 1e-9) return { pattern: null, value: best[capacity] };
    const counts = new Map<number, number>();
    let c = capacity;
    for (let p = parts.length - 1; p >= 0; p -= 1) {
      if (taken[p * width + c] === 0) continue;
      const { type, copies } = parts[p];
      counts.set(type, (counts.get(type) ?? 0) + copies);
      c -= copies * weights[type];
    }
    const rows = [...counts.keys()].sort((a, b) => a - b);
    return { pattern: { rows, counts: rows.map((i) => counts.get(i) ?? 0), cost: 1 }, value: best[capacity] };
  }
}

/**
 * The size types one bar cut to `pattern` actually takes from `left` (decremented): each slot gets its
 * own type while it is demanded, else the next smaller type still demanded (a shorter piece fits where
 * a longer one would), else it stays empty.
 */
export function fillSlots(pattern: Pattern, left: { [type: number]: number; length: number }): number[] {
  const taken: number[] = [];
  pattern.rows.forEach((type, k) => {
    let j = type;
    for (let c = 0; c < pattern.counts[k]; c += 1) {
      while (j < left.length && left[j] < 0.5) j += 1;
      if (j === left.length) return;
      left[j] -= 1;
      taken.push(j);
    }
  });
  return taken;
}

function patternKey(pattern: Pattern): string {
  return `${pattern.rows.join(',')}:${pattern.counts.join(',')}`;
}

/** A cutting pattern over size types: `counts[k]` items of type `rows[k]` (rows ascending). */
export interface Pattern {
  readonly rows: number[];
  readonly counts: number[];
}

export interface LpSnapshot {
  readonly demand: Float64Array;
  readonly basis: Int32Array;
  readonly inverse: Float64Array;
  readonly bound: number;
}

interface Pricing {
  /** An improving pattern, or null when there is none at this point. */
  pattern: Column | null;
  /** The best pattern's dual value (∞ when not exact). */
  value: number;
}

interface Column extends Pattern {
  /** 1 for a bar's pattern, 0 for a surplus (over-production) column. */
  readonly cost: 0 | 1;
}
