import { eventually } from './eventually';

describe(eventually.name, () => {
  it('returns the first truthy value the probe gives', async () => {
    let calls = 0;
    const value = await eventually(() => (++calls >= 3 ? { calls } : undefined), { intervalMs: 1 });
    expect(value).toEqual({ calls: 3 });
  });

  it('fails with what it waited for once the time is up', async () => {
    await expect(eventually(() => false, { what: 'the moon', timeoutMs: 20, intervalMs: 5 })).rejects.toThrow(
      'timed out after 20 ms waiting for the moon',
    );
  });

  it('stops at once when the probe throws', async () => {
    let calls = 0;
    const failing = eventually(
      () => {
        calls += 1;
        throw new Error('the process exited');
      },
      { timeoutMs: 10_000, intervalMs: 1 },
    );
    await expect(failing).rejects.toThrow('the process exited');
    expect(calls).toBe(1);
  });
});
