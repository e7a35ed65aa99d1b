// Exported files wait here under an unguessable id until the page fetches them.
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ExportedFile } from '../../shared/api/contract';
import { zip } from './zip';

export interface DownloadRegistry {
  register(paths: string[]): ExportedFile[];
  /** Several files become one .zip download (written beside the folder they are in), so the browser asks once. */
  registerArchive(paths: string[], archiveName: string): ExportedFile[];
  lookup(id: string): { path: string; name: string } | null;
}

export function createDownloadRegistry(): DownloadRegistry {
  const files = new Map<string, { path: string; name: string }>();
  const register = (paths: string[]): ExportedFile[] =>
    paths.map((path) => {
      const id = randomUUID();
      const name = basename(path);
      files.set(id, { path, name });
      return { name, path, downloadId: id };
    });
  return {
    register,
    registerArchive(paths, archiveName) {
      const target = join(dirname(dirname(paths[0] ?? '.')), archiveName);
      writeFileSync(target, zip(paths.map((p) => ({ name: basename(p), data: readFileSync(p) }))));
      return register([target]);
    },
    lookup(id) {
      return files.get(id) ?? null;
    },
  };
}

/** Content-Disposition that keeps a Chinese file name intact in every browser. */
export function attachmentHeader(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
