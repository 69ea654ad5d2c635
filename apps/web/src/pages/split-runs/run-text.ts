import type { ApiProblem } from '../../api/client';
import type { Language } from '../../i18n/i18n';
import type { MessageKey } from '../../shell/menu';

/** A translated sentence: a catalogue key and what it interpolates. */
export type Said = { key: MessageKey; params?: Record<string, string | number> };

/** What the split is doing, from the note its job reports with its progress; null for a note not known here. */
export function progressStage(message: string | null | undefined): Said | null {
  if (!message) return null;
  if (message.startsWith('loading orders')) return { key: 'splitRuns.stage.loading' };
  const parts = /^(\d+) parts \//.exec(message);
  if (parts) return { key: 'splitRuns.stage.exploded', params: { parts: Number(parts[1]) } };
  const optimised = /^(.+) \/ 材料优化完成$/.exec(message);
  if (optimised) return { key: 'splitRuns.stage.optimised', params: { material: optimised[1] } };
  if (message.startsWith('saving results')) return { key: 'splitRuns.stage.saving' };
  if (message.startsWith('split done')) return { key: 'splitRuns.stage.done' };
  return null;
}

/**
 * Why the api refused to start a run, in the screen's language, from the problem's code and params (the caps of
 * doors and pieces, orders that cannot be split); null when the page should show the api's own detail.
 */
export function startRefusal(problem: ApiProblem): Said | null {
  const params = (problem.params ?? {}) as Record<string, unknown>;
  const code = problem.code;
  if (code === 'split_run.too_many_doors')
    return { key: 'splitRuns.refused.tooManyDoors', params: numbers(params, 'doors', 'max') };
  if (code === 'split_run.too_many_pieces')
    return { key: 'splitRuns.refused.tooManyPieces', params: numbers(params, 'pieces', 'max') };
  if (code === 'split_run.orders_not_splittable') {
    const orders = Array.isArray(params.orders) ? (params.orders as { orderNo?: unknown }[]) : [];
    return {
      key: 'splitRuns.refused.notSplittable',
      params: { orders: orders.map((o) => String(o.orderNo)).join(', ') },
    };
  }
  if (code === 'resource.not_found') return { key: 'splitRuns.refused.orderGone' };
  return null;
}

/** The order numbers a refusal to start names (orders that cannot be split), else none. */
export function refusedOrderNumbers(error: unknown): string[] {
  const problem = (error as { problem?: ApiProblem } | null)?.problem;
  if (problem?.code !== 'split_run.orders_not_splittable') return [];
  const orders = (problem.params as { orders?: unknown } | undefined)?.orders;
  return Array.isArray(orders) ? orders.map((o) => String((o as { orderNo?: unknown }).orderNo)) : [];
}

function numbers(params: Record<string, unknown>, ...names: string[]): Record<string, number> {
  return Object.fromEntries(names.map((name) => [name, Number(params[name])]));
}

/** A yield or share as a percentage in the language's way: `79.4%`. */
export function formatPercent(ratio: number, language: Language): string {
  return new Intl.NumberFormat(language, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(ratio);
}

/** A download's file name: the run's short id and what it holds (`split-1a2b3c4d-cut-list.csv`). */
export function downloadName(runId: string, what: string, extension: string): string {
  return `split-${runId.slice(0, 8)}-${what}.${extension}`;
}

/**
 * What a run's plans took from the remnant rack (余料) and the new bars and sheets that spared, summed over its
 * materials from the summary's `remnantsUsed` and `remnantSaving`; null when it used none (or predates them).
 * A saving the server could not measure (null) counts as none rather than guessed.
 */
export function remnantUse(
  summary: Record<string, unknown> | null | undefined,
): { used: number; saved: number } | null {
  const uses = Array.isArray(summary?.remnantsUsed) ? (summary.remnantsUsed as { quantity?: unknown }[]) : [];
  const used = uses.reduce((s, u) => s + (typeof u.quantity === 'number' ? u.quantity : 0), 0);
  if (used <= 0) return null;
  const savings = Array.isArray(summary?.remnantSaving) ? (summary.remnantSaving as { stockNotUsed?: unknown }[]) : [];
  const saved = savings.reduce((s, m) => s + (typeof m.stockNotUsed === 'number' ? m.stockNotUsed : 0), 0);
  return { used, saved };
}
