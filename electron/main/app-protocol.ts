// The app:// protocol: the window loads the built renderer from app://luoshi/ rather than file://, so the page
// can reach nothing on disk but its own bundle, and every response carries the CSP as a header.
import { readFile } from 'node:fs/promises';
import { contentType, resolveStatic } from '../server/static-files';
import { APP_CSP } from './window-guards';

export const APP_SCHEME = 'app';
export const APP_HOST = 'luoshi';
/** The page the window loads. */
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Registered before the app is ready: a standard, secure scheme (relative URLs, fetch, a real origin). */
export const APP_SCHEME_PRIVILEGES = { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } };

/** Headers on every app:// response, the page's policy among them. */
export const APP_HEADERS: Record<string, string> = {
  'Content-Security-Policy': APP_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
};

const refuse = (status: number) => new Response(null, { status, headers: APP_HEADERS });

/** Serves files inside `root` (dist/renderer) and nothing else: other hosts, methods and paths get an error status. */
export function createAppProtocolHandler(root: string): (request: { url: string; method?: string }) => Promise<Response> {
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return refuse(400);
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return refuse(404);
    const method = request.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') return refuse(405);
    const file = resolveStatic(root, url.pathname);
    if (!file) return refuse(404);
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return refuse(404);
    }
    return new Response(method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers: { ...APP_HEADERS, 'Content-Type': contentType(file) } });
  };
}
