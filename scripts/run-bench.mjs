// Bundles the benchmark with esbuild and runs it under plain Node, so that memory is measured without a
// TypeScript loader in the process.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

// The import pool's workers are bundled beside the benchmark, where the pool looks for them.
await build({
  entryPoints: {
    bench: 'scripts/bench.ts',
    'import-worker': 'electron/ingest/worker.ts',
    'segment-worker': 'electron/ingest/segment-worker.ts',
  },
  outdir: 'dist/bench',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
// The OCR worker thread's script, beside the bundle (the OCR client looks for it there).
await build({
  entryPoints: ['electron/import/ocr-worker.ts'],
  outfile: 'dist/bench/ocr-worker.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
// --expose-gc: the 10,000-report run collects this thread's heap in full at the end of each fifth, to show what stays.
const r = spawnSync(process.execPath, ['--expose-gc', 'dist/bench/bench.mjs', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
