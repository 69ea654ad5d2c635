import type { Runtime } from '@mendao/platform';
import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** CPU time (user + system) a process has used, its threads included, from /proc (Linux); NaN elsewhere. */
export function processCpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

/** CPU time all processes of the machine have used, from /proc/stat (Linux); NaN elsewhere. */
export function machineCpuMs(): number {
  try {
    const [cpu] = readFileSync('/proc/stat', 'utf8').split('\n');
    const [, user, nice, system, , , irq, softirq] = cpu.split(/\s+/).map(Number);
    return ((user + nice + system + irq + softirq) * 1000) / 100;
  } catch {
    return NaN;
  }
}

/** The built worker (dist/) as its own process, one job at a time, resolved once it consumes jobs. */
export async function startBuiltWorker(runtime: Runtime, redisUrl: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(__dirname, '../../apps/worker/src/main.js')], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      // info: the worker says "consuming jobs" when it is ready
      LOG_LEVEL: 'info',
      DATABASE_URL: runtime.databaseUrl,
      REDIS_URL: redisUrl,
      JWT_SECRET: runtime.jwtSecret,
      QUEUE_PREFIX: runtime.config.jobs.queuePrefix,
      WORKER_CONCURRENCY: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (c: Buffer) => (output = (output + c.toString()).slice(-20_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const deadline = Date.now() + 30_000;
  while (!output.includes('consuming jobs')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`worker did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return child;
}
