import { resolve } from 'node:path';

export interface BenchArgs {
  only?: '1d' | '2d';
  /** First N instances of each set (1D) or class (2D). */
  limit?: number;
  timeMs: number;
  /** Case-insensitive substring of the set, class or instance name. */
  set?: string;
  dataDir: string;
}

export const USAGE =
  'usage: cutting.bench [--only 1d|2d] [--limit N] [--time-ms N] [--set NAME]   (data: $MENDAO_BENCH_DATA or ../shared/bench-data/cutting)';

export function parseBenchArgs(argv: string[], env: Record<string, string | undefined>, cwd: string): BenchArgs {
  const args: BenchArgs = {
    timeMs: 1000,
    dataDir: env.MENDAO_BENCH_DATA ? resolve(cwd, env.MENDAO_BENCH_DATA) : resolve(cwd, '../shared/bench-data/cutting'),
  };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (value === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
    i += 1;
    if (flag === '--only' && (value === '1d' || value === '2d')) args.only = value;
    else if (flag === '--limit') args.limit = positiveInteger(flag, value);
    else if (flag === '--time-ms') args.timeMs = positiveInteger(flag, value);
    else if (flag === '--set') args.set = value;
    else throw new Error(`unknown argument ${flag} ${value}\n${USAGE}`);
  }
  return args;
}

function positiveInteger(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${flag} must be a positive integer, got ${value}`);
  return n;
}

/** Keeps the first `limit` instances of each group, in file order. */
export function firstOfEachGroup<T>(items: T[], groupOf: (item: T) => string, limit: number | undefined): T[] {
  if (limit === undefined) return items;
  const seen = new Map<string, number>();
  return items.filter((item) => {
    const count = seen.get(groupOf(item)) ?? 0;
    seen.set(groupOf(item), count + 1);
    return count < limit;
  });
}

export function matchesFilter(filter: string | undefined, ...names: string[]): boolean {
  return filter === undefined || names.some((name) => name.toLowerCase().includes(filter.toLowerCase()));
}
