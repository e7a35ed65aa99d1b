// The channel names alone, without schemas: the preload imports only this (no zod in the sandboxed preload).
export const channelNames = [
  'app/info',
  'workspace/info',
  'workspace/open',
  'workspace/create',
  'documents/import',
  'documents/import-status',
  'documents/import-cancel',
  'documents/page-image',
  'documents/original',
  'documents/import-sample',
  'documents/import-history',
  'documents/list',
  'documents/get',
  'documents/remove',
  'documents/correct',
  'documents/link',
  'documents/unlink',
  'documents/set-role',
  'documents/attribute',
  'policy/get',
  'policy/update-measure',
  'policy/add-measure',
  'policy/remove-measure',
  'policy/merge-measures',
  'policy/update-meta',
  'decisions/record',
  'journal/list',
  'journal/undo',
  'compliance/matrix',
  'compliance/compare',
  'compliance/portfolio',
  'portfolio/overview',
  'departments/page',
  'search/query',
  'departments/list',
  'departments/merge',
  'departments/merge-preview',
  'departments/split',
  'departments/set-generic',
  'settings/get',
  'settings/set',
  'export/report',
  'export/notices',
  'export/notice-preview',
  'export/notice-records',
  'export/xlsx',
] as const;

export type ChannelName = (typeof channelNames)[number];

const known = new Set<string>(channelNames);

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && known.has(name);
}

/** IPC channel used in Electron for a contract channel; prefixed so no other listener can collide. */
export function ipcChannel(name: ChannelName): string {
  return `luoshi:${name}`;
}

/** Menu commands the Electron host sends to the renderer. */
export const menuCommands = ['open-workspace', 'create-workspace', 'import-files', 'export-report', 'export-xlsx', 'print'] as const;
export type MenuCommand = (typeof menuCommands)[number];
export const menuCommandChannel = 'luoshi:menu-command';
