#!/usr/bin/env node
// Is the build (dist/ and apps/web/dist/) older than the sources? A cheap check of modification times
// against the stamp that scripts/build.mjs writes, so that start-up commands compile only when needed.
//   node scripts/build-state.mjs ensure            build (npm run build) only if missing or stale
//   node scripts/build-state.mjs require <file>    fail with a clear message if <file> was never built;
//                                                  warn (and go on) if the sources changed since
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const STAMP = join(ROOT, 'dist/.build-stamp.json');
/** What the build emits; a missing one means the build never ran (or was half deleted). */
const OUTPUTS = [
  'dist/apps/api/src/main.js',
  'dist/apps/worker/src/main.js',
  'dist/apps/cli/src/main.js',
  'apps/web/dist/index.html',
];
const INPUT_FILES = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];
const INPUT_DIRS = ['apps', 'libs', 'migrations', 'bench'];
const SKIP_DIRS = new Set(['node_modules', 'dist', 'coverage']);
// tests are not part of the build; changing one does not make it stale
const TEST_FILE = /\.(spec|int-spec|e2e-spec|test)\.tsx?$/;
// nor do the docs beside the code
const DOC_FILE = /\.md$/i;

/** Records that a build which began at `startedAt` (ms) succeeded. */
export function writeStamp(startedAt) {
  writeFileSync(STAMP, `${JSON.stringify({ startedAt, finishedAt: Date.now() })}\n`);
}

/** The first source file under `path` modified after `since` (git checkouts and editors both set the time). */
function changedSince(path, since) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return undefined; // an input that does not exist (a production image without sources) changes nothing
  }
  if (!stat.isDirectory()) return stat.mtimeMs > since ? path : undefined;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (SKIP_DIRS.has(entry.name) || TEST_FILE.test(entry.name) || DOC_FILE.test(entry.name)) continue;
    const changed = changedSince(join(path, entry.name), since);
    if (changed) return changed;
  }
  return undefined;
}

/** Why the build must run again, or undefined when it is fresh. */
export function staleReason() {
  const missing = OUTPUTS.find((output) => !existsSync(join(ROOT, output)));
  if (missing) return `${missing} is missing`;
  let startedAt;
  try {
    startedAt = JSON.parse(readFileSync(STAMP, 'utf8')).startedAt;
  } catch {
    return 'no build stamp (dist/.build-stamp.json)';
  }
  for (const input of [...INPUT_FILES, ...INPUT_DIRS]) {
    const changed = changedSince(join(ROOT, input), startedAt);
    if (changed) return `${relative(ROOT, changed)} changed since the last build`;
  }
  return undefined;
}

/** Builds when stale; the compiler's output goes to stderr so that a command's stdout stays its own. */
export function ensureBuilt(log = (line) => process.stderr.write(`${line}\n`)) {
  const reason = staleReason();
  if (!reason) return 0;
  log(`build: ${reason}; building (npm run build)`);
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  return result.status ?? 1;
}

function requireBuilt(file) {
  if (!existsSync(join(ROOT, file))) {
    process.stderr.write(
      `${file} is missing: build first with \`npm run build\` (or use \`npm start\`, which builds when needed)\n`,
    );
    return 1;
  }
  const reason = staleReason();
  if (reason)
    process.stderr.write(`warning: the build may be out of date (${reason}); \`npm run build\` refreshes it\n`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [command, file] = process.argv.slice(2);
  if (command === 'ensure') process.exitCode = ensureBuilt();
  else if (command === 'require' && file) process.exitCode = requireBuilt(file);
  else {
    process.stderr.write('usage: node scripts/build-state.mjs ensure | require <file>\n');
    process.exitCode = 2;
  }
}
