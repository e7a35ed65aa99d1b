// Paths the renderer may hand to the main process: only those the user chose in this session, in a native dialog
// or by dropping or picking a file in the page. Anything else a page asks to import or open is refused.
import { resolve } from 'node:path';

export interface PathGrants {
  grant(paths: readonly string[]): void;
  allows(path: string): boolean;
}

export function createPathGrants(platform: NodeJS.Platform = process.platform): PathGrants {
  // Windows and macOS file systems ignore case by default.
  const key = (path: string) => (platform === 'linux' ? resolve(path) : resolve(path).toLowerCase());
  const granted = new Set<string>();
  return {
    grant(paths) {
      for (const p of paths) if (typeof p === 'string' && p) granted.add(key(p));
    },
    allows(path) {
      return typeof path === 'string' && path !== '' && granted.has(key(path));
    },
  };
}
