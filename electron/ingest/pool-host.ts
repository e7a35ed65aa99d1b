// Entry of the utility process that hosts the import pool (bundled as dist-electron/import-host.cjs).
import { createImportPool } from './pool';
import { servePool, type ParentPortLike } from './pool-service';

const port = (process as unknown as { parentPort?: ParentPortLike }).parentPort;
if (!port) throw new Error('the import host runs as a utility process');
servePool(port, createImportPool());
