import { InProcessJobQueue } from './in-process.queue';

const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

describe(InProcessJobQueue.name, () => {
  it('runs at most `concurrency` jobs at once, all of them in the end', async () => {
    const queue = new InProcessJobQueue(2);
    let running = 0;
    let peak = 0;
    const done: string[] = [];
    queue.consume(async (id) => {
      running += 1;
      peak = Math.max(peak, running);
      await tick(5);
      running -= 1;
      done.push(id);
    });
    await Promise.all(['a', 'b', 'c', 'd', 'e'].map((id) => queue.push(id, 1, 0)));
    await tick(60);
    expect(peak).toBe(2);
    expect(done.sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('ignores a duplicate entry for the same attempt while it waits', async () => {
    const queue = new InProcessJobQueue(1);
    const seen: string[] = [];
    await queue.push('a', 1, 0);
    await queue.push('a', 1, 0);
    await queue.push('a', 2, 0);
    queue.consume((id) => Promise.resolve(void seen.push(id)));
    await tick(10);
    expect(seen).toEqual(['a', 'a']);
  });

  it('honours a delay and drops pending work when closed', async () => {
    const queue = new InProcessJobQueue(1);
    const seen: string[] = [];
    queue.consume((id) => Promise.resolve(void seen.push(id)));
    await queue.push('later', 1, 20);
    await queue.push('never', 1, 200);
    expect(seen).toEqual([]);
    await tick(60);
    expect(seen).toEqual(['later']);
    await queue.close();
    await tick(200);
    expect(seen).toEqual(['later']);
  });
});
