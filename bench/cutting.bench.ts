/**
 * Cutting benchmark: the library's solvers on the published 1D (1615 BPPLIB classic) and 2D (500 2BP class)
 * instances, and on generated door-scale 2D instances whose optimum is known by construction, every plan checked
 * by the independent validators. Run with `npm run bench:cutting [-- flags]`;
 * instances run one after the other so that the times are honest on a small machine.
 */
import { performance } from 'node:perf_hooks';
import { parseBenchArgs, firstOfEachGroup, matchesFilter, type BenchArgs } from './cutting/args';
import { loadLinearInstances, loadSheetInstances, type LinearInstance, type SheetInstance } from './cutting/data';
import { countFfdBins, expandDemand } from './cutting/ffd';
import { LINEAR_HEADERS, linearRows, linearTargets } from './cutting/linear-report';
import { report } from './cutting/report';
import {
  linearRequest,
  runLinearInstance,
  scaledLinearRequest,
  KERF_CHECK,
  type LinearOutcome,
} from './cutting/run-linear';
import {
  countMaxRectsBins,
  loadMaxRectsPacker,
  runSheetInstance,
  sheetRequest,
  type SheetOutcome,
  type Variant,
} from './cutting/run-sheets';
import { SHEET_HEADERS, sheetRows, sheetTargets } from './cutting/sheet-report';
import { DOOR_SHEET_SIZES } from '@mendao/cutting';
import {
  GENERATED_HEADERS,
  GENERATED_PER_COUNT,
  GENERATED_SEED,
  generatedInstances,
  generatedRows,
  generatedTargets,
  runGeneratedInstance,
  type GeneratedOutcome,
} from './cutting/generated-sheets';
import { formatTable } from './cutting/table';
import { formatTargets, type Target } from './cutting/targets';
import { print } from './support/bench-io';

const KERF_CHECK_INSTANCES = 40;

function runLinearBench(args: BenchArgs): Target[] {
  const all = loadLinearInstances(args.dataDir).filter((i) => matchesFilter(args.set, i.set, i.name));
  const instances = firstOfEachGroup(all, (i) => i.set, args.limit);
  checkOwnFfd(instances);
  const outcomes = runLinearSet('1D', instances, (i) => linearRequest(i, args.timeMs));
  const scaledInstances = instances.filter((i) => i.set === 'Scholl_2').slice(0, KERF_CHECK_INSTANCES);
  const scaled = runLinearSet('1D kerf/trim', scaledInstances, (i) => scaledLinearRequest(i, args.timeMs));
  print(`\n1D cutting stock: ${outcomes.length} instances, timeLimitMs ${args.timeMs}, kerf 0`);
  print(formatTable(LINEAR_HEADERS, linearRows(outcomes)));
  if (scaled.length > 0) {
    const { scale, kerf, trim } = KERF_CHECK;
    print(`\n1D kerf/trim check (README §3): Scholl_2 ×${scale}, kerf ${kerf} between pieces, trim ${trim} each end`);
    print(formatTable(LINEAR_HEADERS, linearRows(scaled).slice(0, -1)));
  }
  return linearTargets(outcomes, scaled);
}

function runLinearSet(
  label: string,
  instances: LinearInstance[],
  requestOf: (i: LinearInstance) => Parameters<typeof runLinearInstance>[1],
): LinearOutcome[] {
  const started = performance.now();
  return instances.map((instance, k) => {
    const outcome = runLinearInstance(instance, requestOf(instance));
    if ((k + 1) % 100 === 0 || k + 1 === instances.length) {
      report.progress(
        `${label}: ${k + 1}/${instances.length} (${((performance.now() - started) / 1000).toFixed(0)} s)`,
      );
    }
    return outcome;
  });
}

/** The bench's FFD must agree with the data set's FFD column, or the baseline is wrong. */
function checkOwnFfd(instances: LinearInstance[]): void {
  const disagree = instances.filter(
    (i) => i.csvFfd !== undefined && countFfdBins(expandDemand(i.items), i.capacity) !== i.csvFfd,
  );
  if (disagree.length > 0) {
    report.failure(`bench FFD disagrees with optima.csv on ${disagree.length} instances, e.g. ${disagree[0].name}`);
  }
}

async function runSheetBench(args: BenchArgs): Promise<Target[]> {
  const all = loadSheetInstances(args.dataDir).filter((i) => matchesFilter(args.set, i.cls, i.name));
  const instances = firstOfEachGroup(all, (i) => i.cls, args.limit);
  if (instances.length === 0) return [];
  const Packer = await loadMaxRectsPacker();
  const targets: Target[] = [];
  for (const variant of ['oriented', 'rotation'] as Variant[]) {
    const outcomes = runSheetVariant(instances, variant, args.timeMs, Packer);
    const bestKnown = variant === 'oriented' ? 'oriented_3stage_nonexact_hfirst' : 'rotation_3stage_nonexact_hfirst';
    print(
      `\n2D guillotine, ${variant === 'oriented' ? 'no rotation' : 'rotation allowed'}: ${outcomes.length} instances, ` +
        `3 stages, first cut horizontal, timeLimitMs ${args.timeMs}; best-known = ${bestKnown}`,
    );
    print(formatTable(SHEET_HEADERS, sheetRows(outcomes)));
    targets.push(...sheetTargets(variant, outcomes));
  }
  return targets;
}

/**
 * Door-scale sheets cut into 3-stage guillotine parts without waste: the optimum is the number of sheets cut. The
 * seed is printed (and may be set with MENDAO_BENCH_DOOR_SEED) so that a run can be repeated.
 */
function runGeneratedBench(args: BenchArgs): Target[] {
  if (!matchesFilter(args.set, 'generated', 'door')) return [];
  const seed = Number(process.env.MENDAO_BENCH_DOOR_SEED ?? GENERATED_SEED);
  const perCount = Math.min(args.limit ?? GENERATED_PER_COUNT, GENERATED_PER_COUNT);
  const instances = generatedInstances(seed, perCount);
  const started = performance.now();
  const outcomes: GeneratedOutcome[] = instances.map((instance, k) => {
    const outcome = runGeneratedInstance(instance, args.timeMs);
    if ((k + 1) % 30 === 0 || k + 1 === instances.length) {
      report.progress(
        `2D generated: ${k + 1}/${instances.length} (${((performance.now() - started) / 1000).toFixed(0)} s)`,
      );
    }
    return outcome;
  });
  print(
    `\n2D generated door instances: seed ${seed}, ${outcomes.length} instances (${perCount} per sheet count 2–10), ` +
      `sheets ${DOOR_SHEET_SIZES.map((z) => `${z.width}×${z.height}`).join(' or ')}, no rotation, 3 stages, first cut horizontal, kerf 0, trim 0, ` +
      `timeLimitMs ${args.timeMs}; optimum = sheets cut without waste`,
  );
  print(formatTable(GENERATED_HEADERS, generatedRows(outcomes)));
  return generatedTargets(outcomes);
}

function runSheetVariant(
  instances: SheetInstance[],
  variant: Variant,
  timeMs: number,
  Packer: Awaited<ReturnType<typeof loadMaxRectsPacker>>,
): SheetOutcome[] {
  const started = performance.now();
  return instances.map((instance, k) => {
    const maxrects = countMaxRectsBins(Packer, instance, variant);
    const outcome = runSheetInstance(instance, variant, sheetRequest(instance, variant, timeMs), maxrects);
    if ((k + 1) % 50 === 0 || k + 1 === instances.length) {
      report.progress(
        `2D ${variant}: ${k + 1}/${instances.length} (${((performance.now() - started) / 1000).toFixed(0)} s)`,
      );
    }
    return outcome;
  });
}

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2), process.env, process.cwd());
  print(`Mendao cutting benchmark — ${new Date().toISOString()}, node ${process.version}`);
  print(
    `data ${args.dataDir}${args.limit ? `, first ${args.limit} per set` : ''}${args.set ? `, filter "${args.set}"` : ''}`,
  );
  const targets: Target[] = [];
  if (args.only !== '2d') targets.push(...runLinearBench(args));
  if (args.only !== '1d') targets.push(...(await runSheetBench(args)));
  if (args.only !== '1d') targets.push(...runGeneratedBench(args));
  const partial = args.limit !== undefined || args.set !== undefined;
  print(`\nTargets${partial ? ' (partial run: thresholds scaled to the instances run)' : ''}`);
  print(formatTargets(targets));
  const invalid = targets.some((t) => t.name.endsWith('plans valid') && t.status === 'FAIL');
  if (invalid) print('\n!!! SOME PLANS WERE INVALID OR THE SOLVER FAILED: see the messages above (stderr).');
  process.exitCode = invalid ? 1 : 0;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 2;
});
