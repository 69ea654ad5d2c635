import type { SheetOutcome, Variant } from './run-sheets';
import { formatMs, formatPercent, groupBy, max, percentile, sum } from './stats';
import type { Cell } from './table';
import { target, type Target } from './targets';

export const SHEET_HEADERS = [
  'class',
  'inst',
  'at best',
  'sheets',
  'best-known',
  'gap',
  'worst gap',
  'better',
  'p50 ms',
  'max ms',
  'maxrects',
  'fewer than maxrects',
  'invalid',
];

interface ClassSummary {
  sheets: number;
  bestKnown: number;
  maxrects: number;
  beatsMaxrects: boolean;
}

function summarizeClass(outcomes: SheetOutcome[]): ClassSummary {
  const solved = outcomes.filter((o) => o.sheets !== undefined);
  const sheets = sum(solved.map((o) => o.sheets ?? 0));
  const maxrects = sum(outcomes.map((o) => o.maxrects));
  const complete = solved.length === outcomes.length && outcomes.every((o) => o.valid);
  return {
    sheets,
    bestKnown: sum(solved.map((o) => o.bestKnown.value)),
    maxrects,
    beatsMaxrects: complete && sheets < maxrects,
  };
}

function sheetRow(label: string, outcomes: SheetOutcome[], beats: string): Cell[] {
  const solved = outcomes.filter((o) => o.sheets !== undefined);
  const summary = summarizeClass(outcomes);
  const times = outcomes.map((o) => o.ms);
  return [
    label,
    outcomes.length,
    outcomes.filter((o) => o.valid && o.sheets === o.bestKnown.value).length,
    summary.sheets,
    summary.bestKnown,
    formatPercent(summary.sheets / summary.bestKnown - 1),
    solved.length ? max(solved.map((o) => (o.sheets ?? 0) - o.bestKnown.value)) : '-',
    outcomes.filter((o) => o.valid && (o.sheets ?? Infinity) < o.bestKnown.value).length,
    formatMs(percentile(times, 50)),
    formatMs(max(times)),
    summary.maxrects,
    beats,
    outcomes.filter((o) => !o.valid).length,
  ];
}

/** A tie is told apart from a loss: where maxrects-packer already reaches the best-known count, no one can beat it. */
function compareWithMaxrects(summary: ClassSummary): string {
  if (summary.beatsMaxrects) return 'yes';
  return summary.sheets === summary.maxrects ? 'tie' : 'NO';
}

export function sheetRows(outcomes: SheetOutcome[]): Cell[][] {
  const byClass = groupBy(outcomes, (o) => o.cls);
  const classes = [...byClass.keys()].sort();
  const beatsAll = classes.every((cls) => summarizeClass(byClass.get(cls) ?? []).beatsMaxrects);
  return [
    ...classes.map((cls) => {
      const group = byClass.get(cls) ?? [];
      return sheetRow(cls, group, compareWithMaxrects(summarizeClass(group)));
    }),
    sheetRow('total', outcomes, beatsAll ? 'every class' : 'NOT every class'),
  ];
}

export function sheetTargets(variant: Variant, outcomes: SheetOutcome[]): Target[] {
  const summary = summarizeClass(outcomes);
  const gap = summary.sheets / summary.bestKnown - 1;
  const byClass = groupBy(outcomes, (o) => o.cls);
  const classes = [...byClass.values()].map(summarizeClass);
  const beaten = classes.filter((c) => c.beatsMaxrects).length;
  const ties = classes.filter((c) => !c.beatsMaxrects && c.sheets === c.maxrects).length;
  const slowest = max(outcomes.map((o) => o.ms));
  const invalid = outcomes.filter((o) => !o.valid).length;
  const complete = outcomes.every((o) => o.sheets !== undefined);
  return [
    target(
      // issue 15: the public targets hold at ≤ +1.0 % (from +0.6/+0.8 %) while the door instances got sharper
      `2D ${variant} total within 1.0 % of best-known`,
      `${summary.sheets} vs ${summary.bestKnown} (${formatPercent(gap)})`,
      complete && gap <= 0.01,
    ),
    target(`2D ${variant} each instance ≤ 1 s`, `max ${formatMs(slowest)} ms`, slowest <= 1000),
    target(
      `2D ${variant} fewer sheets than maxrects-packer on every class`,
      `${beaten}/${byClass.size} classes, ${ties} ties (${summary.sheets} vs ${summary.maxrects})`,
      beaten === byClass.size,
    ),
    target(`2D ${variant} plans valid`, `${invalid} invalid or failed`, invalid === 0),
  ];
}
