// Starts a pool worker from source (tests, the CLI under tsx): the TypeScript loader first, then the worker named
// in workerData.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
