// Bundles the Electron main process and preload into dist-electron/ (CommonJS, as Electron loads them).
// Native and heavy modules stay external: they are rebuilt for Electron and shipped unpacked.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const external = ['electron', 'better-sqlite3', 'nodejieba', 'pdfjs-dist', 'pdfjs-dist/*', 'mammoth', 'word-extractor', 'docx', 'onnxruntime-node', '@resvg/resvg-js'];

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  external,
  logLevel: 'info',
  absWorkingDir: root,
  // CommonJS has no import.meta: give modules that locate files from import.meta.url the bundle's own URL.
  define: { 'import.meta.url': '__luoshiBundleUrl' },
  banner: { js: "const __luoshiBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist-electron/main.cjs' }),
  // The import pool's utility process and its worker threads, found beside the main bundle.
  build({ ...common, entryPoints: ['electron/ingest/pool-host.ts'], outfile: 'dist-electron/import-host.cjs' }),
  build({ ...common, entryPoints: ['electron/ingest/worker.ts'], outfile: 'dist-electron/import-worker.cjs' }),
  build({ ...common, entryPoints: ['electron/ingest/segment-worker.ts'], outfile: 'dist-electron/segment-worker.cjs' }),
  // The sandboxed preload can require only 'electron': everything else is bundled in.
  build({ ...common, entryPoints: ['electron/main/preload.ts'], outfile: 'dist-electron/preload.cjs', external: ['electron'] }),
  // The OCR worker thread's script: the OCR client starts it from beside main.cjs.
  build({ ...common, entryPoints: ['electron/import/ocr-worker.ts'], outfile: 'dist-electron/ocr-worker.cjs' }),
]);
