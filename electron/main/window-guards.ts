// Locks a window down: no new windows, no navigation away from the app page, no webviews, no permissions.
import type { Session, WebContents } from 'electron';
import { isAppUrl, type AppPage } from './sender-check';

type ContentsLike = Pick<WebContents, 'setWindowOpenHandler' | 'on'>;

export function guardContents(contents: ContentsLike, page: AppPage, onBlocked?: (url: string) => void): void {
  contents.setWindowOpenHandler(({ url }) => {
    onBlocked?.(url);
    return { action: 'deny' };
  });
  const stayHome = (event: { preventDefault(): void }, url: string) => {
    if (isAppUrl(url, page)) return;
    event.preventDefault();
    onBlocked?.(url);
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function denyPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Same policy as the page's meta tag, also sent as a header where a header applies (dev server). */
export const APP_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'";

export const WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
} as const;
