// Locks down the app's session: the bundle is served over app:// (and only the bundle), every response carries
// the CSP header, and no permission is ever granted.
import type { Session } from 'electron';
import { APP_SCHEME, createAppProtocolHandler } from './app-protocol';
import { applyCspHeader, denyPermissions } from './window-guards';

export type SessionLike = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> & {
  protocol: { handle(scheme: string, handler: (request: Request) => Promise<Response>): void };
  webRequest: Pick<Session['webRequest'], 'onHeadersReceived'>;
};

/** `rendererRoot` is dist/renderer: the one folder app:// serves. */
export function secureSession(session: SessionLike, rendererRoot: string): void {
  session.protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot));
  applyCspHeader(session);
  denyPermissions(session);
}
