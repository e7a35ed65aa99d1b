// Bundles the command line (electron/cli.ts) into dist-cli/luoshi.cjs, which bin/luoshi.mjs runs as `luoshi`.
// Packages stay external: they are read from node_modules at run time, native modules built for Node.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: process.argv.includes('--quiet') ? 'warning' : 'info',
  absWorkingDir: root,
  // CommonJS has no import.meta: give modules that locate files from import.meta.url the bundle's own URL.
  define: { 'import.meta.url': '__luoshiBundleUrl' },
  banner: { js: "const __luoshiBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/cli.ts'], outfile: 'dist-cli/luoshi.cjs' }),
  // The import pool's worker threads, beside the command line (the pool looks for them there).
  build({ ...common, entryPoints: ['electron/ingest/worker.ts'], outfile: 'dist-cli/import-worker.cjs' }),
  build({ ...common, entryPoints: ['electron/ingest/segment-worker.ts'], outfile: 'dist-cli/segment-worker.cjs' }),
  // The OCR worker thread's script, beside the command line (the OCR client looks for it there).
  build({ ...common, entryPoints: ['electron/import/ocr-worker.ts'], outfile: 'dist-cli/ocr-worker.cjs' }),
]);
