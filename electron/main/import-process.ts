// The import pool in a utility process: Electron forks it beside the main bundle; the workspace reads files through it.
import { join } from 'node:path';
import type { FileParser } from '../ingest/pool';
import { createPoolClient, type ChildLike } from '../ingest/pool-client';

/** What is used of Electron's utilityProcess module. */
export interface UtilityProcessModule {
  fork(modulePath: string, args?: string[], options?: { serviceName?: string; stdio?: 'ignore' | 'inherit' | 'pipe' }): ChildLike;
}

/** The bundled host script's name beside the main bundle (scripts/build-electron.mjs makes it). */
export const IMPORT_HOST = 'import-host.cjs';

/** A parser backed by a utility process started on first use (or by warm(), which the app calls at launch). */
export function createImportProcess(utilityProcess: UtilityProcessModule, bundleDir: string): FileParser {
  return createPoolClient(() => utilityProcess.fork(join(bundleDir, IMPORT_HOST), [], { serviceName: 'Luoshi 导入', stdio: 'ignore' }));
}
