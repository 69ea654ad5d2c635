import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Runtime } from '@mendao/platform';
import { eventually } from '@mendao/platform/testing';

const WORKER_MAIN = join(__dirname, '../../dist/apps/worker/src/main.js');

/** A real worker process (the built apps/worker), sharing the test's database, Redis and queue prefix. */
export class WorkerProcess {
  private output = '';

  private constructor(readonly child: ChildProcess) {
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
  }

  static async start(runtime: Runtime, env: Record<string, string> = {}): Promise<WorkerProcess> {
    if (!existsSync(WORKER_MAIN)) throw new Error(`${WORKER_MAIN} missing: run \`npm run build\` (npm test does)`);
    const child = spawn(process.execPath, [WORKER_MAIN], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        LOG_LEVEL: 'info',
        DATABASE_URL: runtime.databaseUrl,
        REDIS_URL: runtime.config.redisUrl,
        JWT_SECRET: runtime.jwtSecret,
        QUEUE_PREFIX: runtime.config.jobs.queuePrefix,
        JOB_RETRY_BASE_DELAY_MS: '50',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const worker = new WorkerProcess(child);
    await worker.waitForOutput('consuming jobs', 30_000);
    return worker;
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  async waitForOutput(text: string, timeoutMs: number): Promise<void> {
    await eventually(
      () => {
        if (this.child.exitCode !== null) throw new Error(`worker exited (${this.child.exitCode}):\n${this.output}`);
        return this.output.includes(text);
      },
      { what: () => `the worker to print "${text}":\n${this.output}`, timeoutMs },
    );
  }

  /** SIGKILL: the worker gets no chance to clean up, as when a machine dies. */
  kill(): Promise<void> {
    return this.stop('SIGKILL');
  }

  stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      this.child.once('exit', () => resolve());
      this.child.kill(signal);
    });
  }
}
