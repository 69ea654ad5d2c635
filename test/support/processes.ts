import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

export { freePort } from '../../bench/support/local-services';

export const DIST = join(__dirname, '../../dist/apps');

/** Runs the built CLI with only the given environment (plus PATH), as an operator would. */
export function runCli(
  args: string[],
  env: Record<string, string>,
  input?: string,
): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(DIST, 'cli/src/main.js'), ...args], {
    env: { PATH: process.env.PATH, ...env },
    input,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export { spawn };
