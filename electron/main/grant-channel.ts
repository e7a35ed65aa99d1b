// The one IPC message outside the contract: the preload tells the main process a path the user dropped or picked
// in the page (only a real File has one), so the main process may read it. Kept apart: the preload imports it.
export const grantPathChannel = 'luoshi:grant-path';
