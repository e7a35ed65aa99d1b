import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The Node side runs its TypeScript in several ways (the bundles, tsx, Playwright's loader); Node's own ES module loader
// refuses a JSON module imported without `with { type: 'json' }`, which the test runner does not notice. Data the code
// reads is kept in TypeScript modules instead, so every way of running it loads the same.
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === '__fixtures__' ? [] : sources(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

describe('modules the app runs', () => {
  it('import no JSON module', () => {
    const found = ['shared', 'electron', 'renderer'].flatMap((d) =>
      sources(join(root, d)).filter((f) => /\bfrom\s+['"][^'"]+\.json['"]/.test(readFileSync(f, 'utf8'))).map((f) => relative(root, f)),
    );
    expect(found).toEqual([]);
  });
});
