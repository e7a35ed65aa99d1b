// Where the app's own files are: resources (the jieba dictionary) and seeds (sample data) travel with the app,
// never outside it.
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { existsSync } from 'node:fs';

function findAppRoot(): string {
  // Works from source (electron/…), from the bundled main (dist-electron/…) and from a packaged app (resources/app.asar.unpacked).
  const candidates: string[] = [];
  if (typeof __dirname === 'string') candidates.push(__dirname);
  try {
    candidates.push(dirname(fileURLToPath(import.meta.url)));
  } catch {
    /* bundled as CommonJS: import.meta is empty */
  }
  candidates.push(process.cwd());
  for (const start of candidates) {
    let dir = start;
    for (let i = 0; i < 6; i++) {
      // Native code (jieba's dictionary loader) cannot read inside the asar archive: prefer its unpacked twin.
      const unpacked = dir.replace(/app\.asar(?=$|[\\/])/, 'app.asar.unpacked');
      if (unpacked !== dir && existsSync(join(unpacked, 'resources', 'dict'))) return unpacked;
      if (existsSync(join(dir, 'resources', 'dict'))) return dir;
      dir = resolve(dir, '..');
    }
  }
  return process.cwd();
}

let root: string | null = null;
export function appRoot(): string {
  return (root ??= process.env.LUOSHI_APP_ROOT ?? findAppRoot());
}

export function seedPath(...parts: string[]): string {
  return join(appRoot(), 'seeds', ...parts);
}

/** Files the app reads at run time (the jieba domain dictionary), shipped unpacked beside the archive. */
export function resourcePath(...parts: string[]): string {
  return join(appRoot(), 'resources', ...parts);
}
