import { TEST_WORKERS } from '@mendao/platform/testing';
import { runInWorker, WorkerFailure } from './run-in-worker';

/** Worker threads started from the TypeScript sources (transpiled by runInWorker), one per way out. */
describe(runInWorker.name, () => {
  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error('expected the call to fail');
      },
      (error: unknown) => error as WorkerFailure,
    );

  it('resolves with the answer, after the messages `intermediate` keeps back', async () => {
    const seen: unknown[] = [];
    const answer = await runInWorker<{ echo: unknown }>(
      TEST_WORKERS.echo,
      { hello: 'world' },
      { intermediate: (m) => 'progress' in (m as object) && seen.push(m) > 0, timeoutMs: 60_000 },
    );
    expect(answer).toEqual({ echo: { hello: 'world' } });
    expect(seen).toEqual([{ progress: 0.5 }, { progress: 1 }]);
  });

  it('takes the first message as the answer when nothing is intermediate', async () => {
    await expect(runInWorker(TEST_WORKERS.echo, null)).resolves.toEqual({ progress: 0.5 });
  });

  it("fails with reason 'exit' and the code when the thread exits without an answer (no timeout needed)", async () => {
    const error = await failure(runInWorker(TEST_WORKERS.exits, null));
    expect(error).toBeInstanceOf(WorkerFailure);
    expect({ reason: error.reason, exitCode: error.exitCode }).toEqual({ reason: 'exit', exitCode: 3 });
  });

  it("fails with reason 'error' and the thread's error when it throws", async () => {
    const error = await failure(runInWorker(TEST_WORKERS.throws, null));
    expect({ reason: error.reason, cause: error.cause?.message, oom: error.outOfMemory }).toEqual({
      reason: 'error',
      cause: 'the test worker failed on purpose',
      oom: false,
    });
  });

  it("fails with reason 'timeout' when the thread never answers, and terminates it", async () => {
    const shared = new SharedArrayBuffer(4);
    const ticks = new Int32Array(shared);
    const error = await failure(runInWorker(TEST_WORKERS.hangs, shared, { timeoutMs: 300 }));
    expect(error.reason).toBe('timeout');
    expect(Atomics.load(ticks, 0)).toBeGreaterThan(0); // it did run
    await new Promise((resolve) => setTimeout(resolve, 200)); // a live thread ticks every 5 ms
    const after = Atomics.load(ticks, 0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(Atomics.load(ticks, 0)).toBe(after);
  });

  it('fails as out of memory when the thread goes past its resource limits', async () => {
    const error = await failure(
      runInWorker(TEST_WORKERS.allocates, null, {
        resourceLimits: { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 4 },
        timeoutMs: 60_000,
      }),
    );
    expect({ reason: error.reason, oom: error.outOfMemory }).toEqual({ reason: 'error', oom: true });
  });

  it('says which worker file is missing, compiled or source', async () => {
    await expect(runInWorker('/nowhere/missing.worker.js', null)).rejects.toThrow(/no worker file/);
  });
});
