import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// pdf.js draws PDF pages in the window; a PDF whose Chinese fonts are not embedded needs its character maps and
// standard fonts, fetched at run time from `pdfjs/` beside the page (renderer/lib/pdf-pages.ts): copied into the
// build, served from node_modules while developing.
const PDFJS_DIRS = ['cmaps', 'standard_fonts'];
const pdfjsRoot = fileURLToPath(new URL('./node_modules/pdfjs-dist', import.meta.url));
function pdfjsAssets(): Plugin {
  return {
    name: 'luoshi-pdfjs-assets',
    generateBundle() {
      for (const dir of PDFJS_DIRS) {
        for (const name of readdirSync(join(pdfjsRoot, dir))) {
          this.emitFile({ type: 'asset', fileName: `pdfjs/${dir}/${name}`, source: readFileSync(join(pdfjsRoot, dir, name)) });
        }
      }
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /\/pdfjs\/(cmaps|standard_fonts)\/([\w.-]+)$/.exec(req.url?.split('?')[0] ?? '');
        if (!match) return next();
        try {
          res.end(readFileSync(join(pdfjsRoot, match[1], match[2])));
        } catch {
          next();
        }
      });
    },
  };
}

// The renderer is served from file:// in Electron and from the loopback server in browser mode: relative base.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), pdfjsAssets()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
