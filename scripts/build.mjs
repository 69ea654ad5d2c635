#!/usr/bin/env node
// `npm run build`: the api, worker, CLI and benchmarks (tsc into dist/) and the web app (vite into
// apps/web/dist/), then the stamp that scripts/build-state.mjs compares the sources with.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, writeStamp } from './build-state.mjs';

const startedAt = Date.now();
const bin = (name) => join(ROOT, 'node_modules/.bin', name);
const steps = [
  [bin('tsc'), ['-p', 'tsconfig.build.json']],
  [bin('tsc-alias'), ['-p', 'tsconfig.build.json']],
  [bin('vite'), ['build', '--logLevel', 'warn']],
];
for (const [command, args] of steps) {
  const cwd = command.endsWith('vite') ? join(ROOT, 'apps/web') : ROOT;
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write(`build failed at: ${command.split('/').pop()} ${args.join(' ')}\n`);
    process.exit(result.status ?? 1);
  }
}
writeStamp(startedAt);
