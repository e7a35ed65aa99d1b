// The browser-mode side of the host: no native dialogs; exports go to a temp folder and come back as downloads.
import { mkdirSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { HostServices } from '../api/host';
import type { DownloadRegistry } from './downloads';
import { safeFileName } from '../../shared/text/file-name';

export function createBrowserHost(exportDir: string, downloads: DownloadRegistry): HostServices {
  return {
    mode: 'browser',
    async exportTarget(_kind, suggestedName) {
      const folder = join(exportDir, randomUUID());
      mkdirSync(folder, { recursive: true });
      return join(folder, safeFileName(suggestedName));
    },
    exported(paths) {
      return downloads.register(paths);
    },
  };
}
