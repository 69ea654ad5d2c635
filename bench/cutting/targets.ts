import { formatTable } from './table';

export interface Target {
  name: string;
  value: string;
  status: 'PASS' | 'FAIL' | 'INFO';
}

export function target(name: string, value: string, pass: boolean): Target {
  return { name, value, status: pass ? 'PASS' : 'FAIL' };
}

/** The full-set threshold, scaled down to the instances actually run (quick runs with --limit/--set). */
export function scaledThreshold(needed: number, outOf: number, ran: number): number {
  return ran === outOf ? needed : Math.ceil((needed / outOf) * ran);
}

export function formatTargets(targets: Target[]): string {
  return formatTable(
    ['target', 'result', 'status'],
    targets.map((t) => [t.name, t.value, t.status]),
  );
}
