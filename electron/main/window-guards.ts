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
  // Any frame, the page's own iframes included: none may leave the app page.
  contents.on('will-frame-navigate', (details) => {
    if (isAppUrl(details.url, page)) return;
    details.preventDefault();
    onBlocked?.(details.url);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Every response in the app's session carries the page's CSP as a header (the meta tag alone is weaker). */
export function applyCspHeader(session: { webRequest: Pick<Session['webRequest'], 'onHeadersReceived'> }): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [APP_CSP] } });
  });
}

export function denyPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Same policy as the page's meta tag, sent as a header on every response (app:// and the dev server). */
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
