// Bundles the command line (electron/cli.ts) into dist-cli/luoshi.cjs, which bin/luoshi.mjs runs as `luoshi`.
// Packages stay external: they are read from node_modules at run time, native modules built for Node.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

await build({
  entryPoints: ['electron/cli.ts'],
  outfile: 'dist-cli/luoshi.cjs',
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
});
