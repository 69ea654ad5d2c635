import { parentPort, workerData } from 'node:worker_threads';

/** Reports progress twice, then answers with its workerData (run-in-worker.int-spec.ts). */
parentPort?.postMessage({ progress: 0.5 });
parentPort?.postMessage({ progress: 1 });
parentPort?.postMessage({ echo: workerData as unknown });
