// Runs a TypeScript module in a worker thread: Node 20 does not pass the
// `--import tsx` loader on to workers, so the worker registers it itself.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.module, import.meta.url);
