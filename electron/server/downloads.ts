// Exported files wait here under an unguessable id until the page fetches them.
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { ExportedFile } from '../../shared/api/contract';

export interface DownloadRegistry {
  register(paths: string[]): ExportedFile[];
  lookup(id: string): { path: string; name: string } | null;
}

export function createDownloadRegistry(): DownloadRegistry {
  const files = new Map<string, { path: string; name: string }>();
  return {
    register(paths) {
      return paths.map((path) => {
        const id = randomUUID();
        const name = basename(path);
        files.set(id, { path, name });
        return { name, path, downloadId: id };
      });
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
