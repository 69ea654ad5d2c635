import { workerData } from 'node:worker_threads';

/**
 * Never answers, and keeps its event loop alive: only a timeout or terminate() ends it. Given a
 * SharedArrayBuffer, it counts its ticks in it, so a test can see whether it still runs.
 */
const ticks = workerData instanceof SharedArrayBuffer ? new Int32Array(workerData) : null;
setInterval(() => ticks && Atomics.add(ticks, 0, 1), 5);
